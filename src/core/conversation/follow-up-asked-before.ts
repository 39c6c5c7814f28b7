import type { Concept } from '../content/schema.js';
import { namesOf } from '../lookup/lookup-index.js';
import { terms } from '../lookup/normalize.js';
import { sentencesOf } from '../lookup/sentences.js';
import { sideOf } from './follow-up-neighbours.js';
import type { Reading } from './follow-up-reading.js';
import type { Ruling } from './follow-up-ruling.js';
import { FIRST_SIDE, LEADS_ON } from './follow-up-words.js';

// Readers of a follow-up that lean on the question before it as asked (the thread keeps it beside its answer), not only
// on the page that answered it: the things it named, in their order, and the question itself.

/** "the first one", "the latter" after a comparison ("x vs y"): one of its sides. */
export function sideOfComparison(r: Reading): Ruling {
  const side = sideOf(r.kb, r.last, r.lower) ?? sideNamedBefore(r);
  return side ? { concept: side, how: 'related', rule: 'side' } : undefined;
}

/**
 * "the first one", "the second one", "the latter": a place among the things the question before named, in its order
 * ("x vs y?" answered with x alone, then "and the second one?" is y). "which is the first one to fail?" ranks instead.
 * The words of FIRST_SIDE and SECOND_SIDE but "left", "right" and "other one": "the right one" is more often the fitting
 * one than a place.
 */
const SIDE_ASKED = /\bthe (first|1st|former|second|2nd|latter)(?: one)?\b(?!\s+(?:to|that|which|who)\b)/;

/** The thing the question before named at the place asked ("the second one" of "x vs y?"), when it named two or more. */
function sideNamedBefore(r: Reading): Concept | undefined {
  const place = SIDE_ASKED.exec(r.lower)?.[1];
  if (place === undefined || r.named().length > 0) return undefined;
  const before = r.namedBefore();
  if (before.length < 2) return undefined;
  const id = place === 'latter' ? before.at(-1) : FIRST_SIDE.test(place) ? before[0] : before[1];
  return id === undefined ? undefined : r.kb.concept(id);
}

/**
 * "and y?" after "can x do z?" (answered with a page other than x's own): the question before,
 * asked again with this name in place of the one it named. Only for a message that is the name alone led on by "and"
 * (LEADS_ON), after a question
 * that named one thing other than its answer; and only when the question asked again lands elsewhere than on the name
 * itself (else the name's own page answers, as below).
 */
export function askedOfAnother(r: Reading): Ruling {
  const [subject, ...more] = r.named();
  const [other, ...others] = r.namedBefore();
  // Said as more of the same ("and …?", "what about …?"): a name alone without it ("rbac?") is a question of its own.
  if (subject === undefined || more.length > 0 || r.content().length > 0 || !LEADS_ON.test(r.lower)) return undefined;
  if (other === undefined || others.length > 0 || other === subject || other === r.last.id) return undefined;
  // An aspect page of the other thing ("when docker is enough", "where docker falls short") has its counterpart for the
  // name (onlyAName's parallel reading); asked again, the question would only land back on the page just shown.
  if (r.index.aspects.get(other)?.includes(r.last.id) === true) return undefined;
  const again = nameSwapped(r, other, subject);
  const found = again === undefined ? undefined : r.kb.lookup(again);
  return found?.status === 'answer' && found.concept.id !== subject ? { concept: found.concept, how: 'related', rule: 'asked-of-another' } : undefined;
}

/**
 * The question before in its words, with the longest of `from`'s names said in it put as `to`'s title. Only the last
 * sentence naming `from` is asked again: "we teach a night class. where does x fit?" asks the second.
 */
function nameSwapped(r: Reading, from: string, to: string): string | undefined {
  const was = r.kb.concept(from);
  const now = r.kb.concept(to);
  if (!was || !now) return undefined;
  const names = namesOf(was).map((n) => terms(n).join(' ')).filter((n) => n !== '').sort((a, b) => b.length - a.length);
  const sentences = sentencesOf(r.asked).map((s) => ` ${terms(r.kb.spelledOut(s)).join(' ')} `);
  const said = sentences.findLast((s) => names.some((n) => s.includes(` ${n} `)));
  const name = said === undefined ? undefined : names.find((n) => said.includes(` ${n} `));
  return said === undefined || name === undefined ? undefined : said.replace(` ${name} `, ` ${terms(now.title).join(' ')} `).trim();
}
