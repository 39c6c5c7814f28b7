import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Result } from '../types.js';
import { ARTICLE_FILE, type Article } from './article-schema.js';
import { checklistSchema, type Checklist } from './checklist-schema.js';
import { checkAcrossArticles, outsideTermsOfAll } from './cross-article.js';
import { checkChecklists } from './cross-check.js';
import type { ContentIssue } from './issues.js';
import { readArticle } from './load-article.js';
import { displayPath, folderProblem, listYamlFiles, readValidated } from './read-files.js';
import type { Concept, OutsideTerm } from './schema.js';

export interface Content {
  concepts: Concept[];
  checklists: Checklist[];
  /** Neighbouring terms the knowledge base does not cover (each article's `outside-terms.yaml`); none when absent. */
  outsideTerms?: OutsideTerm[];
  /** The articles: the one marked `main` first (else the first folder by name), then the rest in folder order. */
  articles?: Article[];
}

/** Holds one folder per article. */
export const DEFAULT_CONTENT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../content');

export interface LoadOptions {
  /** A folder of article folders, or one article folder (holding `article.yaml`, `concepts/`, `checklists/`). */
  dir?: string;
  /** More articles, each a folder of article folders or one article folder, loaded after `dir`'s. */
  extraArticleDirs?: string[];
  /** More checklist folders, e.g. a test's own; each checklist joins the article of its `concept`. */
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
    issues.push({ file: show(dir), message: `the content folder ${missing}; ${SHAPE}` });
    return failed(issues);
  }
  const extras = (options.extraArticleDirs ?? []).map((d) => resolve(d));
  for (const extra of extras) {
    const problem = folderProblem(extra);
    if (problem !== undefined) issues.push({ file: show(extra), message: `the article folder ${problem}` });
  }
  if (issues.length > 0) return failed(issues);
  const folders = [dir, ...extras].flatMap(articleFolders);
  const ids = new Map<string, string>();
  for (const folder of folders) {
    const earlier = ids.get(basename(folder));
    // The folder name is the id: which of the two to rename is the author's call, so both are named.
    if (earlier !== undefined) issues.push({ file: show(folder), message: `the article id "${basename(folder)}" is already the folder ${show(earlier)}: rename one of the two folders` });
    ids.set(basename(folder), folder);
  }
  if (folders.length === 0) {
    issues.push({ file: show(dir), message: `has no article folders; ${SHAPE}` });
    return failed(issues);
  }
  // The article marked main is read first: it keeps its plain concept ids (concept-id.ts) and is listed first.
  const read = folders.map((folder) => readArticle(folder, show, issues)).sort((a, b) => Number(b.meta?.data.main === true) - Number(a.meta?.data.main === true));
  const kept = checkAcrossArticles(read, issues);
  const concepts = read.flatMap((a) => (kept.get(a.id) ?? []).map((c) => c.data));

  const extra = readValidated((options.extraChecklistDirs ?? []).flatMap(listYamlFiles), checklistSchema, show, issues).parsed;
  checkChecklists(extra, { known: new Set(concepts.map((c) => c.id)), broken: new Set() }, issues);
  const seen = new Map<string, string>();
  for (const { file, data } of [...read.flatMap((a) => a.checklists), ...extra]) {
    const earlier = seen.get(data.id);
    if (earlier !== undefined && earlier !== file) issues.push({ file, item: data.id, field: 'id', message: `already used in ${earlier}` });
    else seen.set(data.id, file);
  }

  const mains = read.filter((a) => a.meta?.data.main === true);
  for (const a of mains.slice(1)) {
    issues.push({ file: a.meta?.file ?? show(a.id), field: 'main', message: `only one article may be main, and "${mains[0]?.id ?? ''}" already is` });
  }

  if (issues.length > 0) return failed(issues);
  // Every `meta` is there: a missing or invalid article.yaml is an issue, and issues return above.
  const articles = read.flatMap((a): Article[] => {
    if (!a.meta) return [];
    const ids = new Set((kept.get(a.id) ?? []).map((c) => c.data.id));
    const checklists = [...a.checklists, ...extra.filter((c) => ids.has(c.data.concept))].map((c) => c.data.id);
    const terms = (a.outside?.data ?? []).map((t) => t.id);
    return [{ ...a.meta.data, id: a.id, concepts: [...ids], checklists, terms }];
  });
  return {
    ok: true,
    value: {
      concepts,
      checklists: [...read.flatMap((a) => a.checklists.map((c) => c.data)), ...extra.map((c) => c.data)],
      outsideTerms: outsideTermsOfAll(read, concepts),
      articles,
    },
    issues,
  };
}

const SHAPE = `it should hold one folder per article, each with ${ARTICLE_FILE}, concepts/*.yaml and checklists/*.yaml`;

/** The folder itself when it is an article, else its sub-folders in name order. */
function articleFolders(dir: string): string[] {
  if (existsSync(join(dir, ARTICLE_FILE)) || existsSync(join(dir, 'concepts'))) return [dir];
  return readdirSync(dir)
    .sort()
    .map((name) => join(dir, name))
    .filter((path) => !basename(path).startsWith('.') && statSync(path).isDirectory());
}

function failed(issues: ContentIssue[]): Loaded {
  return { ok: false, code: 'invalid-content', message: `${issues.length} problem(s) in the content`, issues };
}
