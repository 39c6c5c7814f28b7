import { tokenize } from '../lookup/normalize.js';
import { OK_WORDS, YES_WORDS } from '../chat-words.js';
import { OPENERS } from './follow-up-words.js';
import { pointerAt } from './read-in-context.js';
import { looksLikeQuestion } from '../checklist/read-step-input.js';

// Chat puts a few words in front of a question that say how it relates to what came before
// ("thanks!", "makes sense.", "ok, new question:", "switching:") and nothing about its subject.
// Left in, they are words the lookup tries to match; read, they say whether the thread goes on.

/** Words that acknowledge the last answer. */
const ACKNOWLEDGE = new Set([
  ...YES_WORDS,
  ...OK_WORDS,
  ...`k kk alright allright right sure cool nice great good perfect awesome neat fine thanks thank you thx ty cheers
   got it makes sense understood see i hmm hm ah oh interesting gotcha clear noted sorry oops wow haha fair agreed true`.split(/\s+/),
]);

/** Words that announce a change of subject. */
const SWITCH = new Set(
  `switching switch new different another unrelated unrelatedly separate separately tangent changing change topic subject question q moving on next anyway back btw aside else stepping zooming`.split(/\s+/),
);

/** Words that only join the others ("ok *and* thanks", "back *to the* big picture"). */
const JOINING = new Set(`and so now then well also to the a big picture general quick last final one other thing enough by way more out
   totally completely entirely quite slightly somewhat very something`.split(/\s+/));

/** "in short, should I use it?": a marker of how the question is put, in front of it, not a request to say less. */
const DISCOURSE = /^(?:in short|in brief|in a nutshell|basically|so basically|long story short|bottom line|in a word)$/;

/** Where a preface ends: a full stop, colon, comma, dash or exclamation mark, then more text. */
const PREFACE = /^([^.:!,;?\u2014\u2013]+?)\s*(?:[.:!,;]+|\s[\u2014\u2013-]+)\s+(\S.*)$/s;

/** A tail that points back at the last answer without adding to the question ("and RBAC, *which you mentioned*?"). */
const TAIL = /[\s,;(-]+(?:(?:that|which|like) )?(?:you|u) (?:just |also )?(?:mentioned|said|wrote|brought up|talked about)(?: (?:it|that|this|them|those|earlier|before|above|there|here))*\)?\s*([?!.]*)$/i;

/** "you mentioned", "you said": where a name put first came from ("you said raft earlier, what's that?"). */
const MENTIONED = /^\s*(?:(?:and|so|ok|okay|also)\s+)*(?:you|u)\s+(?:just\s+|also\s+)?(?:mentioned|said|wrote|brought up|talked about)\s+/i;

/** A topic put first is a name of at most this many words. */
const TOPIC_WORDS = 4;

export interface Prefaced {
  /** The question without its preface. */
  question: string;
  /** The preface announced a new subject: the thread's last answers do not apply. */
  switched: boolean;
}

/** The question with any leading acknowledgement or "new question:" taken off. */
export function withoutPreface(text: string): Prefaced {
  let question = text.trim();
  let switched = false;
  for (let round = 0; round < 3; round++) {
    const match = PREFACE.exec(question);
    if (!match) break;
    const words = tokenize(match[1] ?? '');
    const said = words.filter((w) => !JOINING.has(w));
    // "quick one:" is all joining words, and still a preface.
    const marker = DISCOURSE.test(words.join(' '));
    if (words.length === 0 || words.length > 6 || !(marker || said.every((w) => ACKNOWLEDGE.has(w) || SWITCH.has(w)))) break;
    // "back to the big picture" and "new question" change the subject; "ok" and "thanks" do not.
    switched ||= said.some((w) => SWITCH.has(w));
    question = match[2] ?? '';
  }
  return { question: question.replace(TAIL, '$1'), switched };
}

/**
 * "and the kubelet, what does that do?": a name put first, then a question whose pronoun stands for
 * it. Read as the question with the name in the pronoun's place ("what does the kubelet do?").
 * `isName` says whether a run of words is a concept's name as typed (the conversation's own index).
 */
export function topicFirst(text: string, isName: (words: string) => boolean): string | undefined {
  // "and the kubelet, what does that do?", "pods? what are those?": a comma or a question mark after the name.
  const comma = /^([^,?]+)[,?]\s*(\S.*)$/.exec(text);
  if (!comma) return undefined;
  const [, topic = '', rest = ''] = comma;
  // "you brought up etcd, what is it?": the words saying where the name came from are no part of it.
  const words = tokenize(topic.replace(MENTIONED, '')).filter((w) => !JOINING.has(w) && !ACKNOWLEDGE.has(w));
  // Nothing but a name ("and the kubelet"); "what about docker, …" leans on the thread instead.
  if (words.length === 0 || words.length > TOPIC_WORDS || !isName(words.join(' '))) return undefined;
  const tokens = tokenize(rest);
  const at = pointerAt(tokens);
  if (at < 0) return undefined;
  return [...tokens.slice(0, at), words.join(' '), ...tokens.slice(at + 1)].join(' ');
}

/** The text's clauses (cut at sentence ends, commas, colons and dashes), each as its words; empty ones dropped. */
function clausesOf(text: string): string[][] {
  return text.split(/[?!.;,:\u2014\u2013]+/).map((c) => tokenize(c)).filter((c) => c.length > 0);
}

/** Words that may open a closing clause without changing it ("*and* what is a daemon then"): a follow-up's openers, and "also". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([...OPENERS, 'also']);
/** "what is X", "what's X", "what are X", "who is X": asking what one thing is. */
const WHAT_IS = /^(?:(?:what|who) (?:is|are|was|were)|whats|whos|what re|whatre) /;

/**
 * "it schedules onto nodes, ok? what is a node", "who uses it, and what is the scheduler anyway": several clauses, the last of
 * which asks what one named thing is, pointing back at nothing. That closing question says what is asked, whatever the
 * clauses before it lean on; the question is that clause. `hasSubject` says whether a clause names one thing (or the
 * lookup finds one in it).
 */
export function closingWhatIs(text: string, hasSubject: (clause: string) => boolean): string | undefined {
  const clauses = clausesOf(text);
  if (clauses.length < 2) return undefined;
  const last = clauses.at(-1) ?? [];
  let start = 0;
  while (start < last.length - 1 && CLAUSE_OPENERS.has(last[start] ?? '')) start++;
  const clause = last.slice(start);
  if (pointerAt(clause) >= 0 || !hasSubject(clause.join(' '))) return undefined;
  if (WHAT_IS.test(`${clause.join(' ')} `)) return clause.join(' ');
  // "and the other piece, the daemon?": a name of a few words that renames a vague thing said just before it (nothing
  // asked there) says what was meant.
  const named = clause.filter((w) => !ARTICLES.has(w));
  const renamed = clauses.at(-2) ?? [];
  const vague = VAGUE_THING.has(renamed.at(-1) ?? '') && !looksLikeQuestion(renamed.join(' '));
  return vague && named.length > 0 && named.length <= NAME_WORDS && !named.some((w) => /^\d+$/.test(w)) ? clause.join(' ') : undefined;
}

/**
 * "what is a sidecar, my lead keeps mentioning it": a first clause asking what one named thing is, then only remarks (nothing
 * asked, no thing named): the question is that first clause; the remarks say where the asker met it.
 */
export function openingWhatIs(
  text: string,
  { hasSubject, namesAThing }: { hasSubject: (clause: string) => boolean; namesAThing: (clause: string) => boolean },
): string | undefined {
  const [opened = [], ...remarks] = clausesOf(text);
  const first = opened.slice(opened.findIndex((w) => !CLAUSE_OPENERS.has(w)));
  if (remarks.length === 0 || !WHAT_IS.test(`${first.join(' ')} `) || pointerAt(first) >= 0 || !hasSubject(first.join(' '))) return undefined;
  // A remark that asks something ("what's x, is it like y?") or names a thing of its own is more than a remark.
  const head = text.split(/[?!.;,:\u2014\u2013]/)[0] ?? '';
  const asking = text.slice(head.length + 1).includes('?') || remarks.some((r) => looksLikeQuestion(r.join(' ')));
  return asking || remarks.some((r) => namesAThing(r.join(' '))) ? undefined : first.join(' ');
}

const ARTICLES = new Set(['the', 'a', 'an']);
/** Nouns that hold a place for a name said next ("the other *piece*, the daemon"). */
const VAGUE_THING = new Set(['thing', 'one', 'part', 'bit', 'piece', 'component', 'guy', 'tool', 'layer']);
/** A closing name is at most this many words. */
const NAME_WORDS = 3;

/** Words that relate a description to the thing it describes: "the one *that* restarts crashed containers". */
const RELATIVE = new Set(['that', 'which', 'who']);
/** A closing clause that only asks for the name of the thing described: "what's that called", "what is it called". */
const ASKS_NAME = /^(?:(?:whats|what is) (?:that|it|this)(?: one)? called|(?:whats|what is) (?:its|the) name|called what|name)$/;

/**
 * "and the one that restarts crashed containers, what is it called?": a thing described by what it does, with nothing
 * else asked of it but its name, asks what does that ("what restarts crashed containers"). "the one about costs" points at an item
 * instead, and "the part that confuses me is X" says something of its own after the description: neither is read here.
 * Read by the conversation (answer-question.ts, beside closingWhatIs and topicFirst), not by kb.lookup: `archbot ask`
 * reads such a message as typed. In the lookup's own shaping (lookup.ts, beside withoutRequests) it would also reach every
 * lookup the follow-up readers make with a name put back; not tried.
 */
export function describedThing(text: string): string | undefined {
  const [described = [], ...rest] = clausesOf(text);
  if (rest.length > 1 || (rest.length === 1 && !ASKS_NAME.test((rest[0] ?? []).join(' ')))) return undefined;
  let at = 0;
  while (at < described.length && CLAUSE_OPENERS.has(described[at] ?? '')) at++;
  if (described[at] === 'the' || described[at] === 'that') at++;
  if (!VAGUE_THING.has(described[at] ?? '') || !RELATIVE.has(described[at + 1] ?? '')) return undefined;
  const does = described.slice(at + 2);
  return does.length > 0 && !does.some((w) => w === 'is' || w === 'are') ? ['what', ...does].join(' ') : undefined;
}
