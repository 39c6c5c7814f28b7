// A question told after a story: sentences about the asker's situation, or a line before a dash, then the question.
// The story is the setting; the question, with the names the story uses, is what is asked.

import type { Concept } from '../content/schema.js';
import type { LookupIndex } from './lookup-index.js';
import { namedWithin, ownWords, saysAny, usesNameWord } from './naming.js';
import { isFiller, terms } from './normalize.js';
import { rank } from './rank.js';
import { isStray, readWords, rejoin } from './read-question.js';
import { OPENS_QUESTION } from './question-words.js';
import { askedLast, POINTS_BACK_ONLY, SETS_AGAINST, toldAround } from './sentences.js';
import type { LookupResult } from './result.js';

/**
 * "Our cluster says ImagePullBackOff. … Which piece stores the images?": a term we do not cover, named
 * only in the story before the question, is part of the story. The question, read with the concepts the
 * story names, is what is asked, when it finds an answer.
 */
export function beyondStory(index: LookupIndex, text: string, found: Extract<LookupResult, { status: 'outside' }>): LookupResult | undefined {
  const last = askedLast(text) ?? askedAfterDash(index, text);
  if (last === undefined || saysAny(last, [found.term.term, ...found.term.aliases, found.term.id.replace(/-/g, ' ')])) return undefined;
  // "we use podman. is docker better?": still about the term.
  if (SETS_AGAINST.test(last) || !usesNameWord(index, last)) return undefined;
  const story = toldAround(text, last)?.before ?? '';
  const named = namedWithin(index, story);
  // "we use helm. how does it deploy pods?": "it" is the term, unless the story names a concept it may stand for.
  if (named.length === 0 && POINTS_BACK_ONLY.test(last)) return undefined;
  const names = named.map((c) => terms(ownWords(index.concepts[c] as Concept)).join(' '));
  const asked = rank(index, names.length === 0 ? last : `${last} ${names.join(' ')}`);
  return asked.status === 'answer' ? asked : undefined;
}

/** A spaced dash between what is told and what is asked: "we run nomad today *—* how does the kubelet start containers?". */
const DASH = /\s[-—–]+\s/;

/**
 * "we run nomad today — how does the kubelet start containers?": after a spaced dash, a question that names a concept
 * of ours by its name and leans on nothing before it ("it", "they") is asked on its own; what is told before the dash
 * is its setting. Not a question that names nothing ("helm charts — should every service get its own?"): then the
 * words before the dash are its subject.
 */
function askedAfterDash(index: LookupIndex, text: string): string | undefined {
  if (!DASH.test(text)) return undefined;
  const asked = text.split(DASH).pop() as string;
  return OPENS_QUESTION.test(asked) && !POINTS_BACK_ONLY.test(asked) && namedWithin(index, asked).length > 0 ? asked : undefined;
}

/**
 * "our shop sells bikes online and the lead read about swarm. is it hard to run?": a situation told in
 * sentences, then the question. The situation's details drown the question; its subject (the names it
 * uses) is what "it" stands for. Read as the question plus those names, when the whole was not understood.
 */
export function lastQuestion(index: LookupIndex, text: string): LookupResult | undefined {
  const asked = askedLast(text);
  if (asked === undefined) return undefined;
  // A word foreign to us in the question itself ("how do I repot a cactus?") says it is about something
  // else: the names of the situation must not outweigh it.
  const result = rank(index, hasStray(index, asked) ? asked : withNamesOf(index, text.replace(asked, ' '), asked));
  return result.status === 'answer' ? result : undefined;
}

export function hasStray(index: LookupIndex, text: string): boolean {
  return readWords(index, rejoin(index, terms(text))).some((w) => !isFiller(w.term) && w.chat !== true && isStray(w));
}

/** The question with the names used in the text around it, which its "it" and "the" may stand for. */
export function withNamesOf(index: LookupIndex, around: string, question: string): string {
  const names = [...new Set(terms(around).filter((t) => index.nameTerms.has(t)))];
  return names.length === 0 ? question : `${question} ${names.join(' ')}`;
}
