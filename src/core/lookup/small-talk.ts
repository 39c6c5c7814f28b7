import { GREETING_WORDS, NO_WORDS, OK_WORDS, PLAIN_YES_WORDS, THANKS_WORDS } from '../chat-words.js';
import { unstretched } from './normalize.js';

// Greetings, thanks and acknowledgements: chat that deserves a friendly word, not "I don't know".
// The greetings, thanks, yes, no and ok words come from the shared chat words (../chat-words.ts);
// the rest are small talk's own. Of "yes", only the plain spellings: a lone "ya" or "ye" is as
// often "you" as "yes", so it is read as yes only where a yes is expected (a checklist step, an offer).

/** Chat words both lists below take from the shared ones. */
const SHARED = [...GREETING_WORDS, ...THANKS_WORDS, ...OK_WORDS, ...PLAIN_YES_WORDS, ...NO_WORDS];

/** Words that carry the small talk itself. Everyday chat, not topics: no concept may be reached through them. */
const SOCIAL = new Set([
  ...SHARED,
  ...`heya hiya howdy hola greetings gm morning afternoon evening night gn
   tysm cheers ta appreciated appreciate grateful kudos
   k kk alright sure cool nice great awesome perfect excellent sweet neat brilliant lovely fine
   lol lmao rofl haha hahaha hehe heh xd
   bye goodbye cya later farewell ttyl
   sorry oops whoops my bad
   wow hmm hm huh meh ah oh
   np nvm nevermind gotcha understood noted roger ack lgtm yw brb gtg interesting
   got makes sense sounds fair enough worries never mind clear
   anyone anybody someone there around awake alive
   mate buddy pal friend folks guys all everyone team bot archbot
   good well doing going up sup wassup whats today
   helpful useful worked works that this was it you are how is
   a the so very much lot lots for now again really just bit too as then`.split(/\s+/),
]);

/** Of SOCIAL, the words that make a message small talk on their own; "how", "is", "it" do not. */
const MARKERS = new Set([
  ...SHARED,
  ...`heya hiya howdy hola greetings gm morning afternoon evening night gn
   tysm cheers ta appreciated appreciate kudos
   k kk alright cool nice great awesome perfect excellent sweet neat brilliant lovely
   lol lmao rofl haha hahaha hehe heh xd
   bye goodbye cya later farewell ttyl sorry oops whoops wow hmm hm huh meh
   anyone anybody someone awake alive sup wassup helpful useful
   np nvm nevermind gotcha understood noted roger ack lgtm yw brb gtg interesting`.split(/\s+/),
]);

/** Chat that is only small talk as a whole: "how" and "up" alone are not. */
const PHRASES = new Set([
  'whats up', 'what up', 'how are you', 'how are you doing', 'how is it going', 'hows it going', 'how you doing', 'you there', 'are you there',
  'got it', 'makes sense', 'that makes sense', 'sounds good', 'no worries', 'never mind', 'all good', 'fair enough', 'all clear',
]);

/**
 * Set phrases of chat whose words are no chat words alone ("one", "long", "wrong", "thread"): with
 * nothing but chat around them, they make a message small talk ("my bad, wrong thread", "have a good one").
 */
const SET_PHRASES = [
  'have a good one', 'have a good day', 'have a nice day', 'have a great day', 'have a good night', 'have a good weekend',
  'long time no see', 'nice to meet you', 'pleased to meet you', 'good to meet you', 'good to see you',
  'my bad', 'wrong thread', 'wrong channel', 'wrong chat', 'wrong window', 'wrong person', 'wrong place',
  'take care', 'catch you later', 'see you', 'see ya', 'talk later', 'talk soon', 'speak soon',
  'no problem', 'not a problem', 'no more questions', 'nothing else', 'all done',
  'good job', 'great job', 'nice job', 'good work', 'nice work', 'great work', 'well done', 'good one', 'good bot',
].map((phrase) => new RegExp(`(?:^| )${phrase}(?= |$)`, 'g'));

/** The tokens left once every set phrase is taken out; none when there was no set phrase. */
function withoutSetPhrases(tokens: readonly string[]): string[] | undefined {
  const text = tokens.join(' ');
  let rest = text;
  for (const phrase of SET_PHRASES) rest = rest.replace(phrase, ' ');
  return rest === text ? undefined : rest.split(' ').filter((t) => t.length > 0);
}

/** Tokens as typed (lower-case, unsingularised): true when every one is chat and at least one says so. */
export function isSmallTalk(typed: readonly string[]): boolean {
  if (typed.length === 0 || typed.length > 8) return false;
  const tokens = typed.map(asTyped);
  if (PHRASES.has(tokens.join(' '))) return true;
  const rest = withoutSetPhrases(tokens);
  if (rest?.every((t) => SOCIAL.has(t))) return true;
  let marked = false;
  for (const t of tokens) {
    if (!SOCIAL.has(t)) return false;
    if (MARKERS.has(t)) marked = true;
  }
  // "got it, thanks", "makes sense, cheers": a phrase of chat and a word of it.
  return marked || PHRASES.has(tokens.filter((t) => !MARKERS.has(t)).join(' '));
}

/** "hiii", "thanksss", "okkk": a letter held down, read with the run as one letter or, failing that, two. */
function asTyped(token: string): string {
  const plain = unstretched(token);
  if (!plain) return token;
  return SOCIAL.has(plain[0]) ? plain[0] : plain[1];
}
