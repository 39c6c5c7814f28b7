import type { Criterion } from '../content/checklist-schema.js';
import { isFiller, keyOf, singular, tokenize } from '../lookup/normalize.js';
import { countIn, countsIn, optionForCount, withoutCountsPerMember } from './read-count.js';
import { countsOtherThings, namesUnit } from './count-unit.js';
import { stem } from '../stem.js';
import { plainYesNo } from './yes-no.js';
import { optionNames } from './option-names.js';
import { NO_WORDS, writtenInFull, YES_WORDS } from '../chat-words.js';
import { atEveryOccurrence, conceded, negatedThroughVerb, notNeeded, onlyNegated, opensNeedPhrase, passedOver, stepQuestionWords, takenBack } from './name-occurrence.js';

/** A bare yes or no is an answer, not a thing anyone needs: "no need" rules no option out. */
const ANSWER_WORDS: ReadonlySet<string> = new Set([...YES_WORDS, ...NO_WORDS]);

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
export function parseAnswer(
  criterion: Criterion,
  text: string,
  /** The checklist's other questions: a count of the things one of them asks about answers that one, not this. */
  others: readonly Criterion[] = [],
): ParsedAnswer {
  // "a few mins" is "a few minutes": an option's words are written in full.
  const trimmed = writtenInFull(text).trim().replace(/[.!?]+$/, '');
  // The options are shown numbered, so a bare number that is an option's position means that
  // option; a number with words around it ("we have 2", "2 services") is a count.
  const position = ordinal(trimmed);
  const chosen = position === undefined ? undefined : criterion.options[position - 1];
  if (chosen) return { ok: true, value: chosen.value };
  // "simplicity over tooling", "simple > clever this year": a reply that opens with an option set over
  // something else chose that option, as "we value x over y" does (passedOver) without the verb.
  const preferred = PREFERRED_FIRST.exec(trimmed);
  const first = preferred === null ? undefined : parseAnswer(criterion, preferred[1] ?? '', others);
  const second = preferred === null ? undefined : parseAnswer(criterion, preferred[2] ?? '', others);
  if (first?.ok && second?.ok && first.value !== second.value) return first;

  // "of course not" is "no", "absolutely" is "yes": read as the plain word the options list.
  // "one of the devs knows": "one of" before people picks one of them out, it counts no servers.
  // "a few dozen" is dozens, not a few. "every tribe runs a couple" counts per tribe, not in all (withoutCountsPerMember).
  const plain = withoutCountsPerMember(trimmed)
    .replace(/\bone of (?:the |our |my |your |their )?(?:devs?|developers?|engineers?|team|people|us|them|you)\b/gi, 'of')
    .replace(/\b(?:a )?(?:few|couple(?: of)?|handful of|several) (dozen|hundred)s?\b/gi, '$1s')
    // "a number of servers" is several, "a large number" many, "a small number" a few; "the number of components" is
    // the components themselves ("keep down the number of components").
    .replace(/\ba (?:large|great|big|huge) number of\b/gi, 'many')
    .replace(/\ba small number of\b/gi, 'a few')
    .replace(/\ba number of\b/gi, 'several')
    .replace(/\bthe number of\b/gi, '')
    // "goes 10x on match days": a load that multiplies.
    .replace(/\b\d+(?:\.\d+)?x\b/gi, 'multiplies');
  const plainWords = plainYesNo(plain);
  const words = plainWords.map((t) => (isFiller(t) ? t : singular(t)));
  // An answer opening with "no," ("no, no one bothered") is the answer no, whatever "no one" follows.
  const personNo = /\bno\s+one\b/i.test(trimmed) && !/\bno\s*[,.;:!-]+\s*one\b/i.test(trimmed) && !/^\s*no\s*[,.;:!-]/i.test(trimmed);
  const said = words.map(stem);
  // "nope, no deploy scripts", "no chance": an opening read as "no" ("nah", "nope", "of course not", "no can do")
  // answers, whatever a "no" typed after it, or inside it, denies.
  const saidNo = plainWords[0] === 'no' && plainWords.join(' ') !== tokenize(plain).join(' ');
  let best = { length: 0, values: new Set<string>() };
  const ruledOut = new Set<string>();
  const wholeWords = words.join(' ');
  const wholeSaid = said.join(' ');
  // Each written with a space either side once, so a name is found as whole words by one search (`spaced`).
  const [spacedWords, spacedSaid] = [` ${wholeWords} `, ` ${wholeSaid} `];
  // "nope, custom scripts do that": a "no" set apart by a pause is the answer and negates none of the words after it, as
  // "no custom scripts" does. Negations are read on the words with that "no" marked off.
  const apart = /^\W*(?:no|nope|nah)\s*[,.;:!…—–-]/i.test(plain);
  const [negWords, negSaid] = apart ? [wholeWords.replace(/^no\b/, 'no,'), wholeSaid.replace(/^no\b/, 'no,')] : [wholeWords, wholeSaid];
  for (const { option, own, names } of optionNames(criterion)) {
    for (const { name, single, key, spaced } of names) {
      const whole = single ? wholeWords : wholeSaid;
      const negatable = single ? negWords : negSaid;
      if (!(single ? spacedWords : spacedSaid).includes(spaced)) continue;
      // "x would do but the board would object": what follows a contrast word takes the name back, so it names nothing.
      if (takenBack(whole, key, (after) => namesAnOption(criterion, after.join(' ')) || after.some((w) => DOWNPLAYING.has(w)))) continue;
      // "x, even on y": a name conceded after "even" (y) is what the answer holds despite, not the answer.
      if (conceded(whole, key)) continue;
      // "we value x over y": what a preference puts second is passed over, not chosen.
      if (passedOver(whole, key)) continue;
      // "no one would even know we were down": that "no" is the person word "no one", not the answer "no"; typed
      // apart ("no, one outage costs us customers") it is the answer, then a count.
      if (key === 'no' && personNo && atEveryOccurrence(whole, key, (w, _start, end) => w[end] === 'one')) continue;
      // "no customers so far": a "no" said of a thing denies that thing; it is not the answer "no".
      if (key === 'no' && !saidNo && noDeniesAThing(criterion, trimmed)) continue;
      // "so no x needed", "x isn't required": the option said not to be needed rules it out, whichever of its
      // names is used.
      // "no need for zero downtime": that "no" opens the need phrase; it is not the answer "no".
      if (ANSWER_WORDS.has(key) && opensNeedPhrase(whole, key)) continue;
      if (!ANSWER_WORDS.has(key) && notNeeded(negatable, key, stepQuestionWords(criterion))) {
        ruledOut.add(option.value);
        continue;
      }
      // "not one server" names an option only to rule it out; "not spiky", the option's own word, names the other one.
      if (onlyNegated(negatable, key, stepQuestionWords(criterion))) {
        if (own.has(keyOf(name))) ruledOut.add(option.value);
        continue;
      }
      // "three, and they seldom ship separately": a name negated through the verb before it is not said.
      if (negatedThroughVerb(negatable, key)) continue;
      const length = key.split(' ').length;
      if (length > best.length) best = { length, values: new Set([option.value]) };
      else if (length === best.length) best.values.add(option.value);
    }
  }
  if (best.values.size === 1) {
    const named = [...best.values][0] as string;
    // "my laptop and a couple of servers": a count of the very thing asked about, pointing elsewhere, is not guessed past.
    const tokens = tokenize(plain);
    const count = criterion.options.some((o) => o.count) ? countIn(tokens) : undefined;
    const counted = count === undefined ? undefined : optionForCount(criterion, count);
    // The word right after the number says what is counted ("2 services" at the hosts step counts something else).
    const at = tokens.findIndex((t) => countIn([t]) !== undefined);
    const thing = tokens.slice(at + 1).find((t) => t !== 'of' && t !== 'more');
    if (counted !== undefined && counted !== named && thing !== undefined && namesUnit(criterion, [stem(singular(thing))], counted)) return { ok: false, code: 'more-than-one' };
    // "Seven, though a single team ships them": a count said first, on its own, is the answer; a remark after it
    // that names another option leaves two readings, and neither is guessed.
    if (counted !== undefined && counted !== named && countsFirst(plain)) return { ok: false, code: 'more-than-one' };
    return { ok: true, value: named };
  }
  if (best.values.size > 1) return { ok: false, code: 'more-than-one' };
  // "not spiky", "we never wrote any scripts": of two options that are not counts, ruling one out
  // names the other. Counts are left alone: "not one server" may mean none as much as several.
  const other = criterion.options.filter((o) => !ruledOut.has(o.value));
  if (ruledOut.size === 1 && other.length === 1 && criterion.options.length === 2 && !criterion.options.some((o) => o.count)) {
    return { ok: true, value: (other[0] as { value: string }).value };
  }
  // No option named: a count ("we got 2", "three boxes") picks the option whose range holds it.
  // Zero is neither an option's number nor a count of things anyone runs ("0" hosts): asked again.
  const found = criterion.options.some((o) => o.count) ? countIn(tokenize(plain)) : undefined;
  const count = found === 0 ? undefined : found;
  const counted = count === undefined ? undefined : optionForCount(criterion, count);
  if (count !== undefined && counted) {
    // "we sit on four servers" at the services step counts what another question asks about (the servers): it
    // answers that question, not this one, so the step asks again.
    if (countsOtherThings(criterion, others, tokenize(plain))) return { ok: false, code: 'no-match' };
    // "we have 2" could be 2 things or option 2: only the thing counted ("2 services") tells them apart.
    const numbered = criterion.options[count - 1];
    if (numbered && numbered.value !== counted && !namesUnit(criterion, said)) {
      return { ok: false, code: 'count-or-number' };
    }
    return { ok: true, value: counted };
  }
  // "three or four", "2-3": every count said falls in the same option, so the range names it.
  const range = criterion.options.some((o) => o.count) ? countsIn(tokenize(plain)).filter((n) => n > 0) : [];
  const ranged = new Set(range.map((n) => optionForCount(criterion, n)));
  const [only] = ranged;
  if (range.length > 1 && ranged.size === 1 && only !== undefined) return { ok: true, value: only };
  return { ok: false, code: 'no-match' };
}

/**
 * Words that shrink what a contrast follows ("some variation but manageable"): the reply leaves the size of the thing
 * open, unlike a word that only qualifies it ("manual but tidy"). Typed and stemmed, as the answer's words are compared.
 */
const DOWNPLAYING: ReadonlySet<string> = new Set(['manageable', 'minor', 'mild', 'slight', 'modest', 'small', 'tolerable', 'negligible'].flatMap((w) => [w, stem(w)]));

/**
 * Words an answer "no" may run straight into when the pause after it is not typed ("no we can't", "no the app must
 * stay up", "no not really"): pronouns, determiners and adverbs, never the thing a "no" before it would deny.
 */
const AFTER_ANSWER_NO = new Set(
  'i we it its you they he she thats that this these those the a an our my their your not never no nope way sir because since as cause cuz definitely absolutely certainly really honestly actually tbh sadly unfortunately just only but and so or then please thanks thank sorry lol haha there'.split(' '),
);

/** Some option's name is among the words (as the answer's words are compared: typed or stemmed). */
function namesAnOption(criterion: Criterion, text: string): boolean {
  const words = tokenize(text).map(singular);
  const [typed, stemmed] = [` ${words.join(' ')} `, ` ${words.map(stem).join(' ')} `];
  return optionNames(criterion).some(({ names }) => names.some(({ single, spaced }) => (single ? typed : stemmed).includes(spaced)));
}

/**
 * Every "no" in the reply runs straight into a word it denies ("no customers so far", "no traffic to speak of"), and nothing
 * after it names an option: "no cron, no ansible" at the scripts step still says no.
 */
function noDeniesAThing(criterion: Criterion, text: string): boolean {
  const after = [...text.toLowerCase().matchAll(/\bno\b([^a-z0-9]*)([a-z0-9']*)/g)];
  return (
    after.length > 0 &&
    after.every((m) => {
      const [, gap = '', next = ''] = m;
      return gap.trim() === '' && next !== '' && !AFTER_ANSWER_NO.has(next.replace(/'/g, '')) && !namesAnOption(criterion, text.slice(m.index + m[0].length - next.length));
    })
  );
}

/**
 * A reply whose first words (three at most) are set over the next few: "x over y", "x rather than y", "x > y" (read
 * only when both name options: "steady over the week" sets nothing over anything).
 */
const PREFERRED_FIRST = /^\W*((?:[\w'-]+\s+){0,2}[\w'-]+)\s*(?:\s(?:over|rather than|instead of)\s|>)\s*((?:[\w'-]+\s*){1,3})/i;

/** A reply that opens with a count standing alone: "eight, ...", "a couple - ...", "~12; ...". */
const COUNT_FIRST = /^\W*((?:a\s+|about\s+|around\s+|roughly\s+)?[a-z0-9]+)\s*[,;:.!…—–-]/i;
function countsFirst(text: string): boolean {
  const first = COUNT_FIRST.exec(text)?.[1];
  return first !== undefined && countIn(tokenize(first)) !== undefined;
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
