import type { Concept, OutsideTerm } from '../content/schema.js';
import { namesOf, pairKey, type LookupIndex } from './lookup-index.js';
import { COMPARISON_SPLIT, DIFFERENCE_OF, isFiller, keyOf, singular, stripForLookup, terms, tokenize } from './normalize.js';
import { rank } from './rank.js';
import { isStray, QUESTION_WORDS, readWords, rejoin } from './read-question.js';
import { resultFor, type LookupResult } from './result.js';
import { isElsewhere, vocabulary } from './off-topic.js';
import { isSmallTalk } from './small-talk.js';

export type { Candidate, LookupResult } from './result.js';

/** A question after a "but", when the text before it says what is already understood. */
const AFTER_BUT = new RegExp(`\\bbut\\b(?!.*\\bbut\\b)((?=.*\\b(?:${[...QUESTION_WORDS].join('|')})\\b).+)$`);

/** A sentence or clause saying what the asker already knows: "I know images and containers", "we get pods". */
const ALREADY_KNOWN = /(?:^|[.?!,;:]\s*)(?:i|we)\s+(?:already\s+)?(?:know|get|understand)\b[^.?!,;:]*/g;

/** Words that point back at something named earlier: "its downsides", "what if one fails", "the limits". */
const POINTS_BACK = /\b(?:it|its|they|them|their|one|ones|that|this|those|these|the)\b/;

/** The confidence of a concept answering for a term its text speaks of, when its side alone ranks another first. */
const BESIDE_SCORE = 0.6;

/** Questions are cut here: longer text is not a lookup but a paste. */
const MAX_QUESTION = 300;

export function lookup(index: LookupIndex, question: string): LookupResult {
  const text = mendChatWords(index, stripForLookup(question).toLowerCase().slice(0, MAX_QUESTION));
  if (isSmallTalk(tokenize(text))) return { status: 'smalltalk' };
  // "a pod of whales", "a container ship stuck in the canal": our word in its everyday sense.
  if (isElsewhere(text, vocabulary(index))) return { status: 'unknown' };
  // "pods are clear now, but how does the kubelet start them?": before the "but" is what they already
  // know; the question is after it. What "it" or "the limits" stand for was named before the "but",
  // so those names come along ("swarm looks simpler, but what are its downsides?").
  const turn = AFTER_BUT.exec(text);
  if (turn?.[1] !== undefined) {
    const after = turn[1];
    // Alone only when it points back at nothing and names what it finds ("pods i know, but what's a kubelet?").
    const alone = POINTS_BACK.test(after) ? undefined : lookup(index, after);
    const asked = alone && names(after, alone) ? alone : lookup(index, withNamesOf(index, text.slice(0, turn.index), after));
    if (asked.status === 'answer' || asked.status === 'outside') return asked;
  }
  // "what else is in docker? I know images and containers": what they say they know is not what is asked.
  const unknownPart = text.replace(ALREADY_KNOWN, ' ');
  if (unknownPart !== text && usesNameWord(index, unknownPart)) {
    const asked = lookup(index, unknownPart);
    if (asked.status === 'answer') return asked;
  }
  // "grafana went red overnight, what does etcd store": output pasted or words foreign to us
  // before the question drown it; the question alone, when it names what it finds, is what is asked.
  const part = askingPart(index, text);
  if (part !== undefined && !POINTS_BACK_ONLY.test(part)) {
    const alone = rank(index, part);
    if (alone.status === 'answer' && names(part, alone)) return alone;
  }
  // "do I need a registry if we only build on our laptops": the condition after "if" is the
  // setting; the part before it, when it names what it finds, is what is asked. Not when that part lands on a
  // start-here page: in "should I use kubernetes if we only have three services" the condition is the question.
  const condition = BEFORE_IF.exec(text);
  if (condition?.[1] !== undefined && usesNameWord(index, condition[1])) {
    const alone = rank(index, condition[1]);
    if (alone.status === 'answer' && !alone.concept.featured && names(condition[1], alone)) return alone;
  }
  // Ranked once: a comparison falls back to the question as a whole, and ranking is most of a lookup's cost.
  const whole = rank(index, text);
  const result = compare(index, text, whole) ?? whole;
  return result.status === 'unknown' ? lastQuestion(index, text) ?? result : result;
}

/** The question before a condition: "*do i need a registry* if …". */
const BEFORE_IF = /^(.+?)\s+if\s/;

/** A question word opening a clause after a comma, dash or colon: "…, what does etcd store". */
const CLAUSE_QUESTION = new RegExp(`(?:[,;:]|\\s-+)\\s*((?:${[...QUESTION_WORDS].join('|')})\\b[^,;:]*)$`);

/** "that service", "those": a question that leans on what came before it cannot be read alone. */
const POINTS_BACK_ONLY = /\b(?:it|its|they|them|their|that|this|those|these)\b/;

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

/** Words as typed, without the tokenizer: its one-text cache is the whole question's, left for the ranking. */
function rawWords(text: string): string[] {
  return text.split(/[^a-z0-9]+/);
}

/** Whether the text, as typed, uses a word of some concept's name: the cheap gate before a part is ranked alone. */
function usesNameWord(index: LookupIndex, text: string): boolean {
  return rawWords(text).some((w) => index.nameTerms.has(singular(w)));
}

/**
 * "our shop sells bikes online and the lead read about swarm. is it hard to run?": a situation told in
 * sentences, then the question. The situation's details drown the question; its subject (the names it
 * uses) is what "it" stands for. Read as the question plus those names, when the whole was not understood.
 */
function lastQuestion(index: LookupIndex, text: string): LookupResult | undefined {
  const sentences = text.split(/[.!?]+(?:\s+|$)/).filter((s) => /[a-z]/.test(s));
  if (sentences.length < 2) return undefined;
  const asked = [...text.matchAll(/[^.!?]*\?/g)].map((m) => m[0]).filter((s) => /[a-z]/.test(s)).pop() ?? (sentences[sentences.length - 1] as string);
  // A word foreign to us in the question itself ("how do I repot a cactus?") says it is about something
  // else: the names of the situation must not outweigh it.
  const result = rank(index, hasStray(index, asked) ? asked : withNamesOf(index, text.replace(asked, ' '), asked));
  return result.status === 'answer' ? result : undefined;
}

function hasStray(index: LookupIndex, text: string): boolean {
  return readWords(index, rejoin(index, terms(text))).some((w) => !isFiller(w.term) && w.chat !== true && isStray(w));
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

/** Whether the text names the concept found, by its id, title or an alias. */
function names(text: string, found: LookupResult): boolean {
  return found.status === 'answer' && namesConcept(text, found.concept);
}

function namesConcept(text: string, concept: Concept): boolean {
  return saysAny(text, namesOf(concept));
}

/** Whether one of the phrases stands whole in the text, as words. */
function saysAny(text: string, phrases: readonly string[]): boolean {
  const words = ` ${keyOf(text)} `;
  return phrases.some((phrase) => words.includes(` ${keyOf(phrase)} `));
}

/** Whether a concept's own text (summary, body, deeper parts) speaks of an outside term by one of its names. */
function speaksOf(concept: Concept, term: OutsideTerm): boolean {
  const text = [concept.summary, concept.body, ...Object.values(concept.deeper ?? {})].join(' ');
  return saysAny(text, [term.term, ...term.aliases]);
}

/** The question with the names used in the text around it, which its "it" and "the" may stand for. */
function withNamesOf(index: LookupIndex, around: string, question: string): string {
  const names = [...new Set(terms(around).filter((t) => index.nameTerms.has(t)))];
  return names.length === 0 ? question : `${question} ${names.join(' ')}`;
}

/** The words before a setting: "*service discovery* in docker". */
const SUBJECT_IN = /^(.+?)\s(?:in|on|with|for|across|inside|within|under)\s/;

/** The subject of "is x a …": "is *docker* a platform". */
const IS_A_KIND = /^\s*(?:so\s+)?(?:is|are|isn'?t|aren'?t)\s+(.+?)\s+(?:a|an|just a|just an|more of a|more like a|basically a)\s/;

/** "x vs y", "difference between x and y": the comparison concept for the pair, else the first named. */
function compare(index: LookupIndex, text: string, whole: LookupResult): LookupResult | undefined {
  const diff = DIFFERENCE_OF.exec(text);
  const sides = diff ? [diff[1] ?? '', diff[2] ?? ''] : text.split(COMPARISON_SPLIT);
  if (sides.length !== 2) return undefined;
  // A concept named for the whole phrase ("x vs y") wins outright.
  if (whole.status === 'answer' && whole.score === 1) return whole;
  // "common mistakes when choosing between x and y": words before the pair that name a subject of their own.
  if (diff && whole.status === 'answer' && rank(index, text.slice(0, diff.index)).status === 'answer') return whole;
  // "rolling updates in swarm vs kubernetes": the things compared are the setting of a subject named before them.
  // "is docker a platform or an orchestrator": two kinds the subject might be, not two things compared.
  const setting = diff ? undefined : SUBJECT_IN.exec(sides[0] ?? '') ?? IS_A_KIND.exec(sides[0] ?? '');
  if (setting?.[1] !== undefined && whole.status === 'answer' && names(setting[1], whole)) return whole;
  const [left, right] = [side(index, sides[0] ?? '', 'end'), side(index, sides[1] ?? '', 'start')];
  // A covered concept named on one side, set against a term not covered that its own text speaks of
  // ("self healing vs a docker restart policy"), is answered by the concept: it says how the two relate.
  const beside = (other: LookupResult, sideText: string): LookupResult | undefined => {
    if (other.status !== 'outside') return undefined;
    const concept = other.nearest.find((c) => namesConcept(sideText, c) && speaksOf(c, other.term));
    if (concept === undefined) return undefined;
    const alone = rank(index, sideText);
    return { status: 'answer', concept, score: alone.status === 'answer' && alone.concept === concept ? alone.score : BESIDE_SCORE };
  };
  const covered = beside(right, sides[0] ?? '') ?? beside(left, sides[1] ?? '');
  if (covered) return covered;
  // Comparing with something not covered ("replicaset vs deployment") is about that thing.
  if (left.status === 'outside') return left;
  if (right.status === 'outside') return right;
  if (left.status === 'answer' && right.status === 'answer') {
    const a = index.concepts.indexOf(left.concept);
    const b = index.concepts.indexOf(right.concept);
    const pair = index.comparisons.get(pairKey(a, b));
    if (pair !== undefined) return { status: 'answer', concept: index.concepts[pair] as Concept, score: 1 };
    // No concept compares the two: the question as a whole may still name its subject ("… in docker swarm").
    return whole.status === 'answer' && whole.concept !== right.concept ? whole : left;
  }
  if (left.status === 'answer' && right.status === 'unknown') return whole.status === 'unknown' ? whole : left;
  return undefined;
}

/**
 * One side of a comparison. The thing compared sits next to the "vs": at the end of the left side
 * ("so what is a pod vs …") and the start of the right ("… docker, which one?").
 */
function side(index: LookupIndex, text: string, anchor: 'start' | 'end'): LookupResult {
  const words = terms(text).filter((t) => !isFiller(t));
  for (let length = Math.min(words.length, 4); length > 0; length--) {
    const part = anchor === 'start' ? words.slice(0, length) : words.slice(words.length - length);
    const hit = index.exact.get(part.join(' '));
    if (hit !== undefined) return resultFor(index, hit, 1);
  }
  return rank(index, text);
}
