import { NO_WORDS, OK_WORDS, writtenInFull, YES_WORDS } from '../chat-words.js';
import { WEAK } from '../conversation/follow-up-words.js';
import type { Checklist, Criterion, Verdict } from '../content/checklist-schema.js';
import { isFiller, singular, terms, tokenize } from '../lookup/normalize.js';
import { stem } from '../stem.js';
import { countIn, countsIn, optionForCount } from './read-count.js';
import { namesUnit } from './count-unit.js';
import { allCombinations, combinationCount, evaluate, type Answers } from './evaluate.js';
import { parseAnswer } from './parse-answer.js';

// "our stack is spread over a dozen machines and load is bursty", then "so which one for us?": the situation
// described answers some of a checklist's questions already. The verdict those answers lean to, with
// the questions nobody answered left open, is the advice asked for.

/** Share of the open combinations that must reach one verdict for the facts to lean to it. */
const LEAN = 0.75;
/** Beyond this many combinations the walk is not worth it for a chat reply. */
const MAX_COMBINATIONS = 4096;
/** Words that answer a yes/no question but say nothing about which one: no fact on their own. */
const BARE = new Set([...YES_WORDS, ...NO_WORDS, ...OK_WORDS, 'sure', 'fine']);

/** The answers a free-text description gives, each read as a step's answer would be. */
export function factsIn(checklist: Checklist, typed: string): Answers {
  const text = writtenInFull(typed);
  const { plain, said } = wordsOf(text);
  const given: Record<string, string> = {};
  if (plain === '') return given;
  for (const criterion of checklist.criteria) {
    // A description that uses none of the question's own words says nothing to it: tested first, since it is
    // cheap and most messages (any question that is not a statement) speak to no step at all.
    if (!onTopic(criterion, said)) continue;
    const read = parseAnswer(criterion, text);
    // "no spikes" is a fact through its "no"; "thirty boxes in three regions, no idea about traffic" is not one about
    // traffic: an answer that needs a bare yes or no word, and reads otherwise without it, is not taken.
    if (read.ok && sameWithout(criterion, plain, read.value) && !countOfOtherThings(criterion, text, read.value)) {
      given[criterion.id] = read.value;
    } else if (!read.ok) {
      const counted = countOfItsThing(criterion, text);
      if (counted !== undefined) given[criterion.id] = counted;
    }
  }
  return given;
}

/** Up to this many words after a count may name what it counts ("three *small* servers"). */
const COUNTED_WITHIN = 2;

/**
 * "one box, three services", "a dozen services across four servers": a description giving several counts, each of
 * the thing named right after it. A step's reply like that answers no count (which number is the answer?), but a
 * description is read for every question at once: the counts of the things this question counts answer it, when
 * they all fall in one option.
 */
function countOfItsThing(criterion: Criterion, text: string): string | undefined {
  const tokens = tokenize(text);
  if (!criterion.options.some((o) => o.count) || countsIn(tokens).length < 2) return undefined;
  const options = new Set<string | undefined>();
  tokens.forEach((token, i) => {
    if (countIn([token]) === undefined) return;
    const after = tokens.slice(i + 1, i + 1 + COUNTED_WITHIN).filter((t) => countIn([t]) === undefined && !isFiller(t));
    if (!after.some((t) => namesUnit(criterion, [stem(singular(t))]))) return;
    // The count as said there, with what comes just before it ("more than two").
    options.add(optionForCount(criterion, countsIn(tokens.slice(Math.max(0, i - 2), i + 1)).at(-1) ?? 0));
  });
  const [only] = options;
  return options.size === 1 ? only : undefined;
}

/**
 * "the four of us" answers no "how many servers?": at a step the question says what is counted, in a
 * description only the word after the number does. A value reached through a count (not through an
 * option's words) needs that word to be one the question or its options use.
 */
function countOfOtherThings(criterion: Criterion, text: string, value: string): boolean {
  const tokens = tokenize(text);
  const at = tokens.findIndex((t) => countIn([t]) !== undefined);
  if (at < 0 || !criterion.options.some((o) => o.count)) return false;
  const withoutCount = [...tokens.slice(0, at), ...tokens.slice(at + 1)].join(' ');
  const byWords = parseAnswer(criterion, withoutCount);
  if (byWords.ok && byWords.value === value) return false;
  const units = new Set(
    [criterion.question, ...criterion.options.flatMap((o) => [o.label, ...o.synonyms])].flatMap((t) => terms(t)).filter((t) => countIn([t]) === undefined).map(stem),
  );
  const thing = tokens.slice(at + 1).find((t) => t !== 'of' && t !== 'more');
  return thing === undefined || !units.has(stem(singular(thing)));
}

/** Words that say how much or whether, never of what: "a lot" in "the load swings a lot" counts no services. */
const GENERIC = new Set([
  ...BARE, 'many', 'few', 'several', 'multiple', 'lot', 'lots', 'one', 'single', 'just', 'only', 'more', 'less', 'than', 'dozen', 'couple',
  'handful', 'bunch', 'ton', 'load', 'some', 'all', 'none', 'nothing', 'zero', 'not', 'never', 'really', 'much', 'small', 'big',
  // Verbs any question uses ("do you *run*", "what does your team *value*").
  ...WEAK, 'need', 'value', 'own', 'enough', 'already', 'such', 'right', 'now', 'each', 'across',
].map(stem));

/**
 * A description speaks to a question only when it uses one of that question's own words (its text, its
 * options' labels and synonyms), beyond words of quantity or assent: "30 machines" speaks to the servers
 * question, "the load swings a lot" does not speak to the services one.
 */
function onTopic(criterion: Criterion, said: readonly string[]): boolean {
  const topic = topicWords(criterion);
  return said.some((t) => topic.has(t));
}

/**
 * The text without bare yes/no words (`plain`) and its terms stemmed (`said`), read once per text: every checklist
 * asks for them in turn (`situationIn` reads a message against each), and the last text read is kept for the next.
 */
let lastText: string | undefined;
let lastWords: { plain: string; said: readonly string[] } = { plain: '', said: [] };

function wordsOf(text: string): { plain: string; said: readonly string[] } {
  if (text !== lastText) {
    const plain = tokenize(text)
      .filter((t) => !BARE.has(t))
      .join(' ');
    lastWords = { plain, said: terms(text).map(stem) };
    lastText = text;
  }
  return lastWords;
}

/** Each question's own words, stemmed, worked out once per criterion (the content is read-only once loaded). */
const TOPIC_WORDS = new WeakMap<Criterion, ReadonlySet<string>>();

function topicWords(criterion: Criterion): ReadonlySet<string> {
  let topic = TOPIC_WORDS.get(criterion);
  if (topic === undefined) {
    topic = new Set(
      [criterion.question, ...criterion.options.flatMap((o) => [o.label, ...o.synonyms])]
        .flatMap((t) => terms(t))
        .filter((t) => !isFiller(t) && countIn([t]) === undefined)
        .map(stem)
        .filter((t) => !GENERIC.has(t)),
    );
    TOPIC_WORDS.set(criterion, topic);
  }
  return topic;
}

function sameWithout(criterion: Criterion, plain: string, value: string): boolean {
  const again = parseAnswer(criterion, plain);
  return again.ok && again.value === value;
}

/** The verdict the facts in `text` lean to, or undefined when they give none or leave it open. */
export function verdictLean(checklist: Checklist, text: string): Verdict | undefined {
  return leanOf(checklist, factsIn(checklist, text));
}

/** The verdict answers already given lean to (the rest left open), or undefined when they give none or leave it open. */
export function leanOf(checklist: Checklist, given: Answers): Verdict | undefined {
  if (Object.keys(given).length === 0 || combinationCount(checklist) > MAX_COMBINATIONS) return undefined;
  const counts = new Map<string, { verdict: Verdict; n: number }>();
  let total = 0;
  for (const answers of allCombinations(checklist)) {
    if (Object.entries(given).some(([criterion, value]) => answers[criterion] !== value)) continue;
    const { verdict } = evaluate(checklist, answers);
    const seen = counts.get(verdict.id) ?? { verdict, n: 0 };
    counts.set(verdict.id, { verdict, n: seen.n + 1 });
    total++;
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  return best && best.n >= LEAN * total ? best.verdict : undefined;
}
