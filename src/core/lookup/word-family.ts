import { stemmer } from 'stemmer';

/** Shorter words are kept apart: their stems collide too easily ("pod", "pods" are already one by `singular`). */
const MIN_LENGTH = 4;

/**
 * The words of the knowledge base grouped by their Porter stem: "coordinate", "coordinating" and
 * "coordination" are one family, so a question worded with one finds a concept written with another.
 * Built from the vocabulary once, on the first question that needs it.
 */
export class WordFamilies {
  private byStem: Map<string, string[]> | undefined;

  constructor(private readonly vocabulary: () => Iterable<string>) {}

  private get families(): Map<string, string[]> {
    if (this.byStem) return this.byStem;
    const byStem = new Map<string, string[]>();
    for (const word of this.vocabulary()) {
      if (word.length < MIN_LENGTH || /\d/.test(word)) continue;
      const stem = stemmer(word);
      const list = byStem.get(stem);
      if (list) list.push(word);
      else byStem.set(stem, [word]);
    }
    return (this.byStem = byStem);
  }

  /** The knowledge base's words of the same family as `word`, itself excluded. */
  of(word: string): readonly string[] {
    if (word.length < MIN_LENGTH) return [];
    return (this.families.get(stemmer(word)) ?? []).filter((w) => w !== word);
  }
}
