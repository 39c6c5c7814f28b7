import { PARTS, type Concept, type Part, type SharedPart, type ShownPart } from '../content/schema.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { answerChoices, citationOf } from '../lookup-replies.js';
import { isFiller, terms, tokenize } from '../lookup/normalize.js';
import { make } from '../make-reply.js';
import type { AnswerReply } from '../reply.js';
import type { Actor } from '../types.js';
import { stem } from '../stem.js';
import { REPLY } from '../texts.js';
import { forAnAudience } from './audience.js';
import { OK_WORDS, PEOPLE_WORDS, PLEASE_WORDS, SUMMARY_WORDS } from '../chat-words.js';

// A follow-up that stays on the answer just given ("why?", "how does it work", "an example?", "tell me
// more") gets a part of that concept the thread has not seen yet, never the whole body again: the body is
// still on screen, and showing it twice reads as not having listened.

/** What a follow-up asks of the concept: one part by name, simply more, or the same in fewer, plainer words. */
type Asked = Part | 'more' | 'short';

/** Whoever an answer should be plain enough for ("a newbie", "dummies"), from the one list of such people. */
const NOVICES = `(?:a |an |the |total |complete )?(?:${[...PEOPLE_WORDS.levels, ...PEOPLE_WORDS.laypeople, 'dummie'].join('|')})s?`;
/**
 * "in plain words", "explain it like I'm five", "dumb it down": said in fewer, plainer words. So is the last answer asked
 * for a novice and nothing else ("for newbies", "explain it to a total beginner", "like I'm a rookie"); "is it good for
 * beginners?" asks something of its own.
 */
const PLAIN_TERMS =
  '\\bin (?:simple|plain|simpler|plainer|laymans|laymens|everyday|basic|non technical|normal|human) (?:terms|words|english|language)\\b|\\blike (?:im|i am) (?:5|five)\\b|\\b(?:dumb|water) (?:it |that |this )?down\\b|\\bin (?:a|one) (?:sentence|line)\\b|' +
  `^(?:(?:${['and', ...OK_WORDS, 'now', ...PLEASE_WORDS, 'explain', 'again'].join('|')}) (?:it |that |this )?)*(?:(?:for|to) ${NOVICES}|like (?:im|i am) ${NOVICES})$|` +
  // "one sentence please", "a one liner?": the length asked for closing the message; "the one-line advice" names a thing.
  `\\b(?:a |in )?one (?:sentence|line|liner)(?: (?:${PLEASE_WORDS.join('|')}))?$`;

/**
 * The words that ask for each part, one list per part: the single words, which the conversation also counts as cues
 * that lean on the last answer (PART_WORDS, spread into CUES in follow-up-words.ts), and the phrases. A new way of
 * asking for a part is one word or phrase added here.
 */
const PART_ASKS: ReadonlyArray<{ asked: Asked; words: readonly string[]; phrases: readonly string[] }> = [
  { asked: 'why', words: ['why', 'matter', 'matters', 'important', 'importance', 'purpose', 'reason', 'reasons', 'care', 'bother'], phrases: ['how come', 'whats the point', 'the point of'] },
  {
    asked: 'example',
    // An analogy asks for the thing told through something familiar: the concrete story comes nearest.
    words: ['example', 'examples', 'eg', 'scenario', 'scenarios', 'concrete', 'concretely', 'demo', 'analogy', 'analogies', 'metaphor'],
    phrases: ['for instance', 'e g', 'in practice', 'real world', 'real life', 'use case', 'use cases', 'show me', 'like what', 'such as'],
  },
  // "in simple terms", "eli5", "in plain words": the gist, not more detail. An explicit why or example wins ("in one
  // sentence, why does it matter?"). idioms.ts has already made "in simple terms" alone "simply?".
  { asked: 'short', words: [...SUMMARY_WORDS, 'simply', 'simpler', 'tldr', 'gist'], phrases: ['eli 5', 'tl dr', 'in short', 'in a nutshell', 'short version', 'simply put'] },
  // "how many", "how long", "how often": the numbers are part of the workings (three members tolerate one failure);
  // what it is made of is how it works. "how" itself is read below ("how about" is "what about").
  {
    asked: 'how',
    words: ['work', 'works', 'working', 'mechanics', 'mechanism', 'internally', 'inside', 'parts', 'components', 'consist', 'consists'],
    phrases: ['under the hood', 'step by step', 'day to day', 'made of'],
  },
  { asked: 'more', words: ['more', 'continue', 'else', 'further', 'deeper', 'elaborate', 'expand', 'detail', 'details', 'next'], phrases: ['go on', 'keep going', 'then what'] },
];

/** The single words that ask for a part of the last answer ("why", "example", "gist", "more"). */
export const PART_WORDS: readonly string[] = PART_ASKS.flatMap((p) => p.words);

/** Beside the listed words: "how" not followed by "about" or "come", plain terms, and a message that is only "and?". */
const BESIDE: Partial<Record<Asked, string>> = { how: '\\bhow\\b(?! (?:about|come)\\b)', short: PLAIN_TERMS, more: '^(?:and|so|then|ok|okay|and then)$' };

// Read on the tokenized message (lower case, no punctuation). Tried in this order, so "how come" is a
// why and "tell me more about how it works" a how; "more" only when no part is named.
const ASKS: ReadonlyArray<[Asked, RegExp]> = PART_ASKS.map(({ asked, words, phrases }) => {
  const listed = `\\b(?:${[...words, ...phrases].join('|')})\\b`;
  const beside = BESIDE[asked];
  return [asked, new RegExp(beside === undefined ? listed : `${beside}|${listed}`)];
});

export function askedPart(text: string): Asked | undefined {
  const lower = tokenize(text).join(' ');
  return ASKS.find(([, pattern]) => pattern.test(lower))?.[0];
}

/** The text asks for this, whatever else it asks first ("like I'm five, maybe with an analogy" asks for the short version too). */
export function asksFor(text: string, asked: Asked): boolean {
  const lower = tokenize(text).join(' ');
  return ASKS.some(([part, pattern]) => part === asked && pattern.test(lower));
}

/**
 * The part to show: the one asked for, when the concept has it and this thread has not seen it; else, for a
 * question that names no part, the one part that alone speaks of its words; else the next in order.
 * Undefined: nothing left to show.
 */
export function choosePart(concept: Concept, text: string, shown: readonly Part[]): Part | undefined {
  const left = PARTS.filter((p) => concept.deeper?.[p] !== undefined && !shown.includes(p));
  const asked = askedPart(text);
  if (asked !== undefined && asked !== 'more' && asked !== 'short' && left.includes(asked)) return asked;
  return asked === undefined ? (speaksOf(concept, text, left) ?? left[0]) : left[0];
}

/**
 * "is it slow?" names no part: the part that speaks of what it asks about, when exactly one does. Words of the
 * concept's own name, or that its body already uses, say nothing of one part more than another; and a word
 * two parts share picks neither.
 */
function speaksOf(concept: Concept, text: string, left: readonly Part[]): Part | undefined {
  const own = new Set(terms(`${concept.id.replace(/-/g, ' ')} ${concept.title} ${concept.aliases.join(' ')} ${concept.body}`).map(stem));
  const words = new Set(terms(text).filter((t) => !isFiller(t)).map(stem).filter((w) => !own.has(w)));
  const speaking = left.filter((p) => terms(concept.deeper?.[p] ?? '').some((t) => words.has(stem(t))));
  return speaking.length === 1 ? speaking[0] : undefined;
}

export interface DeeperAnswer {
  reply: AnswerReply;
  part: ShownPart;
}

/** What a part's reply is for: said only to the asker (a shared channel), or shared there by someone. */
export interface PartOptions {
  ephemeral: boolean;
  sharedBy?: Actor;
}

/**
 * One part of a concept (or its short summary) as an answer card, titled with the concept ("etcd — why it
 * matters"); its Share button shares this part. Undefined when the concept has no such part.
 */
export function partReply(kb: KnowledgeBase, concept: Concept, part: SharedPart, options: PartOptions): AnswerReply | undefined {
  const body = part === 'short' ? concept.summary : concept.deeper?.[part];
  if (body === undefined) return undefined;
  const title = part === 'short' ? REPLY.deeper.short(concept.title) : REPLY.deeper.title[part](concept.title);
  return make.answer({ title, body, ...aboutConcept(kb, concept, options.ephemeral, part), part, ...(options.sharedBy ? { sharedBy: options.sharedBy } : {}) });
}

/** What every reply on a concept carries: its citation, its buttons (sharing `part` when one is shown), whom it is for. */
function aboutConcept(kb: KnowledgeBase, concept: Concept, ephemeral: boolean, part?: SharedPart) {
  return { citation: citationOf(kb, concept), choices: answerChoices(kb, concept, ephemeral, part), concept: concept.id, ephemeral };
}

/**
 * The reply to a follow-up on `concept`, the thread's last answer, which has already shown `shown`. `typed`: the
 * message before its idioms were made plain, where "what does it do in simple terms?" still says how to put it.
 */
export function deeperAnswer(kb: KnowledgeBase, concept: Concept, text: string, shown: readonly Part[], ephemeral: boolean, typed = text): DeeperAnswer {
  // "in simple terms": the concept's one-line summary, whatever parts were shown; they stay shown.
  const asked = askedPart(text);
  // Asked for an audience or a document ("put it for our investors") and nothing else: the short version too.
  const short = asked === 'short' || ((asked === undefined || asked === 'more') && (askedPart(typed) === 'short' || forAnAudience(typed)));
  const part = short ? 'short' : choosePart(concept, text, shown);
  const reply = part === undefined ? undefined : partReply(kb, concept, part, { ephemeral });
  if (part !== undefined && reply !== undefined) return { reply, part };
  // Nothing left: one line saying so, and the related topics (as buttons) for where to go next.
  const { deeper } = REPLY;
  const said = shown.length > 0 ? deeper.allShown(concept.title) : deeper.nothingMore(concept.title);
  const next = concept.related.some((id) => kb.concept(id) !== undefined) ? deeper.relatedBelow : deeper.seeTopics;
  return { reply: make.answer({ title: concept.title, body: said + next, ...aboutConcept(kb, concept, ephemeral), part: 'done' }), part: 'done' };
}
