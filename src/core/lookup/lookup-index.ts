import { ownId } from '../content/concept-id.js';
import type { Concept, OutsideTerm } from '../content/schema.js';
import { everydayEnglish, plainness } from './everyday-english.js';
import { FILLER_WORDS, isFiller, keyOf, terms } from './normalize.js';
import { ASKING_SHARE, askingWord } from './question-words.js';
import { Speller, type Correction } from './spelling.js';
import { WordFamilies } from './word-family.js';
import { namesByNickname, nicknamesByTitle } from './nicknames.js';

/** Field weights: naming a concept outweighs a keyword or a question people ask, which outweigh a word of its summary. */
export const WEIGHT = { name: 3, keyword: 2, asked: 1.5, summary: 1, body: 0.5 } as const;

export interface Phrase {
  terms: string[];
  /** Position in `LookupIndex.entries`: a concept, or past the concepts an outside term. */
  entry: number;
  /** Where the term it is filed under first stands in `terms`: found once here, not on every question. */
  at: number;
}

export interface LookupIndex {
  concepts: Concept[];
  /** Terms the knowledge base does not cover; entry `concepts.length + i` is `outside[i]`. */
  outside: OutsideTerm[];
  /** Exact keys (id, title, aliases; of concepts and outside terms) to entry position. */
  exact: Map<string, number>;
  /** Names by each of their terms, for finding them inside a longer question, typos and all. */
  phrasesByTerm: Map<string, Phrase[]>;
  /** Every word of every name: a question with none of them is not about this knowledge base. */
  nameTerms: Set<string>;
  /** term -> entry position -> field weight. */
  postings: Map<string, Map<number, number>>;
  idf: Map<string, number>;
  /** Terms some entry names, lists as a keyword, asks about or summarises: not only mentioned in a body. */
  explained: Set<string>;
  /** Each concept's asked questions as separate sentences: term -> sentences using it. */
  askedByTerm: Map<string, number[]>;
  /** term -> sentences using another form of it ("push": those with "pushed"), which count a little less. */
  askedByKin: Map<string, number[]>;
  /** Per asked sentence: its concept and the summed rarity of its distinct terms. */
  askedSentences: Array<{ entry: number; weight: number }>;
  /** Unordered concept pair ("a|b", sorted) to the concept that compares them. */
  comparisons: Map<string, number>;
  /** The most frequent words of spoken English: chat around a question, never its unseen subject. */
  everyday: { has(word: string): boolean };
  correct(term: string): Correction | undefined;
  /** How much a word can say about a question's subject, by how common it is in English (everyday-english.ts): 0.3 to 1. */
  plain(term: string): number;
  /** The word of ours sharing a stem with `term` ("coordination": "coordinating"), itself excluded; the most used one. */
  kin(term: string): string | undefined;
}

/** The index's data, without the functions over it: what can be kept on disk and read back. */
export type LookupIndexData = Omit<LookupIndex, 'everyday' | 'correct' | 'kin' | 'plain'>;
/** The same without the entries it indexes (the content's own concepts and outside terms). */
export type LookupTables = Omit<LookupIndexData, 'concepts' | 'outside'>;

export function pairKey(a: number, b: number): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Every name a concept goes by: its own id as words, its title, its aliases. Lookup and the conversation's concept terms share it. */
export function namesOf(concept: Concept): string[] {
  return [ownId(concept.id).replace(/-/g, ' '), concept.title, ...concept.aliases];
}

export function isOutside(index: LookupIndex, entry: number): boolean {
  return entry >= index.concepts.length;
}

export function buildLookupIndex(concepts: Concept[], outside: OutsideTerm[] = []): LookupIndex {
  return completeIndex(buildIndexData(concepts, outside));
}

export function buildIndexData(concepts: Concept[], outside: OutsideTerm[] = []): LookupIndexData {
  const exact = new Map<string, number>();
  const phrasesByTerm = new Map<string, Phrase[]>();
  const postings = new Map<string, Map<number, number>>();
  const names = new Set<string>();

  const post = (term: string, entry: number, weight: number): void => {
    // Bare numbers ("1" of "1.24") match any count or version in a question; they name nothing.
    if (isFiller(term) || /^\d+$/.test(term)) return;
    let row = postings.get(term);
    if (!row) postings.set(term, (row = new Map()));
    row.set(entry, Math.max(row.get(entry) ?? 0, weight));
  };

  const addPhrase = (nameTerms: string[], entry: number): void => {
    for (const t of new Set(nameTerms)) {
      const phrase = { terms: nameTerms, entry, at: nameTerms.indexOf(t) };
      const list = phrasesByTerm.get(t);
      if (list) list.push(phrase);
      else phrasesByTerm.set(t, [phrase]);
    }
  };

  const addName = (name: string, entry: number, typed: boolean): void => {
    const nameTerms = terms(name);
    // A name of filler words only ("kind") could be found in any question.
    if (nameTerms.every(isFiller)) return;
    const key = nameTerms.join(' ');
    if (!exact.has(key)) exact.set(key, entry);
    addPhrase(nameTerms, entry);
    // A word of a long name says less than a one-word name: "service" fully names the Service
    // concept but is only half of "service discovery".
    // A prose title's words ("where docker works *best*") are not what people type for it: a keyword's weight at most.
    const weight = Math.min(typed ? WEIGHT.name : WEIGHT.keyword, WEIGHT.name / Math.sqrt(nameTerms.filter((t) => !isFiller(t)).length || 1));
    for (const t of nameTerms) {
      post(t, entry, weight);
      if (typed && !isFiller(t)) names.add(t);
    }
  };

  concepts.forEach((concept, position) => {
    // Titles are prose ("Where Docker works best"); only ids and aliases are what people type.
    for (const name of namesOf(concept)) addName(name, position, name !== concept.title);
    for (const keyword of concept.keywords) for (const t of terms(keyword)) post(t, position, WEIGHT.keyword);
    for (const question of concept.asked) for (const t of terms(question)) post(t, position, WEIGHT.asked);
    for (const t of terms(concept.summary)) post(t, position, WEIGHT.summary);
    for (const t of terms(concept.body)) post(t, position, WEIGHT.body);
  });
  // Outside terms are found by their names only: their one-line `about` would match side words.
  outside.forEach((term, i) => {
    for (const name of [term.id.replace(/-/g, ' '), term.term, ...term.aliases]) addName(name, concepts.length + i, true);
  });

  // A one-word nickname ("kube") stands for its concept's title inside every other name too (nicknames.ts). Found as a name
  // only, never posted. After the outside terms: a name typed by someone always wins over one made here.
  for (const { terms: variant, entry } of namesByNickname(concepts)) {
    const key = variant.join(' ');
    if (exact.has(key)) continue;
    exact.set(key, entry);
    addPhrase(variant, entry);
  }

  // One-word nicknames stand for their concept's one-word title too: "k8s" carries "kubernetes"
  // into any question that says only "k8s". A nickname posted for another concept as well is left as it is.
  for (const { entry, title, nicknames } of nicknamesByTitle(concepts)) {
    const titleRow = postings.get(title);
    for (const nickname of nicknames) {
      const row = postings.get(nickname);
      if (!titleRow || !row || row.size !== 1 || !row.has(entry)) continue;
      for (const [other, weight] of titleRow) row.set(other, Math.max(row.get(other) ?? 0, weight));
    }
  }

  // Rare words say more than common ones; scaled to (0, 1] so weights stay comparable.
  const n = concepts.length + outside.length;
  const idf = new Map<string, number>();
  for (const [term, row] of postings) idf.set(term, Math.log(1 + n / row.size) / Math.log(1 + n));

  const comparisons = new Map<string, number>();
  concepts.forEach((concept, position) => {
    for (const alias of concept.aliases) {
      const sides = keyOf(alias).split(/ (?:vs|versus) /);
      if (sides.length !== 2) continue;
      const a = exact.get(sides[0] as string);
      const b = exact.get(sides[1] as string);
      if (a !== undefined && b !== undefined && a !== b && a < concepts.length && b < concepts.length) {
        comparisons.set(pairKey(a, b), position);
      }
    }
  });

  // A question phrased like one people ask about a concept is strong evidence for it, stronger
  // than the same words scattered over all of its questions.
  const askedByTerm = new Map<string, number[]>();
  const askedSentences: Array<{ entry: number; weight: number }> = [];
  // An asked question is also found by the other forms of its words ("pushed" by "push"), so a
  // question worded with one form is as close to it as with the other.
  const family = new WordFamilies(() => postings.keys(), () => 0);
  const askedByKin = new Map<string, number[]>();
  const file = (by: Map<string, number[]>, term: string, sentence: number): void => {
    const list = by.get(term);
    if (!list) by.set(term, [sentence]);
    else if (list[list.length - 1] !== sentence) list.push(sentence);
  };
  concepts.forEach((concept, position) => {
    for (const question of concept.asked) {
      const sentence = askedSentences.length;
      let weight = 0;
      // "where …", "who …": the kind of answer it wants counts a little too ("where" is a store, "who" a component).
      const asking = askingWord(terms(question));
      if (asking !== undefined) {
        weight += ASKING_SHARE;
        file(askedByTerm, asking, sentence);
      }
      for (const t of new Set(terms(question).filter((t) => !isFiller(t) && postings.has(t)))) {
        weight += (idf.get(t) ?? 0) ** 2;
        file(askedByTerm, t, sentence);
        for (const kin of family.members(t)) file(askedByKin, kin, sentence);
      }
      askedSentences.push({ entry: position, weight });
    }
  });

  const explained = new Set<string>();
  for (const [term, row] of postings) for (const weight of row.values()) if (weight >= 1) explained.add(term);

  return {
    concepts,
    outside,
    exact,
    phrasesByTerm,
    nameTerms: names,
    postings,
    idf,
    explained,
    comparisons,
    askedByTerm,
    askedByKin,
    askedSentences,
  };
}

/** The index's data with the spelling corrector over its vocabulary and the everyday-English test. */
export function completeIndex(data: LookupIndexData): LookupIndex {
  const { postings } = data;
  // Filler words are corrected too ("diffrence"), so a typo of one is not taken for an unseen subject.
  const vocabulary = new Set([...postings.keys(), ...FILLER_WORDS]);
  // Alone, an abbreviation ("dkr", "kblt") stands only for a word of the trade in a name, never an everyday one ("mtl" is
  // no "metal", "prt" no "port"): people shorten the jargon they type often. Inside a name of several words ("prt
  // mapping", "api srv") it may stand for any of the name's words (find-names.ts).
  const jargonNameWords = function* (): Iterable<string> {
    const everyday = everydayEnglish();
    for (const key of data.exact.keys()) for (const word of key.split(' ')) if (!isFiller(word) && !everyday.has(word)) yield word;
  };
  const speller = new Speller(vocabulary, (word) => postings.get(word)?.size ?? 0, isFiller, jargonNameWords);
  const families = new WordFamilies(() => postings.keys(), (word) => postings.get(word)?.size ?? 0);
  // Only the knowledge base's own words are ever asked for: bounded by its vocabulary.
  const plain = new Map<string, number>();
  return {
    ...data,
    // Read on the first question that needs it, not at start-up: `ask` and `check` stay quick.
    everyday: { has: (word) => everydayEnglish().has(word) },
    correct: (term) => speller.correct(term),
    kin: (term) => families.kin(term),
    plain: (term) => {
      let value = plain.get(term);
      if (value === undefined) plain.set(term, (value = plainness(term)));
      return value;
    },
  };
}
