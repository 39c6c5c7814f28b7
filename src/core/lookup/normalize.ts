// Turning what people type in chat into tokens the index can compare.

import { GREETING_WORDS, INTERJECTIONS, OK_WORDS, PEOPLE_WORDS, PLEASE_WORDS, SUMMARY_WORDS, THANKS_WORDS } from '../chat-words.js';
import { cleanTyped } from '../typed-text.js';

/** HTML tags pasted into a question (<script>, </div>) say nothing about its topic. */
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?>/gi;

/** What a lookup ignores: chat noise and HTML markup. The quoted text keeps the markup, escaped. */
export function stripForLookup(text: string): string {
  return cleanTyped(text).replace(HTML_TAG, ' ');
}

/** Lowercase ASCII-ish tokens; hyphens, dots and underscores separate words ("kube-proxy" = "kube proxy"). */
// The last text tokenized and its tokens: one lookup tokenizes the same text several times (small talk,
// ranking, once per article), and the regexes are most of a first-seen question's cost.
let lastText: string | undefined;
let lastTokens: readonly string[] = [];

export function tokenize(text: string): string[] {
  if (text !== lastText) {
    lastTokens = tokenizeFresh(text);
    lastText = text;
  }
  // A copy: callers own what they are given.
  return [...lastTokens];
}

/**
 * What any step of `tokenizeFresh` but the split acts on: markup, chat noise, capitals, accents,
 * apostrophes, dots. A new cleaning step there must add the characters it acts on here, or the fast
 * path skips it.
 */
const NEEDS_CLEANING = /[\u0080-\uffff]|[A-Z:<'.]/;

function tokenizeFresh(text: string): string[] {
  // Most questions reach here lower-case already, with nothing to strip: the split alone gives the
  // same tokens, without the eight passes over the text.
  if (!NEEDS_CLEANING.test(text)) return text.split(/[^a-z0-9]+/).filter((t) => t.length > 0);
  return stripForLookup(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/'/g, '')
    // "node.js", "vue.js": one name, not the word "node" and a stray "js".
    .replace(/\b([a-z0-9]+)\.js\b/g, '$1js')
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

const STRETCH = /([a-z])\1{2,}/g;

/**
 * A letter held down in chat ("sooo", "thanksss"): the word with each run as one letter, then as two
 * ("so", "soo"; "thanks", "thankss"), for the caller to keep the one it knows; none when nothing is held.
 */
export function unstretched(word: string): [string, string] | undefined {
  if (!/([a-z])\1\1/.test(word)) return undefined;
  return [word.replace(STRETCH, '$1'), word.replace(STRETCH, '$1$1')];
}

/** A crude singular so "pods", "nodes", "images", "proxies" meet their concept. Applied to both sides. */
export function singular(token: string): string {
  if (token.length <= 3) return token;
  if (token.endsWith('ies') && token.length > 4) return `${token.slice(0, -3)}y`;
  // "goes", "echoes": the "e" belongs to the ending, not the word.
  // Endings tested as strings, not patterns: every word of every question comes here, several times a lookup.
  if (!token.endsWith('s')) return token;
  if (token.endsWith('sses') || token.endsWith('xes') || token.endsWith('ches') || token.endsWith('shes') || token.endsWith('oes')) return token.slice(0, -2);
  if (token.endsWith('ss') || token.endsWith('us') || token.endsWith('is') || token.endsWith('js')) return token;
  return token.slice(0, -1);
}

export function terms(text: string): string[] {
  // Filler words are kept as typed: "does" must not become "doe".
  return tokenize(text).map((t) => (FILLER.has(t) ? t : singular(t)));
}

/** The comparable form of a title, alias or question: singular tokens joined by single spaces. */
export function keyOf(text: string): string {
  return terms(text).join(' ');
}

// Words that make a question a question but say nothing about its topic. Dropped before matching.
// "article" and "post" name the knowledge base itself ("what does the article say about pods").
// Nor do the words any question about software settings uses ("enabled by default", "is it required").
// Contractions lose their apostrophe ("we've" is "weve"); the negative ones that content uses
// ("can't do", "doesn't") stay words.
// Greetings, thanks, please, ok and asking for the short version are the shared chat words
// (../chat-words.ts). Not the yes and no words: "no" and "nope" answer a question about the topic
// ("no downtime?"), so they stay terms here while small talk and the checklist read them as chat.
// Only the greetings that open questions, not small talk's rarer ones ("howdy", "hola"): dropping
// those too would change what the lookup does with them, which this list has never done.
// Filler that still names a thing of its own: a question about "the article" or "an interview" asks
// about pods or kubelets, but "a job interview" or "a job post" is an interview or a post, not a job.
const TOPIC_FILLER = new Set('article post interview interviews interviewer interviewing'.split(' '));

const FILLER = new Set([
  ...TOPIC_FILLER,
  ...PLEASE_WORDS,
  ...GREETING_WORDS,
  ...THANKS_WORDS,
  ...OK_WORDS,
  ...SUMMARY_WORDS,
  // Sounds that only react ("hmm", "lmao"): typed anywhere in a question, they never name its subject.
  ...INTERJECTIONS,
  // Who the answer should suit ("to a newbie", "like i'm a toddler"): the shared words for people.
  ...[...PEOPLE_WORDS.levels, ...PEOPLE_WORDS.laypeople].flatMap((w) => [w, `${w}s`]),
  ...`a an the is are was were be been being am of in on at for to from with about into by as
   what whats wat wut how hows why when where which who whom whose
   do does did doing done have has had having can could would should shall will may might must
   i im me my we our us you your u ur it its this that these those there here they them
   tell explain describe define definition mean meaning means exactly actually really just
   bot archbot lol so um uh
   tho though btw tbh imo imho ngl fyi
   know understand learn show give some any anything something thing stuff like kind sort
   even anyway basically exactly work working explained explanation basics basic overview intro
   say says
   s t d ll re ve vs versus or and difference between compare compared comparison
   weve youve theyve ive youre theyre hes shes thats theres heres whos wheres whens whys
   youd theyd youll theyll itll thatll arent wasnt werent havent hasnt hadnt aint wouldnt couldnt out
   he she him her his hers himself herself theirs themselves ourselves yourselves mine yours ours
   because cause cuz coz think guess wonder wondering curious supposed gonna wanna gotta maybe probably
   honestly literally seriously totally also already yet else quick question q
   including matter matters mattered
   whole entire all
   didnt wont mustnt neednt
   sentence layman laymans dummies terms word words
   wtf wth omg omfg afaik iirc lmk tbf smh fwiw
   default enabled enable disabled disable configure configured supported recommended properly necessary required normally`.split(/\s+/),
]);

export const FILLER_WORDS: ReadonlySet<string> = FILLER;

export function isFiller(term: string): boolean {
  return FILLER.has(term);
}

/** Whether a filler word is a thing of its own ("interview", "post"), not a word every question has ("what", "the"). */
export function isTopicFiller(term: string): boolean {
  return TOPIC_FILLER.has(term);
}

/** Words after these name the setting, not the subject: "an image *in docker*", "pods *on k8s*". */
const CONTEXT_MARKERS = new Set(['in', 'on', 'inside', 'within', 'with', 'using', 'for', 'under', 'across']);

export function isContextMarker(term: string): boolean {
  return CONTEXT_MARKERS.has(term);
}

/** Words that mark a comparison between two named things. */
export const COMPARISON_SPLIT = /\b(?:vs|versus|or|compared to|compared with|against)\b/;
export const DIFFERENCE_OF = /\b(?:difference|differences|diff|differ|distinction|decide|deciding|choose|choosing|pick|picking|compare|comparing|comparison) between (.+?) and (.+)$/
