import type { KnowledgeBase } from '../knowledge-base.js';
import type { Candidate, LookupResult } from '../lookup/lookup.js';
import { isFiller, terms, tokenize } from '../lookup/normalize.js';
import { conceptTerms } from './concept-terms.js';
import { knownAnywhere, overlap } from './follow-up-neighbours.js';
import { ANAPHORS } from './follow-up-words.js';
import { pointerAt, withSubject } from './read-in-context.js';

/** At most this many readings are offered. */
const OFFERED = 3;

/**
 * "what is it best at?", as the first message: the "it" has nothing to point at, so the
 * question is read with each start-here topic put in its place. The readings that move to another
 * concept ("docker" -> where Docker works best, "kubernetes" -> where Kubernetes works best) are
 * what it may be about: one is the answer, several a "did you mean".
 */
export function orphanReadings(kb: KnowledgeBase, text: string): LookupResult | undefined {
  if (pointerAt(tokenize(text)) < 0) return undefined;
  const index = conceptTerms(kb);
  // Every word must be one the knowledge base uses ("is it raining today?" is about something else).
  const content = terms(text).filter((t) => !isFiller(t) && !ANAPHORS.has(t));
  if (content.length === 0 || !content.every((t) => knownAnywhere(index, t))) return undefined;
  const found = new Map<string, Candidate>();
  for (const topic of kb.concepts.filter((c) => c.featured)) {
    const read = kb.lookup(withSubject(text, topic));
    if (read.status !== 'answer' || read.concept.id === topic.id) continue;
    // Only an aspect of the topic put in ("docker" -> where Docker works best) that the question's own words reach.
    if (!(index.aspects.get(topic.id) ?? []).includes(read.concept.id) || overlap(index, read.concept.id, content) === 0) continue;
    const seen = found.get(read.concept.id);
    if (!seen || seen.score < read.score) found.set(read.concept.id, { concept: read.concept, score: read.score });
  }
  const candidates = [...found.values()].sort((a, b) => b.score - a.score).slice(0, OFFERED);
  const [only] = candidates;
  if (!only) return undefined;
  return candidates.length === 1 ? { status: 'answer', concept: only.concept, score: only.score } : { status: 'clarify', candidates };
}
