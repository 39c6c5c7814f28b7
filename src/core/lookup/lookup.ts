import type { Concept } from '../content/schema.js';
import { pairKey, type LookupIndex } from './lookup-index.js';
import { COMPARISON_SPLIT, DIFFERENCE_OF, isFiller, stripForLookup, terms, tokenize } from './normalize.js';
import { rank } from './rank.js';
import { resultFor, type LookupResult } from './result.js';
import { isSmallTalk } from './small-talk.js';

export type { Candidate, LookupResult } from './result.js';

/** A question after a "but", when the text before it says what is already understood. */
const AFTER_BUT = /\bbut\b(?!.*\bbut\b)((?=.*\b(?:what|whats|how|why|who|which|where|when)\b).+)$/;

/** Questions are cut here: longer text is not a lookup but a paste. */
const MAX_QUESTION = 300;

export function lookup(index: LookupIndex, question: string): LookupResult {
  const text = stripForLookup(question).toLowerCase().slice(0, MAX_QUESTION);
  if (isSmallTalk(tokenize(text))) return { status: 'smalltalk' };
  // "I get what etcd stores, but what is the controller manager for?": what comes before the "but" is
  // what they already know; the question is after it.
  const turn = AFTER_BUT.exec(text);
  if (turn?.[1] !== undefined) {
    const asked = lookup(index, turn[1]);
    if (asked.status === 'answer' || asked.status === 'outside') return asked;
  }
  // Ranked once: a comparison falls back to the question as a whole, and ranking is most of a lookup's cost.
  const whole = rank(index, text);
  return compare(index, text, whole) ?? whole;
}

/** "x vs y", "difference between x and y": the comparison concept for the pair, else the first named. */
function compare(index: LookupIndex, text: string, whole: LookupResult): LookupResult | undefined {
  const diff = DIFFERENCE_OF.exec(text);
  const sides = diff ? [diff[1] ?? '', diff[2] ?? ''] : text.split(COMPARISON_SPLIT);
  if (sides.length !== 2) return undefined;
  // A concept named for the whole phrase ("x vs y") wins outright.
  if (whole.status === 'answer' && whole.score === 1) return whole;
  // "common mistakes when choosing between x and y": words before the pair that name a subject of their own.
  if (diff && whole.status === 'answer' && rank(index, text.slice(0, diff.index)).status === 'answer') return whole;
  const [left, right] = [side(index, sides[0] ?? '', 'end'), side(index, sides[1] ?? '', 'start')];
  // Comparing with something not covered ("replicaset vs deployment") is about that thing.
  if (left.status === 'outside') return left;
  if (right.status === 'outside') return right;
  if (left.status === 'answer' && right.status === 'answer') {
    const a = index.concepts.indexOf(left.concept);
    const b = index.concepts.indexOf(right.concept);
    const pair = index.comparisons.get(pairKey(a, b));
    if (pair !== undefined) return { status: 'answer', concept: index.concepts[pair] as Concept, score: 1 };
    // No concept compares the two: the question as a whole may still name its subject ("… in docker swarm").
    return whole.status === 'answer' && whole.concept !== right.concept ? whole : left;
  }
  if (left.status === 'answer' && right.status === 'unknown') return whole.status === 'unknown' ? whole : left;
  return undefined;
}

/**
 * One side of a comparison. The thing compared sits next to the "vs": at the end of the left side
 * ("so what is a pod vs …") and the start of the right ("… docker, which one?").
 */
function side(index: LookupIndex, text: string, anchor: 'start' | 'end'): LookupResult {
  const words = terms(text).filter((t) => !isFiller(t));
  for (let length = Math.min(words.length, 4); length > 0; length--) {
    const part = anchor === 'start' ? words.slice(0, length) : words.slice(words.length - length);
    const hit = index.exact.get(part.join(' '));
    if (hit !== undefined) return resultFor(index, hit, 1);
  }
  return rank(index, text);
}
