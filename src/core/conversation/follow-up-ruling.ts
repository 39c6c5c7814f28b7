import type { Concept } from '../content/schema.js';
import type { LookupResult } from '../lookup/lookup.js';
import type { Reading } from './follow-up-reading.js';

/**
 * How a follow-up was read: the same concept again (a part of it not seen yet), its whole page again (the
 * others on a page that lists a kind), a neighbour of it, or a comparison with it.
 */
export interface FollowUp {
  concept: Concept;
  how: 'same' | 'whole' | 'related' | 'comparison';
  /** Which reading decided (for tracing a miss). */
  rule?: string;
  /**
   * A tool the knowledge base does not cover that the message set the last answer against ("how does that compare
   * with Nomad?"): the reply says so first, in the outside-term note's words, as "and Nomad?" would.
   */
  outside?: Extract<LookupResult, { status: 'outside' }>;
}

/** A reader's word on the follow-up: an answer, `FRESH` (a question of its own, for the lookup), or undefined (no opinion). */
export type Ruling = FollowUp | typeof FRESH | undefined;

/** The message asks something of its own: the thread stops reading it and the lookup answers it. */
export const FRESH = 'fresh';

/** One reading of a follow-up, tried in the order of the table in follow-up.ts. */
export type Reader = (r: Reading) => Ruling;
