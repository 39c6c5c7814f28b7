import { CONTRAST_WORDS } from '../chat-words.js';
import type { Criterion } from '../content/checklist-schema.js';
import { isFiller, singular, tokenize } from '../lookup/normalize.js';
import { oncePer } from '../once-per.js';
import { stem } from '../stem.js';

// How an option's name stands where it occurs in a typed answer (parse-answer.ts): negated ("no real x"), said not
// to be needed, conceded after "even", passed over by a preference, or taken back by a contrast after it. Each reads
// the answer's words as parseAnswer compares them, typed or stemmed, and holds only when it holds at every occurrence.

const NEGATIONS = new Set([
  'not', 'no', 'zero', 'isnt', 'arent', 'never', 'hardly', 'without', 'nor', 'dont', 'doesnt', 'didnt', 'wont', 'wouldnt', 'cant', 'cannot', 'barely', 'rarely', 'seldom', 'nobody', 'noone', 'nothing',
]);
/** Negations that stand on their own, not on a verb after them. */
const NOT_ON_A_VERB = new Set(['not', 'no', 'zero', 'isnt', 'arent', 'without', 'nor', 'nobody', 'noone', 'nothing']);
/**
 * Negations that ride on the verb after them ("we *seldom* ship separately", "they *don't* scale automatically"): what
 * follows that verb is negated with it. Not "no" or "not": "no outages, spiky" negates the outages, not the spikes.
 */
const VERB_NEGATIONS = new Set([...NEGATIONS].filter((w) => !NOT_ON_A_VERB.has(w)).flatMap((w) => [w, stem(w)]));
/** The same, as the stemmer writes them: longer names are compared stemmed, so "barely changes" arrives as "bare chang". */
const NEGATION_STEMS = new Set([...NEGATIONS].map(stem));
/** A negation as typed or as the stemmer writes it. */
function isNegation(w: string | undefined): boolean {
  return w !== undefined && (NEGATIONS.has(w) || NEGATION_STEMS.has(w));
}
/**
 * Words that may stand between a negation and what it negates ("no *real* x", "we don't *have
 * any* scripts", "doesn't *really* fluctuate"): softeners and the verbs a negation rides on.
 */
const SOFTENERS = new Set([
  'real', 'really', 'any', 'much', 'big', 'major', 'many', 'actual', 'true', 'a', 'the', 'very', 'that', 'too', 'so', 'at', 'all',
  'have', 'has', 'use', 'need', 'run', 'see', 'get', 'got', 'do', 'expect', 'want',
  // "never has to autoscale", "nothing needs to be added": the need's own small words.
  'to', 'be',
].map(stem));

/**
 * True when the phrase occurs in the answer and `holds` is true at every occurrence (given the answer's
 * words, where the occurrence starts and where it ends): one reading of "every time they said it".
 */
export function atEveryOccurrence(haystack: string, needle: string, holds: (words: readonly string[], start: number, end: number) => boolean): boolean {
  const words = haystack.split(' ');
  const phrase = needle.split(' ');
  let found = false;
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (!phrase.every((p, k) => words[i + k] === p)) continue;
    found = true;
    if (!holds(words, i, i + phrase.length)) return false;
  }
  return found;
}

/** A step's own question's words, stemmed: echoed between a negation and an option ("no *orchestration* scripts"), still negated. */
export const stepQuestionWords = oncePer(
  (criterion: Criterion): ReadonlySet<string> => new Set(tokenize(criterion.question).filter((t) => !isFiller(t) && !NEGATIONS.has(t)).map((t) => stem(singular(t)))),
);

/** True when every occurrence of the phrase follows a negation, with softeners or the question's own words between. */
export function onlyNegated(haystack: string, needle: string, echoed: ReadonlySet<string>): boolean {
  const between = (word: string): boolean => SOFTENERS.has(word) || SOFTENERS.has(stem(word)) || echoed.has(stem(word));
  return atEveryOccurrence(haystack, needle, (words, start) => {
    let before = start - 1;
    while (before >= 0 && between(words[before] ?? '')) before--;
    return isNegation(words[before]);
  });
}

/**
 * True when every occurrence of the phrase follows a negation that rides on the verb just before the phrase ("they
 * *seldom* ship separately"). Weaker than `onlyNegated`: the verb may belong to another clause ("don't care, steady"
 * has lost its comma here), so the name is only not taken as said, and never rules its option out.
 */
export function negatedThroughVerb(haystack: string, needle: string): boolean {
  return atEveryOccurrence(haystack, needle, (words, start) => VERB_NEGATIONS.has(words[start - 2] ?? ''));
}

/** Saying a thing is needed, as typed and as the stemmer writes it ("needed" is "need"). */
const NEEDED = new Set(['need', 'needed', 'require', 'required', 'necessary'].flatMap((w) => [w, stem(w)]));

/**
 * True when every occurrence of the phrase is said not to be needed: "no need for *x*", "*x* isn't needed", and a
 * negated *x* beside a need word ("no *x* needed", "don't need *x*").
 */
export function notNeeded(haystack: string, needle: string, echoed: ReadonlySet<string>): boolean {
  let negated: boolean | undefined; // worked out only when an occurrence reaches the last reading
  const need = (w: string | undefined): boolean => w !== undefined && NEEDED.has(w);
  return atEveryOccurrence(haystack, needle, (words, start, end) => {
    // "no need for x", "no need to x".
    if (['for', 'of', 'to'].includes(words[start - 1] ?? '') && need(words[start - 2]) && isNegation(words[start - 3])) return true;
    // "x is not needed", "x isn't required"; never a "no" that opens the next clause ("fine, no need for y").
    const after = COPULAS.has(words[end] ?? '') ? end + 1 : end;
    if (isNegation(words[after]) && words[after] !== 'no' && need(words[after + 1])) return true;
    const needBefore = words.slice(Math.max(0, start - 3), start).some((w, i, near) => need(w) || (HAVING.has(w) && near[i + 1] === 'to'));
    return (need(words[end]) || needBefore) && (negated ??= onlyNegated(haystack, needle, echoed));
  });
}

/** "has to", "have to", "had to": a need said with the verb have ("it never has to autoscale" is "never needs to"). */
const HAVING = new Set(['has', 'have', 'had', 'got'].flatMap((w) => [w, stem(w)]));

/** "is", "are", "be" between a thing and what is said of it, as typed and as the stemmer writes them. */
const COPULAS = new Set(['is', 'are', 'be', 'was', 'were'].flatMap((w) => [w, stem(w)]));

/** True when every occurrence of the word opens "no need for …" ("no need for x"): the need phrase's, not the answer. */
export function opensNeedPhrase(haystack: string, needle: string): boolean {
  return atEveryOccurrence(haystack, needle, (words, _start, end) => NEEDED.has(words[end] ?? '') && ['for', 'of', 'to'].includes(words[end + 1] ?? ''));
}

/** Prepositions between "even" and what it concedes, as typed and as the stemmer writes them. */
const CONCEDING = new Set(['on', 'at', 'in', 'during', 'with', 'for', 'over', 'around'].flatMap((w) => [w, stem(w)]));

/** True when every occurrence of the phrase comes right after "even" (and a preposition): "x, even on y". */
export function conceded(haystack: string, needle: string): boolean {
  return atEveryOccurrence(haystack, needle, (words, start) => {
    const before = CONCEDING.has(words[start - 1] ?? '') ? start - 2 : start - 1;
    return words[before] === 'even';
  });
}

/** Verbs of preferring, as typed and as the stemmer writes them: "we *value* x over y", "*prefer* x rather than y". */
const PREFERRING = new Set(['value', 'values', 'valued', 'prefer', 'prefers', 'preferred', 'favour', 'favor', 'prioritise', 'prioritize', 'rather'].flatMap((w) => [w, stem(w)]));
/** "rather" as the stemmer writes it. */
const RATHER_STEM = stem('rather');
/** Where a preference turns to what it passes over: "over", "rather than", "instead of", "more than". */
function passingOverAt(words: readonly string[], at: number): boolean {
  const [word, next] = [words[at], words[at + 1]];
  return word === 'over' || (next === 'than' && (word === 'rather' || word === RATHER_STEM || word === 'more')) || (word === 'instead' && next === 'of');
}

/**
 * True when every occurrence of the phrase follows a verb of preferring and then "over" (or "rather than", …), or
 * comes right after "rather than" or "instead of", which set aside what follows on their own ("spread across several
 * servers rather than a single one"); a bare "over" is a preference only after the verb ("spread over two hosts").
 */
export function passedOver(haystack: string, needle: string): boolean {
  let prefers: number | undefined; // the first verb of preferring, found once for every occurrence
  return atEveryOccurrence(haystack, needle, (words, start) => {
    const setAside = [2, 3, 4].some((back) => !['over', 'more'].includes(words[start - back] ?? '') && passingOverAt(words, start - back));
    const first = (prefers ??= words.findIndex((w) => PREFERRING.has(w)));
    return setAside || (first >= 0 && first < start && words.slice(first + 1, start).some((_, i) => passingOverAt(words, first + 1 + i)));
  });
}

/** Words after which a sentence turns against what came before it (the shared CONTRAST_WORDS), as stems. */
const CONTRASTS = new Set(CONTRAST_WORDS.map(stem));

/**
 * True when every occurrence of the phrase is followed, later in the answer, by a contrast word that turns it: one
 * with a clause after it ("but our users would leave"), or with words that `turns` says name another answer ("manual,
 * but cron"). A "though" closing the reply ("yes, I'd like to know more though") or a word set against a word
 * ("manual but simple") qualifies without taking anything back.
 */
export function takenBack(haystack: string, needle: string, turns: (after: readonly string[]) => boolean): boolean {
  return atEveryOccurrence(haystack, needle, (words, _start, end) =>
    words.some((w, i) => i >= end && CONTRASTS.has(w) && (words.length - i - 1 >= 2 || turns(words.slice(i + 1)))),
  );
}
