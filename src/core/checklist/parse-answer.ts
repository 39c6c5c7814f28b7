import type { Criterion } from '../content/checklist-schema.js';
import { isFiller, keyOf, singular, terms, tokenize } from '../lookup/normalize.js';
import { countIn, countsIn, optionForCount } from './read-count.js';
import { stem } from '../stem.js';
import { plainYesNo } from './yes-no.js';

/**
 * Why a typed answer was not taken. A code, not a sentence: the wording is the catalogue's
 * (REPLY.question in texts.ts), chosen by the step that re-asks.
 */
export type AnswerProblem = 'no-match' | 'more-than-one' | 'count-or-number';

export type ParsedAnswer = { ok: true; value: string } | { ok: false; code: AnswerProblem };

/**
 * Reads a typed answer: an option number, or text naming exactly one option by its value, label or
 * a synonym. The longest name found wins ("several servers" beats "server"); a tie between two
 * options, or nothing found, is not guessed at.
 */
export function parseAnswer(criterion: Criterion, text: string): ParsedAnswer {
  const trimmed = text.trim().replace(/[.!?]+$/, '');
  // The options are shown numbered, so a bare number that is an option's position means that
  // option; a number with words around it ("we have 2", "2 services") is a count.
  const position = ordinal(trimmed);
  const chosen = position === undefined ? undefined : criterion.options[position - 1];
  if (chosen) return { ok: true, value: chosen.value };

  // "of course not" is "no", "absolutely" is "yes": read as the plain word the options list.
  const said = plainYesNo(trimmed).map((t) => (isFiller(t) ? t : singular(t))).map(stem);
  const whole = said.join(' ');
  let best = { length: 0, values: new Set<string>() };
  const ruledOut = new Set<string>();
  for (const option of criterion.options) {
    for (const name of [option.value, option.label, ...option.synonyms]) {
      const key = keyOf(name).split(' ').map(stem).join(' ');
      if (key === '') continue;
      if (!containsPhrase(whole, key)) continue;
      // "not one server" names an option only to rule it out.
      if (onlyNegated(whole, key)) {
        ruledOut.add(option.value);
        continue;
      }
      const length = key.split(' ').length;
      if (length > best.length) best = { length, values: new Set([option.value]) };
      else if (length === best.length) best.values.add(option.value);
    }
  }
  if (best.values.size === 1) return { ok: true, value: [...best.values][0] as string };
  if (best.values.size > 1) return { ok: false, code: 'more-than-one' };
  // "not spiky", "we don't have any scripts": of two options that are not counts, ruling one out
  // names the other. Counts are left alone: "not one server" may mean none as much as several.
  const other = criterion.options.filter((o) => !ruledOut.has(o.value));
  if (ruledOut.size === 1 && other.length === 1 && criterion.options.length === 2 && !criterion.options.some((o) => o.count)) {
    return { ok: true, value: (other[0] as { value: string }).value };
  }
  // No option named: a count ("we have 2", "three boxes") picks the option whose range holds it.
  // Zero is neither an option's number nor a count of things anyone runs ("0" hosts): asked again.
  const found = criterion.options.some((o) => o.count) ? countIn(tokenize(trimmed)) : undefined;
  const count = found === 0 ? undefined : found;
  const counted = count === undefined ? undefined : optionForCount(criterion, count);
  if (count !== undefined && counted) {
    // "we have 2" could be 2 things or option 2: only the thing counted ("2 services") tells them apart.
    const numbered = criterion.options[count - 1];
    if (numbered && numbered.value !== counted && !namesUnit(criterion, said)) {
      return { ok: false, code: 'count-or-number' };
    }
    return { ok: true, value: counted };
  }
  // "three or four", "2-3": every count said falls in the same option, so the range names it.
  const range = criterion.options.some((o) => o.count) ? countsIn(tokenize(trimmed)).filter((n) => n > 0) : [];
  const ranged = new Set(range.map((n) => optionForCount(criterion, n)));
  const [only] = ranged;
  if (range.length > 1 && ranged.size === 1 && only !== undefined) return { ok: true, value: only };
  return { ok: false, code: 'no-match' };
}

function containsPhrase(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

const NEGATIONS = new Set(['not', 'no', 'isnt', 'arent', 'never', 'hardly', 'without', 'nor', 'dont', 'doesnt', 'didnt', 'wont', 'cant', 'barely', 'rarely']);
/**
 * Words that may stand between a negation and what it negates ("no *real* peaks", "we don't *have
 * any* scripts", "doesn't *really* fluctuate"): softeners and the verbs a negation rides on.
 */
const SOFTENERS = new Set([
  'real', 'really', 'any', 'much', 'big', 'major', 'many', 'actual', 'true', 'a', 'the', 'very', 'that', 'too', 'so', 'at', 'all',
  'have', 'has', 'use', 'need', 'run', 'see', 'get', 'got', 'do', 'expect', 'want',
].map(stem));

/** True when every occurrence of the phrase follows a negation. */
function onlyNegated(haystack: string, needle: string): boolean {
  const words = haystack.split(' ');
  const phrase = needle.split(' ');
  let found = false;
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (!phrase.every((p, k) => words[i + k] === p)) continue;
    found = true;
    let before = i - 1;
    while (before >= 0 && SOFTENERS.has(words[before] ?? '')) before--;
    if (!NEGATIONS.has(words[before] ?? '')) return false;
  }
  return found;
}

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 };

/**
 * "2", "#2", "option 2", "the second one" -> 2. Narrower than the did-you-mean picker
 * (`pickedNumber` in conversation/classify.ts) on purpose: at a step a number word ("two") may be a count
 * ("two" servers), which `countIn` reads once no option's position was typed in digits or as an ordinal.
 */
function ordinal(text: string): number | undefined {
  const lower = text.toLowerCase();
  const digits = /^(?:#|option\s+|number\s+)?(\d{1,2})$/.exec(lower);
  if (digits) return Number(digits[1]);
  const word = /^(?:the\s+)?(first|second|third|fourth|fifth|sixth)(?:\s+(?:one|option))?$/.exec(lower);
  return word ? ORDINALS[word[1] as string] : undefined;
}

/** True when the answer names what the question counts ("services", "machines"), stemmed like `said`. */
function namesUnit(criterion: Criterion, said: readonly string[]): boolean {
  const units = new Set(
    [criterion.question, ...criterion.options.flatMap((o) => [o.label, ...o.synonyms])]
      .flatMap((text) => terms(text))
      .filter((t) => !/^\d+$/.test(t) && !COUNT_WORDS.has(t))
      .map(stem),
  );
  return said.some((w) => units.has(w) && !/^\d+$/.test(w));
}

/** Words that say how many, not of what. */
const COUNT_WORDS = new Set(['many', 'few', 'several', 'multiple', 'lots', 'lot', 'one', 'single', 'just', 'only', 'more', 'than', 'dozens', 'couple', 'handful', 'not', 'no']);
