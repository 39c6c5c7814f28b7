// The reply to small talk: a friendly word fitting what was said, then the way in (ask, topics, decide).

import { examplesSaid, subjectOf } from './article-words.js';
import { SMALL_TALK_WORDS, type SmallTalkKind } from './chat-words.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { decideChoices } from './guide-replies.js';
import { make } from './make-reply.js';
import type { SmalltalkReply } from './reply.js';
import { REPLY } from './texts.js';

/** The words and phrases of one kind of small talk, anywhere in a message: "thanks a lot", "anyone around?". */
function saying(kind: SmallTalkKind): RegExp {
  const said = SMALL_TALK_WORDS.filter((row) => row.kind === kind).flatMap((row) => [...row.words, ...(row.phrases ?? [])]);
  return new RegExp(`\\b(?:${said.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
}

/** Which opener, in this order: thanks outweigh a goodbye ("thanks, bye"), which outweighs a greeting. */
const OPENERS: ReadonlyArray<[RegExp, keyof Pick<typeof REPLY.smalltalk, 'thanks' | 'bye' | 'hello'>]> = [
  [saying('thanks'), 'thanks'],
  [saying('bye'), 'bye'],
  [saying('hello'), 'hello'],
];

/** Greetings, thanks and "ok" are not misses: a friendly word and the way in. */
export function smallTalkReply(kb: KnowledgeBase, question: string, ephemeral: boolean): SmalltalkReply {
  // "ok", "lol", "cool": an acknowledgement, answered in kind.
  const opener = REPLY.smalltalk[OPENERS.find(([said]) => said.test(question))?.[1] ?? 'ok'];
  const count = kb.checklists.length;
  const decide = count === 0 ? '' : count === 1 ? REPLY.smalltalk.decideOne : REPLY.smalltalk.decideOneOf(count);
  return make.smalltalk({
    body: REPLY.smalltalk.body(opener, subjectOf(kb.articles), examplesSaid(kb.articles, 1), decide),
    choices: decideChoices(kb),
    ephemeral,
  });
}
