import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ARTICLE_FILE, articleSchema, type ArticleFile } from './article-schema.js';
import { checklistSchema, type Checklist } from './checklist-schema.js';
import { checkChecklists, checkConcepts } from './cross-check.js';
import type { ContentIssue } from './issues.js';
import { checkOutsideTerms, OUTSIDE_TERMS_FILE, readOutsideTerms } from './outside-terms.js';
import { folderProblem, listYamlFiles, readValidated, type ParsedFile } from './read-files.js';
import { conceptSchema, idSchema, type Concept, type OutsideTerm } from './schema.js';

/** One article folder as read: each part validated on its own; what spans articles is checked later. */
export interface ArticleRead {
  id: string;
  /** Undefined when article.yaml is missing or invalid (already reported). */
  meta?: ParsedFile<ArticleFile>;
  concepts: ParsedFile<Concept>[];
  checklists: ParsedFile<Checklist>[];
  outside?: ParsedFile<OutsideTerm[]>;
}

/**
 * Reads `article.yaml`, `concepts/`, `checklists/` and the glossary of uncovered terms of one
 * article. References without an article (`pod`) are checked here, within the article.
 */
export function readArticle(dir: string, show: (path: string) => string, issues: ContentIssue[]): ArticleRead {
  const id = basename(dir);
  if (!idSchema.safeParse(id).success) {
    issues.push({ file: show(dir), message: 'an article folder name is its id: lowercase letters, digits and single hyphens' });
  }
  const metaPath = join(dir, ARTICLE_FILE);
  let meta: ParsedFile<ArticleFile> | undefined;
  if (!existsSync(metaPath)) {
    issues.push({ file: show(metaPath), message: 'is missing: every article folder needs one (title, author, licence, subject, scope, examples)' });
  } else {
    meta = readValidated([metaPath], articleSchema, show, issues).parsed[0];
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

  const checklistsRead = readValidated(listYamlFiles(join(dir, 'checklists')), checklistSchema, show, issues);
  const checklists = checklistsRead.parsed;
  checkChecklists(checklists, concepts.refs, issues);

  const outside = readOutsideTerms(join(dir, OUTSIDE_TERMS_FILE), show, issues);
  if (outside) checkOutsideTerms(outside, concepts.valid.map((c) => c.data), concepts.refs, issues);

  const marked = meta?.data.default_checklist;
  // A checklist file that failed to read is already reported; naming it is not a second mistake.
  if (marked !== undefined && !checklistsRead.broken.has(marked) && !checklists.some((c) => c.data.id === marked)) {
    const known = checklists.map((c) => `"${c.data.id}"`).join(', ') || 'none';
    issues.push({ file: meta?.file ?? '', field: 'default_checklist', message: `"${marked}" is not a checklist of this article (its checklists: ${known})` });
  }
  return { id, ...(meta ? { meta } : {}), concepts: concepts.valid, checklists, ...(outside ? { outside } : {}) };
}
