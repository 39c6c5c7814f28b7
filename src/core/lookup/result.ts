import type { Concept, OutsideTerm } from '../content/schema.js';
import { oncePer } from '../once-per.js';
import { isOutside, type LookupIndex } from './lookup-index.js';

export interface Candidate {
  concept: Concept;
  /** 0..1, 1 for an exact name. */
  score: number;
}

export type LookupResult =
  | { status: 'answer'; concept: Concept; score: number }
  | { status: 'clarify'; candidates: Candidate[] }
  | { status: 'unknown' }
  /** The question is about a term of the neighbourhood that the knowledge base does not cover. */
  | { status: 'outside'; term: OutsideTerm; nearest: Concept[] }
  /** Greetings, thanks, "ok": not a question, and not a miss. */
  | { status: 'smalltalk' };

export const UNKNOWN: LookupResult = { status: 'unknown' };

/** A raw score as the 0..1 confidence shown to people; only exact names reach 1. */
export function confidence(raw: number): number {
  return Math.min(0.94, Math.round((raw / (raw + 2)) * 100) / 100);
}

/** The result for an index entry: an answer for a concept, `outside` for a term we do not cover. */
export function resultFor(index: LookupIndex, entry: number, score: number): LookupResult {
  if (isOutside(index, entry)) {
    const term = index.outside[entry - index.concepts.length] as OutsideTerm;
    const byId = (id: string): Concept | undefined => index.concepts.find((c) => c.id === id);
    return { status: 'outside', term, nearest: term.nearest.map(byId).filter((c): c is Concept => c !== undefined) };
  }
  return { status: 'answer', concept: index.concepts[entry] as Concept, score };
}

/**
 * A result's concept as the entry it is in the index, to set it beside entries (parts listed, offered answers, pairs
 * compared); -1 for a concept not in it. Looked up in a table made once per index rather than by walking the concepts.
 * Results do not carry their entry: one article's entry means nothing in what the knowledge base answers across articles.
 */
export function entryOf(index: LookupIndex, concept: Concept): number {
  return entries(index).get(concept) ?? -1;
}

const entries = oncePer((index: LookupIndex) => new Map(index.concepts.map((concept, entry) => [concept, entry])));
