import { BoundedCache } from '../bounded-cache.js';
import type { LookupIndex } from './lookup-index.js';
import { isContextMarker, isFiller, singular, unstretched } from './normalize.js';
import { isComparative, isMannerAdverb } from './everyday-english.js';
import { basesOf } from './inflection.js';
import { synonymOf } from './synonyms.js';
import { FRAMING_WORDS } from './formal-english.js';
import { QUESTION_WORDS } from './question-words.js';

/** Words of the setting ("in docker") count this much. */
export const CONTEXT_WEIGHT = 0.5;
/** A word read as one chat uses for ours ("tiny" as "small"): below what names a concept (find-names.ts). */
const SYNONYM = 0.8;
/** A word read as another of its family ("coordination" as "coordinating"). */
const FAMILY = 0.9;

export interface Term {
  term: string;
  /** 1 as typed, less when corrected, 0 when the knowledge base has never seen it. */
  similarity: number;
  /** After "in", "on", "with"…: the setting of the question rather than its subject. */
  context: boolean;
  /** Not a word of ours but two words run together ("eachother"). */
  joined?: boolean;
  /**
   * An everyday word the knowledge base does not use as typed: a comparative ("fancier"), or one read as
   * a word of ours ("tiny" as "small"). Never an unseen subject, and half a stray when asking whether
   * the question is about something else.
   */
  everyday?: boolean;
  /** As typed, when read as another word of its family: a slip in a name ("api sever") is still checked against the name. */
  typed?: string;
  /** Not a word of ours but chat all the same ("intuitively", "loosely"): dropped like filler. */
  chat?: boolean;
  /** In a sentence told around the question ("we run three servers. what is a node?"): context too (rank.ts). */
  told?: boolean;
}

/** Each word as the knowledge base knows it: as typed, in its base form, corrected, or not at all. */
export function readWords(index: LookupIndex, all: readonly string[]): Term[] {
  let context = false;
  let subject = false;
  // A loop and objects built field by field, not flatMap and spreads: this runs on every word of every question.
  const out: Term[] = [];
  for (let at = 0; at < all.length; at++) {
    const t = all[at] as string;
    // "what is *inside* a pod": a marker before any word of substance opens the subject, not the
    // setting; only a question's first word ("in k8s, what …") or one after its subject does.
    if (isContextMarker(t) && (at === 0 || subject)) context = true;
    // "on a worker node, *what* starts the containers": a question word after the setting opens the subject.
    else if (context && QUESTION_WORDS.has(t)) context = false;
    const filler = isFiller(t);
    if (!filler) subject = true;
    if (filler || index.postings.has(t)) {
      out.push(shaped({ term: t, similarity: 1 }, context));
      continue;
    }
    const read = readingOf(index, t);
    if (Array.isArray(read)) for (const r of read) out.push(shaped(r, context));
    else out.push(shaped(read, context));
  }
  return out;
}

/**
 * A word read, with every field present and in one order, whichever are set: V8 then reads every word of every
 * question through one hidden class. Words built with only the fields they use came in six shapes, and the
 * name finder reads two fields of a word for each of the hundreds of names a common word stands in.
 */
function shaped(read: Reading, context: boolean): Term {
  return { term: read.term, similarity: read.similarity, context, joined: read.joined, everyday: read.everyday, typed: read.typed, chat: read.chat, told: read.told };
}

/** How a word not ours as typed is read: the same whatever the question, so worked out once per word. */
type Reading = Omit<Term, 'context'>;

// Bounded: a flood of distinct nonsense must not grow memory without limit. Per index, so a rebuilt
// knowledge base never reads a word by another one's vocabulary.
const readings = new WeakMap<LookupIndex, BoundedCache<string, Reading | Reading[]>>();

function readingOf(index: LookupIndex, t: string): Reading | Reading[] {
  let cache = readings.get(index);
  if (!cache) readings.set(index, (cache = new BoundedCache(10_000)));
  const known = cache.get(t);
  if (known) return known;
  const read = readFresh(index, t);
  cache.set(t, read);
  return read;
}

function readFresh(index: LookupIndex, t: string): Reading | Reading[] {
  // A letter held down in chat ("sooo", "podsss", "pleeease"): read with the run as one letter, else as two.
  const plain = unstretched(t);
  if (plain) {
    for (const form of plain) if (isFiller(form) || index.postings.has(form)) return { term: form, similarity: 0.95 };
    return readingOf(index, plain[1]);
  }
  // A word chat uses for one of ours ("tiny" for "small") is that word, a little less surely.
  const same = synonymOf(t, (w) => index.postings.has(w));
  if (same !== undefined) return { term: same, similarity: SYNONYM, everyday: true };
  const base = baseForm(index, t);
  if (base !== undefined) return { term: base, similarity: 0.95 };
  // Another form of one of our words ("coordination" beside "coordinating") is that word, when a concept
  // uses it: a word only an outside term's name uses ("computing" of seccomp) would bend "computer".
  const kin = index.kin(t);
  if (kin !== undefined && conceptUses(index, kin)) return { term: kin, similarity: FAMILY, typed: t };
  // "explain it *intuitively*", "loosely speaking": how to answer, not what about; chat like "basically".
  if (isMannerAdverb(t, (w) => index.postings.has(w))) return { term: t, similarity: 0, chat: true };
  // "at a *conceptual* level", "*insofar* as": formal prose framing the question, chat the same way.
  if (FRAMING_WORDS.has(t)) return { term: t, similarity: 0, chat: true };
  // A real word that is not ours ("wooden", "squid") is never bent into one of ours.
  if (index.everyday.has(t)) return { term: t, similarity: 0 };
  if (isComparative(t)) return { term: t, similarity: 0, everyday: true };
  // `singular` may have cut a final "s" off a slip ("deos" is "deo" by now): try it with the "s" back.
  const fixed = index.correct(t) ?? index.correct(`${t}s`);
  if (fixed) return { term: fixed.term, similarity: fixed.similarity };
  // Two of our words run together ("usecases", "loadbalancer") are read as the two.
  const parts = splitJoined(index, t);
  if (parts) return parts.map((term) => ({ term, similarity: 0.9 }));
  return { term: t, similarity: 0, joined: isJoined(index, t) };
}

/**
 * A name or a word of ours typed in two pieces ("etc d", "light-weight"): joined back when one piece
 * is no word of ours or a stray letter, so "api server" stays two words.
 */
export function rejoin(index: LookupIndex, words: readonly string[]): string[] {
  let out: string[] | undefined;
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i] as string, words[i + 1] as string];
    const joined = a + b;
    // "mess up", "screwed up": a phrasal verb chat uses for a word of ours is one word, never the noun alone ("a mess").
    const phrasal = synonymOf(joined, (w) => index.postings.has(w)) !== undefined;
    // "over-engineering", "dead-simple": a word some concept explains, typed with a hyphen or a space, is that word too.
    if (!phrasal && !index.nameTerms.has(joined) && !index.explained.has(joined)) continue;
    const loose = (w: string): boolean => w.length <= 2 || !index.explained.has(w);
    if (!phrasal && !loose(a) && !loose(b)) continue;
    // "give *a ci* bot …" is no "aci": a word every sentence uses ("a", "in", "the") is never a piece of a name; a stray
    // letter ("etc d") or a contraction's ("s") may be.
    if (WHOLE_WORD(a) || WHOLE_WORD(b)) continue;
    out ??= [...words];
    out.splice(i - (words.length - out.length), 2, joined);
  }
  return out ?? [...words];
}

/** A filler that is always a word of its own, never a piece of another: "a", "in", "the"; not "d" or "s". */
const WHOLE_WORD = (w: string): boolean => isFiller(w) && (w.length >= 2 || w === 'a') && !CONTRACTION_PIECES.has(w);
/** What a contraction leaves when its apostrophe goes: "we'll" is "we" and "ll". */
const CONTRACTION_PIECES: ReadonlySet<string> = new Set(['ll', 're', 've']);

/** The two words of ours a word is made of, when there is exactly one such cut. */
function splitJoined(index: LookupIndex, term: string): [string, string] | undefined {
  let found: [string, string] | undefined;
  for (let cut = 3; cut <= term.length - 3; cut++) {
    const left = term.slice(0, cut);
    if (!index.postings.has(left)) continue;
    // The second word inflected or with a doubled last letter ("usecasess") is still ours.
    const rest = term.slice(cut);
    const right = [singular(rest), singular(rest.replace(/(.)\1$/, '$1'))].find((r) => index.postings.has(r)) ?? baseForm(index, rest);
    if (right === undefined) continue;
    if (found) return undefined;
    found = [left, right];
  }
  return found;
}

function conceptUses(index: LookupIndex, term: string): boolean {
  for (const entry of index.postings.get(term)?.keys() ?? []) if (entry < index.concepts.length) return true;
  return false;
}

/** "used", "deleting", "schedules": the form the knowledge base has, when it has one. */
function baseForm(index: LookupIndex, term: string): string | undefined {
  // "vms", "ips": `singular` leaves three letters alone ("bus"), so the plural of a two-letter word of ours is read here.
  if (term.length === 3 && term.endsWith('s')) return index.postings.has(term.slice(0, 2)) ? term.slice(0, 2) : undefined;
  if (term.length < 4) return undefined;
  return basesOf(term, ['ing', 'ed', 'es', 'er', 'ly', 'd', 's']).find((stem) => index.postings.has(stem));
}

/**
 * Two known words typed as one ("eachother", "ofcourse") are not an unseen subject. Two pieces of two
 * letters ("ok" and "ta") are not: spoken-English lists hold most pairs of letters, so a short name
 * ("okta") would always pass for two words.
 */
function isJoined(index: LookupIndex, term: string): boolean {
  const known = (part: string): boolean => index.postings.has(part) || index.everyday.has(part);
  if (term.length < 5) return false;
  for (let cut = 2; cut <= term.length - 2; cut++) if (known(term.slice(0, cut)) && known(term.slice(cut))) return true;
  return false;
}

/** A word the knowledge base has never seen, long enough to mean something and not a number. */
export function isStray(word: Term): boolean {
  return word.similarity === 0 && word.term.length >= 3 && !/\d/.test(word.term);
}
