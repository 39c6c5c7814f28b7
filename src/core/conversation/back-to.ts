import { tokenize } from '../lookup/normalize.js';
import { namedIn, type ConceptTerms } from './concept-terms.js';

// "going back to etcd: who reads from it?", "back to the first one, how large does it grow?": a
// message that returns to a topic of an earlier turn, then asks about it. The question is read as a follow-up on
// that topic, as if it had been the last answer, whatever the thread answered since.

/** "back to X," (or "going back to X:", "returning to X,") in front of a question. */
const BACK_TO = /^(?:(?:ok|okay|so|and|now|but|right|alright|anyway)\b[\s,.]*)*(?:(?:(?:going|go|coming|getting|circling|jumping)\s+)?back\s+to|(?:returning|return)\s+to)\s+([^,:;?!.\u2014\u2013]+?)\s*(?:[,:;?!.\u2014\u2013]+|\s-+)\s*(\S.*)$/i;

/** Words of an earlier turn's topic told by its place in the thread: the first asked, or the one before the last. */
const FIRST = new Set(['first', 'original', 'initial', 'start', 'beginning']);
const BEFORE = new Set(['earlier', 'previous', 'former', 'other', 'prior']);

export interface BackTo {
  /** The topic returned to: a concept id. */
  concept: string;
  /** The question asked about it. */
  question: string;
}

/**
 * The topic a message returns to and the question it asks of it, or undefined. The topic is a concept the
 * words name, or one of the thread's remembered answers (`recent`, most recent first) told by its place:
 * "the first one" is the earliest remembered, "the earlier one" the answer before the last.
 */
export function backTo(index: ConceptTerms, text: string, recent: readonly string[]): BackTo | undefined {
  const match = BACK_TO.exec(text.trim());
  if (!match) return undefined;
  const [, ref = '', question = ''] = match;
  if (tokenize(question).length === 0) return undefined;
  // A place in the thread wins over a kind named beside it: "the first pitfall" is the first one answered, not the page on pitfalls.
  const words = tokenize(ref);
  const placed = recent.length < 2 ? undefined : words.some((w) => FIRST.has(w)) ? recent.at(-1) : words.some((w) => BEFORE.has(w)) ? recent[1] : undefined;
  if (placed !== undefined) return { concept: placed, question };
  const named = namedIn(index, ref);
  const [only] = named;
  return named.length === 1 && only !== undefined ? { concept: only, question } : undefined;
}
