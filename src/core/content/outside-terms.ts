import { existsSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { keyOf } from '../lookup/normalize.js';
import { isUnknown, type ConceptRefs } from './cross-check.js';
import type { ContentIssue } from './issues.js';
import { readValidated, type ParsedFile } from './read-files.js';
import { outsideTermsFileSchema, type Concept, type OutsideTerm } from './schema.js';

/** The file is optional: a knowledge base without it simply knows no neighbouring terms. */
export const OUTSIDE_TERMS_FILE = 'outside-terms.yaml';

/**
 * Reads and validates the outside-terms file. zod names fields by position (`terms[3].about`);
 * each message also names the term, when the entry got far enough to have an id.
 */
export function readOutsideTerms(path: string, show: (path: string) => string, issues: ContentIssue[]): ParsedFile<OutsideTerm[]> | undefined {
  if (!existsSync(path)) return undefined;
  const found: ContentIssue[] = [];
  const read = readValidated([path], outsideTermsFileSchema, show, found);
  const raw = rawIds(found.length > 0 ? path : undefined);
  for (const issue of found) {
    const at = /^terms\[(\d+)\]/.exec(issue.field ?? '');
    const id = at ? raw[Number(at[1])] : undefined;
    issues.push(id === undefined ? issue : { ...issue, item: id });
  }
  const parsed = read.parsed[0];
  return parsed ? { file: parsed.file, data: parsed.data.terms } : undefined;
}

/** Ids of the entries as written, read leniently, so a message about entry 3 can say which term it is. */
function rawIds(path: string | undefined): Array<string | undefined> {
  if (path === undefined) return [];
  let data: unknown;
  try {
    data = load(readFileSync(path, 'utf8'));
  } catch {
    return []; // unreadable or not YAML: that message names no entry anyway
  }
  const terms = typeof data === 'object' && data !== null && 'terms' in data ? data.terms : undefined;
  if (!Array.isArray(terms)) return [];
  return terms.map((entry: unknown) => {
    const id = typeof entry === 'object' && entry !== null && 'id' in entry ? entry.id : undefined;
    return typeof id === 'string' && id !== '' ? id : undefined;
  });
}

/**
 * An outside term must not also be something the knowledge base covers: no id, term or alias may
 * be a concept's name, nor lead to two outside terms. Nearest topics must exist.
 */
export function checkOutsideTerms(file: ParsedFile<OutsideTerm[]>, concepts: readonly Concept[], refs: ConceptRefs, issues: ContentIssue[]): void {
  const conceptNames = new Map<string, string>();
  for (const c of concepts) {
    for (const name of [c.id.replace(/-/g, ' '), c.title, ...c.aliases]) {
      const key = keyOf(name);
      if (key !== '' && !conceptNames.has(key)) conceptNames.set(key, c.id);
    }
  }
  const termNames = new Map<string, { id: string; field: string }>();
  const ids = new Set<string>();
  file.data.forEach((term, i) => {
    const report = (field: string, message: string): void => {
      issues.push({ file: file.file, item: term.id, field: `terms[${i}]${field === '' ? '' : `.${field}`}`, message });
    };
    if (ids.has(term.id)) report('id', `"${term.id}" is already the id of another outside term`);
    ids.add(term.id);
    const names = [
      { name: term.id.replace(/-/g, ' '), field: 'id' },
      { name: term.term, field: 'term' },
      ...term.aliases.map((name, a) => ({ name, field: `aliases[${a}]` })),
    ];
    for (const { name, field } of names) {
      const key = keyOf(name);
      if (key === '') {
        report(field, 'has no letters or digits to match on');
        continue;
      }
      const concept = conceptNames.get(key);
      if (concept !== undefined) {
        report(field, `"${name}" is a name of the concept "${concept}"; a term the knowledge base covers cannot also be outside it`);
        continue;
      }
      const other = termNames.get(key);
      if (other !== undefined && other.id !== term.id) {
        report(field, `"${name}" is already a name of the outside term "${other.id}" (its ${other.field}); a name must lead to one term`);
      } else if (other === undefined) termNames.set(key, { id: term.id, field });
    }
    term.nearest.forEach((ref, n) => {
      if (isUnknown(refs, ref)) report(`nearest[${n}]`, `unknown concept id "${ref}"`);
    });
  });
}
