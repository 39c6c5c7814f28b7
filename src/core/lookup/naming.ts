// Whether a text names a concept, and which concepts it names: shared by the readers of a question's parts.

import { BoundedCache } from '../bounded-cache.js';
import type { Concept } from '../content/schema.js';
import { namesOf, type LookupIndex } from './lookup-index.js';
import { isFiller, keyOf, singular } from './normalize.js';
import type { LookupResult } from './result.js';

/** Words as typed, without the tokenizer: its one-text cache is the whole question's, left for the ranking. */
export function rawWords(text: string): string[] {
  return text.split(/[^a-z0-9]+/);
}

/** Whether the text, as typed, uses a word of some concept's name: the cheap gate before a part is ranked alone. */
export function usesNameWord(index: LookupIndex, text: string): boolean {
  return rawWords(text).some((w) => index.nameTerms.has(singular(w)));
}

/** Whether the text names the concept found, by its id, title or an alias. */
export function names(text: string, found: LookupResult): boolean {
  return found.status === 'answer' && namesConcept(text, found.concept);
}

/** Whether the text names the concept by one of its names of several words ("node agent", "switch to kubernetes"). */
export function namesInFull(text: string, concept: Concept): boolean {
  return saysAny(text, namesOf(concept).filter((n) => hasSpaceWithin(phraseWords(n))));
}

/** Whether a text keyed by wordsOf (" a b ") holds more than one word. */
function hasSpaceWithin(keyed: string): boolean {
  return keyed.indexOf(' ', 1) < keyed.length - 1;
}

export function namesConcept(text: string, concept: Concept): boolean {
  return saysAny(text, namesOf(concept));
}

/** Whether one of the phrases stands whole in the text, as words. */
export function saysAny(text: string, phrases: readonly string[]): boolean {
  const words = wordsOf(text);
  return phrases.some((phrase) => words.includes(phraseWords(phrase)));
}

/**
 * The phrases saysAny is given are the content's names and aliases, the same ones question after question: keyed
 * once each here rather than on every question (keying them was a tenth of a long question's lookup, and each one
 * pushed the question out of the tokenizer's one-text cache, so the ranking tokenized it again). Bounded all the
 * same, since any text may be passed as a phrase.
 */
const keyedPhrases = new BoundedCache<string, string>(4_096);

function phraseWords(phrase: string): string {
  let keyed = keyedPhrases.get(phrase);
  if (keyed === undefined) keyedPhrases.set(phrase, (keyed = wordsOf(phrase)));
  return keyed;
}

/** A text as saysAny looks through it, spaces around its keyed words: keyed once when one text meets many phrases. */
export function wordsOf(text: string): string {
  return ` ${keyOf(text)} `;
}

/**
 * The concepts a text names by a name standing whole in it, longest names first. Read as typed, not through
 * the tokenizer: its one-text cache is the whole question's, left for the ranking.
 */
export function namedWithin(index: LookupIndex, text: string): number[] {
  const words = rawWords(text).filter((w) => w !== '' && !isFiller(w)).map(singular);
  const found: number[] = [];
  for (let length = Math.min(words.length, 4); length > 0; length--) {
    for (let at = 0; at + length <= words.length; at++) {
      const hit = index.exact.get(words.slice(at, at + length).join(' '));
      if (hit !== undefined && hit < index.concepts.length && !found.includes(hit)) found.push(hit);
    }
  }
  return found;
}

/** A concept's id as words ("kube-proxy": "kube proxy"): the shortest of its names. */
export function ownWords(concept: Concept): string {
  return namesOf(concept)[0] as string;
}
