import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Result } from '../types.js';
import { checklistSchema, type Checklist } from './checklist-schema.js';
import { checkChecklists, checkConcepts } from './cross-check.js';
import type { ContentIssue } from './issues.js';
import { displayPath, folderProblem, listYamlFiles, readValidated } from './read-files.js';
import { checkOutsideTerms, OUTSIDE_TERMS_FILE, readOutsideTerms } from './outside-terms.js';
import { conceptSchema, type Concept, type OutsideTerm } from './schema.js';

export interface Content {
  concepts: Concept[];
  checklists: Checklist[];
  /** Neighbouring terms the knowledge base does not cover (`outside-terms.yaml`); none when absent. */
  outsideTerms?: OutsideTerm[];
}

export const DEFAULT_CONTENT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../content/docker-vs-kubernetes');

export interface LoadOptions {
  /** Folder holding `concepts/` and `checklists/`. */
  dir?: string;
  /** More checklist folders, e.g. a test's own. */
  extraChecklistDirs?: string[];
  /** Paths in messages are shown relative to this folder when under it, else absolute. Default: the working directory. */
  cwd?: string;
}

type Loaded = Result<Content, 'invalid-content'> & { issues: ContentIssue[] };

/** Reads, validates and cross-checks everything; returns every problem found, not just the first. */
export function loadContent(options: LoadOptions = {}): Loaded {
  const dir = resolve(options.dir ?? DEFAULT_CONTENT_DIR);
  const cwd = options.cwd ?? process.cwd();
  const show = (path: string): string => displayPath(path, cwd);
  const issues: ContentIssue[] = [];

  // Without the folder itself every other message would be noise.
  const missing = folderProblem(dir);
  if (missing !== undefined) {
    issues.push({ file: show(dir), message: `the content folder ${missing}; it should hold concepts/*.yaml and checklists/*.yaml` });
    return failed(issues);
  }
  const conceptDir = join(dir, 'concepts');
  const conceptFiles = listYamlFiles(conceptDir);
  if (conceptFiles.length === 0) {
    const problem = folderProblem(conceptDir);
    issues.push({
      file: show(conceptDir),
      message: problem === undefined ? 'has no concept files (*.yaml)' : `the concepts folder ${problem}`,
    });
  }
  const read = readValidated(conceptFiles, conceptSchema, show, issues);
  const concepts = checkConcepts(read.parsed, read.broken, issues);

  const checklistFiles = [join(dir, 'checklists'), ...(options.extraChecklistDirs ?? [])].flatMap(listYamlFiles);
  const checklists = readValidated(checklistFiles, checklistSchema, show, issues).parsed;
  checkChecklists(checklists, concepts.refs, issues);

  const outside = readOutsideTerms(join(dir, OUTSIDE_TERMS_FILE), show, issues);
  if (outside) checkOutsideTerms(outside, concepts.valid.map((c) => c.data), concepts.refs, issues);

  if (issues.length > 0) return failed(issues);
  return {
    ok: true,
    value: {
      concepts: concepts.valid.map((c) => c.data),
      checklists: checklists.map((c) => c.data),
      outsideTerms: outside?.data ?? [],
    },
    issues,
  };
}

function failed(issues: ContentIssue[]): Loaded {
  return { ok: false, code: 'invalid-content', message: `${issues.length} problem(s) in the content`, issues };
}
