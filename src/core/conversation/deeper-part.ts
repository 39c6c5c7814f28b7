import { PARTS, type Concept, type Part } from '../content/schema.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { answerChoices, citationOf } from '../lookup-replies.js';
import { isFiller, terms, tokenize } from '../lookup/normalize.js';
import { make } from '../make-reply.js';
import type { AnswerReply } from '../reply.js';
import { stem } from '../stem.js';
import { REPLY } from '../texts.js';

// A follow-up that stays on the answer just given ("why?", "how does it work", "an example?", "tell me
// more") gets a part of that concept the thread has not seen yet, never the whole body again: the body is
// still on screen, and showing it twice reads as not having listened.

/** What a follow-up asks of the concept: one part by name, or simply more. */
type Asked = Part | 'more';

// Read on the tokenized message (lower case, no punctuation). Tried in this order, so "how come" is a
// why and "tell me more about how it works" a how; "more" only when no part is named.
const ASKS: ReadonlyArray<[Asked, RegExp]> = [
  ['why', /\b(?:why|how come|matters?|important|importance|purpose|whats the point|the point of|reason|reasons|care|bother)\b/],
  ['example', /\b(?:examples?|for instance|eg|e g|in practice|real (?:world|life)|use cases?|scenarios?|concrete(?:ly)?|show me|demo|like what|such as)\b/],
  // "how many", "how much", "how long" ask for a quantity, not for the workings; what it is made of is how it works.
  ['how', /\bhow\b(?! (?:many|much|long|often|big|old|about|come)\b)|\b(?:works?|working|under the hood|mechanics|mechanism|internally|step by step|day to day|made of|inside|parts|components|consists?)\b/],
  ['more', /\b(?:more|go on|continue|else|further|deeper|elaborate|expand|details?|keep going|next|then what)\b|^(?:and|so|then|ok|okay|and then)$/],
];

export function askedPart(text: string): Asked | undefined {
  const lower = tokenize(text).join(' ');
  return ASKS.find(([, pattern]) => pattern.test(lower))?.[0];
}

/**
 * The part to show: the one asked for, when the concept has it and this thread has not seen it; else the
 * part whose words the question shares most; else the next in order. Undefined: nothing left to show.
 */
export function choosePart(concept: Concept, text: string, shown: readonly Part[]): Part | undefined {
  const left = PARTS.filter((p) => concept.deeper?.[p] !== undefined && !shown.includes(p));
  const asked = askedPart(text);
  if (asked !== undefined && asked !== 'more' && left.includes(asked)) return asked;
  // "is it slow?" names no part: the part that speaks of what it asks about, if one does.
  const words = new Set(terms(text).filter((t) => !isFiller(t)).map(stem));
  const shared = (p: Part): number => new Set(terms(concept.deeper?.[p] ?? '').map(stem).filter((t) => words.has(t))).size;
  const best = asked === undefined ? [...left].sort((a, b) => shared(b) - shared(a))[0] : undefined;
  return best !== undefined && shared(best) > 0 ? best : left[0];
}

export interface DeeperAnswer {
  reply: AnswerReply;
  part: Part | 'done';
}

/** The reply to a follow-up on `concept`, the thread's last answer, which has already shown `shown`. */
export function deeperAnswer(kb: KnowledgeBase, concept: Concept, text: string, shown: readonly Part[], ephemeral: boolean): DeeperAnswer {
  const part = choosePart(concept, text, shown);
  const common = { citation: citationOf(kb, concept), choices: answerChoices(kb, concept, ephemeral), concept: concept.id, ephemeral };
  const body = part === undefined ? undefined : concept.deeper?.[part];
  if (part !== undefined && body !== undefined) {
    return { reply: make.answer({ title: REPLY.deeper.title[part](concept.title), body, ...common, part }), part };
  }
  // Nothing left: one line saying so, and the related topics (as buttons) for where to go next.
  const { deeper } = REPLY;
  const said = shown.length > 0 ? deeper.allShown(concept.title) : deeper.nothingMore(concept.title);
  const next = concept.related.some((id) => kb.concept(id) !== undefined) ? deeper.relatedBelow : deeper.seeTopics;
  return { reply: make.answer({ title: concept.title, body: said + next, ...common, part: 'done' }), part: 'done' };
}
