import type { Candidate, LookupResult } from './lookup/lookup.js';

/** A runner-up article's answer this close to the best makes the question ambiguous between articles. */
const CLOSE = 0.95;
/** At most this many candidates in a "did you mean" across articles. */
const MAX_CANDIDATES = 3;

/**
 * One question read by each article's own lookup, then put together. Each article ranks with its
 * own vocabulary, so a second article never changes how the first reads its questions; a name two
 * articles share ("service") is told apart by the question's other words (only one article knows
 * "kube"), and when both answer about as surely, the person is asked which they meant.
 */
export function acrossArticles(results: readonly LookupResult[]): LookupResult {
  const [only] = results;
  if (results.length === 1 && only) return only;
  const answers = results.flatMap((r) => (r.status === 'answer' ? [r] : [])).sort((a, b) => b.score - a.score);
  const [best] = answers;
  if (best) {
    const close = answers.filter((a) => a.score >= best.score * CLOSE);
    if (close.length === 1) return best;
    return { status: 'clarify', candidates: close.slice(0, MAX_CANDIDATES).map((a): Candidate => ({ concept: a.concept, score: a.score })) };
  }
  const candidates = results.flatMap((r) => (r.status === 'clarify' ? r.candidates : [])).sort((a, b) => b.score - a.score);
  if (candidates.length > 0) return { status: 'clarify', candidates: candidates.slice(0, MAX_CANDIDATES) };
  return results.find((r) => r.status === 'outside') ?? results.find((r) => r.status === 'smalltalk') ?? { status: 'unknown' };
}
