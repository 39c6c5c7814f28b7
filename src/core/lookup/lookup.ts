import { LEAD_WORDS, PEOPLE_WORDS } from '../chat-words.js';
import type { Concept } from '../content/schema.js';
import { compare } from './compare.js';
import { justAnother } from './likeness.js';
import { namesOf, type LookupIndex } from './lookup-index.js';
import { names, namedWithin, namesInFull, rawWords, usesNameWord } from './naming.js';
import { isFiller, keyOf, singular, stripForLookup, terms, tokenize } from './normalize.js';
import { rank } from './rank.js';
import { CONDITION_AFTER_QUESTION, QUESTION_AUXILIARIES, QUESTION_WORDS } from './question-words.js';
import { withoutRequests } from './openers.js';
import { withoutLeadIn } from './lead-in.js';
import { askedLast, POINTS_BACK_ONLY } from './sentences.js';
import { isElsewhere, vocabulary } from './off-topic.js';
import { asksHistory } from './history.js';
import { entryOf, resultFor, type LookupResult } from './result.js';
import { withoutAnswerShape } from './answer-shape.js';
import { withoutAsker } from './asker-label.js';
import { isSmallTalk } from './small-talk.js';
import { belonging, capacity, claimed, roleIn } from './belonging.js';
import { pointedBack } from './pointed-back.js';
import { offeredAnswer } from './offered.js';
import { inOurWords, partsListedAt } from './idioms.js';
import { beyondStory, hasStray, lastQuestion, withNamesOf } from './story.js';

export type { Candidate, LookupResult } from './result.js';

/** A last clause that asks only what a thing is: "…, what is a volume again?", "… - so what are pods". */
const WHAT_IS_LAST = new RegExp(
  String.raw`(?:[,;:.!?]|\s[-—–]+)\s*(?:(?:${LEAD_WORDS.join('|')})\s+)*what(?:'?s|\s+is|\s+are)\s+(?:a\s+|an\s+|the\s+)?([a-z0-9][a-z0-9 -]*?)\s*(?:exactly|again|actually|then|anyway|even)?\s*\?*\s*$`,
);

/** "what is the compose file we just created": what a name is, told by what the asker did with it. */
const WHAT_IS_MINE = new RegExp(
  String.raw`^\s*(?:(?:${LEAD_WORDS.join('|')})\s+)*what\s+(?:exactly\s+|actually\s+)?(?:is|are)\s+(?:a\s+|an\s+|the\s+|this\s+|that\s+)?([\`'"]?[a-z0-9][a-z0-9 \`'"-]*?)\s+(?:(?:that|which)\s+)?(?:i|we|you|they)\s+(?:just\s+|have\s+|had\s+|already\s+)?[a-z]+(?:ed|en|t)\b[^,;:.!?]*\?*\s*$`,
);

/** A question after a "but", when the text before it says what is already understood. */
const AFTER_BUT = new RegExp(`\\bbut\\b(?!.*\\bbut\\b)((?=.*\\b(?:${[...QUESTION_WORDS].join('|')})\\b).+)$`);

/** A sentence or clause saying what the asker already knows: "we already know pods and services", "I get images". */
const ALREADY_KNOWN = /(?:^|[.?!,;:]\s*)(?:i|we)\s+(?:already\s+)?(?:know|get|understand)\b[^.?!,;:]*/g;

/**
 * Words that point back at something named earlier: "its downsides", "what if one fails", "the limits". Wider than
 * story.ts's POINTS_BACK_ONLY ("one", "the"): a question cut after "if" is read alone only when it leans on nothing.
 */
const POINTS_BACK_OR_THE = /\b(?:it|its|they|them|their|one|ones|that|this|those|these|the)\b/;

/** Questions are cut here: longer text is not a lookup but a paste. */
const MAX_QUESTION = 300;

/** What a team is counted in, one or many ("devs", "engineers", "people"): the shared words for people (../chat-words.ts). */
const COUNTED = `(?:${[...PEOPLE_WORDS.makers, ...PEOPLE_WORDS.staff].map((w) => `${w}s?`).join('|')})`;

/** A team told by its headcount, up to a handful: "we're 3 devs", "two engineers here", "solo dev"; read so in a question only. */
const FEW_PEOPLE = new RegExp(`\\b(?:[1-9]|one|two|three|four|five|six|a\\s+couple\\s+of|a\\s+few|solo|lone|single|sole|indie)\\s+${COUNTED}\\b`, 'g');

/** A headcount past a handful anywhere in the text ("and 40 engineers"): then no count in it makes the team small. */
const MANY_PEOPLE = new RegExp(`\\b(?:[1-9]\\d+|ten|twenty|thirty|forty|fifty|hundreds?|dozens?(?:\\s+of)?)\\s+${COUNTED}\\b`);

/**
 * "need …" names whether that is worth it, a name beside the setting told with it ("we are 50 developers, do we need …").
 * In a small setting it is read "need to have …": the setting says more than that name ("do we need …? we're tiny").
 */
const NEEDS = /\bneed\b/g;

/** "we need to pay people": "need to" before a verb is "have to", never a name's word. */
const NEED_TO = /\bneed\s+to\b/g;

/** A small setting told in everyday words ("we're tiny", "solo dev", "one vps", a handful read as "small" above). */
const SMALL_SETTING =
  /\b(?:small|smallish|tiny|little|solo|alone|just\s+me|one[-\s]person|one[-\s]man|(?:one|single)\s+(?:vps|server|host|machine|box))\b|\bdowntime\b[^.?!]{0,30}\b(?:is|are)\s+(?:fine|ok|okay|acceptable)\b/;

/** A setting left behind: "we outgrew our single server", "a small team no longer". */
const GROWN = /\b(?:outgr[eo]wn?|outgrowing|beyond|more\s+than|too\s+small|no\s+longer)\b/;

/**
 * A question mark, or a clause opened by a question word or an auxiliary: "… do we need k8s"; or, unpunctuated as
 * speech and hurried typing are, an auxiliary before the one who asks, wherever it stands ("as a solo founder do i need …").
 */
const ASKS = new RegExp(
  `\\?|(?:^|[,.;:!]\\s*)(?:${[...QUESTION_WORDS, ...QUESTION_AUXILIARIES, "isn'?t", 'need'].join('|')})\\b|\\b(?:${QUESTION_AUXILIARIES.join('|')})\\s+(?:i|we|you|they)\\b`,
);

/**
 * "which component on a worker node talks to the api server": ranked once as "which part of the node", and answered so when
 * what that finds is a part the node's page lists, or names one (its first candidate, when it asks which); otherwise read
 * as typed, the node as the setting.
 */
export function lookup(index: LookupIndex, question: string): LookupResult {
  const shaped = withoutLeadIn(withoutRequests(withoutAnswerShape(index, withoutAsker(index, stripForLookup(question).toLowerCase().slice(0, MAX_QUESTION)))));
  const listed = partsListedAt(index, shaped);
  if (listed !== undefined && listed.size > 0) {
    const asPart = rank(index, inOurWords(index, shaped));
    const found = asPart.status === 'answer' ? asPart.concept : asPart.status === 'clarify' ? asPart.candidates[0]?.concept : undefined;
    if (found !== undefined) {
      if (listed.has(entryOf(index, found))) return asPart;
      // "which component on node runs containers": the one listed part named after what that reading found (the container runtime).
      const named = [...listed].filter((part) => namedAfter(index.concepts[part] as Concept, found));
      const score = asPart.status === 'answer' ? asPart.score : asPart.status === 'clarify' ? (asPart.candidates[0]?.score ?? 0) : 0;
      if (named.length === 1) return resultFor(index, named[0] as number, score);
    }
  }
  // As typed otherwise: "which component on x" that no part x lists answers has x as its setting.
  const typed = inOurWords(index, shaped, false);
  // "we are two developers building an mvp", told alone, is the setting of a question to come (the conversation's).
  const read = (ASKS.test(typed) && !MANY_PEOPLE.test(typed) ? typed.replace(FEW_PEOPLE, 'small') : typed).replace(NEED_TO, 'have to');
  // A small team asking whether it needs something big asks whether what it has is enough; anyone else, whether it is worth it.
  const small = SMALL_SETTING.test(read) && !GROWN.test(read);
  const text = mendChatWords(index, small ? read.replace(NEEDS, 'need to have') : read);
  if (isSmallTalk(tokenize(text))) return { status: 'smalltalk' };
  // "a pod of whales", "a container of leftovers in the fridge": our word in its everyday sense.
  if (isElsewhere(text, vocabulary(index))) return { status: 'unknown' };
  // "how old is kubernetes": history, which no page tells; read whole, a side word ("old") would pick one.
  if (asksHistory(index, text)) return { status: 'unknown' };
  // "pods are clear now, but how does the kubelet start them?": before the "but" is what they already
  // know; the question is after it. What "it" or "the limits" stand for was named before the "but",
  // so those names come along ("swarm looks simpler, but what are its downsides?").
  const turn = AFTER_BUT.exec(text);
  if (turn?.[1] !== undefined) {
    const after = turn[1];
    // Alone only when it points back at nothing and names what it finds ("pods i know, but what's a kubelet?").
    const alone = POINTS_BACK_OR_THE.test(after) ? undefined : lookup(index, after);
    const asked = alone && names(after, alone) ? alone : lookup(index, withNamesOf(index, text.slice(0, turn.index), after));
    if (asked.status === 'answer' || asked.status === 'outside') return asked;
  }
  // "what else is in kubernetes? we already know pods and services": what they say they know is not what is asked.
  const unknownPart = text.replace(ALREADY_KNOWN, ' ');
  if (unknownPart !== text && usesNameWord(index, unknownPart)) {
    const asked = lookup(index, unknownPart);
    if (asked.status === 'answer') return asked;
  }
  // "our runbook keeps pointing at etcd. what is it": "it" is the one thing the sentence before it names.
  const pointed = pointedBack(index, text);
  if (pointed !== undefined) return pointed;
  // "what stores the cluster state? etcd or the api server?": one of the answers offered, or any when left open.
  const offered = offeredAnswer(index, text, (asked) => lookup(index, asked));
  if (offered !== undefined) return offered;
  // "for the exam, where does the scheduler fit among the control plane components?": the thing whose role is asked.
  const role = roleIn(index, text);
  if (role !== undefined) return role;
  // "grafana went red overnight, what does etcd store": output pasted or words foreign to us
  // before the question drown it; the question alone, when it names what it finds, is what is asked.
  const part = askingPart(index, text);
  if (part !== undefined && !POINTS_BACK_ONLY.test(part)) {
    const alone = rank(index, part);
    if (alone.status === 'answer' && names(part, alone)) return alone;
  }
  // "a pod vanished overnight and reappeared on its own, which node agent brought it back?": a last clause
  // that names what it finds by a name of several words is the question, when the story before it names
  // no concept of its own by such a name ("the scheduler and the api server, how do they work together").
  const clause = /[,;:]|\s-/.test(text) ? CLAUSE_QUESTION.exec(text)?.[1] : undefined;
  // Ranked only once a name of several words is seen in it: ranking is most of a lookup's cost.
  if (clause !== undefined && !ENDS_POINTING_BACK.test(clause) && usesNameWord(index, clause) && namedWithin(index, clause).some((c) => namesInFull(clause, index.concepts[c] as Concept))) {
    const alone = rank(index, clause);
    const story = text.slice(0, text.length - clause.length);
    const storyNames = (): boolean => namedWithin(index, story).some((c) => namesInFull(story, index.concepts[c] as Concept));
    if (alone.status === 'answer' && namesInFull(clause, alone.concept) && !storyNames()) return alone;
  }
  // "some background: two laptops, a shared vm, weekly releases. should we be moving to swarm by now?":
  // a situation told in sentences, then a question that names what it finds, is that question; read as a question alone
  // would be, where a thing belongs included ('she wrote "why?" and then: is kube-proxy a piece of each node?').
  const last = askedLast(text);
  if (last !== undefined && usesNameWord(index, last) && namedWithin(index, last).length > 0) {
    const alone = belonging(index, last) ?? rank(index, last);
    // Named in full by a name of several words: one word ("does that mean our *images* are useless?") may lean on the
    // story, and so may a start-here page named by one ("… after every ip change. how would k8s solve?").
    if (alone.status === 'answer') {
      const leans = POINTS_BACK_ONLY.test(last) || alone.concept.featured === true;
      if (leans ? namesInFull(last, alone.concept) : names(last, alone)) return alone;
    }
  }
  // "does the kubelet belong to each worker node?" asks about the kubelet; "how many pods can a node run", about the node;
  // "etcd is only a cache, fair?", about etcd.
  const member = belonging(index, askedLast(text) ?? text) ?? capacity(index, text) ?? claimed(index, askedLast(text) ?? text);
  if (member !== undefined) return member;
  // "must we run a registry if every build stays on one laptop": the condition after "if" is the
  // setting; the part before it, when it names what it finds, is what is asked. Not when that part lands on a
  // start-here page: in "should I use kubernetes if we only have three services" the condition is the question.
  const condition = BEFORE_IF.exec(text);
  if (condition?.[1] !== undefined && usesNameWord(index, condition[1])) {
    const alone = rank(index, condition[1]);
    if (alone.status === 'answer' && !alone.concept.featured && names(condition[1], alone)) return alone;
  }
  // "the dashboard lists four pods pending, what is a pod again": a last clause asking what a name is asks about that name.
  const definition = WHAT_IS_LAST.exec(text)?.[1] ?? WHAT_IS_MINE.exec(text)?.[1];
  const defined = definition === undefined ? undefined : index.exact.get(keyOf(definition));
  if (defined !== undefined && defined < index.concepts.length && definition !== text) return resultFor(index, defined, 1);
  // Ranked once: a comparison falls back to the question as a whole, and ranking is most of a lookup's cost.
  const whole = rank(index, text);
  const result = compare(index, text, whole) ?? justAnother(index, text, whole) ?? whole;
  if (result.status === 'outside') return beyondStory(index, text, result) ?? result;
  return result.status === 'unknown' ? lastQuestion(index, text) ?? result : result;
}

/** The question before a condition: "*must we run a registry* if …" (which condition words may follow it: CONDITION_AFTER_QUESTION). */
const BEFORE_IF = new RegExp(`^(.+?)\\s+(?:${CONDITION_AFTER_QUESTION.join('|')})\\s`);

/** A question word opening a clause after a comma, dash or colon: "…, what does etcd store". */
const CLAUSE_QUESTION = new RegExp(`(?:[,;:]|\\s-+)\\s*((?:${[...QUESTION_WORDS].join('|')})\\b[^,;:]*)$`);

/** "…: which compose command handles *that*?": a clause ending on what it points back at asks about the story before it. */
const ENDS_POINTING_BACK = /\b(?:it|that|this|those|these|them)\s*[?.!]*\s*$/;

/**
 * A last clause opened by a question word after a comma, when what comes before it holds a word foreign
 * to us ("grafana", "zookeeper"): a paste or a story, not the setting of the question ("on each
 * worker, what launches the containers" is read whole). None otherwise.
 */
function askingPart(index: LookupIndex, text: string): string | undefined {
  // Most questions have no such mark: spared the pattern, which is tried at every space otherwise.
  if (!/[,;:]|\s-/.test(text)) return undefined;
  const clause = CLAUSE_QUESTION.exec(text);
  if (!clause?.[1]) return undefined;
  const before = text.slice(0, clause.index);
  // Cheap tests first, on the words as typed: the question must use a word of a name, and the text
  // before it a word we have never seen; only then is each word read (spelling and all).
  if (!usesNameWord(index, clause[1])) return undefined;
  // A command quoted in backticks before a question that is only a name ("`kubectl get pods` — so what is a pod") is a paste too.
  if (/`[^`]+`/.test(before) && index.exact.has(terms(clause[1]).filter((t) => !isFiller(t)).join(' '))) return clause[1];
  if (!rawWords(before).some((w) => w.length >= 3 && !isFiller(w) && !index.postings.has(singular(w)))) return undefined;
  return hasStray(index, before) ? clause[1] : undefined;
}

/**
 * A slip in a word that shapes the question rather than naming its subject ("diference bewteen",
 * "verus"): mended before the question's shape is read, so a comparison with a typo is still one.
 */
function mendChatWords(index: LookupIndex, text: string): string {
  return text.replace(/[a-z]{4,}/g, (word) => {
    if (isFiller(word) || index.postings.has(word) || index.everyday.has(word)) return word;
    const fixed = index.correct(word);
    return fixed !== undefined && isFiller(fixed.term) ? fixed.term : word;
  });
}

/** Whether one of a part's names holds every word of one of another concept's names: "container runtime" holds "container". */
function namedAfter(part: Concept, other: Concept): boolean {
  const own = namesOf(part).map((name) => terms(name));
  return part !== other && namesOf(other).some((name) => {
    const words = terms(name).filter((t) => !isFiller(t));
    return words.length > 0 && own.some((mine) => words.every((w) => mine.includes(w)));
  });
}
