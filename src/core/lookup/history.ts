// When a thing was made, by whom, or how old it is: history, which the knowledge base does not tell. Read whole, such a
// question reaches a concept through a side word ("how *old* is kubernetes" -> the old pods of a rolling update).

import { GREETING_WORDS, LEAD_WORDS } from '../chat-words.js';
import type { LookupIndex } from './lookup-index.js';
import { keyOf } from './normalize.js';

/**
 * "how old is docker", "who created kubernetes", "when was swarm first released", "what year did k8s come out": the
 * history of one thing named alone (group 1), nothing else asked beside it.
 */
const HISTORY_OF = new RegExp(
  [
    // The shared lead words, and greetings: "hey, who made docker" asks as plainly.
    `^\\s*(?:(?:${[...LEAD_WORDS, ...GREETING_WORDS].join('|')})[\\s,]+)*`,
    '(?:how\\s+old\\s+(?:is|are)|who\\s+(?:invented|created|made|wrote|founded|built|designed|started)|(?:when|what\\s+year)\\s+(?:was|were|did))',
    '\\s+(?:the\\s+)?([a-z0-9][a-z0-9 -]*?)',
    '(?:\\s+(?:first\\s+)?(?:created|released|invented|founded|launched|introduced|made|built|designed|announced|come\\s+out|came\\s+out|appear|appeared))?',
    '\\s*[?!.]*\\s*$',
  ].join(''),
);

/** Whether the text asks only when a thing of ours was made, by whom, or how old it is. */
export function asksHistory(index: LookupIndex, text: string): boolean {
  const thing = HISTORY_OF.exec(text)?.[1];
  return thing !== undefined && index.exact.has(keyOf(thing));
}
