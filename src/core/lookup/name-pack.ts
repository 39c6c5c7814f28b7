import type { Phrase } from './lookup-index.js';
import type { Term } from './read-question.js';

/** The first letter of a word typed as it is, as a char code; -1 for one corrected, read as another or empty. */
export function exactFirst(word: Term): number {
  return word.similarity >= 1 && word.term !== '' ? word.term.charCodeAt(0) : -1;
}

/**
 * What the name finder (find-names.ts) tests first of each name a word stands in, side by side in typed arrays:
 * where the word stands in it, its length, which word beside it is checked (-1 for a name of one word) and that
 * word's first letter. A common word ("docker") stands in hundreds of names and most fail on these alone;
 * reading them from each name's object and its words' strings was a tenth of a long question's lookup.
 */
export interface Packed {
  from: Uint16Array;
  size: Uint16Array;
  near: Int16Array;
  nearFirst: Int32Array;
}

const packs = new WeakMap<readonly Phrase[], Packed>();

/** The names a word stands in, packed on the first question that uses the word, once per index. */
export function packed(phrases: readonly Phrase[]): Packed {
  const known = packs.get(phrases);
  // Repacked if the list grew since: an index is built once, but a stale pack must never skip a name.
  if (known !== undefined && known.from.length === phrases.length) return known;
  const from = new Uint16Array(phrases.length);
  const size = new Uint16Array(phrases.length);
  const near = new Int16Array(phrases.length);
  const nearFirst = new Int32Array(phrases.length);
  phrases.forEach((phrase, i) => {
    // The word after it when it has one, else the one before: the same choice the finder made by hand before.
    const beside = phrase.at + 1 < phrase.terms.length ? phrase.at + 1 : phrase.at - 1;
    from[i] = phrase.at;
    size[i] = phrase.terms.length;
    near[i] = beside;
    nearFirst[i] = beside >= 0 ? (phrase.terms[beside] as string).charCodeAt(0) : -1;
  });
  const pack = { from, size, near, nearFirst };
  packs.set(phrases, pack);
  return pack;
}
