// What people put before the question itself: chat ("ok so …") and the requests they wrap it in ("could anyone explain …").

import { GREETING_WORDS, LEAD_WORDS, PLEASE_WORDS, REQUEST_VERBS } from '../chat-words.js';

/**
 * What may come before the question itself: chat ("ok so how …", "hey, who …") and the requests people wrap a question
 * in ("could anyone explain …", "i am trying to understand …", "would it be fair to say …"). How they ask, never what:
 * a request's "someone" or "understand" must not pick a concept. One list for both. A word of a phrase may list the
 * words it may be, split by "/" ("could/can"); "'" may be left out as typed ("im").
 */
const BEFORE_QUESTION: readonly string[] = [
  // The one-word openers: the shared lead words, asking nicely and greeting (../chat-words.ts), and more.
  ...LEAD_WORDS, ...PLEASE_WORDS, ...GREETING_WORDS,
  ...'well um uh quick q question also btw sorry alright right'.split(' '),
  // The request verbs only, not the task verbs (../chat-words.ts's TASK_VERBS): taken off after "could you", those would
  // leave half a phrase ("could you tell me what …" as "me what …"); "tell" and "walk" are written with their "me" below.
  `could/can/would/will someone/somebody/anyone/anybody/you ${REQUEST_VERBS.join('/')}`,
  // Asked without a question word, as politely as people ask a colleague: "would you mind explaining …".
  `would/do/could you mind ${REQUEST_VERBS.map((v) => `${v.replace(/e$/, '')}ing`).join('/')}`,
  `mind ${REQUEST_VERBS.map((v) => `${v.replace(/e$/, '')}ing`).join('/')}`,
  `could/would/will you be able to ${REQUEST_VERBS.join('/')}`,
  `any chance you could/can ${REQUEST_VERBS.join('/')}`,
  'could/can/would you walk me through',
  // The same asked with "tell" or "walk", whose gerunds take "me": "would you mind telling me what …".
  'would/do/could you mind telling me',
  'would/do/could you mind walking me through',
  "i'm/i trying/try to understand/grasp",
  'i am trying to understand/grasp',
  'trying to understand/grasp',
  "help me understand/grasp",
  "i'd/i would like to understand/know",
  'i want to understand/know',
  'is/was it fair/right/correct/accurate/true to say/think',
  'would it be fair/right/correct/accurate/true to say/think',
  'am i right in thinking/saying',
  'would you say',
];

/** The openers of one word: chat skipped before a question's first word. */
export const OPENER_WORDS: ReadonlySet<string> = new Set(BEFORE_QUESTION.filter((o) => !o.includes(' ')));

/** A phrase of BEFORE_QUESTION as a pattern: "could/can you" is "(?:could|can)[\s,]+you", "i'm" is also "im". */
const openerPattern = (phrase: string): string =>
  phrase.split(' ').map((word) => `(?:${word.split('/').map((w) => w.replace("'", "'?")).join('|')})`).join('[\\s,]+');

/**
 * A request framing the question, at the start of the text or of a sentence or clause, or after chat ("but could
 * anyone explain …"): taken off, the question it frames read as if asked plainly.
 */
const REQUEST = new RegExp(
  `(^|[.?!;:,]\\s*|\\b(?:${[...OPENER_WORDS].join('|')})\\s+)(?:${BEFORE_QUESTION.filter((o) => o.includes(' ')).map(openerPattern).join('|')})\\b[\\s,]*`,
  'g',
);

/** The last word of any request ("explain", "understand", "say"): most questions hold none, and are spared REQUEST. */
const REQUEST_END = new RegExp(`\\b(?:${[...new Set(BEFORE_QUESTION.filter((o) => o.includes(' ')).flatMap((o) => (o.split(' ').pop() as string).split('/')))].join('|')})\\b`);

/** The question without the requests framing it: "could anyone explain what a pod is" reads as "what a pod is". */
export function withoutRequests(text: string): string {
  return REQUEST_END.test(text) ? text.replace(REQUEST, '$1') : text;
}
