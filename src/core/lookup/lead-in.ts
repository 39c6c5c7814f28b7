// The chat words people type before a question at the start of a message ("wait what is a pod", "bro is k8s overkill").

import { INTERJECTIONS, LEAD_WORDS, OPENING_ONLY_WORDS } from '../chat-words.js';
import { OPENER_WORDS } from './openers.js';
import { QUESTION_AUXILIARIES, QUESTION_WORDS } from './question-words.js';

/** Every word that may lead into a question at the start of a message: the one-word openers (openers.ts), the shared lead words and reactions. */
const LEAD_IN = [...new Set([...OPENER_WORDS, ...LEAD_WORDS, ...INTERJECTIONS, ...OPENING_ONLY_WORDS])];

/**
 * A run of lead-in words opening the message before its question word or auxiliary: "wait what is a pod", "well how
 * does etcd store it", "bro is k8s overkill". Unread, "wait" or "well" (words the article uses) would weigh as much as
 * the one name asked about. Only at the start and only before a question word: "wait times on the scheduler" keeps its "wait".
 */
const LEAD_IN_RUN = new RegExp(
  `^\\s*(?:(?:${LEAD_IN.join('|')})\\b[\\s,.!-]*)+(?=(?:${[...QUESTION_WORDS, ...QUESTION_AUXILIARIES, "isn'?t", "what'?s"].join('|')})\\b)`,
);

/** The question without the chat words leading into it: "wait, what is a pod" reads as "what is a pod". */
export function withoutLeadIn(text: string): string {
  return text.replace(LEAD_IN_RUN, '');
}
