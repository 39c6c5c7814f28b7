import type { Criterion } from '../content/checklist-schema.js';
import { NO_WORDS, YES_WORDS, writtenInFull } from '../chat-words.js';
import { keyOf, singular, tokenize } from '../lookup/normalize.js';
import { stem } from '../stem.js';
import { stepQuestionWords } from './name-occurrence.js';
import { countIn } from './read-count.js';
import { clausesOf } from './clauses.js';

// What a reply says of a situation other than ours today: a plan ("we mean to split it next spring"), an answer put
// under a condition ("if we raise a round, several"), or someone else's system ("our rival's site never goes down").
// A step asks how things are for us now, so none of these answers it; what the reply says of us today, beside them,
// still does ("one box for now, a second one next spring").

/**
 * Words that tell of a plan or of what is still to come. "later" only of another time, never of later in the day
 * ("it picks up later in the evening" tells how traffic is); "soon" never as "as soon as".
 */
const TOLD_LATER = new RegExp(
  [
    String.raw`\bplan(?:s|ning)? (?:to|on)\b`,
    String.raw`\bgoing to (?:be|add|move|split|need|have|get|grow|scale|launch|hire|switch|migrate|write|build|start|break|want)\b`,
    String.raw`\bnext (?:year|quarter|month|week|sprint|release|phase|spring|summer|autumn|fall|winter)\b`,
    String.raw`\blater(?! (?:in|that|at|each|every|on in|the) )\b`,
    String.raw`(?<!\bas )\bsoon\b(?! as\b)`,
    String.raw`\b(?:eventually|someday|some day|one day|in the future|down the (?:road|line)|roadmap|hopefully|we hope)\b`,
    String.raw`\b(?:after|once|when) (?:we )?(?:launch|go live|ship it|release it)\b`,
    String.raw`\bafter (?:the )?launch\b`,
    // "once the move is done", "after the migration", "by the end of the year", "in a few months", "we'll be on three".
    String.raw`\bonce (?:the|we|we re|it|it s|our|they)\b`,
    String.raw`\bafter (?:the |our )?(?:move|migration|rewrite|split|switch|launch|funding|round)\b`,
    String.raw`\bby the end of\b|\bin (?:a|an|one|two|three|six|a few|a couple of|\d+) (?:days?|weeks?|months?|years?|quarters?)\b`,
    String.raw`\b(?:we|it|they|traffic|that)(?: will|'ll| ll) (?:be|have|need|add|grow|get|want|move|split|switch)\b`,
    // The load said as it would or could move ("it'd double if we got featured", "traffic could spike"): a forecast.
    String.raw`\b(?:it|traffic|load|usage|demand|requests|that|things)(?: would|'d| d| could)(?: (?:probably|definitely|surely|easily|likely|certainly))? (?:spike|surge|jump|peak|double|triple|swing|fluctuate|vary|explode|blow up|go|climb|rise|grow)\b`,
    String.raw`\b(?:intend|intends|hope|hoping|expect|expecting)(?: to)? (?:add|move|split|write|build|switch|migrate|grow|scale|hire|launch|start|introduce|adopt)\b`,
    String.raw`\bfuture\b`,
    // A change under way: "in the middle of splitting it", "mid-migration". Not "in the middle of the night".
    String.raw`\bin the (?:process|middle|midst) of \w+ing\b|\bmid[- ]?(?:migration|transition|rewrite|move)\b|\bmidway through\b`,
  ].join('|'),
  'i',
);
/**
 * Words that put a clause on someone else's system or view: another team, company or product, a rival, a past
 * employer, a well-known company, some of us rather than the team ("the other squad runs a cluster", "at my previous
 * employer we had …", "every company has …", "a couple of the devs would like …").
 */
const SOMEONE_ELSES = new RegExp(
  [
    String.raw`\b(?:the|an|some|many|most|all|every|our|their)?\s*other (?:teams?|compan(?:y|ies)|apps?|products?|projects?|services?|groups?|departments?|orgs?|organi[sz]ations?|squads?|startups?|businesses|firms?|clients?|customers? s)\b`,
    // Not "every team" or "most squads": those are ours ("we want every team deploying the same way").
    String.raw`\banother (?:team|squad|group)\b|\b(?:another|most|many|every|any|big|some) (?:company|companies|org|organi[sz]ation|startup|business|firm)s?\b`,
    String.raw`\b(?:competitors?|competition|rivals?|sister company|parent company|big tech|netflix|google|amazon|uber|spotify|facebook|meta)\b`,
    String.raw`\b(?:a friend|friends?|my friend|a colleague|my brother|my sister)(?:'s| s)\b`,
    String.raw`\b(?:my|our)? ?(?:last|old|previous|former|prior) (?:jobs?|compan(?:y|ies)|employers?|teams?|gigs?|places?|startups?|workplaces?|clients?)\b`,
    // Some of us, not the team: "though a couple of the devs would like pipelines", "half of them prefer x".
    String.raw`\b(?:a few|some|several|a couple|one or two|half|a handful)(?:(?: of)? (?:us|them|the team|the devs|our devs|the engineers))? (?:want|wants|prefer|prefers|like|likes|would|push|pushes)\b`,
    // Another group's view set apart from ours: "that's the platform team's view", "not ours". Not "the team's view",
    // which is ours.
    String.raw`\bthe (?!team\b)\w+(?: \w+)?(?:'s| s) (?:view|opinion|take|preference|wish|idea)\b|\bnot (?:ours|mine)\b`,
  ].join('|'),
  'i',
);

/** A clause that opens with when or where it holds ("after …", "once …", "next year …", "at my old job …"). */
const LEADS_WITH_A_SETTING = /^\W*(?:after|once|by|in|at|next|eventually|soon|later|someday|some day|one day)\b/i;
/**
 * The reply without the clauses that tell of a plan, of later or of someone else's system ("one server for now,
 * planning a second next year" -> "one server for now"), or undefined when every clause does: those alone tell
 * nothing of us today. readStepInput reads it twice: on the reply as typed, for guesses, and after
 * howThingsStandNow, which keeps a story's today, for the option.
 */
export function ofUsToday(text: string): string | undefined {
  const later = (clause: string): boolean => TOLD_LATER.test(writtenInFull(clause));
  // "unlike our rival, we …" sets ours against theirs: the clause is about us.
  const elsewhere = (clause: string): boolean => later(clause) || (SOMEONE_ELSES.test(clause) && !/^\W*unlike\b/i.test(clause));
  const clauses = clausesOf(text).map((clause) => clause.text);
  if (!clauses.some(elsewhere)) return text;
  // "after the move, several", "at my old job, lots": a time or place said first sets that of all that follows it.
  if (elsewhere(clauses[0] ?? '') && LEADS_WITH_A_SETTING.test(clauses[0] ?? '')) return undefined;
  const kept = clauses.filter((clause) => !elsewhere(clause)).join(', ');
  return keyOf(kept) === '' ? undefined : kept;
}

/** Words that open a condition, besides a plain "if" (which CONDITION_AFTER takes only on what counts). */
const CONDITION_WORDS = ['only if', 'unless', 'assuming', 'provided', 'providing', 'supposing', 'as long as'];
/** Words that open a condition. */
const CONDITION = String.raw`(?:${[...CONDITION_WORDS, 'if'].join('|')})`;
/** A reply that opens with a condition, then (after a pause or "then") what holds under it: "if we hire, automation". */
const CONDITION_FIRST = new RegExp(String.raw`^\W*${CONDITION}\b[^,;:.!?…—]*?(?:[,;:.!?…—-]+|\bthen\b)(.*)$`, 'i');
/**
 * A reply that opens with what holds, then the condition: "yes, unless it's peak season", "yes, if the cron jobs
 * count". After a plain "if" only a condition on what counts or is meant: "yes, if a box dies a script restarts it"
 * tells when the answer shows, not whether it holds. Found by an unanchored search, the answer being the text before
 * it: a lazy "^(.*?)" before the pause would backtrack over every space or comma of a long reply.
 */
const CONDITION_AFTER = new RegExp(
  String.raw`\b(?:(?:${CONDITION_WORDS.join('|')})\b|if\b(?=[^,;:.!?…—]*\b(?:count|counts|counted|counting|include|includes|included|mean|means|meant|consider|considered)\b))`,
  'i',
);

/**
 * The load foretold to move once a condition comes true: "if the campaign runs, it will spike", "if we get featured,
 * traffic'll double". A forecast under a condition tells how it would be, not how it moves today; "it spikes every
 * evening" tells.
 */
const FORETOLD =
  /^\W*(?:it|traffic|load|usage|demand)\s*(?:will|'ll| ll)\s+(?:probably\s+|definitely\s+|surely\s+)?(?:spike|surge|jump|peak|double|triple|grow|go up|explode|climb|rise|drop|fall|swing|fluctuate|vary|change|increase|decrease|blow up|go crazy|go nuts)\b/i;

/** The other branch of a condition: "if the regulator asks, several; otherwise as today" answers only per branch. */
const OTHERWISE = /\b(?:otherwise|if not|or else)\b/i;

/** Words a bare answer may carry with it: "then two", "just several". */
const CARRIED = new Set(['then', 'just', 'only', 'a', 'the', 'it', 'is', 'its', 'would', 'be', 'we', 'd', 'say']);

/**
 * The reply is a bare answer (an option's value, a yes or no, a count), with at most words of the step's own question
 * beside it: "several", "yes", "then two machines". A remark that tells how things are ("nobody notices") is not bare.
 */
function bareAnswer(criterion: Criterion, text: string): boolean {
  const answers = (w: string): boolean =>
    criterion.options.some((o) => keyOf(o.value) === w) || YES_WORDS.includes(w) || NO_WORDS.includes(w) || countIn([w]) !== undefined;
  const asked = stepQuestionWords(criterion);
  const words = tokenize(text).filter((w) => !CARRIED.has(w) && (answers(w) || !asked.has(stem(singular(w)))));
  return words.length === 1 && answers(words[0] as string);
}

/**
 * An answer said only under a condition: "if marketing runs a sale, yes", "several, assuming the db box counts". The
 * answer is bare, so all the reply tells is what it would be. A condition with a remark on how things are ("if we go
 * down for a minute nobody notices") tells how they are, and is read as an answer.
 */
export function underACondition(criterion: Criterion, text: string): boolean {
  const first = CONDITION_FIRST.exec(text);
  if (first && (bareAnswer(criterion, first[1] ?? '') || FORETOLD.test(first[1] ?? '') || OTHERWISE.test(first[1] ?? ''))) return true;
  const after = CONDITION_AFTER.exec(text);
  const before = after === null ? '' : text.slice(0, after.index);
  return keyOf(before) !== '' && bareAnswer(criterion, before);
}
