// Comparisons: "x vs y", "difference between x and y" (a guess or a likeness, "isn't x just a y": likeness.ts).

import { LEAD_WORDS } from '../chat-words.js';
import type { Concept, OutsideTerm } from '../content/schema.js';
import { namesOf, pairKey, type LookupIndex } from './lookup-index.js';
import { COMPARISON_SPLIT, DIFFERENCE_OF, isFiller, singular, terms } from './normalize.js';
import { names, namesConcept, namedWithin, rawWords, saysAny } from './naming.js';
import { rank } from './rank.js';
import { entryOf, resultFor, type LookupResult } from './result.js';

/** The confidence of a concept answering for a term its text speaks of, when its side alone ranks another first. */
const BESIDE_SCORE = 0.6;

/** A word ranked alone this surely is a name, typed whole or with a slip (rank's tier 1 after mending). */
export const MENDED_NAME = 0.95;

/** The words before a setting: "*service discovery* in docker". */
const SUBJECT_IN = /^(.+?)\s(?:in|on|with|for|across|inside|within|under)\s/;

/** The subject of "is x a …": "is *docker* a platform". */
const IS_A_KIND = /^\s*(?:so\s+)?(?:is|are|isn'?t|aren'?t)\s+(.+?)\s+(?:a|an|just a|just an|more of a|more like a|basically a)\s/;

/** What a claim says x is: "(that) *x* is a y", "*x* is part of y". */
const CLAIMED_KIND = /^\s*(?:that\s+)?(.+?)\s+(?:is|are)\s+(?:(?:just|basically|really|simply)\s+)?(?:a|an|part\s+of|one\s+of)\s/;

/** Another guess at the same thing after "or": "or *rather* …", "or *is it* …", "or *are they* …". */
const OTHER_GUESS = /^\s*(?:rather\b|(?:is|are)\s+(?:it|they)\b)/;

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
  // "that the kubelet is a control-plane component, or is it rather a node agent?": a claim about x, then what x might be
  // instead ("or rather …", "or is it …"): both are guesses about x, the thing asked about.
  const claim = diff || !OTHER_GUESS.test(sides[1] ?? '') ? undefined : CLAIMED_KIND.exec(sides[0] ?? '')?.[1];
  if (claim !== undefined) {
    const subject = side(index, claim, 'end');
    if (subject.status === 'answer' && names(claim, subject)) return { ...subject, score: whole.status === 'answer' && whole.concept === subject.concept ? whole.score : ABOUT_SCORE };
  }
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
  const before = words.slice(0, first.at).filter((w) => !OPENING_CHAT.has(w));
  if (before.some((w) => SETTING_WORDS.has(w)) || before.length > 2) return undefined;
  return index.concepts[first.entry];
}

/** Words before a pair's first name that say nothing of the question: articles and the shared lead words. */
const OPENING_CHAT: ReadonlySet<string> = new Set(['the', 'a', 'an', ...LEAD_WORDS]);

/** Whether a concept's own text (summary, body, deeper parts) speaks of an outside term by one of its names. */
function speaksOf(concept: Concept, term: OutsideTerm): boolean {
  const text = [concept.summary, concept.body, ...Object.values(concept.deeper ?? {})].join(' ');
  return saysAny(text, [term.term, ...term.aliases]);
}

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
