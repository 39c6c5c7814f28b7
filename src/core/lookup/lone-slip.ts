// A one-word name typed as an everyday word one letter off, mended when nothing but our names stands beside it (rank).

import { isOutside, type LookupIndex } from './lookup-index.js';
import { isFiller } from './normalize.js';
import type { Term } from './read-question.js';
import { editDistance } from './edit-distance.js';

/**
 * A concept's one-word names starting with a letter, in the order the exact names were filed (the order mendLoneSlip
 * met them in when it walked them all): built once per index and letter, not a walk of every name per question.
 */
const oneWordByLetter = new WeakMap<LookupIndex, Map<string, Array<[string, number]>>>();

function oneWordNames(index: LookupIndex, letter: string): ReadonlyArray<[string, number]> {
  let byLetter = oneWordByLetter.get(index);
  if (byLetter === undefined) oneWordByLetter.set(index, (byLetter = new Map()));
  let names = byLetter.get(letter);
  if (names === undefined) {
    names = [...index.exact].filter(([key, entry]) => !isOutside(index, entry) && !key.includes(' ') && key[0] === letter);
    byLetter.set(letter, names);
  }
  return names;
}

/**
 * "kubernetes pot", "pot meaning in k8s": a one-word name typed as an everyday word one letter off, beside
 * nothing but our names. Everyday words are otherwise never bent into ours ("wooden" stays wooden);
 * here nothing else could be the subject, so the slip is read as the name it nearly spells. Only a
 * concept's one-word name that keeps the word's first letter, one edit away.
 */
export function mendLoneSlip(index: LookupIndex, seq: Term[]): void {
  let lone = -1;
  let ours = false;
  for (let at = 0; at < seq.length; at++) {
    const word = seq[at] as Term;
    if (isFiller(word.term) || word.chat === true) continue;
    if (word.similarity > 0 && index.nameTerms.has(word.term)) ours = true;
    else if (lone < 0 && word.similarity === 0 && index.everyday.has(word.term)) lone = at;
    else return;
  }
  if (lone < 0 || !ours) return;
  const word = seq[lone] as Term;
  // The speller leaves words this short alone ("love" is not "live"), so the names are tried here.
  let found: string | undefined;
  for (const [key, entry] of oneWordNames(index, word.term[0] as string)) {
    if (editDistance(key, word.term, 1) > 1) continue;
    // A letter more or less only at the end, as in a word cut short ("nod"): "rat" is no slip for "raft".
    if (key.length !== word.term.length && !key.startsWith(word.term) && !word.term.startsWith(key)) continue;
    // Two names as close ("nod": "node", "nodes") leave it unread unless they are one concept's.
    if (found !== undefined && index.exact.get(found) !== entry) return;
    found ??= key;
  }
  if (found !== undefined) seq[lone] = { ...word, term: found, similarity: 0.85 };
}
