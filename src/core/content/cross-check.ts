import { basename, extname } from 'node:path';
import { keyOf } from '../lookup/normalize.js';
import type { Checklist, Condition } from './checklist-schema.js';
import type { ContentIssue } from './issues.js';
import type { ParsedFile } from './read-files.js';
import type { Concept } from './schema.js';

/** Checks that span files: unique ids and names, and every reference pointing at something real. */
export function checkConcepts(files: ParsedFile<Concept>[], issues: ContentIssue[]): void {
  const ids = new Map<string, string>();
  const names = new Map<string, { id: string; file: string }>();
  for (const { file, data } of files) {
    const stem = basename(file, extname(file));
    if (stem !== data.id) {
      issues.push({ file, item: data.id, field: 'id', message: `must match the file name ("${stem}")` });
    }
    const earlier = ids.get(data.id);
    if (earlier) issues.push({ file, item: data.id, field: 'id', message: `already used in ${earlier}` });
    else ids.set(data.id, file);
  }
  for (const { file, data } of files) {
    const own = [data.id.replace(/-/g, ' '), data.title];
    const fields = [
      ...own.map((name, i) => ({ name, field: i === 0 ? 'id' : 'title' })),
      ...data.aliases.map((name, i) => ({ name, field: `aliases[${i}]` })),
    ];
    for (const { name, field } of fields) {
      const key = keyOf(name);
      if (key === '') {
        issues.push({ file, item: data.id, field, message: 'has no letters or digits to match on' });
        continue;
      }
      const claimed = names.get(key);
      if (claimed && claimed.id !== data.id) {
        issues.push({
          file,
          item: data.id,
          field,
          message: `"${name}" is already a name of "${claimed.id}" (${claimed.file}); a name must lead to one concept`,
        });
      } else if (!claimed) names.set(key, { id: data.id, file });
    }
    data.related.forEach((ref, i) => {
      const field = `related[${i}]`;
      if (ref === data.id) issues.push({ file, item: data.id, field, message: 'a concept cannot be related to itself' });
      else if (!ids.has(ref)) issues.push({ file, item: data.id, field, message: `unknown concept id "${ref}"` });
    });
  }
}

export function checkChecklists(
  files: ParsedFile<Checklist>[],
  conceptIds: ReadonlySet<string>,
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
      if (!conceptIds.has(ref)) report(field, `unknown concept id "${ref}"`);
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
  }
}
