import type { LookupIndex } from './lookup-index.js';
import { CONTEXT_WEIGHT, type Term } from './read-question.js';
import { ASKING_SHARE } from './question-words.js';

/** A question worded like one of a concept's asked questions (cosine 1) earns this much. */
const ASKED_BONUS = 1;

/** What a word counts for in an asked question that has another form of it ("push" for "pushed"). */
const KIN = 0.7;

/** What a paraphrase sharing a single word with the question keeps of its similarity. */
const ONE_WORD = 0.6;

export interface Scores {
  /** The entries scored, in the order first met (the order ties are broken in). */
  order: readonly number[];
  /** Entry position -> raw score (0 for an entry not in `order`); good until this index scores its next question. */
  score: Float64Array;
  /** Entry position -> how many of the question's words its names, keywords, asked questions or summary explain; as long. */
  covered: Uint32Array;
  /** Distinct known words of the question. */
  seen: Set<string>;
  /** Entry position -> best cosine between the question and one of its asked questions (0 for none); as long as `score`. */
  asked: Float64Array;
}

/**
 * Tier 3: every word, fuzzily matched, weighted by field, rarity and whether it is the subject; then
 * paraphrases. `asking`: the question's question word as filed (askingWord), if any.
 */
export function scoreWords(index: LookupIndex, words: readonly Term[], named: ReadonlyMap<number, number>, asking?: string): Scores {
  // Summed in arrays by entry and handed out as they are, with the order entries were first met (the order
  // ties are broken in): a Map read and write per posting, then copying every entry a question touches into
  // Maps, cost more than the sums. The last question's entries are zeroed here instead, when the next begins.
  const sums = sumsOf(index);
  const { score, scored, count } = sums;
  for (const entry of sums.order) {
    score[entry] = 0;
    scored[entry] = 0;
    count[entry] = 0;
  }
  const order: number[] = [];
  sums.order = order;
  const add = (entry: number, value: number): void => {
    if (scored[entry] === 0) {
      scored[entry] = 1;
      order.push(entry);
    }
    score[entry] = (score[entry] as number) + value;
  };
  for (const [entry, bonus] of named) add(entry, bonus);
  const seen = new Set<string>();
  for (const word of words) {
    if (word.similarity === 0 || seen.has(word.term)) continue;
    const row = index.postings.get(word.term);
    if (!row) continue;
    seen.add(word.term);
    const idf = index.idf.get(word.term) ?? 0;
    // A word every question uses ("all", "keep", "best") says less about which concept is meant than a rarer one.
    const weight = word.similarity * idf * index.plain(word.term) * (word.context ? CONTEXT_WEIGHT : 1);
    const { entries, fields } = packedRow(row);
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i] as number;
      const field = fields[i] as number;
      add(entry, field * weight);
      // A body mentions everything; only the other fields count as explaining a word.
      if (field >= 1) count[entry] = (count[entry] as number) + 1;
    }
  }
  const asked = askedSimilarity(index, seen, asking);
  for (const entry of asked.entries) {
    const cosine = asked.best[entry] as number;
    add(entry, ASKED_BONUS * cosine * cosine);
  }
  return { order, score, covered: count, seen, asked: asked.best };
}

/**
 * A word's postings as two typed arrays, in the row's order: walking the Map built a pair per entry, a tenth of what a
 * lookup allocated (and a closure per entry through forEach cost more than the pairs). Packed on the word's first
 * question, once per index; the rows never change once the index is built.
 */
const packedRows = new WeakMap<ReadonlyMap<number, number>, { entries: Int32Array; fields: Float64Array }>();

function packedRow(row: ReadonlyMap<number, number>): { entries: Int32Array; fields: Float64Array } {
  const known = packedRows.get(row);
  if (known !== undefined && known.entries.length === row.size) return known;
  const packed = { entries: Int32Array.from(row.keys()), fields: Float64Array.from(row.values()) };
  packedRows.set(row, packed);
  return packed;
}

/** Per-entry sums, reused question after question (lookups never interleave); `order`: the entries the last question touched. */
interface Sums {
  score: Float64Array;
  scored: Uint8Array;
  count: Uint32Array;
  order: number[];
}
const sumArrays = new WeakMap<LookupIndex, Sums>();

function sumsOf(index: LookupIndex): Sums {
  const size = index.concepts.length + index.outside.length;
  let arrays = sumArrays.get(index);
  if (!arrays || arrays.score.length !== size) {
    arrays = { score: new Float64Array(size), scored: new Uint8Array(size), count: new Uint32Array(size), order: [] };
    sumArrays.set(index, arrays);
  }
  return arrays;
}

// Tally arrays per index, zeroed after each use: allocating them per question costs more than the
// tallies themselves once a knowledge base has thousands of asked questions. Lookups never interleave.
// Each sentence's concept and weight are copied into arrays too: reading them from objects, sentence
// after sentence, cost more than the cosines.
interface Tallies {
  shared: Float64Array;
  sharedTerms: Uint16Array;
  entryOf: Int32Array;
  weightOf: Float64Array;
  /** Per entry: its best cosine this question. */
  best: Float64Array;
  /** The entries with a cosine this question, in the order first met; zeroed in `best` when the next question begins. */
  entries: number[];
}
const tallyArrays = new WeakMap<LookupIndex, Tallies>();

function tallies(index: LookupIndex): Tallies {
  let arrays = tallyArrays.get(index);
  if (!arrays || arrays.shared.length !== index.askedSentences.length) {
    const sentences = index.askedSentences;
    arrays = {
      shared: new Float64Array(sentences.length),
      sharedTerms: new Uint16Array(sentences.length),
      entryOf: Int32Array.from(sentences, (s) => s.entry),
      weightOf: Float64Array.from(sentences, (s) => s.weight),
      best: new Float64Array(index.concepts.length + index.outside.length),
      entries: [],
    };
    tallyArrays.set(index, arrays);
  }
  return arrays;
}

/**
 * Paraphrases: the best rarity-weighted cosine between the question and each asked question of a
 * concept. One asked question sharing most words is stronger evidence than the same words
 * scattered over all of them.
 */
function askedSimilarity(index: LookupIndex, seen: ReadonlySet<string>, asking: string | undefined): { entries: readonly number[]; best: Float64Array } {
  // Per-sentence tallies in arrays, not Maps: this runs on every question, and most share words with few sentences.
  // `touched` keeps the order sentences were first met, which is the order the answer's ties were broken in.
  const arrays = tallies(index);
  const { shared, sharedTerms, entryOf, weightOf, best } = arrays;
  // The last question's cosines, handed out in place, are zeroed now.
  for (const entry of arrays.entries) best[entry] = 0;
  const touched: number[] = [];
  let queryWeight = 0;
  for (const term of seen) {
    const idf = index.idf.get(term) ?? 0;
    queryWeight += idf * idf;
    for (const sentence of index.askedByTerm.get(term) ?? []) {
      if (sharedTerms[sentence] === 0) touched.push(sentence);
      shared[sentence] = (shared[sentence] as number) + idf * idf;
      sharedTerms[sentence] = (sharedTerms[sentence] as number) + 1;
    }
    for (const sentence of index.askedByKin.get(term) ?? []) {
      if (sharedTerms[sentence] === 0) touched.push(sentence);
      shared[sentence] = (shared[sentence] as number) + KIN * idf * idf;
      sharedTerms[sentence] = (sharedTerms[sentence] as number) + 1;
    }
  }
  // The question word adds to sentences that share a word of substance, and is never one itself:
  // "where" alone makes no question about a store.
  if (asking !== undefined) {
    queryWeight += ASKING_SHARE;
    for (const sentence of index.askedByTerm.get(asking) ?? []) {
      if (sharedTerms[sentence] !== 0) shared[sentence] = (shared[sentence] as number) + ASKING_SHARE;
    }
  }
  // Entries in the order their first sentence was met: the order the answer's ties were broken in.
  const entries: number[] = [];
  arrays.entries = entries;
  for (const sentence of touched) {
    const overlap = shared[sentence] as number;
    const entry = entryOf[sentence] as number;
    // One word in common is a coincidence more often than a paraphrase ("testing 123").
    const single = (sharedTerms[sentence] as number) < 2 ? ONE_WORD : 1;
    const cosine = (single * overlap) / Math.sqrt(queryWeight * (weightOf[sentence] as number));
    const before = best[entry] as number;
    if (cosine > before) {
      if (before === 0) entries.push(entry);
      best[entry] = cosine;
    }
  }
  for (const sentence of touched) {
    shared[sentence] = 0;
    sharedTerms[sentence] = 0;
  }
  return { entries, best };
}
