import type { Criterion } from '../content/checklist-schema.js';
import { CONTRAST_WORDS, LEAD_WORDS, OK_WORDS, PLEASE_WORDS, REQUEST_VERBS, writtenInFull } from '../chat-words.js';
import { keyOf, tokenize } from '../lookup/normalize.js';
import { QUESTION_AUXILIARIES, QUESTION_WORDS } from '../lookup/question-words.js';
import { countsIn, optionForCount } from './read-count.js';
import { parseAnswer, type AnswerProblem } from './parse-answer.js';
import { HEDGES, handsOn, unsure } from './read-doubt.js';
import { optionForList } from './read-list.js';
import { ofUsToday, underACondition } from './other-situation.js';
import { clausesOf } from './clauses.js';
import { asksWhatTheStepMeans } from './asks-meaning.js';
import { sessionCommand, type SessionCommand } from './session-words.js';

/** What typed text at a checklist step is. Only `answer` is ever recorded. */
export type StepReading =
  | { kind: 'control'; command: SessionCommand }
  /** "not sure", "idk", "depends", "what do you mean": the step is explained again. */
  | { kind: 'unsure' }
  /** A question of its own ("what is autoscaling?"): answered as a lookup while the step waits. */
  | { kind: 'question' }
  | { kind: 'answer'; value: string }
  | { kind: 'unclear'; problem: AnswerProblem };

/**
 * Requests that ask instead of answering ("explain", "tell me"), and a request to make the question itself plainer:
 * "clarify what a host is", "confirm whether a vm counts" ask about the step, however politely put (PLEASE_WORDS
 * are lead-in words below). A bare "confirmed" or "to confirm, several" still answers. Of the task verbs
 * (TASK_VERBS) only "tell me": a reply at a step may open with the others as it answers ("give or take five", "list
 * of three services", "name brand hosting").
 */
const REQUESTS = [...REQUEST_VERBS, 'tell me', 'confirm (?:whether|if)'];
// A question mark anywhere counts: "a few? or many?" is still asking. The words that open a question are the lookup's
// (lookup/question-words.ts), with the REQUESTS.
const QUESTION = new RegExp(`^(?:${[...QUESTION_WORDS, ...QUESTION_AUXILIARIES, ...REQUESTS].join('|')})\\b|\\?`, 'i');

/**
 * Words said before a question that do not change it: "wait, what is a host", "then does a vm count", "btw what is
 * gitops", "please clarify …". The shared lead words, and more chat than the lookup's: at a step a question is set apart
 * from an answer by its first words, so every hesitation before them ("um", "hold on", "sorry") is taken off first.
 */
const LEAD_IN_WORDS = [...LEAD_WORDS, 'hold on', ...PLEASE_WORDS, 'um+', 'uh+', 'er+', 'sorry', 'actually', 'also', 'btw', 'oh', 'ah', 'well', 'hey'];
/** Acknowledging words opening a reply ("ok", "okay, …"). */
const OK_FIRST = new RegExp(`^(?:(?:${OK_WORDS.join('|')})\\b[\\s,.:;!-]*)+`, 'i');
const LEAD_IN = new RegExp(`^(?:(?:${[...LEAD_IN_WORDS, 'quick question', 'one question', 'question', 'real quick', 'just curious', 'curious'].join('|')})\\b[\\s,.:;!-]*)+`, 'i');

/**
 * A question after a first clause: "one more thing, is a vm a host". Only a question word, or a verb
 * and the subject it asks about, so an answer with an aside ("yes, we do") stays an answer. A word that also opens a
 * clause telling when, where or which ("yes, when a sale runs it spikes", "one box, which runs everything") asks only
 * with a verb and its subject after it ("…, when does a vm count").
 */
const ASKED_SUBJECT = `(?:${QUESTION_AUXILIARIES.join('|')})\\s+(?:a|an|the|it|that|this|there|we|i|you|my|our)`;
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['when', 'where', 'which', 'who']);
const LATER_QUESTION = new RegExp(
  `[,;:.!]\\s*(?:${[...QUESTION_WORDS].filter((w) => !RELATIVE_WORDS.has(w)).join('|')}|(?:${[...RELATIVE_WORDS].join('|')})\\s+${ASKED_SUBJECT}|${ASKED_SUBJECT})\\b`,
  'i',
);

/**
 * At a step, a question typed as a statement: "wondering whether a vm counts", "curious if nights count", "I'd like
 * to know what a host is" (not "we need to know within a minute", which tells), an option echoed to ask what it means ("large as in how large", "easy in what sense"), or
 * a statement with a tag asking to confirm it ("nights count, right", "that's fine isn't it", a curly apostrophe straightened where the text entered the core, typed-text.ts's cleanTyped; not "all right", "that's right").
 * Read only here: elsewhere such a sentence is a question of the lookup's own.
 */
const ASKED_AS_STATEMENT = new RegExp(
  [
    String.raw`^\W*(?:so\s+)?(?:you|u|ya)\s+mean\b|\b(?:wonder(?:ing)?|curious|asking)\s+(?:if|whether)\b|\b(?:like|want|need) to know (?:if|whether|what|how|which|who|when|where|why)\b`,
    String.raw`\bwhether\b[^,.;:!]*\b(?:counts?|matters?|qualif(?:y|ies))\b|\bcounts?\s+or\s+not\b`,
    String.raw`\b(?:as in|being|meaning) (?:how|what|which)\b|\bin what (?:sense|way)\b`,
    // "right" asks only as a tag after a statement of two words or more ("nights count, right"): "yes, that's right",
    // "exactly right" or "automation, right" confirm.
    String.raw`(?:(?<=\b\w[\w']*\W+\w[\w']*\W+)(?<!\b(?:all|that'?s|that is|is|you'?re|you are|exactly|quite|just|totally|absolutely)\s+)\bright|\b(?:isn'?t|aren'?t|don'?t|doesn'?t|won'?t|wouldn'?t) (?:it|they|we|that|there))\W*$`,
  ].join('|'),
  'i',
);

/** Phrased as a question rather than as an answer to one. */
export function looksLikeQuestion(text: string): boolean {
  const trimmed = text.trim();
  return QUESTION.test(trimmed.replace(LEAD_IN, '')) || LATER_QUESTION.test(trimmed);
}

/**
 * "not my call, but I'd say automation": after handing the question on, a contrast and a firm answer of one's own. The
 * shared contrast words, and "still" ("ask the lead; still, I'd say automation"), which turns only after a handing-on.
 */
const CONTRAST = new RegExp(`\\b(?:${[...CONTRAST_WORDS, 'still'].join('|')})\\b[\\s,.;:!…—-]*`, 'gi');
function firmAfterHandingOn(criterion: Criterion, text: string, others: readonly Criterion[]): StepReading | undefined {
  const last = [...text.matchAll(CONTRAST)].at(-1);
  if (last === undefined || !handsOn(text.slice(0, last.index))) return undefined;
  return answerIn(criterion, text.slice(last.index + last[0].length), others);
}

/** What is left of a reply once a hedge or a handing-on is set aside, when it answers on its own with no doubt left. */
function answerIn(criterion: Criterion, rest: string, others: readonly Criterion[]): StepReading | undefined {
  if (keyOf(rest) === '' || unsure(rest)) return undefined;
  const reading = readStepInput(criterion, rest, others);
  return reading.kind === 'answer' ? reading : undefined;
}

/**
 * Words that take back what was just said: "scratch that", "forget that", "never mind", "no wait", "I meant",
 * or a "wait" standing alone between pauses ("few... wait, eight"). Each only as a clause of its own: a "wait" inside a
 * sentence ("can't wait, no outages"), "scripts that delete that stuff", "automatic correction of failures" or "I meant
 * what I said" take nothing back.
 */
const TAKING_BACK = new RegExp(
  [
    String.raw`\b(?:scratch|forget|ignore|disregard|strike|cancel|delete)\s+(?:that|this|what i said)\s*(?=[,.;:!…—-]|$)`,
    String.raw`\b(?:take|taking)\s+(?:that|it)\s+back\b`,
    String.raw`\bnever\s*mind\s*(?=[,.;:!…—-]|$)`,
    String.raw`\bnvm\s*(?=[,.;:!…—-]|$)`,
    // "yes - wait, no, …": the "no" after the "wait" may be the new answer, so it stays in what follows.
    String.raw`(?:^|[,.;:!…—-])\s*no\s*[,.;:!…—-]*\s*wait\b`,
    String.raw`(?:^|[,.;:!…—-])\s*wait\b(?=\s*[,.;:!…—-]*\s*no\b(?!\s+(?:one|body)\b))`,
    String.raw`(?:^|[,.;:!…—-])\s*correction\b`,
    String.raw`(?:^|[,.;:!…—-])\s*(?:no\s+|sorry\s+|oops\s+)?i\s+meant\b(?!\s+(?:what i said|it|that)\b)`,
    String.raw`(?:^|[,.;:!…—-])\s*wait\s*(?=[,.;:!…—-]|$)`,
  ].join('|'),
  'gi',
);

/**
 * The part of an input that still stands once what it took back is dropped: the text after the last taking-back
 * ("few, no wait, many" -> "many"), the whole text when nothing is taken back, or undefined when nothing follows
 * ("several. hmm, scratch that"): an option said and withdrawn in the same message is no answer.
 */
export function afterTakingBack(text: string): string | undefined {
  let end = -1;
  for (const match of text.matchAll(TAKING_BACK)) end = match.index + match[0].length;
  if (end < 0) return text;
  const rest = text.slice(end).replace(/^[\s,.;:!…—-]+/, '');
  return keyOf(rest) === '' ? undefined : rest;
}

/** Words that tell how things were: "we started on", "it used to be", "originally", "back then". */
const TOLD_PAST = /\b(?:started|began|begun|used to be|used to have|used to run|was|were|had|originally|initially|at first|back then|in the beginning|previously)\b/i;
/** Words that tell how things are now: "…, now it's twenty hosts", "it isn't now", "these days a dozen". */
const TOLD_NOW = /\b(?:now|today|these days|nowadays|currently|at this point|anymore|any more)\b/i;

/**
 * A story up to today: "it began on a single machine, today we run five" or "spikes were an issue last year, not anymore"
 * answers with today, not with how it began. Only the text from the last clause that tells of now is read, and only
 * when a clause before it tells the past; "one server for now" or "what the team values now" tell no story and are
 * read whole.
 */
export function howThingsStandNow(text: string): string {
  const now = clausesOf(text).findLast(({ from, text: clause }) => from > 0 && TOLD_NOW.test(clause) && TOLD_PAST.test(text.slice(0, from)));
  return now === undefined ? text : text.slice(now.from).replace(/^\s+/, '');
}

/**
 * Reads typed text at a step: a session word, doubt, a question, or an option. An answer is
 * recorded only when it names one option and is not a question, so "what is autoscaling?" or
 * "not really sure" never becomes "Yes, it spikes" or "No, traffic is steady".
 * Expects text already passed through cleanTyped (src/core/typed-text.ts), as bot.ts does for every message: its
 * patterns are written with straight quotes only, so a raw "isn’t it" from a phone would not read as a tag.
 */
export function readStepInput(criterion: Criterion, text: string, others: readonly Criterion[] = []): StepReading {
  const command = sessionCommand(text);
  if (command) return { kind: 'control', command };
  // "one server, we might add one next year": a guess about later, or about someone else's system, leaves a firm
  // answer about us today standing; only the clauses about us today are read for a guess.
  const today = ofUsToday(text);
  if (unsure(text, today ?? text)) {
    return firmBesideAGuess(criterion, text, others) ?? optionAfterAHedge(criterion, text, others) ?? firmAfterHandingOn(criterion, text, others) ?? { kind: 'unsure' };
  }
  if (asksWhatTheStepMeans(criterion, text)) return { kind: 'unsure' };
  // An "ok" before it is not part of the statement a tag confirms: "ok automation, right" confirms as "automation,
  // right" does. Other lead-ins stay: "so several, right" checks what the person worked out, and asks.
  if (looksLikeQuestion(text) || ASKED_AS_STATEMENT.test(text.trim().replace(OK_FIRST, ''))) return { kind: 'question' };
  if (today === undefined) return { kind: 'unsure' };
  // "if we hire, automation": an answer said only under a condition is what it would be, not what it is.
  if (underACondition(criterion, text)) return { kind: 'unsure' };
  // "several. hmm, scratch that": only what follows the last taking-back is meant; when nothing does, the step is
  // explained again. Taking back only ever drops words: doubt or a question anywhere in the message still counts.
  const kept = afterTakingBack(text);
  if (kept === undefined) return { kind: 'unsure' };
  // "one, wait no, two": the "no" kept after the "wait" is the answer only where an option is named no.
  const meant = kept !== text && !parseAnswer(criterion, 'no', others).ok ? kept.replace(/^no\b(?!\s+(?:one|body)\b)[\s,.;:!…—-]*/i, '') : kept;
  if (keyOf(meant) === '') return { kind: 'unsure' };
  // "one box for now, a second next spring": today, not the plan; a plan, or someone else's system, alone tells
  // nothing of ours today.
  const now = ofUsToday(howThingsStandNow(meant));
  if (now === undefined) return { kind: 'unsure' };
  const parsed = parseAnswer(criterion, now, others);
  if (parsed.ok) return { kind: 'answer', value: parsed.value };
  // Read here, not in parseAnswer: only at a running step is a pair of names a list of things run.
  const listed = parsed.code === 'no-match' ? optionForList(criterion, now) : undefined;
  return listed === undefined ? { kind: 'unclear', problem: parsed.code } : { kind: 'answer', value: listed };
}

/**
 * A hedge softening the words after it ("kinda ok with short outages", "sort of many"), in any chat spelling; one
 * with nothing after it in its clause ("some, sort of", "kinda, I think so") softens the whole reply instead.
 */
const HEDGE_BEFORE = new RegExp(`\\b(?:${HEDGES.join('|')})\\b(?!\\s*(?:[,.;:!?…—-]|$))\\s*`, 'gi');
const HEDGE_AFTER = new RegExp(`\\b(?:${HEDGES.join('|')})\\s*(?:[,.;:!?…—-]|$)`, 'i');

/**
 * "kinda ok with short outages", "sorta many": the person chose the option and only softened it, so it is recorded,
 * unless other doubt or a question is left once the hedge is dropped ("hmm, sort of", "kind of, let me check"), or the
 * hedge softens the whole reply ("some, sort of"). What is left is read like any reply, so it is never recorded
 * unless it names an option on its own.
 */
function optionAfterAHedge(criterion: Criterion, text: string, others: readonly Criterion[]): StepReading | undefined {
  const spelled = writtenInFull(text);
  if (HEDGE_AFTER.test(spelled)) return undefined;
  const rest = spelled.replace(HEDGE_BEFORE, '');
  return rest === spelled ? undefined : answerIn(criterion, rest, others);
}

/** "maybe 4", "perhaps two dozen": a guess at how many, with the number ("maybe 10%" or "maybe 3x" counts nothing). */
const NUMBER_SAID = '(?:\\d+|a few|a couple|a handful|a dozen|dozens|hundreds|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)';
/** A guess may be a range ("maybe 5 or 6", "perhaps 3-4"): every number in it is guessed. */
const ROUGH_COUNT = new RegExp(
  `\\b(?:maybe|perhaps)\\s+((?:about |around |like )?${NUMBER_SAID}(?:\\s*(?:or|to|-|–)\\s*${NUMBER_SAID})?)\\b(?![%.,]?\\d|\\s*(?:%|x\\b|percent|times))`,
  'gi',
);

/**
 * "not many, maybe 4": at a step that counts, an option said firmly with a guess at the number beside it is that
 * option. Recorded only when the message without the guess names an option with no doubt left and every number
 * guessed falls in that option; a guess alone ("maybe 4") stays doubt.
 */
function firmBesideAGuess(criterion: Criterion, text: string, others: readonly Criterion[]): StepReading | undefined {
  if (!criterion.options.some((o) => o.count)) return undefined;
  const guesses = [...text.matchAll(ROUGH_COUNT)].map((m) => countsIn(tokenize(m[1] ?? '')));
  const firm = text.replace(ROUGH_COUNT, ' ');
  if (guesses.length === 0 || unsure(firm) || looksLikeQuestion(firm)) return undefined;
  const said = parseAnswer(criterion, firm, others);
  if (!said.ok) return undefined;
  const agree = guesses.every((counts) => counts.length > 0 && counts.every((n) => optionForCount(criterion, n) === said.value));
  return agree ? { kind: 'answer', value: said.value } : undefined;
}
