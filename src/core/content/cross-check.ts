import { keyOf } from '../lookup/normalize.js';
import type { Checklist, Condition } from './checklist-schema.js';
import type { ContentIssue } from './issues.js';
import { checkNames } from './check-names.js';
import { checkVerdicts } from './check-verdicts.js';
import { stemOf, type ParsedFile } from './read-files.js';
import type { Concept } from './schema.js';

/** Where a reference may point: concepts that loaded, and ids of files that failed (already reported). */
export interface ConceptRefs {
  known: ReadonlySet<string>;
  broken: ReadonlySet<string>;
}

/** Related concepts that list a page back, before it can be the list of their kind. */
const LISTED = 2;

export function isUnknown(refs: ConceptRefs, id: string): boolean {
  // `article/concept` points into another article: checked once every article is read (cross-article.ts).
  if (id.includes('/')) return false;
  // With no concept loaded every reference would be "unknown"; the reason is already reported.
  if (refs.known.size === 0) return false;
  return !refs.known.has(id) && !refs.broken.has(id);
}

/**
 * Checks that span concept files: ids match file names and are unique, names lead to one concept,
 * related ids exist. A file whose id is wrong is reported once and left out of the later checks,
 * like a file that failed to parse.
 */
export function checkConcepts(
  files: ParsedFile<Concept>[],
  broken: ReadonlySet<string>,
  issues: ContentIssue[],
): { valid: ParsedFile<Concept>[]; refs: ConceptRefs } {
  const owner = new Map<string, string>();
  // Files named after their id claim it first, so a wrong id in one file never blames the right one.
  for (const { file, data } of files) {
    if (stemOf(file) !== data.id) continue;
    const earlier = owner.get(data.id);
    if (earlier) issues.push({ file, item: data.id, field: 'id', message: `"${data.id}" is already the id of ${earlier}` });
    else owner.set(data.id, file);
  }
  const unresolved = new Set(broken);
  const valid = files.filter(({ file, data }) => {
    const stem = stemOf(file);
    if (owner.get(data.id) === file) return true;
    unresolved.add(stem);
    if (stem !== data.id) {
      const other = owner.get(data.id);
      issues.push({
        file,
        item: data.id,
        field: 'id',
        message: `must match the file name ("${stem}")${other ? `; "${data.id}" is already the id of ${other}` : ''}`,
      });
    }
    return false;
  });
  const refs: ConceptRefs = { known: new Set(owner.keys()), broken: unresolved };

  checkNames(valid, issues);
  const relatedOf = new Map(valid.map(({ data }) => [data.id, data.related]));
  for (const { file, data } of valid) {
    const listed = data.related.filter((ref) => relatedOf.get(ref)?.includes(data.id) === true);
    if (data.list && listed.length < LISTED) {
      issues.push({ file, item: data.id, field: 'list', message: `a list page needs at least ${LISTED} related concepts that list it back (has ${listed.length})` });
    }
    data.related.forEach((ref, i) => {
      const field = `related[${i}]`;
      if (ref === data.id) issues.push({ file, item: data.id, field, message: 'a concept cannot be related to itself' });
      else if (isUnknown(refs, ref)) issues.push({ file, item: data.id, field, message: `unknown concept id "${ref}"` });
    });
  }
  return { valid, refs };
}

export function checkChecklists(
  files: ParsedFile<Checklist>[],
  conceptRefs: ConceptRefs,
  issues: ContentIssue[],
): void {
  const seen = new Map<string, string>();
  for (const { file, data } of files) {
    const report = (field: string, message: string): void => {
      issues.push({ file, item: data.id, field, message });
    };
    const earlier = seen.get(data.id);
    if (earlier) report('id', `already used in ${earlier}`);
    else seen.set(data.id, file);

    const concept = (field: string, ref: string): void => {
      if (isUnknown(conceptRefs, ref)) report(field, `unknown concept id "${ref}"`);
    };
    concept('concept', data.concept);
    data.offer_on.forEach((ref, i) => concept(`offer_on[${i}]`, ref));

    const verdictIds = new Set(data.verdicts.map((v) => v.id));
    const answers = new Set<string>();
    const criterionIds = new Set<string>();
    data.criteria.forEach((criterion, ci) => {
      const at = `criteria[${ci}]`;
      if (criterionIds.has(criterion.id)) report(`${at}.id`, `criterion "${criterion.id}" appears twice`);
      criterionIds.add(criterion.id);
      concept(`${at}.concept`, criterion.concept);
      const words = new Map<string, string>();
      criterion.options.forEach((option, oi) => {
        const ot = `${at}.options[${oi}]`;
        concept(`${ot}.concept`, option.concept);
        if (option.leans !== 'neutral' && !verdictIds.has(option.leans)) {
          report(`${ot}.leans`, `unknown verdict "${option.leans}"`);
        }
        const ref = `${criterion.id}=${option.value}`;
        if (answers.has(ref)) report(`${ot}.value`, `value "${option.value}" appears twice`);
        answers.add(ref);
        for (const word of [option.value, option.label, ...option.synonyms]) {
          const key = keyOf(word);
          const other = words.get(key);
          if (other !== undefined && other !== option.value) {
            report(`${ot}.synonyms`, `"${word}" also names option "${other}"`);
          }
          words.set(key, option.value);
        }
      });
    });

    const scoreNames = new Set(Object.keys(data.scores));
    const answerRef = (field: string, ref: string): void => {
      if (!answers.has(ref)) report(field, `"${ref}" is not a criterion=value of this checklist`);
    };
    for (const [name, refs] of Object.entries(data.scores)) {
      refs.forEach((ref, i) => answerRef(`scores.${name}[${i}]`, ref));
    }
    for (const name of Object.keys(data.score_labels)) {
      if (!scoreNames.has(name)) report(`score_labels.${name}`, `labels unknown score "${name}"`);
    }
    const condition = (field: string, when: Condition | undefined): void => {
      if (!when) return;
      if (when.verdict !== undefined && !verdictIds.has(when.verdict)) {
        report(`${field}.verdict`, `unknown verdict "${when.verdict}"`);
      }
      for (const key of ['all', 'any', 'none'] as const) {
        (when[key] ?? []).forEach((ref, i) => answerRef(`${field}.${key}[${i}]`, ref));
      }
      for (const name of Object.keys(when.score ?? {})) {
        if (!scoreNames.has(name)) report(`${field}.score.${name}`, `unknown score "${name}"`);
      }
    };
    data.verdicts.forEach((verdict, vi) => {
      concept(`verdicts[${vi}].concept`, verdict.concept);
      verdict.read.forEach((ref, i) => concept(`verdicts[${vi}].read[${i}]`, ref));
      verdict.next.forEach((step, i) => condition(`verdicts[${vi}].next[${i}].when`, step.when));
    });
    data.rules.forEach((rule, ri) => {
      if (!verdictIds.has(rule.verdict)) report(`rules[${ri}].verdict`, `unknown verdict "${rule.verdict}"`);
      condition(`rules[${ri}].when`, rule.when);
    });
    const last = data.rules[data.rules.length - 1];
    if (last?.when !== undefined) {
      report(`rules[${data.rules.length - 1}]`, 'the last rule must have no `when`, so every set of answers gets a verdict');
    }
    data.warnings.forEach((warning, wi) => {
      concept(`warnings[${wi}].concept`, warning.concept);
      condition(`warnings[${wi}].when`, warning.when);
    });
    // A counter-signal cites the concept that says what to do about it, like a warning.
    data.counter_signals.forEach((signal, si) => {
      concept(`counter_signals[${si}].concept`, signal.concept);
      condition(`counter_signals[${si}].when`, signal.when);
    });
    checkVerdicts(data, report);
  }
}
