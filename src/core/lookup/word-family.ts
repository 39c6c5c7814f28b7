import { stemmer } from 'stemmer';
import { BoundedCache } from '../bounded-cache.js';

/** Shorter words are kept apart: their stems collide too easily ("pod", "pods" are already one by `singular`). */
const MIN_LENGTH = 4;
/** Letters a word and its stem always share ("lose", "losing": a final "e" may go). */
const PREFIX = 3;

/**
 * The words of the knowledge base grouped by their Porter stem: "coordinate", "coordinating" and
 * "coordination" are one family, so a question worded with one finds a concept written with another.
 * Built from the vocabulary on the first word that needs it, not with the index.
 */
export class WordFamilies {
  private byStem: Map<string, string[]> | undefined;
  /** First three letters of every word of ours: a word none of them starts has no family, and needs no stemming. */
  private starts: Set<string> | undefined;
  // Bounded: a flood of distinct nonsense must not grow memory without limit.
  private readonly cache = new BoundedCache<string, string | undefined>(10_000);

  /** `weight` picks among a family: the word more entries use. */
  constructor(
    private readonly vocabulary: () => Iterable<string>,
    private readonly weight: (word: string) => number,
  ) {}

  private build(): Map<string, string[]> {
    const byStem = new Map<string, string[]>();
    const starts = new Set<string>();
    for (const word of this.vocabulary()) {
      if (word.length < MIN_LENGTH || /\d/.test(word)) continue;
      starts.add(word.slice(0, PREFIX));
      const stem = stemmer(word);
      const list = byStem.get(stem);
      if (list) list.push(word);
      else byStem.set(stem, [word]);
    }
    this.starts = starts;
    return (this.byStem = byStem);
  }

  /** Every word of ours of the same family as `word`, itself excluded ("push": "pushed", "pushing"). */
  members(word: string): string[] {
    if (word.length < MIN_LENGTH || /\d/.test(word)) return [];
    const families = this.byStem ?? this.build();
    return (families.get(stemmer(word)) ?? []).filter((other) => other !== word);
  }

  /** The word of ours of the same family as `word` (itself excluded) that the most entries use. */
  kin(word: string): string | undefined {
    if (word.length < MIN_LENGTH) return undefined;
    if (this.cache.has(word)) return this.cache.get(word);
    const families = this.byStem ?? this.build();
    let best: string | undefined;
    if (this.starts?.has(word.slice(0, PREFIX))) {
      for (const other of families.get(stemmer(word)) ?? []) {
        if (other !== word && (!best || this.weight(other) > this.weight(best))) best = other;
      }
    }
    this.cache.set(word, best);
    return best;
  }
}
