import { singular, tokenize } from '../lookup/normalize.js';
import { namedIn } from './concept-terms.js';
import { ownId } from '../content/concept-id.js';
import type { Reading } from './follow-up-reading.js';
import type { Ruling } from './follow-up-ruling.js';
import { listItems } from './follow-up-parts.js';

// Whether what was told is a thing of a kind that a page of the thread lists ("would that count as a pitfall?"),
// and whether the one just answered is the only one of its kind.

/** "is this one of the common pitfalls?", "is that pitfall 2?", "is it a pitfall?": the kind's word, last. */
const CASE_OF_KIND = /\b(?:is|isnt) (?:that|this|it) (?:(?:one of (?:the )?|a |an |the )(?:\w+ )?)?(\w+)(?: (?:number |no )?\d+)?$/;
/** "is this the only pitfall there is?": the other things of the kind asked for. */
const ONLY_ONE = /\b(?:the only|only one|just one) (\w+)\b/;

/** The pages that list things of the kind, each item named after it ("mistake-…"). */
function listsOf(r: Reading, word: string): string[] {
  const kind = singular(word);
  return r.kb.concepts.filter((page) => {
    const items = listItems(page);
    return items.length > 1 && items.every((item) => ownId(item).split('-').includes(kind));
  }).map((page) => page.id);
}

/** The question's own clause names nothing but the list or its items. */
function namesNoOther(r: Reading, list: string, clause: string): boolean {
  const page = r.kb.concept(list);
  const allowed = new Set([list, ...(page ? listItems(page) : [])]);
  return namedIn(r.index, clause).every((id) => allowed.has(id));
}

/**
 * "our two interns want a cluster for the demo. is that pitfall 1?" after the page listing pitfalls, or "is this one of
 * those pitfalls?" after a situation told: the item of the list of that kind that what was told (this message
 * when it tells something before its question, else the message the last answer was for) is a case of, as the lookup
 * reads those words with the kind's word beside them.
 */
export function caseOfKind(r: Reading): Ruling {
  const clauses = r.text.split(/[.;!?]+/).filter((c) => c.trim() !== '');
  const question = tokenize(clauses.at(-1) ?? '').join(' ');
  const word = CASE_OF_KIND.exec(question)?.[1];
  if (word === undefined) return undefined;
  const [list, ...more] = listsOf(r, word);
  const page = list === undefined || more.length > 0 || !namesNoOther(r, list, question) ? undefined : r.kb.concept(list);
  const items = page ? listItems(page) : [];
  if (items.length === 0) return undefined;
  // Read as a case of the kind, the facts with the kind's word beside them: this whole message when it tells them (what
  // the lookup made of it), else the message the last answer was for.
  const told = clauses.length > 1 ? undefined : r.kb.lookup(`${r.asked} ${word}`);
  const found = told === undefined ? r.fresh : told.status === 'answer' ? told.concept : undefined;
  const concept = found !== undefined && items.includes(found.id) ? found : undefined;
  return concept ? { concept, how: 'related', rule: 'case-of-kind' } : undefined;
}

/** "is this the only pitfall there is?" after one of a list's items: the page listing them all. */
export function othersOfKind(r: Reading): Ruling {
  const word = ONLY_ONE.exec(r.lower)?.[1];
  const lists = word === undefined ? [] : listsOf(r, word).filter((id) => id !== r.last.id && listItems(r.kb.concept(id) ?? r.last).includes(r.last.id) && namesNoOther(r, id, r.lower));
  const [only, ...more] = lists;
  const concept = only !== undefined && more.length === 0 ? r.kb.concept(only) : undefined;
  return concept ? { concept, how: 'related', rule: 'others-of-kind' } : undefined;
}
