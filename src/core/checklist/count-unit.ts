import type { Criterion } from '../content/checklist-schema.js';
import { isFiller, singular, terms } from '../lookup/normalize.js';
import { stem } from '../stem.js';
import { countIn } from './read-count.js';

// What a count in a typed answer counts: the thing the step asks about ("2 services"), or a thing another step
// asks about ("three servers" typed at the services step), which answers that step, not this one.

/**
 * True when the answer names what the question counts ("services", "machines"), stemmed like `said`. Given an
 * option's value, only that option's synonyms count beside the question and the labels: "by 5 teams" counts
 * teams, which only the other option's "many teams" names, so 5 of them are no count of few services.
 */
export function namesUnit(criterion: Criterion, said: readonly string[], of?: string): boolean {
  const units = new Set(
    [criterion.question, ...criterion.options.flatMap((o) => [o.label, ...(of === undefined || o.value === of ? o.synonyms : [])])]
      .flatMap((text) => terms(text))
      .filter((t) => !/^\d+$/.test(t) && !COUNT_WORDS.has(t))
      .map(stem),
  );
  return said.some((w) => units.has(w) && !/^\d+$/.test(w));
}

/** The word right after the count is a thing another question counts and this one does not ("three *servers*" asked about services). */
export function countsOtherThings(criterion: Criterion, others: readonly Criterion[], tokens: readonly string[]): boolean {
  const at = tokens.findIndex((t) => countIn([t]) !== undefined);
  const thing = tokens.slice(at + 1).find((t) => t !== 'of' && t !== 'more' && t !== 'or' && countIn([t]) === undefined);
  if (at < 0 || thing === undefined || isFiller(thing) || COUNT_WORDS.has(thing)) return false;
  const unit = [stem(singular(thing))];
  return !namesUnit(criterion, unit) && others.some((other) => other.id !== criterion.id && other.options.some((o) => o.count) && namesUnit(other, unit));
}

/** Words that say how many, not of what. */
const COUNT_WORDS = new Set(['many', 'few', 'several', 'multiple', 'lots', 'lot', 'one', 'single', 'just', 'only', 'more', 'than', 'dozens', 'couple', 'handful', 'not', 'no']);
