import type { Concept } from '../content/schema.js';
import { bulletNames } from '../lookup/idioms.js';
import { namedIn } from './concept-terms.js';
import type { Reading } from './follow-up-reading.js';
import type { Ruling } from './follow-up-ruling.js';
import { OPENING } from './follow-up-words.js';

// A page that tells a sequence as bullets (build, store, run) answers "then what?" after one of its steps with the thing
// the next bullet brings in, and "and the middle step?" with the thing only the middle bullet names.

/** "then what?", "what's next?", "and after that?": the step after the last answer. */
const NEXT = new RegExp(`${OPENING}(?:what(?: s| is| comes| happens)? next|whats next|next(?: step| stage)?|after that|what (?:comes |happens )?after (?:that|it|this))$|^(?:(?:and|ok|okay|so) )*then what$`);
/** "the middle step", "the intermediate component": the step between the first and the last. */
const MIDDLE = /\b(?:middle|intermediate|in between|in-between) (?:step|stage|part|piece|bit|component|one|thing)\b/;

/**
 * A page's bullets as steps, each as the concepts it names; none when a bullet opens on a name of ours ("**images**: …"):
 * such a list is of parts, not of steps one after the other.
 */
function bullets(r: Reading, page: Concept): string[][] {
  if (bulletNames(page).some((head) => namedIn(r.index, head).length > 0)) return [];
  return page.body.split('\n').filter((line) => /^\s*[-*] /.test(line)).map((line) => namedIn(r.index, line));
}

/** The concepts one bullet names that `others` do not, the last answer aside, when exactly one. */
function onlyIn(r: Reading, own: readonly string[], others: readonly string[][]): Concept | undefined {
  const [only, ...more] = own.filter((id) => id !== r.last.id && others.every((b) => !b.includes(id)));
  return only !== undefined && more.length === 0 ? r.kb.concept(only) : undefined;
}

/** "an image was built" then "then what?": the next bullet of the one neighbour listing the last answer as a step. */
export function nextStep(r: Reading): Ruling {
  if (!NEXT.test(r.lower) || r.everyName().length > 0) return undefined;
  const found = r.neighbours().flatMap((id) => {
    const page = id === r.last.id ? undefined : r.kb.concept(id);
    const list = page ? bullets(r, page) : [];
    const at = list.findIndex((b) => b.includes(r.last.id));
    const step = at >= 0 && at + 1 < list.length ? onlyIn(r, list[at + 1] ?? [], [list[at] ?? []]) : undefined;
    return step ? [step] : [];
  });
  const [only, ...more] = found;
  return only !== undefined && more.every((c) => c.id === only.id) ? { concept: only, how: 'related', rule: 'next-step' } : undefined;
}

/** "and the middle step?" after a page of three steps: what its middle bullet alone names. */
export function middleStep(r: Reading): Ruling {
  if (!MIDDLE.test(r.lower) || r.everyName().length > 0) return undefined;
  const list = bullets(r, r.last);
  if (list.length < 3 || list.length % 2 === 0) return undefined;
  const at = (list.length - 1) / 2;
  const step = onlyIn(r, list[at] ?? [], list.filter((_, i) => i !== at));
  return step ? { concept: step, how: 'related', rule: 'middle-step' } : undefined;
}
