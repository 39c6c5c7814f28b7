import type { FeedbackEvent, PlatformName } from '../types.js';
import type { LookupResult } from './lookup.js';

/** What a lookup adds to the feedback log: a topic asked, or a miss with how it was missed. */
export function lookupEvent(base: { at: number; platform: PlatformName; user: string }, question: string, result: LookupResult): FeedbackEvent {
  switch (result.status) {
    case 'answer':
      return { ...base, kind: 'asked', concept: result.concept.id };
    case 'outside':
      // The term is what content authors may write next; the nearest ids say where it would sit.
      return { ...base, kind: 'miss', status: 'outside', question, term: result.term.id, nearest: result.nearest.map((c) => c.id) };
    default:
      return { ...base, kind: 'miss', status: result.status, question };
  }
}
