import Fuse from 'fuse.js';
import type { Concept } from '../content/schema.js';
import { closeEnough } from './edit-distance.js';
import { isFiller, keyOf, terms } from './normalize.js';

/** Field weights: naming a concept outweighs a keyword, which outweighs a word of its summary. */
const WEIGHT = { name: 3, keyword: 2, summary: 1, body: 0.5 } as const;

export interface Phrase {
  terms: string[];
  concept: number;
}

export interface LookupIndex {
  concepts: Concept[];
  /** Exact keys (id, title, aliases) to concept position. */
  exact: Map<string, number>;
  /** Names of concepts by their first term, for finding them inside a longer question. */
  phrasesByFirst: Map<string, Phrase[]>;
  /** Every word of every concept name: a question with none of them is not about this knowledge base. */
  nameTerms: Set<string>;
  /** term -> concept position -> field weight. */
  postings: Map<string, Map<number, number>>;
  idf: Map<string, number>;
  /** Unordered concept pair ("a|b", sorted) to the concept that compares them. */
  comparisons: Map<string, number>;
  correct(term: string): { term: string; similarity: number } | undefined;
}

export function pairKey(a: number, b: number): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function namesOf(concept: Concept): string[] {
  return [concept.id.replace(/-/g, ' '), concept.title, ...concept.aliases];
}

export function buildLookupIndex(concepts: Concept[]): LookupIndex {
  const exact = new Map<string, number>();
  const phrasesByFirst = new Map<string, Phrase[]>();
  const postings = new Map<string, Map<number, number>>();
  const names = new Set<string>();

  const post = (term: string, concept: number, weight: number): void => {
    // Bare numbers ("1" of "1.24") match any count or version in a question; they name nothing.
    if (isFiller(term) || /^\d+$/.test(term)) return;
    let row = postings.get(term);
    if (!row) postings.set(term, (row = new Map()));
    row.set(concept, Math.max(row.get(concept) ?? 0, weight));
  };

  concepts.forEach((concept, position) => {
    for (const name of namesOf(concept)) {
      const nameTerms = terms(name);
      if (nameTerms.length === 0) continue;
      const key = nameTerms.join(' ');
      if (!exact.has(key)) exact.set(key, position);
      const first = nameTerms[0] as string;
      const list = phrasesByFirst.get(first) ?? [];
      list.push({ terms: nameTerms, concept: position });
      phrasesByFirst.set(first, list);
      // A word of a long name says less than a one-word name: "service" fully names the Service
      // concept but is only half of "service discovery".
      const weight = WEIGHT.name / Math.sqrt(nameTerms.filter((t) => !isFiller(t)).length || 1);
      // Titles are prose ("Where Docker works best"); only ids and aliases are what people type.
      const typed = name !== concept.title;
      for (const t of nameTerms) {
        post(t, position, weight);
        if (typed && !isFiller(t)) names.add(t);
      }
    }
    for (const keyword of concept.keywords) for (const t of terms(keyword)) post(t, position, WEIGHT.keyword);
    for (const t of terms(concept.summary)) post(t, position, WEIGHT.summary);
    for (const t of terms(concept.body)) post(t, position, WEIGHT.body);
  });

  // One-word nicknames stand for their concept's one-word title too: "k8s" carries "kubernetes"
  // into "when is k8s worth it".
  concepts.forEach((concept, position) => {
    const title = terms(concept.title).filter((t) => !isFiller(t));
    if (title.length !== 1) return;
    const titleRow = postings.get(title[0] as string);
    for (const alias of concept.aliases) {
      const aliasTerms = terms(alias);
      if (aliasTerms.length !== 1 || !titleRow) continue;
      const row = postings.get(aliasTerms[0] as string);
      if (!row || row.size !== 1 || !row.has(position)) continue;
      for (const [other, weight] of titleRow) row.set(other, Math.max(row.get(other) ?? 0, weight));
    }
  });

  // Rare words say more than common ones; scaled to (0, 1] so weights stay comparable.
  const n = concepts.length;
  const idf = new Map<string, number>();
  for (const [term, row] of postings) idf.set(term, Math.log(1 + n / row.size) / Math.log(1 + n));

  const comparisons = new Map<string, number>();
  concepts.forEach((concept, position) => {
    for (const alias of concept.aliases) {
      const sides = keyOf(alias).split(/ (?:vs|versus) /);
      if (sides.length !== 2) continue;
      const a = exact.get(sides[0] as string);
      const b = exact.get(sides[1] as string);
      if (a !== undefined && b !== undefined && a !== b) comparisons.set(pairKey(a, b), position);
    }
  });

  // fuse.js proposes near spellings from the vocabulary; an edit-distance bound then decides, so
  // a short word never turns into an unrelated one ("love" is not "live").
  const vocabulary = [...postings.keys()];
  const sorted = [...vocabulary].sort();
  const fuse = new Fuse(vocabulary, { includeScore: true, threshold: 0.45, ignoreLocation: true });
  const corrections = new Map<string, { term: string; similarity: number } | undefined>();

  const correct = (term: string): { term: string; similarity: number } | undefined => {
    if (postings.has(term)) return { term, similarity: 1 };
    if (corrections.has(term)) return corrections.get(term);
    let found: { term: string; similarity: number } | undefined;
    if (term.length >= 4) {
      let bestDistance = Infinity;
      for (const hit of fuse.search(term, { limit: 8 })) {
        const distance = closeEnough(term, hit.item);
        if (distance !== undefined && distance < bestDistance) {
          bestDistance = distance;
          found = { term: hit.item, similarity: 1 - 0.15 * distance };
        }
      }
    }
    // An unfinished word ("infra", "orchestr") stands for the shortest known word it begins.
    if (!found && term.length >= 4) {
      let low = 0;
      let high = sorted.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if ((sorted[mid] as string) < term) low = mid + 1;
        else high = mid;
      }
      let shortest: string | undefined;
      for (let i = low; i < sorted.length && (sorted[i] as string).startsWith(term); i++) {
        const candidate = sorted[i] as string;
        if (!shortest || candidate.length < shortest.length) shortest = candidate;
      }
      if (shortest) found = { term: shortest, similarity: 0.8 };
    }
    if (corrections.size > 10_000) corrections.clear();
    corrections.set(term, found);
    return found;
  };

  return { concepts, exact, phrasesByFirst, nameTerms: names, postings, idf, comparisons, correct };
}
