import { editDistance } from './edit-distance.js';
import { isOutside, type LookupIndex, type Phrase } from './lookup-index.js';
import { basesOf } from './inflection.js';
import { isFiller } from './normalize.js';
import { CONTEXT_WEIGHT, type Term } from './read-question.js';
import { CONSONANTS_ONLY, holdsInOrder } from './spelling.js';
import { exactFirst, packed } from './name-pack.js';

// Tier 2 of ranking: the names of concepts and outside terms standing whole inside a question.

/** A corrected word at least this close still names what it was corrected to. */
const TYPED_NAME = 0.85;
/** Naming a concept in full inside the question (tier 2). */
const PHRASE_BONUS = 2;

/** Whether a concept (not an outside term) lists the word as a name, keyword, asked word or summary word. */
function conceptsExplain(index: LookupIndex, term: string): boolean {
  for (const [entry, field] of index.postings.get(term) ?? []) if (field >= 1 && !isOutside(index, entry)) return true;
  return false;
}

/** An unfinished or misspelt word of a multi-word name still completes it when the rest is exact ("api servr"). */
function fuzzyEqual(typed: Term, wanted: string): boolean {
  if (typed.term === wanted) return true;
  if (typed.similarity >= 1 || wanted.length < 4) return false;
  // "api srv": a word of the name shortened to its consonants (spelling.ts), when the rest of the name stands.
  const short = typed.typed ?? typed.term;
  if (CONSONANTS_ONLY.test(short) && holdsInOrder(wanted, short)) return true;
  // Each form tested in turn, not through an array and a callback: this runs for most names a slip is tried against.
  return oneEditFrom(typed.term, wanted) || (typed.typed !== undefined && oneEditFrom(typed.typed, wanted));
}

function oneEditFrom(typed: string, wanted: string): boolean {
  return typed.length >= 4 && editDistance(typed, wanted, 1) <= 1;
}

/**
 * Whether the name's words stand in `seq` from `start`, slips allowed, and one word in another form of
 * its family ("roll update" still names "rolling update"). A loop, not `every`: a
 * common word ("docker") is in a hundred names.
 */
function standsAt(name: readonly string[], seq: readonly Term[], start: number, slips: boolean): boolean {
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
  if (other < 0) return true;
  // Checked only for the one word left, once the rest of the name stands.
  const left = seq[start + other] as Term;
  const wanted = name[other] as string;
  // Both the family and the slip keep the first letter: most words tried ("docker *and*" for "docker compose") fail here, for free.
  if (left.term.length > 0 && left.term[0] !== wanted[0]) return false;
  return sameFamily(left.term, wanted) || (slips && name.filter((t) => !isFiller(t)).length > 1 && realWordSlip(left, wanted));
}

/** Words this long at least, typed and wanted, before a real word is taken for a slip in a name. */
const SLIP_LENGTH = 5;

/**
 * "central plane": a slip that happens to spell another real word, in one word of a concept's name of
 * several whose other words stand exactly. The speller never mends a word it knows, so only the name
 * around it can. Only vowels may differ, the first letter and the length kept (the same consonants, as a
 * word heard rather than read): a consonant changed is another word ("kubernetes matter" is not the
 * master, "desired stage" not the state), and so is one longer or shorter. Never into an
 * outside term's name: everyday phrases land on too many of those ("could run" is not Cloud Run, "docker
 * stuck" not a Docker stack), and the term would then be taken for the subject.
 */
function realWordSlip(typed: Term, wanted: string): boolean {
  const word = typed.term;
  if (typed.similarity < 1 || word.length < SLIP_LENGTH || word.length !== wanted.length || word[0] !== wanted[0]) return false;
  return consonants(word) === consonants(wanted) && editDistance(word, wanted, 2) <= 2;
}

/** A word's consonants after its first letter, a run of one letter as one: "plain" and "plane" are both "ln". */
function consonants(word: string): string {
  return word.slice(1).replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
}

/**
 * "staying" and "stay", "rolled" and "roll", "making" and "make", "running" and "run": one word
 * inflected, not two of a family ("controller" is not "control").
 */
function sameFamily(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // Most pairs tried share no start at all: rejected before building the base forms (the lookup's hot path).
  if (long.length - short.length > 4 || !long.startsWith(short.slice(0, 3))) return false;
  return basesOf(long, ['ing', 'ed']).includes(short);
}

/** What a name says once found, the same on every question: worked out on its first find, once per index. */
interface PhraseFacts {
  /** How many of its words are not filler. */
  content: number;
  /** Positions past the first of its non-filler words, when it has several: "self healing" is one thing named. */
  tails: number[];
  /** The rarest of its words: naming "docker", which most concepts share, says less than naming "etcd". */
  rarity: number;
  /** Named by more than one word, or by one that is not everyday English. */
  plainly: boolean;
  /** A concept's one-word name that is not everyday English ("oci", "etcd"). */
  jargon: boolean;
  /** An outside term named by words no concept of ours explains ("helm"). */
  ours: boolean;
}

const factsOf = new WeakMap<Phrase, PhraseFacts>();

function about(index: LookupIndex, phrase: Phrase): PhraseFacts {
  let facts = factsOf.get(phrase);
  if (facts) return facts;
  const content = phrase.terms.filter((t) => !isFiller(t));
  const tails: number[] = [];
  if (content.length > 1) {
    let first = true;
    phrase.terms.forEach((t, k) => {
      if (isFiller(t)) return;
      if (!first) tails.push(k);
      first = false;
    });
  }
  const outside = isOutside(index, phrase.entry);
  const oneWordJargon = content.length === 1 && !index.everyday.has(content[0] as string);
  facts = {
    content: content.length,
    tails,
    rarity: Math.max(...content.map((t) => index.idf.get(t) ?? 1), 0),
    plainly: content.length > 1 || oneWordJargon,
    jargon: oneWordJargon && !outside,
    ours: outside && !content.some((t) => conceptsExplain(index, t)),
  };
  factsOf.set(phrase, facts);
  return facts;
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
  // Words of a story told around the question count as they weigh, half a word of the question's own: a name the question
  // uses is most of what it asks however long the story before it.
  let wordCount = 0;
  for (const s of seq) if (!isFiller(s.term)) wordCount += s.told === true ? CONTEXT_WEIGHT : 1;
  wordCount = Math.max(1, wordCount);
  const tails = new Set<number>();
  // Where each name of several words starts: a word that ends one name and starts another ("x *y* z", named by both
  // "x y" and "y z") is the start of a thing named, not a tail of one.
  const heads = new Set<number>();
  let jargon = false;
  // Outside terms named by words no concept of ours uses ("helm"), unlike "deployment" or "cluster".
  const ours = new Set<number>();
  // The first letter of each word typed as it is (-1 for a word corrected, read as another or empty), kept in step
  // with the words mended below: the test most names fail on, read without touching the words themselves.
  const firsts = new Int32Array(seq.length);
  for (let at = 0; at < seq.length; at++) firsts[at] = exactFirst(seq[at] as Term);
  for (let at = 0; at < seq.length; at++) {
    const word = seq[at] as Term;
    // A name typed with a slip ("autoscalling") still names it; a word read as another is not a name.
    if (word.similarity < TYPED_NAME) continue;
    const phrases = index.phrasesByTerm.get(word.term);
    if (phrases === undefined) continue;
    const { from, size, near, nearFirst } = packed(phrases);
    for (let i = 0; i < phrases.length; i++) {
      const start = at - (from[i] as number);
      if (start < 0 || start + (size[i] as number) > seq.length) continue;
      // Most names a common word ("docker") stands in fail on the word beside it, typed as it is and with
      // another first letter, which neither a slip nor a word of the family can mend: skipped here (standsAt
      // would say the same). The word at the name's end is checked before the one at its start.
      const beside = near[i] as number;
      if (beside >= 0) {
        const first = firsts[start + beside] as number;
        if (first >= 0 && first !== nearFirst[i]) continue;
      }
      const phrase = phrases[i] as Phrase;
      if (!standsAt(phrase.terms, seq, start, !isOutside(index, phrase.entry))) continue;
      for (let k = 0; k < phrase.terms.length; k++) {
        const t = phrase.terms[k] as string;
        const typed = seq[start + k] as Term;
        if (typed.term === t) continue;
        seq[start + k] = { ...typed, term: t, similarity: 0.85 };
        firsts[start + k] = -1;
      }
      const known = about(index, phrase);
      for (const k of known.tails) tails.add(start + k);
      if (known.tails.length > 0) heads.add(start + phrase.terms.findIndex((t) => !isFiller(t)));
      const share = Math.min(1, known.content / wordCount);
      const opening = seq[start] as Term;
      const bonus = word.similarity * (PHRASE_BONUS * share * (0.5 + 0.5 * known.rarity) + 0.5 * (known.content - 1)) * (opening.context ? CONTEXT_WEIGHT : 1);
      named.set(phrase.entry, Math.max(named.get(phrase.entry) ?? 0, bonus));
      if (known.plainly) plainly.add(phrase.entry);
      if (known.jargon) jargon = true;
      if (known.ours) ours.add(phrase.entry);
    }
  }
  // A term we do not cover, named at least as plainly as any concept, is what the question is about:
  // "taints and tolerations" must not become the scheduler because its article mentions them.
  let outside: [number, number] | undefined;
  let loosely: [number, number] | undefined;
  let concept = 0;
  let conceptPlainly = false;
  for (const [entry, bonus] of named) {
    if (!isOutside(index, entry)) {
      concept = Math.max(concept, bonus);
      if (plainly.has(entry)) conceptPlainly = true;
    }
    else if (plainly.has(entry) && (!outside || bonus > outside[1])) outside = [entry, bonus];
    else if (!plainly.has(entry) && ours.has(entry) && (!loosely || bonus > loosely[1])) loosely = [entry, bonus];
  }
  // An everyday word that none of our concepts uses ("helm") names a term too when no concept is named at all.
  if (!outside && concept === 0) outside = loosely;
  // A term named plainly ("trivy") beside concepts named only by everyday words ("scan *images* with trivy") is the subject too.
  for (const head of heads) tails.delete(head);
  return outside && (outside[1] >= concept || !conceptPlainly) ? { named, outside: outside[0], nameTails: tails.size, jargon } : { named, nameTails: tails.size, jargon };
}
