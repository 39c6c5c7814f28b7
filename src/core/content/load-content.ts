import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Result } from '../types.js';
import { checklistSchema, type Checklist } from './checklist-schema.js';
import { checkChecklists, checkConcepts } from './cross-check.js';
import type { ContentIssue } from './issues.js';
import { listYamlFiles, readValidated } from './read-files.js';
import { conceptSchema, type Concept } from './schema.js';

export interface Content {
  concepts: Concept[];
  checklists: Checklist[];
}

export const DEFAULT_CONTENT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../content');

export interface LoadOptions {
  /** Folder holding `concepts/` and `checklists/`. */
  dir?: string;
  /** More checklist folders, e.g. a test's own. */
  extraChecklistDirs?: string[];
}

/** Reads, validates and cross-checks everything; returns every problem found, not just the first. */
export function loadContent(options: LoadOptions = {}): Result<Content, 'invalid-content'> & { issues: ContentIssue[] } {
  const dir = options.dir ?? DEFAULT_CONTENT_DIR;
  const root = resolve(dir, '..');
  const issues: ContentIssue[] = [];

  const conceptFiles = listYamlFiles(join(dir, 'concepts'));
  if (conceptFiles.length === 0) {
    issues.push({ file: join(dir, 'concepts'), message: 'no concept files (*.yaml) found' });
  }
  const concepts = readValidated(conceptFiles, conceptSchema, root, issues);
  checkConcepts(concepts, issues);

  const checklistFiles = [join(dir, 'checklists'), ...(options.extraChecklistDirs ?? [])].flatMap(listYamlFiles);
  const checklists = readValidated(checklistFiles, checklistSchema, root, issues);
  checkChecklists(checklists, new Set(concepts.map((c) => c.data.id)), issues);

  if (issues.length > 0) {
    return { ok: false, code: 'invalid-content', message: `${issues.length} problem(s) in the content`, issues };
  }
  return {
    ok: true,
    value: { concepts: concepts.map((c) => c.data), checklists: checklists.map((c) => c.data) },
    issues,
  };
}
