import { BoundedCache } from '../bounded-cache.js';
import { editDistance } from './edit-distance.js';
import { isOutside, type LookupIndex } from './lookup-index.js';
import { isContextMarker, isFiller, singular } from './normalize.js';
import { synonymOf } from './synonyms.js';
import { isComparative } from './everyday-english.js';

/** Words of the setting ("in docker") count this much. */
export const CONTEXT_WEIGHT = 0.5;
/** A corrected word at least this close still names what it was corrected to. */
const TYPED_NAME = 0.85;
const QUESTION_WORDS = new Set(['what', 'whats', 'which', 'who', 'whos', 'how', 'hows', 'why', 'where', 'when']);
/** A word read as one chat uses for ours ("tiny" as "small"): below TYPED_NAME, so it never names a concept. */
const SYNONYM = 0.8;
/** A word read as another of its family ("coordination" as "coordinating"). */
const FAMILY = 0.9;
/** Naming a concept in full inside the question (tier 2). */
const PHRASE_BONUS = 2;

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
}

/** Each word as the knowledge base knows it: as typed, in its base form, corrected, or not at all. */
export function readWords(index: LookupIndex, all: readonly string[]): Term[] {
  let context = false;
  let subject = false;
  return all.flatMap((t, at): Term | Term[] => {
    // "what is *inside* a pod": a marker before any word of substance opens the subject, not the
    // setting; only a question's first word ("in k8s, what …") or one after its subject does.
    if (isContextMarker(t) && (at === 0 || subject)) context = true;
    // "on a worker node, *what* starts the containers": a question word after the setting opens the subject.
    else if (context && QUESTION_WORDS.has(t)) context = false;
    if (!isFiller(t)) subject = true;
    if (isFiller(t) || index.postings.has(t)) return { term: t, similarity: 1, context };
    const read = readingOf(index, t);
    return Array.isArray(read) ? read.map((r) => ({ ...r, context })) : { ...read, context };
  });
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
  // A word chat uses for one of ours ("tiny" for "small") is that word, a little less surely.
  const same = synonymOf(t, (w) => index.postings.has(w));
  if (same !== undefined) return { term: same, similarity: SYNONYM, everyday: true };
  const base = baseForm(index, t);
  if (base !== undefined) return { term: base, similarity: 0.95 };
  // Another form of one of our words ("coordination" beside "coordinating") is that word.
  const kin = index.kin(t);
  if (kin !== undefined) return { term: kin, similarity: FAMILY, typed: t };
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
 * A name of ours typed in two pieces ("etc d", "kube let"): joined back when one piece is no word
 * of ours or a stray letter, so "api server" stays two words.
 */
export function rejoin(index: LookupIndex, words: readonly string[]): string[] {
  let out: string[] | undefined;
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i] as string, words[i + 1] as string];
    const joined = a + b;
    if (!index.nameTerms.has(joined)) continue;
    const loose = (w: string): boolean => w.length <= 2 || !index.explained.has(w);
    if (!loose(a) && !loose(b)) continue;
    out ??= [...words];
    out.splice(i - (words.length - out.length), 2, joined);
  }
  return out ?? [...words];
}

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

/** "used", "deleting", "schedules": the form the knowledge base has, when it has one. */
function baseForm(index: LookupIndex, term: string): string | undefined {
  if (term.length < 4) return undefined;
  const stems: string[] = [];
  for (const suffix of ['ing', 'ed', 'es', 'er', 'ly', 'd', 's']) {
    // Four letters only lose a final "d" or "s" ("used" is "use"; "tiny" is not "tin").
    if (!term.endsWith(suffix) || (term.length < 5 && suffix.length > 1)) continue;
    const stem = term.slice(0, -suffix.length);
    stems.push(stem, `${stem}e`);
    // "stopped", "running": a doubled last consonant.
    if (stem.length > 3 && stem[stem.length - 1] === stem[stem.length - 2]) stems.push(stem.slice(0, -1));
  }
  return stems.find((stem) => stem.length >= 3 && index.postings.has(stem));
}

/** Two known words typed as one ("eachother") are not an unseen subject. */
function isJoined(index: LookupIndex, term: string): boolean {
  const known = (part: string): boolean => index.postings.has(part) || index.everyday.has(part);
  for (let cut = 2; cut <= term.length - 2; cut++) if (known(term.slice(0, cut)) && known(term.slice(cut))) return true;
  return false;
}

/** A word the knowledge base has never seen, long enough to mean something and not a number. */
export function isStray(word: Term): boolean {
  return word.similarity === 0 && word.term.length >= 3 && !/\d/.test(word.term);
}

/** Whether a concept (not an outside term) lists the word as a name, keyword, asked word or summary word. */
function conceptsExplain(index: LookupIndex, term: string): boolean {
  for (const [entry, field] of index.postings.get(term) ?? []) if (field >= 1 && !isOutside(index, entry)) return true;
  return false;
}

/** An unfinished or misspelt word of a multi-word name still completes it when the rest is exact ("api servr"). */
function fuzzyEqual(typed: Term, wanted: string): boolean {
  if (typed.term === wanted) return true;
  if (typed.similarity >= 1 || wanted.length < 4) return false;
  return [typed.term, typed.typed].some((t) => t !== undefined && t.length >= 4 && editDistance(t, wanted, 1) <= 1);
}

/**
 * Whether the name's words stand in `seq` from `start`, slips allowed, and one word in another form of
 * its family ("stay on docker too long" names "staying on docker too long"). A loop, not `every`: a
 * common word ("docker") is in a hundred names.
 */
function standsAt(name: readonly string[], seq: readonly Term[], start: number): boolean {
  let other = -1;
  for (let k = 0; k < name.length; k++) {
    const typed = seq[start + k] as Term;
    const wanted = name[k] as string;
    // Most names fail on a word typed as it is: no edit distance for those.
    if (typed.term === wanted) continue;
    if (typed.similarity < 1 && wanted.length >= 4 && fuzzyEqual(typed, wanted)) continue;
    if (other >= 0) return false;
    other = k;
  }
  // Checked only for the one word left, once the rest of the name stands.
  return other < 0 || sameFamily((seq[start + other] as Term).term, name[other] as string);
}

/**
 * "staying" and "stay", "rolled" and "roll", "making" and "make", "running" and "run": one word
 * inflected, not two of a family ("controller" is not "control").
 */
function sameFamily(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 3) return false;
  const ending = /(?:ing|ed)$/.exec(long);
  if (!ending) return false;
  const stem = long.slice(0, ending.index);
  return stem === short || `${stem}e` === short || (stem.length > 3 && stem.at(-1) === stem.at(-2) && stem.slice(0, -1) === short);
}

export interface Names {
  /** Entry position -> bonus for being named whole in the question. */
  named: Map<number, number>;
  /** The outside term named most plainly, when it is named at least as plainly as any concept. */
  outside?: number;
  /** Words past the first of each name of several words found whole: "self healing" is one thing named. */
  nameTails: number;
  /** A concept named by a word that is not everyday English ("oci", "etcd"): it cannot be a coincidence. */
  jargon: boolean;
}

/**
 * Tier 2: names standing whole inside the question ("how does kube proxy route traffic"). Mends
 * `seq` in place where a misspelt word completes a name.
 */
export function findNames(index: LookupIndex, seq: Term[]): Names {
  const named = new Map<number, number>();
  // Entries named by more than one everyday word ("restart" alone may be a verb, "restart policy" is not).
  const plainly = new Set<number>();
  const wordCount = Math.max(1, seq.filter((s) => !isFiller(s.term)).length);
  const tails = new Set<number>();
  let jargon = false;
  // Outside terms named by words no concept of ours uses ("helm"), unlike "deployment" or "cluster".
  const ours = new Set<number>();
  seq.forEach((word, at) => {
    // A name typed with a slip ("autoscalling") still names it; a word read as another is not a name.
    if (word.similarity < TYPED_NAME) return;
    for (const phrase of index.phrasesByTerm.get(word.term) ?? []) {
      const start = at - phrase.terms.indexOf(word.term);
      if (start < 0 || start + phrase.terms.length > seq.length) continue;
      if (!standsAt(phrase.terms, seq, start)) continue;
      phrase.terms.forEach((t, k) => {
        const typed = seq[start + k] as Term;
        if (typed.term !== t) seq[start + k] = { ...typed, term: t, similarity: 0.85 };
      });
      const content = phrase.terms.filter((t) => !isFiller(t));
      if (content.length > 1) {
        let first = true;
        phrase.terms.forEach((t, k) => {
          if (isFiller(t)) return;
          if (!first) tails.add(start + k);
          first = false;
        });
      }
      const share = Math.min(1, content.length / wordCount);
      // Naming a word most concepts share ("docker") says less than naming a rare one ("etcd").
      const rarity = Math.max(...content.map((t) => index.idf.get(t) ?? 1), 0);
      const first = seq[start] as Term;
      const bonus = word.similarity * (PHRASE_BONUS * share * (0.5 + 0.5 * rarity) + 0.5 * (content.length - 1)) * (first.context ? CONTEXT_WEIGHT : 1);
      named.set(phrase.entry, Math.max(named.get(phrase.entry) ?? 0, bonus));
      if (content.length > 1 || !index.everyday.has(content[0] as string)) plainly.add(phrase.entry);
      if (content.length === 1 && !index.everyday.has(content[0] as string) && !isOutside(index, phrase.entry)) jargon = true;
      if (isOutside(index, phrase.entry) && !content.some((t) => conceptsExplain(index, t))) ours.add(phrase.entry);
    }
  });
  // A term we do not cover, named at least as plainly as any concept, is what the question is about:
  // "taints and tolerations" must not become the scheduler because its article mentions them.
  let outside: [number, number] | undefined;
  let loosely: [number, number] | undefined;
  let concept = 0;
  for (const [entry, bonus] of named) {
    if (!isOutside(index, entry)) concept = Math.max(concept, bonus);
    else if (plainly.has(entry) && (!outside || bonus > outside[1])) outside = [entry, bonus];
    else if (!plainly.has(entry) && ours.has(entry) && (!loosely || bonus > loosely[1])) loosely = [entry, bonus];
  }
  // An everyday word that none of our concepts uses ("helm") names a term too when no concept is named at all.
  if (!outside && concept === 0) outside = loosely;
  return outside && outside[1] >= concept ? { named, outside: outside[0], nameTails: tails.size, jargon } : { named, nameTails: tails.size, jargon };
}
