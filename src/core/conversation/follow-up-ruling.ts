import type { FollowUp, Reading } from './follow-up-reading.js';

/** A reader's word on the follow-up: an answer, `FRESH` (a question of its own, for the lookup), or undefined (no opinion). */
export type Ruling = FollowUp | typeof FRESH | undefined;

/** The message asks something of its own: the thread stops reading it and the lookup answers it. */
export const FRESH = 'fresh';

/** One reading of a follow-up, tried in the order of the table in follow-up.ts. */
export type Reader = (r: Reading) => Ruling;
