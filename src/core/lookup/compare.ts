// Comparisons and guesses: "x vs y", "difference between x and y", "isn't x just a y".

import type { Concept, OutsideTerm } from '../content/schema.js';
import { namesOf, pairKey, type LookupIndex } from './lookup-index.js';
import { COMPARISON_SPLIT, DIFFERENCE_OF, isFiller, singular, terms } from './normalize.js';
import { names, namesConcept, namedWithin, rawWords, saysAny } from './naming.js';
import { rank } from './rank.js';
import { entryOf, resultFor, type LookupResult } from './result.js';

/** The confidence of a concept answering for a term its text speaks of, when its side alone ranks another first. */
const BESIDE_SCORE = 0.6;

/** A word ranked alone this surely is a name, typed whole or with a slip (rank's tier 1 after mending). */
const MENDED_NAME = 0.95;

/** The words before a setting: "*service discovery* in docker". */
const SUBJECT_IN = /^(.+?)\s(?:in|on|with|for|across|inside|within|under)\s/;

/** The subject of "is x a …": "is *docker* a platform". */
const IS_A_KIND = /^\s*(?:so\s+)?(?:is|are|isn'?t|aren'?t)\s+(.+?)\s+(?:a|an|just a|just an|more of a|more like a|basically a)\s/;

/** A side that names nothing but leaves the thing open: "… or *something* else", "… or another thing". */
const VAGUE_SIDE = /^\s*(?:something|some\s+other|another|anything|someone|somebody)\b/;

/** "x vs y", "difference between x and y": the comparison concept for the pair, else the first named. */
export function compare(index: LookupIndex, text: string, whole: LookupResult): LookupResult | undefined {
  const same = sameAskedOfTwo(index, text);
  if (same !== undefined) return same;
  const diff = DIFFERENCE_OF.exec(text);
  const sides = diff ? [diff[1] ?? '', diff[2] ?? ''] : text.split(COMPARISON_SPLIT);
  if (sides.length !== 2) return undefined;
  // "containers, or something wrapping them": one thing named and a guess left open is no comparison; the whole says which.
  if (!diff && VAGUE_SIDE.test(sides[1] ?? '')) return undefined;
  // "does the kubelet live on the masters or on every worker": the alternatives are about the thing named first.
  const asked = diff ? undefined : askedAbout(index, text, sides[0] ?? '');
  if (asked !== undefined) return { status: 'answer', concept: asked, score: whole.status === 'answer' && whole.concept === asked ? whole.score : ABOUT_SCORE };
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
    const a = entryOf(index, left.concept);
    const b = entryOf(index, right.concept);
    const pair = index.comparisons.get(pairKey(a, b));
    if (pair !== undefined) return { status: 'answer', concept: index.concepts[pair] as Concept, score: 1 };
    // No concept compares the two: the question as a whole may still name its subject ("… in docker swarm").
    return whole.status === 'answer' && whole.concept !== right.concept ? whole : left;
  }
  if (left.status === 'answer' && right.status === 'unknown') return whole.status === 'unknown' ? whole : left;
  return undefined;
}

/** The confidence of a concept answering for the alternatives offered about it ("x: a or b?"). */
const ABOUT_SCORE = 0.7;

/** Words after which a name is the setting, not what the question is about: "*in* kubernetes, is a pod or a container …". */
const SETTING_WORDS: ReadonlySet<string> = new Set('in on with for using inside within under across from to into than'.split(' '));

/**
 * "does the kubelet live on the masters or on every worker", "is the scheduler inside the kubelet or part of
 * the control plane", "kubelet - does it schedule pods or just run them":
 * alternatives offered with "or" about a concept named before the first of them, at the question's start. That
 * concept is what is asked about; the alternatives (a place, a part, a job) are the choices for it. Only with
 * "or" alone, never "vs", and only when the left side names two concepts, the first not a setting ("in k8s, …").
 */
function askedAbout(index: LookupIndex, text: string, left: string): Concept | undefined {
  if (!/\bor\b/.test(text) || /\b(?:vs|versus|compared|against)\b/.test(text)) return undefined;
  const words = rawWords(left).filter((w) => w !== '').map(singular);
  const found: Array<{ at: number; end: number; entry: number }> = [];
  for (let at = 0; at < words.length; at++) {
    for (let length = Math.min(4, words.length - at); length > 0; length--) {
      const hit = index.exact.get(words.slice(at, at + length).join(' '));
      if (hit === undefined || hit >= index.concepts.length) continue;
      found.push({ at, end: at + length, entry: hit });
      at += length - 1;
      break;
    }
  }
  const [first, ...rest] = found;
  const next = rest.find((f) => f.entry !== first?.entry);
  if (first === undefined || next === undefined) return undefined;
  // A word of substance between the two ("the kubelet *live* on the masters"): "pods and nodes … or" is a pair, "swarm autoscale" one thing.
  if (!words.slice(first.end, next.at).some((w) => !isFiller(w))) return undefined;
  // Only what opens the question: a question word, an auxiliary or the name itself before it, and no setting word.
  const before = words.slice(0, first.at).filter((w) => !['the', 'a', 'an', 'so', 'ok', 'and', 'but'].includes(w));
  if (before.some((w) => SETTING_WORDS.has(w)) || before.length > 2) return undefined;
  return index.concepts[first.entry];
}

/** Whether a concept's own text (summary, body, deeper parts) speaks of an outside term by one of its names. */
function speaksOf(concept: Concept, term: OutsideTerm): boolean {
  const text = [concept.summary, concept.body, ...Object.values(concept.deeper ?? {})].join(' ');
  return saysAny(text, [term.term, ...term.aliases]);
}

/** "isn't *x* just *a y*", "is *x* basically *y*": a guess about what x is ("is docker just for devs" is about its use). */
const JUST_A = /^\s*(?:so\s+)?(?:is|are|isn'?t|aren'?t)\s+(.+?)\s+(?:just|simply|basically|merely|essentially|(?:kind|sort)\s+of|(?:just\s+)?like|similar\s+to|akin\s+to|comparable\s+to|equivalent\s+to|the\s+same\s+as)\s+(?!(?:for|about|to|in|on|at|with|by|from|used|needed|meant)\b)(.+)$/;

/** "kubelet is like a foreman …", "image = blueprint, …": the same guess told, asking whether it holds. */
const LIKENED = /^\s*(?:so\s+)?(.+?)\s+(?:(?:is|are)\s+(?:just\s+|basically\s+|kind\s+of\s+|sort\s+of\s+)?(?:like|similar\s+to|akin\s+to|comparable\s+to|equivalent\s+to|the\s+same\s+as)|=)\s+(.+)$/;

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

/** "swarm is basically nomad lite, correct?": the guess told as a claim, to be confirmed. */
const CLAIMED_JUST = /^\s*(?:so\s+)?(.+?)\s+(?:is|are)\s+(?:just|simply|basically|merely|essentially)\s+(?!(?:for|about|to|in|on|at|with|by|from|used|needed|meant)\b)(.+)$/;

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

/** The words that liken one thing to another, rather than guess what it is. */
const LIKENESS = /\b(?:like|similar\s+to|akin\s+to|comparable\s+to|equivalent\s+to|the\s+same\s+as|(?:kind|sort)\s+of)\b|=/;

/** Whether a thing is named only by everyday English words ("a raft", "a container"), not by a word of the trade ("etcd"). */
function plainName(index: LookupIndex, text: string): boolean {
  return terms(text).filter((t) => !isFiller(t)).every((t) => index.everyday.has(t));
}

/** At most this many words (filler aside) name the thing guessed about. */
const MAX_GUESSED = 3;

/**
 * One side of a comparison. The thing compared sits next to the "vs": at the end of the left side
 * ("so what is a pod vs …") and the start of the right ("… docker, which one?").
 */
export function side(index: LookupIndex, text: string, anchor: 'start' | 'end'): LookupResult {
  const words = terms(text).filter((t) => !isFiller(t));
  for (let length = Math.min(words.length, 4); length > 0; length--) {
    const part = anchor === 'start' ? words.slice(0, length) : words.slice(words.length - length);
    const hit = index.exact.get(part.join(' '));
    if (hit !== undefined) return resultFor(index, hit, 1);
  }
  // A slip in the name next to the "vs" ("dockr vs kubernets which one …"): that word, mended, when it is a name.
  const next = anchor === 'start' ? words[0] : words[words.length - 1];
  if (next !== undefined && words.length > 1 && !index.postings.has(next)) {
    const mended = rank(index, next);
    if (mended.status === 'answer' && mended.score >= MENDED_NAME) return mended;
  }
  return rank(index, text);
}

/** The word a text opens with. */
const FIRST_WORD = /^\s*([a-z0-9]+)/;

/** Where a question may be asked a second time: after "and", "vs", a comma or a semicolon. */
const SECOND_ASKING = /,?\s+(?:and|vs|versus|while)\s+|\s*[,;]\s*(?:and\s+)?/g;

/**
 * "what job does docker do, and what job does kubernetes do": one question asked word for word of two names (joined by
 * "and", "vs", a comma) compares them, whatever it asks; the page comparing the two, when there is one. None otherwise.
 */
function sameAskedOfTwo(index: LookupIndex, text: string): LookupResult | undefined {
  // Asked again, the question opens again with its first word: most texts are spared the rest.
  const first = FIRST_WORD.exec(text)?.[1];
  if (first === undefined || !text.includes(` ${first} `)) return undefined;
  for (const at of text.matchAll(SECOND_ASKING)) {
    const left = text.slice(0, at.index);
    const right = text.slice(at.index + at[0].length);
    if (!right.startsWith(`${first} `)) continue;
    const [a, ...moreLeft] = namedWithin(index, left);
    const [b, ...moreRight] = namedWithin(index, right);
    if (a === undefined || b === undefined || a === b || moreLeft.length > 0 || moreRight.length > 0) continue;
    if (asked(left, index.concepts[a] as Concept) !== asked(right, index.concepts[b] as Concept)) continue;
    const pair = index.comparisons.get(pairKey(a, b));
    return pair === undefined ? undefined : { status: 'answer', concept: index.concepts[pair] as Concept, score: 1 };
  }
  return undefined;
}

/** What a clause asks of the concept it names: its words with that name's taken out ("what problem does _ solve"). */
function asked(clause: string, concept: Concept): string {
  const own = new Set(namesOf(concept).flatMap((n) => terms(n)));
  return terms(clause).filter((t) => !own.has(t)).join(' ');
}
