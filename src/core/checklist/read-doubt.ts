import { writtenInFull } from '../chat-words.js';
import { keyOf } from '../lookup/normalize.js';

// What reads as doubt at a checklist step: not knowing, a hedge, nobody at hand knowing, or handing the question on.

/** Words that soften what follows them ("kinda" and "sorta" arrive written in full). */
export const HEDGES: readonly string[] = ['sort of', 'kind of'];

// Doubt about the question itself, in the ways people type it. Matched as whole phrases anywhere
// in the text, so "hmm not really sure tbh" counts ("dunno" arrives as "dont know"); an option can never be read out of these.
const UNSURE = [
  'not sure', 'unsure', 'no idea', 'no clue', 'idk', 'dont know', 'do not know', 'dont really know',
  'hard to say', 'cant say', 'cannot say', 'cant tell', 'not certain', 'uncertain',
  'what do you mean', 'what does that mean', 'what does this mean', 'what is meant', 'meaning what',
  'dont understand', 'do not understand', 'confused', 'not clear', 'unclear', 'good question',
  'no opinion', 'hmm', 'huh', 'pass', 'skip',
  // Hedges: an answer given this way is a guess, and a verdict should not rest on it (HEDGES: one before an option is read in read-step-input.ts).
  ...HEDGES, 'i guess', 'i suppose', 'not really sure', 'who knows', 'in between', 'somewhere between',
  'either way', 'neither', 'undecided', 'not decided', 'tbd', 'well see', 'let me think', 'let me check',
  'need to check', 'have to check', 'double check', 'let me count', 'need to count', 'let me confirm', 'need to confirm',
  // Handing the question back, or not able to answer it yet.
  'both', 'a bit of both', 'too early to tell', 'too early to say', 'beats me', 'you tell me', 'you decide', 'i forget', 'forgot',
  'cant remember', 'dont remember', 'cant recall', 'whatever', 'no preference', 'not applicable', 'yes and no', 'no comment',
  // A look still to take: "I'd need to look", "have to dig through the repo".
  'have to look', 'need to look', 'look it up', 'look into it', 'have to dig', 'need to dig', 'let me verify',
  // Our own look still to take, not what users do ("customers would find out fast" tells).
  'need to find out', 'have to find out', 'let me find out', 'ill find out', 'try to find out', 'going to find out',
  'need to verify', 'have to verify',
  // Never having looked: "never measured it", "haven't checked", "we don't track that" tell no answer ("never" alone
  // may be one: "never down").
  ...['never', 'havent', 'not', 'hasnt'].flatMap((not) => ['looked', 'checked', 'measured', 'counted', 'tracked', 'thought about'].map((seen) => `${not} ${seen}`)),
  // "no data on that", never "no data loss" (a need); "no data" closing the reply is read in unsure().
  'dont track', 'dont measure', 'no metric', 'no data on', 'no data for', 'no data about', 'no data yet', 'no number',
  // Putting the answer off, or resting it on something still open: "let me defer this until …", "that is contingent on
  // whether the board approves …", "until then I am unable to say".
  'defer this', 'defer that', 'defer it', 'defer my answer', 'defer answering', 'come back to this', 'come back to it',
  'get back to you', 'circle back', 'unable to say', 'unable to answer', 'unable to tell', 'cannot answer', 'cant answer',
  'not able to say', 'not able to answer', 'contingent on', 'contingent upon', 'hinges on', 'hinge on', 'depends upon',
  'yet to be decided', 'yet to be determined', 'not yet decided', 'not yet determined', 'not been decided', 'to be confirmed',
  // Stalling: "one sec" is no count of servers.
  'one sec', 'one moment', 'just a sec', 'a sec', 'give me a', 'hold on', 'hang on',
  'brb', 'afk', 'let me see', 'bear with me',
].map(keyOf);

/**
 * A guess at how things stand: "there could be a few somewhere", "probably a few", "afaik none". What might be so is no
 * answer yet (a firm option beside a guessed number is read in read-step-input.ts). Only where the reply speaks of us
 * today: "one box, we might add one next spring" guesses about later (other-situation.ts) and answers.
 */
const GUESSES = [
  // "may" only with what it guesses: "since may we run three" is the month.
  'maybe', 'perhaps', 'might', 'may be', 'may have', 'we may', 'it may', 'there may', 'i may', 'they may', 'could be', 'could have', 'there could', 'probably', 'prolly', 'possibly', 'presumably',
  'likely', 'supposedly', 'guessing', 'my guess', 'a guess', 'id guess', 'would guess', 'mebbe', 'maybs', 'i imagine',
  'id imagine', 'would imagine', 'i hope', 'id hope', 'fingers crossed', 'afaik', 'iirc', 'as far as i know', 'if i remember',
  'if memory serves', 'last i checked', 'last time i checked', 'i assume', 'i believe', 'we believe', 'i reckon', 'i suspect',
].map(keyOf);

/**
 * Nobody at hand knows: "no one knows", "nobody's sure", "none of us can say", "not known yet". The "no" in it is
 * about the people, never the answer to the question. Doubt only as the whole reply (with chat around it): "no one
 * would notice a minute down" or "nobody here knows kubernetes anyway" say something about the world, and are read
 * as answers.
 */
const NOBODY_KNOWS =
  /\b(?:no one|noone|nobody|none of us|neither of us|not one of us)(?: (?:here|really|even|actually|can|could|would|will|does|do|is|are|really))? (?:know|knew|sure|certain|remember|recall|tell|say|idea|clue)\b|\b(?:not|never|un) ?known\b/;
/** Chat that may stand around a "no one knows" without making it say anything more. */
const AROUND = new Set(['tbh', 'honestly', 'really', 'yet', 'lol', 'here', 'actually', 'sorry', 'so', 'well', 'um', 'hmm', 'right', 'now', 'for', 'sure', 'at', 'all', 'atm', 'either', 'anyway']);

/**
 * Someone else's to answer: "not my call", "not up to me", "ask the product owner", "pinging her", "check with @kate".
 * Handing the question on is no answer, whatever it names on the way ("@lee decides the uptime terms" names no outage policy).
 * A colleague's answer relayed is still an answer ("@lee says simplicity"): only the handing on counts here.
 */
const HANDING_ON = '(?:ask|asking|ping|pinging|check with|checking with|loop in|looping in|defer to|run it by|running it by|cc)';
const SOMEONE_ELSE = /\bnot (?:my|our) (?:call|decision|choice|department|area|job|place)\b|\bnot up to (?:me|us)\b|\bpay ?grade\b/;
const HANDED_ON = new RegExp(`\\b${HANDING_ON} (?:the|my|our|him|her|them|someone|somebody)\\b`);
const HANDED_TO_A_NAME = new RegExp(`\\b${HANDING_ON}\\s+@\\w`, 'i');

/** The reply hands the question to someone else ("not my call", "ask the owner", "pinging @kate"). */
export function handsOn(text: string): boolean {
  const key = keyOf(writtenInFull(text));
  return SOMEONE_ELSE.test(key) || HANDED_ON.test(key) || HANDED_TO_A_NAME.test(text);
}

/**
 * A view, one's own or someone else's, rather than what is so: "I think so", "the lead thinks several", "I doubt it",
 * "sales would say no", "ops would know", "the consultants suggested a cluster". Firm answers stay answers: "I don't
 * think so" is no, "no doubt, several" is several, "we'd want it added on its own" (the team's own need) and "users
 * would leave" (what happens) are told.
 */
const A_VIEW = /\b(?<!\b(?:i|we) )(?:recommend|recommended|suggest|suggested|advise|advised|pushing|keep asking|keep pushing)\b|\b(?<!\b(?:dont|do not|didnt|no) )think\b|\b(?<!\b(?:no|without|without a) )doubt\b|\b(?<!\b(?:i|we) )would (?:say|want|prefer|pick|choose|answer|vote|know|tell)\b/;

/**
 * "depends", "it depends on the season", "well, that depends", "it'd depend": the answer hangs on something. Only a
 * "depends" that opens its clause or follows "it"/"that"/"all" or an adverb ("really depends"), or a "depend" after
 * "would"/"might"/…: "the billing jobs depend on it" or "shops depend on us" tell why an
 * outage hurts, and "spiky, depending on the weekday" tells how traffic moves. Not after "which" ("the shop which
 * depends on it"): that is a thing relying on us.
 */
const IT_DEPENDS =
  /(?:^|[^\w\s']\s*|\b(?:it|that|this|all|everything|answer|well|tbh|really|totally|honestly|mostly|largely|partly|entirely)\s+)depends\b|\b(?:would|will|d|does|do|may|might|can|could|should)\s+depend\b/i;

/**
 * "the load depends on the season", "usage depends on the news cycle": something of ours that moves with something
 * else, whatever "no" came first, so the reply hangs on that thing. Only what relies on us ("the jobs depend on it",
 * "customers depend on the app") is told plainly.
 */
const DEPENDS_ON_ANOTHER_THING =
  /\bdepends? on (?!(?:it|us|this|that|them|these|those|(?:the|our) (?:app|apps|site|service|services|system|platform|product|shop|store|api|backend|uptime))\b)\w/i;

/** A letter typed three or more times in a row. */
const HELD = /([a-z])\1{2,}/g;

/** The text's key as said, and with each letter held down ("maaaybe", "hmmmm") read as one letter and as two. */
function spoken(text: string): string[] {
  const key = keyOf(writtenInFull(text));
  return [key, key.replace(HELD, '$1'), key.replace(HELD, '$1$1')].map((k) => ` ${k} `);
}

/**
 * The reply doubts the question, hedges, guesses or hands it on: no option may be read out of it as it stands. A guess
 * counts only in `ofToday`, the reply's clauses about us today (the whole reply unless told).
 */
export function unsure(text: string, ofToday: string = text): boolean {
  const key = keyOf(writtenInFull(text));
  const said = spoken(text);
  if (UNSURE.some((phrase) => said.some((s) => s.includes(` ${phrase} `))) || ` ${key}`.endsWith(' no data')) return true;
  if (IT_DEPENDS.test(writtenInFull(text)) || DEPENDS_ON_ANOTHER_THING.test(writtenInFull(text))) return true;
  const today = spoken(ofToday);
  if (GUESSES.some((phrase) => today.some((s) => s.includes(` ${phrase} `)))) return true;
  if (A_VIEW.test(key) || handsOn(text)) return true;
  const nobody = NOBODY_KNOWS.exec(key);
  if (!nobody) return false;
  const rest = `${key.slice(0, nobody.index)} ${key.slice(nobody.index + nobody[0].length)}`.split(' ').filter((w) => w !== '');
  return rest.every((w) => AROUND.has(w));
}
