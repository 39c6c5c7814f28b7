import type { Concept } from '../content/schema.js';
import { pairKey, type LookupIndex } from './lookup-index.js';
import { COMPARISON_SPLIT, DIFFERENCE_OF, isContextMarker, isFiller, stripForLookup, terms } from './normalize.js';

export interface Candidate {
  concept: Concept;
  /** 0..1, 1 for an exact name. */
  score: number;
}

export type LookupResult =
  | { status: 'answer'; concept: Concept; score: number }
  | { status: 'clarify'; candidates: Candidate[] }
  | { status: 'unknown' };

/** Below this, nothing in the question points at a concept strongly enough to answer. */
const MIN_SCORE = 1.0;
/** Without a concept's name in the question, at least this share of its words must be explained. */
const MIN_COVERAGE = 0.5;
/** A runner-up this close to the best makes the question ambiguous. */
const CLOSE = 0.9;
/** Naming a concept in full inside the question (tier 2). */
const PHRASE_BONUS = 2;
/** Words of the setting ("in docker") count this much. */
const CONTEXT_WEIGHT = 0.5;
/** Questions are cut here: longer text is not a lookup but a paste. */
const MAX_QUESTION = 300;

export function lookup(index: LookupIndex, question: string): LookupResult {
  const text = stripForLookup(question).toLowerCase().slice(0, MAX_QUESTION);
  return compare(index, text) ?? rank(index, text);
}

/** "x vs y", "difference between x and y": the comparison concept for the pair, else the first named. */
function compare(index: LookupIndex, text: string): LookupResult | undefined {
  const diff = DIFFERENCE_OF.exec(text);
  const sides = diff ? [diff[1] ?? '', diff[2] ?? ''] : text.split(COMPARISON_SPLIT);
  if (sides.length !== 2) return undefined;
  const whole = rank(index, text);
  // A concept named for the whole phrase ("docker vs kubernetes") wins outright.
  if (whole.status === 'answer' && whole.score === 1) return whole;
  const [left, right] = [side(index, sides[0] ?? '', 'end'), side(index, sides[1] ?? '', 'start')];
  if (left.status === 'answer' && right.status === 'answer') {
    const a = index.concepts.indexOf(left.concept);
    const b = index.concepts.indexOf(right.concept);
    const pair = index.comparisons.get(pairKey(a, b));
    if (pair !== undefined) return { status: 'answer', concept: index.concepts[pair] as Concept, score: 1 };
    return left;
  }
  if (left.status === 'answer' && right.status === 'unknown') return left;
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
    if (hit !== undefined) return answer(index, hit, 1);
  }
  return rank(index, text);
}

interface Term {
  term: string;
  similarity: number;
  context: boolean;
}

function rank(index: LookupIndex, text: string): LookupResult {
  const all = terms(text);
  const content = all.filter((t) => !isFiller(t));

  // Tier 1: the question is a concept's name, as typed.
  for (const key of [all.join(' '), content.join(' ')]) {
    const hit = index.exact.get(key);
    if (key !== '' && hit !== undefined) return answer(index, hit, 1);
  }

  let context = false;
  const seq: Term[] = all.map((t) => {
    if (isContextMarker(t)) context = true;
    const fixed = isFiller(t) ? { term: t, similarity: 1 } : index.correct(t);
    return { term: fixed?.term ?? t, similarity: fixed?.similarity ?? 0, context };
  });
  // Tier 1 again once typos are mended ("kubernets", "etdc").
  const mended = seq.filter((s) => !isFiller(s.term)).map((s) => s.term).join(' ');
  const mendedHit = index.exact.get(mended);
  if (mended !== '' && mendedHit !== undefined) return answer(index, mendedHit, 0.95);

  const words = seq.filter((s) => !isFiller(s.term));
  const scores = new Map<number, number>();
  const covered = new Map<number, number>();
  const add = (concept: number, value: number): void => {
    scores.set(concept, (scores.get(concept) ?? 0) + value);
  };

  // Tier 2: concept names standing whole inside the question ("how does kube proxy route traffic").
  const named = new Map<number, number>();
  seq.forEach((first, start) => {
    for (const phrase of index.phrasesByFirst.get(first.term) ?? []) {
      if (!phrase.terms.every((t, k) => seq[start + k]?.term === t)) continue;
      const content = phrase.terms.filter((t) => !isFiller(t));
      const share = Math.min(1, content.length / Math.max(1, words.length));
      // Naming a word most concepts share ("docker") says less than naming a rare one ("etcd").
      const rarity = Math.max(...content.map((t) => index.idf.get(t) ?? 1), 0);
      const bonus = (PHRASE_BONUS * share * (0.5 + 0.5 * rarity) + 0.5 * (content.length - 1)) * (first.context ? CONTEXT_WEIGHT : 1);
      named.set(phrase.concept, Math.max(named.get(phrase.concept) ?? 0, bonus));
    }
  });
  for (const [concept, bonus] of named) add(concept, bonus);

  // Tier 3: every word, fuzzily matched, weighted by field, rarity and whether it is the subject.
  const seen = new Set<string>();
  for (const word of words) {
    if (word.similarity === 0 || seen.has(word.term)) continue;
    seen.add(word.term);
    const row = index.postings.get(word.term);
    if (!row) continue;
    const idf = index.idf.get(word.term) ?? 0;
    const weight = word.similarity * idf * (word.context ? CONTEXT_WEIGHT : 1);
    for (const [concept, field] of row) {
      add(concept, field * weight);
      // Only names, keywords and summaries count as explaining a word; a body mentions everything.
      if (field >= 1) covered.set(concept, (covered.get(concept) ?? 0) + 1);
    }
  }

  // Words the knowledge base has never seen ("glued", "sucks") are chat, not evidence against a concept.
  const distinct = Math.max(1, new Set(words.filter((w) => w.similarity > 0 && index.postings.has(w.term)).map((w) => w.term)).size);
  const final = [...scores.entries()].map(([concept, raw]): [number, number] => {
    const coverage = (covered.get(concept) ?? 0) / distinct;
    return [concept, raw * (0.6 + 0.4 * coverage)];
  });
  final.sort((x, y) => y[1] - x[1]);
  const [best] = final;
  if (!best) return { status: 'unknown' };
  // Everyday words alone ("is coffee bad for you") must not reach a concept through its keywords.
  if (!words.some((w) => w.similarity > 0 && index.nameTerms.has(w.term))) return { status: 'unknown' };
  const coverageOf = (concept: number): number => (covered.get(concept) ?? 0) / distinct;
  // A concept named outright needs no minimum score; otherwise the question must say enough.
  if (!named.has(best[0]) && best[1] < MIN_SCORE) return { status: 'unknown' };
  if (!named.has(best[0]) && coverageOf(best[0]) < MIN_COVERAGE) return { status: 'unknown' };
  const close = final.filter(([, s]) => s >= best[1] * CLOSE);
  if (close.length > 1) {
    // Among near-equals, the one that accounts for more of the question's words is the answer.
    const most = Math.max(...close.map(([c]) => covered.get(c) ?? 0));
    const leaders = close.filter(([c]) => (covered.get(c) ?? 0) === most);
    if (leaders.length === 1) return answer(index, (leaders[0] as [number, number])[0], confidence(best[1]));
    const candidates = close
      .slice(0, 3)
      .map(([c, s]) => ({ concept: index.concepts[c] as Concept, score: confidence(s) }));
    return { status: 'clarify', candidates };
  }
  return answer(index, best[0], confidence(best[1]));
}

function confidence(raw: number): number {
  return Math.min(0.94, Math.round((raw / (raw + 2)) * 100) / 100);
}

function answer(index: LookupIndex, position: number, score: number): LookupResult {
  return { status: 'answer', concept: index.concepts[position] as Concept, score };
}
