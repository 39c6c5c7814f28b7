import { PART_WORDS } from './deeper-part.js';
import { stem } from '../stem.js';
import { OK_WORDS, SUMMARY_WORDS } from '../chat-words.js';

// Word lists for reading follow-ups. General English, not tied to any one question: pronouns,
// openers, subject-less requests, and a few families of words that ask about one aspect of a thing.

/** Words that lean on what was said before ("and what is kept in *it*?"). */
export const ANAPHORS = new Set(['it', 'its', 'itself', 'they', 'them', 'their', 'theirs', 'this', 'that', 'these', 'those', 'there', 'such', 'same', 'he', 'she']);

/**
 * Words that open a follow-up and say nothing of its own ("*and* …", "*so* …", "*ok* …"): one list for every pattern here.
 * Not the lookup's OPENER_WORDS (lookup/openers.ts), the chat and greetings that may come before a first question.
 */
const LEAD_WORDS = ['and', 'so', 'but', ...OK_WORDS, 'then', 'now', 'well', 'oh', 'ah', 'hmm', 'wait'];
export const OPENERS: ReadonlySet<string> = new Set(LEAD_WORDS);
/** The openers as the start of a pattern: any number of them, each with its space. */
export const OPENING = `^(?:(?:${LEAD_WORDS.join('|')}) )*`;

/**
 * "how many machines can it grow to?", "how much data can it hold on to?": a quantity of the last answer is asked, not
 * the thing at the other end of the preposition it ends on.
 */
export const QUANTITY = new RegExp(`${OPENING}how (?:many|much|far|big|large|often|long)\\b`);

/** Openings that continue a thread ("and the scheduler?", "what about backups?"). */
export const LEADS_ON = /^(?:and|but|so|also|then|plus|ok(?:ay)? and|what about|how about|and what about)\b/;

/** Endings that add to what came before ("staging *too*?", "for tests *as well*?"). */
export const TRAILS_ON = /\b(?:too|also|as well|either)$/;

/** Words that join a message to the conversation and say nothing about its subject ("*and* docker itself?"). */
export const CONNECTIVES = new Set(['and', 'but', 'so', 'also', 'too', 'either', 'then', 'plus', 'now', 'well', 'oh', 'ah', 'right', 'cool', 'great', 'nice', 'got', ...OK_WORDS]);

/** Anyone at all ("why would *anyone* need it?"): no subject of the question's own. */
export const PEOPLE = new Set(['anyone', 'anybody', 'someone', 'somebody', 'people', 'everyone', 'everybody', 'person', 'folks']);

/** Prepositions that set a thing as where something is or goes. */
export const PLACING_WORDS: readonly string[] = ['on', 'in', 'inside', 'into', 'onto', 'at', 'across', 'over', 'to', 'from', 'with', 'per', 'between', 'behind', 'through', 'via', 'under', 'above', 'within'];
export const PLACING = new RegExp(`^(?:${PLACING_WORDS.join('|')})$`);

/**
 * Words of a request that has no subject of its own ("why?", "tell me more", "an example?"). Asking
 * for the short version is the shared SUMMARY_WORDS, which the lookup drops as filler; the other
 * ways of asking for it ("tldr", "recap", "gist") are cues only.
 */
export const CUES = new Set([
  ...SUMMARY_WORDS,
  // The words that ask for a part of the last answer (deeper-part.ts). Not a word that also places a thing ("what's
  // *inside* it?" asks for what is there, a thing of its own, as much as for how it works).
  ...PART_WORDS.filter((w) => !PLACING.test(w)),
  ...`why how when where what whats hows wheres whos which who whom more tell example instance elaborate detail else go continue further
   deeper expand clarify really mean meaning like practice real world matter important importance point purpose
   care one ones thing bit again exactly simply simple word short
   version sum recap tldr gist brief simpler simplify main key biggest source sources citation cite reference references`.split(/\s+/),
]);

/** "which pods does it *point* to?": a cue word ("what's the point") used as a verb, its preposition after it. */
export function cueAsVerb(said: readonly string[], i: number): boolean {
  return said[i] === 'point' && /^(?:at|to)$/.test(said[i + 1] ?? '');
}

/**
 * Verbs, quantifiers and intensifiers that fit any concept ("how many", "should I use", "does it run", "the *actual*
 * difference"): they count for little when choosing which concept a follow-up is about.
 */
export const WEAK = new Set(
  `use used using build built run running make made get got have has had want work works working
   happen happens go goes going many much every each all some any few several lot lots able start stop set do done
   better best good bad big small new old way time thing things manage managed managing
   actual real true exact`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/** Words that ask how two things differ or relate, outright ("how is it *different*", "how do they *relate*"). */
const DIFFERENCE_WORDS =
  'different|differ|differs|difference|differences|compare|compares|compared|comparison|versus|vs|relate|relates|relation|relationship|' +
  // Other ways of asking how two things relate: "how does that tie into X?", "does it connect with X?"
  'tie into|ties into|tie in with|ties in with|connect to|connects to|connect with|connects with|link to|links to|interact with|interacts with';
export const DIFFERENCE = new RegExp(`\\b(?:${DIFFERENCE_WORDS})\\b`);

/** "how is that different from X", "how does it relate to X", "better than X": the last answer set against X. */
export const COMPARED_WITH = new RegExp(
  `\\b(?:${DIFFERENCE_WORDS}|instead of|better than|worse than|rather than|replace|alternative to|related|fit with|fits with)\\b(?:\\s+(?:from|to|with|than|between))?\\s+(.+)$`,
);

/**
 * The last answer held against something of the asker's own world, what they compare it with in group 1: "like a cron
 * job?", "is it like unix groups?", "so it's kind of like a cache?", "what is that in accounting terms?",
 * "explain like I'm a network engineer". Read on the tokenized message ("i'm" arrives as "im", "it's" as "it s").
 */
export const LIKE_THEIRS: readonly RegExp[] = [
  new RegExp(
    `${OPENING}(?:(?:is|isnt|so) (?:it|that|this|they|those|these) |(?:it|that|this) s |(?:its|thats) )?(?:(?:kind|sort) of |a bit |basically |just |more )?(?:like|similar to|same as|the same as|akin to|comparable to|analogous to) (.+)$`,
  ),
  /\bin (.+?) (?:terms|speak|lingo)$/,
  /\blike (?:im|i m|i am|we re|were) (?:a|an|some) (.+)$/,
];

/** "where does it run?", "where do they live?": a question about where the last answer is. */
export const LOCATED = new RegExp(`${OPENING}where (?:does|do|is|are|did|can|will) (?:it|they|that|this|those|these)\\b`);
/** What being somewhere is said with. */
export const LOCATED_BY = ['run', 'live', 'sit', 'reside', 'located'];

/**
 * Words right before a name that make it the setting of the question rather than its subject:
 * "and *in* docker?", "what about *plain* docker?" (and "docker's *side*", read with PART).
 */
export const SETTING = new Set(['in', 'on', 'under', 'inside', 'within', 'plain', 'pure', 'vanilla', 'bare', 'standalone']);

/** Words that, after a name, point at the thing named ("the image *part*", "the docker *step*"). */
export const PART = new Set(['part', 'bit', 'piece', 'step', 'side', 'layer', 'stage', 'portion']);

/**
 * Words that only point at a piece of what was said, after a word for it ("the deployment *part*", "the restart *thing*",
 * "the docker *way*"): PART and the vague nouns. The word before them is the piece, never a subject of its own.
 */
export const PIECE: ReadonlySet<string> = new Set([...PART, 'thing', 'stuff', 'way']);

/** "what actually runs …", "who manages …": a question for the one doing something, not about the thing named. */
export const AGENT = new RegExp(`${OPENING}(?:what|who|which)(?: \\w+ly)? (?!is |are |was |were |does |do |did |can |could |should |would |will |s )\\w+`);

/** The verb of such a question: "who *receives* …", "what *pulls* …". */
export const AGENT_VERB = new RegExp(`${OPENING}(?:what|who|which)(?: \\w+ly)? (?!is |are |was |were |does |do |did |can |could |should |would |will |s )(\\w+)`);
/** Pronouns that own something ("*its* commands"). */
export const POSSESSIVE = new Set(['its', 'their']);

/** Advice asked for oneself: "should we …", "do I need …", "is it a good idea for us", "would docker do for us". */
// "how do we store images?" asks how, not whether, and "can we roll back?" what is possible: "do we" counts only
// opening the question, and "can"/"will" not at all.
// "what would you pick?", "what do you recommend?": the bot's own advice, asked outright; so is "time for X?".
export const ADVICE = new RegExp(
  `\\bshould (?:we|i)\\b|${OPENING}(?:shall|would|do|does|must) (?:we|i)\\b|\\bfor (?:us|me|our)\\b|\\b(?:we|i) (?:need|should|must|want|ought)\\b|` +
    `\\b(?:would|do|should|could) you (?:pick|choose|recommend|suggest|advise|go with|use)\\b|\\byour (?:advice|recommendation|pick)\\b|` +
    // "time for kubernetes?", "is it time to move?": whether the moment has come, asked for oneself.
    `${OPENING}(?:is it |so )?(?:high )?time (?:for|to)\\b|` +
    // "is a cluster justified here?", "is docker fine in our case?": a judgement asked of the situation just described.
    // The judgement word carries it; "what does the scheduler do here?" asks no advice.
    `\\b(?:worth(?: it)?|justified|overkill|enough|fine|ok|okay|right|needed|necessary|sensible|wise|smart|a good (?:fit|idea|choice)|the (?:right|best) (?:call|choice|pick|tool)|the way to go|pays? off) (?:here|in (?:our|this|that|my) (?:case|situation|setup))$`,
);

/** "docker or kubernetes, then?", "compose or swarm now": two things and nothing else, which one to pick (advice once a situation is known). */
export const CHOICE = new RegExp(`${OPENING}(?:which|what)?\\s*\\w+(?: \\w+)? or \\w+(?: \\w+)?(?: then| now)?$`);

/**
 * "use swarm?", "swarm then?", "go with docker?": one thing, at most a verb of taking it up before it, whether to take
 * it (advice once a situation is known and the thing is what a verdict names).
 */
export const PICK_ONE = new RegExp(
  `${OPENING}(?:(?:do (?:we|i) |we |i )?(?:need|use|want|try|get|pick|choose|adopt|go with|go for|move to|switch to) )?\\w+(?: then| now| yet| instead)?$`,
);

/** Verbs of having something, before a final pronoun: "does X *have* that?", "does X *support* it?". */
export const HAVE = new Set(['have', 'has', 'support', 'supports', 'offer', 'offers', 'do', 'does', 'handle', 'handles', 'provide', 'provides', 'include', 'includes']);

/** "the *other* mistakes", "the *rest*": something beside the last answer. */
export const OTHER = new Set(['other', 'others', 'rest', 'remaining']);
/** Words that turn a question around ("but when *not*?"). */
export const NEGATIONS = new Set(['not', 'isnt', 'arent', 'doesnt', 'dont', 'wont', 'cant', 'shouldnt', 'never']);
/** A yes/no question whose subject is a pronoun: "is that a problem?", "does it scale?", "can they …". */
export const YES_NO = new RegExp(`${OPENING}(?:is|are|was|were|does|do|did|can|could|should|will|would|isnt|arent|doesnt) (?:it|that|this|they|these|those)\\b`);
/** Prepositions that put a thing at the other end of a relation ("talk *to* it", "created *from*"). */
export const PREPOSITION = /^(?:to|from|of|with|on|into|by|at)$/;

/** Words that may stand between a preposition and the name it places: "on *every* node", "across *the* machines". */
export const DETERMINERS = new Set(['the', 'a', 'an', 'each', 'every', 'all', 'our', 'my', 'your', 'its', 'their', 'any', 'some', 'other', 'several', 'many']);

/** Words that open a clause of its own: a name after one sets the scene ("if pods already have IPs"). */
export const SUBORDINATORS = new Set(['if', 'when', 'since', 'because', 'though', 'although', 'while', 'given', 'unless', 'once', 'whereas']);

/** "the first one", "the 2nd", "the latter": a side of the comparison just answered. */
export const FIRST_SIDE = /\b(?:first|1st|former|left)\b/;
export const SECOND_SIDE = /\b(?:second|2nd|latter|right|other one)\b/;

/**
 * Families of words that ask about one aspect of a thing: a question using one of them is read
 * as using all, so "what's the catch?" meets a concept that lists "downsides".
 */
const FAMILIES = [
  'downside downsides drawback drawbacks weakness weaknesses con cons catch limit limits limitation limitations shortcoming shortcomings disadvantage disadvantages problem problems issue issues pitfall pitfalls cost costs overhead struggle struggles',
  'benefit benefits advantage advantages pro pros upside upsides strength strengths perk perks gain gains good best useful suited suit',
  'mistake mistakes error errors wrong pitfall pitfalls trap traps antipattern antipatterns gotcha gotchas',
  'need needs needed necessary worth worthwhile enough overkill justify justified justifies',
  'store stores stored storage keep keeps kept save saves saved persist persists hold holds data state',
  'create creates created creating start starts started launch launches launched spawn spawns spawned instance instances instantiate instantiated',
  // Handing work to someone else: "what does it pass the work to?" meets "it asks the runtime to …"; what is
  // handed over is received at the other end ("who receives its commands?" meets "hands them to the daemon").
  'hand hands handed pass passes passed delegate delegates delegated ask asks asked instruct instructs instructed receive receives received',
  // Staying the same as each other: "do they stay synced?" meets a page's "managers agree on …".
  'sync synced synchronize synchronise synchronized synchronised agree agrees agreed agreement consensus',
  // The thinking behind something: "the philosophy behind that?" meets a page keyed "principle" or "mindset".
  'principle principles philosophy philosophies mindset ethos',
  // Aiming at something: "which pods does it point to?" meets a page's "picks its pods by label".
  'point points pointed target targets targeted select selects selected pick picks picked aim aims',
  // Not moving on: "what if we remain on docker?" meets a page's "staying on Docker too long".
  'stay stays stayed staying remain remains remained cling clings clinging',
  // What to do about a problem: "what's the fix?" meets a page's "the remedy is …".
  'fix fixes remedy remedies solution solutions cure cures antidote instead',
];

/** The families above that name an aspect of anything (its downsides, benefits, mistakes, whether it is needed). */
const ASPECT_FAMILIES = 4;
const ASPECT_WORDS = new Set(FAMILIES.slice(0, ASPECT_FAMILIES).flatMap((line) => line.split(/\s+/).map(stem)));

/** "need", "downsides", "worth": a word asking about an aspect any concept has, not a relation between two. */
export function isAspectWord(term: string): boolean {
  return ASPECT_WORDS.has(stem(term));
}

/** "its downsides", "why would anyone need it": only aspect words (and people), asking about an aspect of a thing. */
export function asksAnAspect(content: readonly string[]): boolean {
  return content.some(isAspectWord) && content.every((t) => isAspectWord(t) || PEOPLE.has(t));
}

const FAMILY_OF = new Map<string, string[]>();
for (const line of FAMILIES) {
  const words = line.split(/\s+/).map(stem);
  for (const w of words) FAMILY_OF.set(w, [...new Set([...(FAMILY_OF.get(w) ?? []), ...words])]);
}

/** A stemmed term and the other stems of its family, if it has one. */
export function widen(term: string): string[] {
  const s = stem(term);
  return FAMILY_OF.get(s) ?? [s];
}
