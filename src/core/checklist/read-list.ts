import type { Criterion } from '../content/checklist-schema.js';
import { tokenize } from '../lookup/normalize.js';
import { countsIn, optionForCount } from './read-count.js';

// "the web app and a worker", "frontend, backend and a queue": asked how many, people often name
// the things instead of counting them. A short list of short names is read as its length.

/** Items of a list: split at commas, "and", "plus", "&" and "+". */
const SEPARATOR = /\s*(?:,|&|\+|\band\b|\bplus\b)\s*/i;
/** An item is a name of at most this many words ("a background worker"). */
const ITEM_WORDS = 3;
/** Words that make an item a clause, not a name ("it runs", "we deploy"): then it is not a list. */
const CLAUSE = new Set(['i', 'we', 'you', 'they', 'it', 'is', 'are', 'was', 'were', 'be', 'have', 'has', 'do', 'does', 'dont', 'not', 'no', 'but', 'or', 'if', 'then']);
/** Words before a name that only qualify it. */
const QUALIFIERS = new Set(['a', 'an', 'the', 'just', 'only', 'one', 'single', 'our', 'my', 'some']);

/** How many things a list answer names, or undefined when the text is not such a list. */
export function listedCount(text: string): number | undefined {
  const items = text
    .trim()
    .replace(/[.!]+$/, '')
    .split(SEPARATOR)
    .map((item) => tokenize(item).filter((t) => !QUALIFIERS.has(t)))
    .filter((item) => item.length > 0);
  if (items.length < 2) return undefined;
  const names = items.every((item) => item.length <= ITEM_WORDS && !item.some((t) => CLAUSE.has(t)) && countsIn(item).length === 0);
  return names ? items.length : undefined;
}

/**
 * The option a list answer picks, only where one option holds both one thing and a few ("a few
 * services"): naming two things is then that option or a larger one. Where one is an option of its
 * own ("one server"), naming things ("web and db") says nothing sure about how many there are.
 */
export function optionForList(criterion: Criterion, text: string): string | undefined {
  const smallRange = criterion.options.some((o) => o.count !== undefined && (o.count.min ?? 0) <= 1 && (o.count.max ?? Infinity) >= 2);
  const count = smallRange ? listedCount(text) : undefined;
  return count === undefined ? undefined : optionForCount(criterion, count);
}
