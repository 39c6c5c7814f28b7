// Guesses and likenesses: "isn't x just a y", "x is like a y", "x is basically y, right?".

import type { Concept } from '../content/schema.js';
import { pairKey, type LookupIndex } from './lookup-index.js';
import { isFiller, terms } from './normalize.js';
import { names, namedWithin } from './naming.js';
import { MENDED_NAME, side } from './compare.js';
import { entryOf, type LookupResult } from './result.js';

// The word lists the patterns below share, written once so the guesses, the claims and the likenesses keep one vocabulary.

/** The hedges of a guess: "is x *just* a y", "x is *basically* y". */
/** Words that hedge a likeness ("x is *basically* a y"); the conversation's reading of "its basically …" uses them too. */
export const HEDGE_WORDS = ['just', 'simply', 'basically', 'merely', 'essentially'];
const HEDGES = HEDGE_WORDS.join('|');

/** "*kind of* a y", "*sort of* a y". */
const KIND_OF = String.raw`(?:kind|sort)\s+of`;

/** The words that liken one thing to another, past "like" itself: "*similar to* a y", "*the same as* a y". */
const LIKENED_TO = String.raw`similar\s+to|akin\s+to|comparable\s+to|equivalent\s+to|the\s+same\s+as`;

/** Not a thing after the hedge: "is docker just *for* devs", "… basically *used* to …" say what x is for, not what it is. */
const NOT_A_THING_AFTER = String.raw`(?!(?:for|about|to|in|on|at|with|by|from|used|needed|meant)\b)`;

/** "isn't *x* just *a y*", "is *x* basically *y*": a guess about what x is ("is docker just for devs" is about its use). */
const JUST_A = new RegExp(String.raw`^\s*(?:so\s+)?(?:is|are|isn'?t|aren'?t)\s+(.+?)\s+(?:${HEDGES}|${KIND_OF}|(?:just\s+)?like|${LIKENED_TO})\s+${NOT_A_THING_AFTER}(.+)$`);

/** "kubelet is like a foreman …", "image = blueprint, …": the same guess told, asking whether it holds. */
const LIKENED = new RegExp(String.raw`^\s*(?:so\s+)?(.+?)\s+(?:(?:is|are)\s+(?:just\s+|basically\s+|kind\s+of\s+|sort\s+of\s+)?(?:like|${LIKENED_TO})|=)\s+(.+)$`);

/** "swarm is basically nomad lite, correct?": the guess told as a claim, to be confirmed. */
const CLAIMED_JUST = new RegExp(String.raw`^\s*(?:so\s+)?(.+?)\s+(?:is|are)\s+(?:${HEDGES})\s+${NOT_A_THING_AFTER}(.+)$`);

/** The words that liken one thing to another, rather than guess what it is. */
const LIKENESS = new RegExp(String.raw`\b(?:like|${LIKENED_TO}|${KIND_OF})\b|=`);

/** At most this many words (filler aside) name the thing guessed about. */
const MAX_GUESSED = 3;

/**
 * "are images just zip files": the guess is about x, the thing named before "just";
 * what it is likened to only says which way the asker leans. When the page comparing the two exists
 * ("isn't kubernetes simply a bigger docker"), that page. None when x names nothing it finds.
 */
export function justAnother(index: LookupIndex, text: string, whole: LookupResult): LookupResult | undefined {
  // "coming from vms: is an image basically a golden disk?": the guess may follow a setting told before a colon or dash.
  const after = /^.*(?:[:;]|\s[-—–]+)\s+(.+)$/.exec(text)?.[1];
  const guess = JUST_A.exec(text) ?? LIKENED.exec(text) ?? (after === undefined ? null : JUST_A.exec(after)) ?? (whole.status === 'outside' ? null : claimedLikeness(index, text));
  if (guess?.[1] === undefined || guess[2] === undefined) return undefined;
  // "is *it wise to adopt swarm* just because …": a clause, not a thing named.
  if (/^(?:it|that|this|there)\b/.test(guess[1]) || terms(guess[1]).filter((t) => !isFiller(t)).length > MAX_GUESSED) return undefined;
  // "is a pod in a *greenhouse* the same as …": a real word foreign to us says the thing guessed about is not ours.
  if (terms(guess[1]).some((t) => !isFiller(t) && !index.postings.has(t) && index.everyday.has(t))) return undefined;
  const subject = side(index, guess[1], 'end');
  // "is a raft like a boat": a likeness between everyday words only, none of them ours on the other side, is about everyday things.
  if (subject.status === 'answer' && LIKENESS.test(guess[0]) && plainName(index, guess[1]) && !terms(guess[2]).some((t) => !isFiller(t) && (index.postings.has(t) || !index.everyday.has(t)))) return undefined;
  // Named as typed, or with a slip mended ("is a kubernetes sevrice roughly …").
  const named = subject.status === 'answer' && (names(guess[1], subject) || subject.score >= MENDED_NAME);
  if (subject.status !== 'answer' || !named || (whole.status === 'answer' && whole.concept === subject.concept)) return undefined;
  const a = entryOf(index, subject.concept);
  for (const b of namedWithin(index, guess[2])) {
    const pair = index.comparisons.get(pairKey(a, b));
    if (pair !== undefined) return { status: 'answer', concept: index.concepts[pair] as Concept, score: 1 };
  }
  return subject;
}

/**
 * The claim only when what x is likened to is a thing: its head noun, past the article and adjectives, is a word our pages
 * use ("an operating system", "a zip file") or a word of the trade ("a vm", "chroot"), or it names one of ours ("a bigger
 * docker"). "kubernetes is basically overkill for us", "… a waste of time", "… a nightmare to upgrade" judge x instead, and
 * are read as a whole. Likened to a term we do not cover ("a pod is just a helm release?"), the term is the subject, as in
 * a question: its reply offers the topics nearest it.
 */
function claimedLikeness(index: LookupIndex, text: string): RegExpExecArray | null {
  const claim = CLAIMED_JUST.exec(text);
  if (claim?.[2] === undefined) return null;
  const words = terms(claim[2].split(/[,;:?!.]/)[0] ?? '');
  // Without an article, "overkill", "chroot": the first word says whether it is a word of the trade.
  const article = words[0] === 'a' || words[0] === 'an';
  const head = article ? headNoun(words.slice(1)) : words[0];
  if (head === undefined) return null;
  return (article && index.postings.has(head)) || !index.everyday.has(head) || namedWithin(index, claim[2]).length > 0 ? claim : null;
}

/** The last word before the first small word: "a *waste* of time", "a big security *risk*", "a zip *file*". */
function headNoun(words: string[]): string | undefined {
  const to = words.findIndex((w) => isFiller(w));
  return words.slice(0, to < 0 ? undefined : to).at(-1);
}

/** Whether a thing is named only by everyday English words ("a raft", "a container"), not by a word of the trade ("etcd"). */
function plainName(index: LookupIndex, text: string): boolean {
  return terms(text).filter((t) => !isFiller(t)).every((t) => index.everyday.has(t));
}
