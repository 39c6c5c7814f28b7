import { BoundedCache } from '../bounded-cache.js';
import { closeEnough, isSwap } from './edit-distance.js';

export interface Correction {
  term: string;
  /** 1 for the word itself, less for each edit. */
  similarity: number;
}

/** Shorter words are never corrected: they are abbreviations more often than typos. */
const MIN_LENGTH = 3;
/** From this length two edits are forgiven ("kubrnetes"). */
const TWO_EDITS = 8;
/** How close a word completed ("infra") or spelt out from its consonants ("dkr") is to the word it stands for. */
const ABBREVIATED = 0.8;
/** A word of three to six consonants and no vowel ("dkr", "srv", "schdlr"): an abbreviation, not a typo. */
export const CONSONANTS_ONLY = /^[bcdfghjklmnpqrstvwxz]{3,6}$/;

/** A word's consonants, a run of one letter as one: "docker" is "dckr", "container" "cntnr". */
function consonantsOf(word: string): string {
  return word.replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
}

/**
 * Whether `word` starts with the first letter of `short` and holds the rest in order, leaving out one of its
 * consonants at most ("docker" holds "dkr"; "multiples" does not hold "mtls", a word of its own).
 */
export function holdsInOrder(word: string, short: string): boolean {
  if (word[0] !== short[0]) return false;
  let at = 1;
  for (let i = 1; i < short.length; i++) {
    at = word.indexOf(short[i] as string, at) + 1;
    if (at === 0) return false;
  }
  return consonantsOf(word).length <= short.length + 1;
}

function deletes(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * The word with two letters taken out, each pair once: deleting i then j is deleting j then i, and
 * making both (then throwing one away) was most of a long misspelt word's cost.
 */
function twoDeletes(word: string, into: Set<string>): void {
  for (let i = 0; i < word.length; i++) {
    const head = word.slice(0, i);
    for (let j = i + 1; j < word.length; j++) into.add(head + word.slice(i + 1, j) + word.slice(j + 1));
  }
}

/**
 * Typo correction by symmetric deletion (as in SymSpell): every known word is filed under itself
 * and each of its one-letter deletions, so a typed word finds its candidates with a few map reads
 * instead of a scan of the vocabulary. That keeps a first-seen question well under a millisecond
 * however large the vocabulary grows. `closeEnough` then decides, so a short word never becomes an
 * unrelated one ("love" is not "live").
 */
export class Speller {
  private deletions: Map<string, string[]> | undefined;
  private alphabetical: string[] | undefined;
  // Bounded: a flood of distinct nonsense must not grow memory without limit.
  private readonly cache = new BoundedCache<string, Correction | undefined>(10_000);

  /** `weight` breaks ties between equally close words: the one more concepts use wins. */
  constructor(
    private readonly words: ReadonlySet<string>,
    private readonly weight: (word: string) => number,
    /** Words of chat, not of any subject: a short word may be read as one of them more loosely. */
    private readonly chat: (word: string) => boolean = () => false,
    /** The words an abbreviation may stand for ("dkr": "docker"), read on the first abbreviation met. */
    private readonly abbreviable: () => Iterable<string> = () => words,
  ) {}

  /** The words an abbreviation may stand for, by first letter, shortest first. */
  private abbreviableByInitial: Map<string, string[]> | undefined;

  /**
   * Built on the first word that needs correcting, not with the index: a question in known words
   * never needs it, and `archbot ask` should not pay for it at start-up.
   */
  private get byDeletion(): Map<string, string[]> {
    if (this.deletions) return this.deletions;
    const byDeletion = new Map<string, string[]>();
    const file = (key: string, word: string): void => {
      const list = byDeletion.get(key);
      if (list) {
        if (list[list.length - 1] !== word) list.push(word);
      } else byDeletion.set(key, [word]);
    };
    for (const word of this.words) {
      if (word.length < MIN_LENGTH) continue;
      file(word, word);
      for (let i = 0; i < word.length; i++) file(word.slice(0, i) + word.slice(i + 1), word);
    }
    // The list for completing unfinished words too: a one-off cost paid by the first word that needs
    // either, rather than by a second question later.
    this.alphabetical ??= [...this.words].sort();
    return (this.deletions = byDeletion);
  }

  private get sorted(): string[] {
    return (this.alphabetical ??= [...this.words].sort());
  }

  correct(term: string): Correction | undefined {
    if (this.words.has(term)) return { term, similarity: 1 };
    if (term.length < MIN_LENGTH) return undefined;
    if (this.cache.has(term)) return this.cache.get(term);
    const found = this.nearest(term) ?? (term.length >= 4 ? this.completion(term) : undefined) ?? this.abbreviation(term);
    this.cache.set(term, found);
    return found;
  }

  private nearest(term: string): Correction | undefined {
    let best: { word: string; distance: number; swap: boolean; start: boolean; weight: number } | undefined;
    // A word reached through several probes is weighed once: weighing it again could never make it better.
    const weighed = new Set<string>();
    const probe = (key: string): void => {
      for (const word of this.byDeletion.get(key) ?? []) {
        if (weighed.has(word)) continue;
        weighed.add(word);
        const distance = closeEnough(term, word, this.chat(word));
        if (distance === undefined) continue;
        // Two letters typed the wrong way round is the commonest slip: "waht" is "what" before it is "want".
        const swap = distance === 1 && isSwap(term, word);
        // Then one that keeps the first letter: people rarely slip on it ("podeaffinity" is "podaffinity", not "nodeaffinity").
        const start = word[0] === term[0];
        const weight = this.weight(word);
        const better =
          !best ||
          distance < best.distance ||
          (distance === best.distance &&
            (swap !== best.swap ? swap : start !== best.start ? start : weight > best.weight || (weight === best.weight && word < best.word)));
        if (better) best = { word, distance, swap, start, weight };
      }
    };
    for (const key of new Set([term, ...deletes(term)])) probe(key);
    // Every word one edit away is reached through the term or one deletion of it, and a word reached only
    // through two deletions is at least two edits away: once a word one edit away is found, none of those
    // can beat it, and a long misspelt word is spared its hundred-odd two-letter deletions.
    const found = best as { distance: number } | undefined;
    if (term.length >= TWO_EDITS && !(found && found.distance <= 1)) {
      const twice = new Set<string>();
      twoDeletes(term, twice);
      for (const key of twice) probe(key);
    }
    return best ? { term: best.word, similarity: 1 - 0.15 * best.distance } : undefined;
  }

  /** An unfinished word ("infra", "orchestr") stands for the shortest known word it begins. */
  private completion(term: string): Correction | undefined {
    const shortest = this.shortestFrom(term, (candidate) => candidate.startsWith(term));
    return shortest ? { term: shortest, similarity: ABBREVIATED } : undefined;
  }

  /**
   * A word shortened to its consonants, as hurried typists do ("dkr", "kblt"), stands for the one name word that starts
   * with its first letter, ends on its last consonant and holds the rest in order ("docker", "kubelet"), or the one whose consonants it is exactly
   * ("crn": "cron", not "coredns"). None when that leaves a choice ("srv": "server" or "service"; "prt": "port" or
   * "private"): a guess would answer confidently about the wrong thing. A name of several words may still take it
   * ("api srv", find-names.ts).
   */
  private abbreviation(term: string): Correction | undefined {
    if (!CONSONANTS_ONLY.test(term)) return undefined;
    if (!this.abbreviableByInitial) {
      this.abbreviableByInitial = new Map();
      for (const word of [...new Set(this.abbreviable())].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) {
        const list = this.abbreviableByInitial.get(word[0] as string);
        if (list) list.push(word);
        else this.abbreviableByInitial.set(word[0] as string, [word]);
      }
    }
    // Alone, an abbreviation keeps its word's last consonant too ("dkr", "kblt"): "mtl" is no "metallb".
    const last = term[term.length - 1] as string;
    const held = (this.abbreviableByInitial.get(term[0] as string) ?? []).filter((candidate) => holdsInOrder(candidate, term) && consonantsOf(candidate).endsWith(last));
    const exactly = held.filter((candidate) => consonantsOf(candidate) === term);
    const [found, ...more] = exactly.length > 0 ? exactly : held;
    return found !== undefined && more.length === 0 ? { term: found, similarity: ABBREVIATED } : undefined;
  }

  /** The shortest known word beginning with `start` that `fits`. */
  private shortestFrom(start: string, fits: (candidate: string) => boolean): string | undefined {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.sorted[mid] as string) < start) low = mid + 1;
      else high = mid;
    }
    let shortest: string | undefined;
    for (let i = low; i < this.sorted.length && (this.sorted[i] as string).startsWith(start); i++) {
      const candidate = this.sorted[i] as string;
      if ((!shortest || candidate.length < shortest.length) && fits(candidate)) shortest = candidate;
    }
    return shortest;
  }
}
