import type { Candidate, LookupResult } from './lookup/lookup.js';
import { namesOf, type LookupIndex } from './lookup/lookup-index.js';
import { namesConcept } from './lookup/naming.js';
import { isFiller, terms } from './lookup/normalize.js';

/** A runner-up article's answer this close to the best makes the question ambiguous between articles. */
const CLOSE = 0.95;
/**
 * Two articles' scores come from two vocabularies and compare only roughly: an answer this close to the best
 * is as good, and the article whose subject the question names is the one meant.
 */
const AS_GOOD = 0.8;
/** At most this many candidates in a "did you mean" across articles. */
const MAX_CANDIDATES = 3;

/** How many articles' names (concepts' and outside terms') use each word: a word of one article's only says which. */
function namesPerWord(indexes: readonly LookupIndex[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const index of indexes) for (const t of index.nameTerms) count.set(t, (count.get(t) ?? 0) + 1);
  return count;
}

/** Each article's own concept-name words: words of its concepts' ids, titles and aliases that no other article's names use. */
export function ownNameWords(indexes: readonly LookupIndex[]): Array<Set<string>> {
  const count = namesPerWord(indexes);
  return indexes.map((index) => new Set(index.concepts.flatMap((c) => namesOf(c).flatMap((n) => terms(n).filter((w) => !isFiller(w) && count.get(w) === 1)))));
}

/**
 * Each article's subject words: the words of its title and subject that name one of its concepts, with that
 * concept's one-word names (an article titled "Caches vs queues": "cache", "queue" and its alias "mq"), less any
 * word another article's names use too.
 */
export function subjectWords(indexes: readonly LookupIndex[], subjects: readonly string[]): Array<Set<string>> {
  const count = namesPerWord(indexes);
  return indexes.map((index, i) => {
    const words = new Set<string>();
    for (const t of terms(subjects[i] ?? '')) {
      const entry = index.exact.get(t);
      const concept = entry === undefined ? undefined : index.concepts[entry];
      for (const name of concept ? namesOf(concept) : []) {
        const [word, ...more] = terms(name).filter((w) => !isFiller(w));
        if (word !== undefined && more.length === 0 && count.get(word) === 1) words.add(word);
      }
    }
    return words;
  });
}

/**
 * One question read by each article's own lookup, then put together (one article alone: its result as it is).
 * Each article ranks with its own vocabulary, so its scores say how surely it answers, not whether it is the
 * article meant: a second article must not take the first one's questions with a side word. So, across articles:
 * - a term one article names as outside what it covers beats another's answer found by side words (one whose
 *   concept the question does not name): the term named is what was asked about ("our health check fails
 *   again", where one article lists health checks as a term it does not cover);
 * - when the question names the subject of some articles (`subjectWords`) and one of them found something as
 *   surely as the best (AS_GOOD), only those articles are read (where caches fall short: the article on caches);
 * - a name two articles share ("entry") is told apart by the question's other words: when both are about as sure
 *   (CLOSE) and the question uses a concept's name that only one of them has (`ownNameWords`: "cache entry, and
 *   what is a queue entry" after one article's "eviction"), that one is read; otherwise the person is asked which
 *   they meant.
 */
export function acrossArticles(
  results: readonly LookupResult[],
  question = '',
  subjects: ReadonlyArray<ReadonlySet<string>> = [],
  names: ReadonlyArray<ReadonlySet<string>> = [],
): LookupResult {
  const [only] = results;
  if (results.length === 1 && only) return only;
  const words = terms(question);
  const uses = (sets: ReadonlyArray<ReadonlySet<string>>) => (i: number) => words.some((w) => sets[i]?.has(w) === true);
  const all = results.map((_, i) => i);
  const bySubject = meant(results, all, uses(subjects), AS_GOOD);
  const chosen = bySubject.length > 1 ? meant(results, bySubject, uses(names), CLOSE) : bySubject;
  const read = chosen.map((i) => results[i] as LookupResult);
  const answers = read.flatMap((r) => (r.status === 'answer' ? [r] : [])).sort((a, b) => b.score - a.score);
  const [best] = answers;
  const outside = read.find((r) => r.status === 'outside');
  if (outside && (best === undefined || (best.score < 1 && !namesConcept(question, best.concept)))) return outside;
  if (best) {
    const close = answers.filter((a) => a.score >= best.score * CLOSE);
    if (close.length === 1) return best;
    return { status: 'clarify', candidates: close.slice(0, MAX_CANDIDATES).map((a): Candidate => ({ concept: a.concept, score: a.score })) };
  }
  const candidates = read.flatMap((r) => (r.status === 'clarify' ? r.candidates : [])).sort((a, b) => b.score - a.score);
  if (candidates.length > 0) return { status: 'clarify', candidates: candidates.slice(0, MAX_CANDIDATES) };
  return read.find((r) => r.status === 'smalltalk') ?? { status: 'unknown' };
}

/** Of the articles `among`, those the question names (`named`) when one of them is as sure as `ratio` of the surest; else all of them. */
function meant(results: readonly LookupResult[], among: number[], named: (i: number) => boolean, ratio: number): number[] {
  const surest = Math.max(...among.map((i) => sureness(results[i] as LookupResult)));
  const chosen = among.filter(named);
  return chosen.some((i) => sureness(results[i] as LookupResult) > 0 && sureness(results[i] as LookupResult) >= surest * ratio) ? chosen : among;
}

/** How surely an article's lookup found something: an answer's score, its best "did you mean", 1 for a term named. */
function sureness(r: LookupResult): number {
  if (r.status === 'answer') return r.score;
  if (r.status === 'clarify') return Math.max(0, ...r.candidates.map((c) => c.score));
  return r.status === 'outside' ? 1 : 0;
}
