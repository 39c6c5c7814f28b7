import { looksLikeQuestion } from '../checklist/read-step-input.js';
import { BE_OR_DO, fartherOut, isCounterpart, nameWords, offSubject, overlap } from './follow-up-neighbours.js';
import type { Reading } from './follow-up-reading.js';
import type { Ruling } from './follow-up-ruling.js';
import { ANAPHORS, isAspectWord, OPENING, PREPOSITION, QUANTITY, WEAK, widen, YES_NO } from './follow-up-words.js';

// The last readers: a follow-up that leans on the thread and that nothing above settled is about the
// last answer or one of its neighbours, whichever explains its words best. The readers before the
// weighing catch the questions whose words fit anything, where weighing would only add noise.

/** Bonus for the concept just answered: an unclear follow-up is about it. */
const STAY = 0.5;
/** Bonus for a concept the question would get on its own, when it is one of the neighbours. */
const AGREES = 0.8;
/** Evidence a neighbour needs before a pronoun in object position is read as pointing at it. */
const CLEAR = 0.2;
/** The weight of a term that is a keyword or a name of a concept (see concept-terms.ts). */
const KEYWORD = 2;
/** What a concept two steps from the last answer keeps of its score. */
const FAR = 0.5;

/**
 * "who starts *it*?", "how do I reach *it*?": the last answer is the object, so the answer is something else
 * that stands in that relation to it, when a neighbour's words fit. A question ending on a preposition asks
 * for the thing at its other end ("what does it connect with?", "built from what?").
 */
function objectOfQuestion(r: Reading): boolean {
  const { tokens, lower } = r;
  const content = r.content();
  // "how many machines can it grow to?": a quantity of the last answer is asked, not the thing at the other end.
  if (QUANTITY.test(lower)) return false;
  const stranded = r.anaphor() && PREPOSITION.test(tokens.at(-1) ?? '');
  const asksForThing = new RegExp(`${OPENING}(?:what|whats|which|who|whos)\\b`).test(lower);
  // "how do I reach it?" asks for the thing at the other end as much as "what does it connect with?".
  const pronounLast = ANAPHORS.has(tokens.at(-1) ?? '');
  const afterPreposition = pronounLast && PREPOSITION.test(tokens.at(-2) ?? '');
  // Without a preposition, a verb that fits anything ("who runs it?") is too little to send the question elsewhere.
  const throughVerb = asksForThing && pronounLast && !BE_OR_DO.has(tokens.at(-2) ?? '') && content.some((t) => !WEAK.has(t));
  return content.length > 0 && (((stranded || afterPreposition) && (asksForThing || looksLikeQuestion(r.text))) || throughVerb);
}

/**
 * "but when not?" after "when docker is enough": the counterpart, a sibling named like it that
 * each lists the other ("when-docker-is-enough" <-> "when-kubernetes-is-worth-it").
 */
function counterparts(r: Reading): string[] {
  return r.negated() ? r.neighbours().filter((id) => isCounterpart(r.kb, r.last, id)) : [];
}

/** The concepts the weighing chooses among. */
function candidates(r: Reading, object: boolean, opposite: readonly string[]): readonly string[] {
  const { last, index, kb } = r;
  const neighbours = r.neighbours();
  const content = r.content();
  if (opposite.length > 0) return opposite;
  const elsewhere = neighbours.filter((id) => id !== last.id);
  if (r.otherThan() && elsewhere.length > 0) {
    // "any others?" after the page listing the whole kind (the mistakes teams make): the others are on it.
    if (last.list) return [last.id];
    // "other mistakes?": not the last answer, and best the concept that lists it with its siblings.
    const wholes = elsewhere.filter((id) => kb.concept(id)?.related.includes(last.id) === true && overlap(index, id, content) > 0);
    return wholes.length > 0 ? wholes : elsewhere;
  }
  const others = elsewhere.filter((id) => overlap(index, id, content) > CLEAR);
  if (!object || others.length === 0) return neighbours;
  // "who calls it?", the pronoun the relation's object, after a page that lists being called among its
  // keywords: that page is about the relation itself, and stays in the running. "what does it send
  // commands to?" (the pronoun its subject) asks for the other end all the same.
  const row = index.weights.get(last.id);
  const pronounObject = ANAPHORS.has(r.tokens.at(-1) ?? '');
  const keyword = pronounObject && content.some((t) => !WEAK.has(t) && widen(t).some((w) => (row?.get(w) ?? 0) >= KEYWORD));
  return keyword ? [last.id, ...others] : others;
}

/** The question asks for something else than the last answer: the other end of a relation, "the others", the counterpart. */
function turnedAway(r: Reading): boolean {
  return objectOfQuestion(r) || r.otherThan() || counterparts(r).length > 0;
}

/** "is that a problem?": a yes/no question about the pronoun is about the last answer unless a neighbour explains it far better. */
function aboutItself(r: Reading): boolean {
  return YES_NO.test(r.lower) && !objectOfQuestion(r);
}

/**
 * Only words that fit anything ("why is that bad?", "does it work?"): nothing points elsewhere, unless a
 * neighbour is named by one ("who should *use* it?" -> where it works best, "use cases").
 * Runs after the leaning readers: the message leans on the thread and nothing settled it.
 */
export function weakWordsOnly(r: Reading): Ruling {
  const { kb, last } = r;
  const neighbourNames = new Set(r.neighbours().filter((id) => id !== last.id).flatMap((id) => nameWords(kb, id)));
  const weak = r.content().every((t) => WEAK.has(t) && !neighbourNames.has(t));
  return weak && !turnedAway(r) ? { concept: last, how: 'same', rule: 'weak-only' } : undefined;
}

/** The question on its own and with the name put back both land on the last answer: it stays. */
export function bothReadingsStay(r: Reading): Ruling {
  const { last } = r;
  return r.fresh?.id === last.id && r.inContext()?.id === last.id && !turnedAway(r) ? { concept: last, how: 'same', rule: 'both-same' } : undefined;
}

/**
 * "does it talk to the api server?": a yes/no question about the pronoun, whose object is named: about the pronoun's thing.
 * So is one naming nothing, unless it asks about an aspect ("is it costly?"), which a neighbour may be the page for:
 * "does it cope with several machines?" asks whether the thing itself does, not about another page's machines.
 */
export function yesNoWithObject(r: Reading): Ruling {
  const kept = r.named().length > 0 || !r.content().some(isAspectWord);
  return aboutItself(r) && r.pronounIsSubject() && kept ? { concept: r.last, how: 'same', rule: 'yes-no-object' } : undefined;
}

/** The last answer or the neighbour that explains the follow-up's words best. The table's last reader: always an answer. */
export function weighNeighbours(r: Reading): Ruling {
  const { kb, index, last, fresh } = r;
  const content = r.content();
  const named = r.named();
  const object = objectOfQuestion(r);
  const itself = aboutItself(r);
  const objectNamed = r.pronounIsSubject();
  let best = { id: last.id, score: -Infinity };
  for (const id of candidates(r, object, counterparts(r))) {
    let score = overlap(index, id, content);
    if (id === last.id) score = (itself ? 2 * score : score) + STAY;
    // "what are the drawbacks?" after when Kubernetes is worth it: the thread is about Kubernetes, and an aspect of
    // Docker beside it would need Docker named to be the subject.
    else if (offSubject(kb, index, last.id, id, named)) score *= FAR;
    // The lookup leaning to the name the question holds as its object is no evidence ("can it run containers?").
    if (fresh?.id === id && id !== last.id && !(objectNamed && named.includes(id))) score += AGREES;
    if (score > best.score) best = { id, score };
  }
  const far = object || itself ? undefined : fartherOut(kb, index, r.neighbours(), content, best.score, FAR);
  const concept = kb.concept(far ?? best.id) ?? last;
  // "any others?" after the page listing the whole kind: the others are in its list, so the page itself, not a part of it.
  if (concept.id === last.id && last.list && r.otherThan()) return { concept, how: 'whole', rule: 'list-others' };
  return { concept, how: concept.id === last.id ? 'same' : 'related', rule: 'neighbours' };
}
