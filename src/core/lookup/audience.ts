// Who the answer should suit ("to a non-technical colleague", "like I'm a product manager", "for an exec audience"):
// how plainly to answer, never what about. Left in, the person's words ("manager", "product", "colleague") are read as
// words of the question and pick a concept of their own (a swarm manager, a product's use cases) or none at all.

import { PEOPLE_WORDS } from '../chat-words.js';

/** Jobs people outside engineering hold, typed as two words ("product manager"), beside the one-word jobs of chat-words. */
const TWO_WORD_JOBS = '(?:product|project|program|engineering|hiring|account|sales|marketing|finance|office|support)\\s+(?:manager|lead|person|people|team|folks?)';

/** Anyone an answer may be pitched at: the shared words for people (../chat-words.ts), and a few more outside engineering. */
const PERSON = `(?:${TWO_WORD_JOBS}|(?:${[
  ...PEOPLE_WORDS.roles,
  ...PEOPLE_WORDS.makers,
  ...PEOPLE_WORDS.levels,
  ...PEOPLE_WORDS.laypeople,
  ...'salesperson customer client investor person kid child parent friend hire joiner starter'.split(' '),
].join('|')})s?)`;

/** How far from the trade the person is: "a *non-technical* colleague", "a *busy* exec". */
const KIND = '(?:(?:non[\\s-]?technical|nontechnical|non[\\s-]?tech|non[\\s-]?engineering|non[\\s-]?engineer|business|lay|new|busy|junior|senior|sceptical|skeptical|confused|curious)\\s+)*';

/**
 * "to a non-technical colleague", "for my manager", "to an exec audience", "to a manager who only knows docker": the
 * person, and what they know, up to the end of the clause. Only at the end of a clause: "for a developer laptop" is a laptop.
 */
const TO_PERSON = new RegExp(
  `\\b(?:to|for)\\s+(?:a|an|my|our|the|some|your)\\s+${KIND}${PERSON}(?:\\s+audience)?(?:\\s+who\\s+[^,.;:?!]*)?(?=\\s*(?:[,.;:?!]|$))`,
  'g',
);

/** "like I'm a product manager", "as if I were a new hire": the asker as the person to suit. */
const AS_PERSON = new RegExp(`\\b(?:like|as\\s+if)\\s+(?:i'?m|i\\s+am|i\\s+was|i\\s+were)\\s+(?:a|an)\\s+${KIND}${PERSON}\\b`, 'g');

/** The question without the person the answer should suit. */
export function withoutAudience(text: string): string {
  return text.replace(TO_PERSON, ' ').replace(AS_PERSON, ' ');
}
