import { SMALL_TALK_WORDS } from '../chat-words.js';
import { unstretched } from './normalize.js';

// Greetings, thanks and acknowledgements: chat that deserves a friendly word, not "I don't know".
// The words are the shared table's (../chat-words.ts: SMALL_TALK_WORDS). Of "yes", only the plain spellings: a lone
// "ya" or "ye" is as often "you" as "yes", so it is read as yes only where a yes is expected (a checklist step, an offer).

/** Words that carry the small talk itself. Everyday chat, not topics: no concept may be reached through them. */
const SOCIAL: ReadonlySet<string> = new Set(SMALL_TALK_WORDS.flatMap((row) => row.words));

/** Of SOCIAL, the words that make a message small talk on their own; "how", "is", "it" do not. */
const MARKERS: ReadonlySet<string> = new Set(SMALL_TALK_WORDS.filter((row) => row.marker).flatMap((row) => row.words));

/** Chat that is only small talk as a whole: "how" and "up" alone are not. */
const PHRASES: ReadonlySet<string> = new Set(SMALL_TALK_WORDS.flatMap((row) => row.phrases ?? []));

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
  // Courtesies of formal writing: "hope you are well", "might I ask how your day is going".
  'hope you are well', 'hope youre well', 'hope you are doing well', 'hope this finds you well', 'how is your day', 'hows your day',
  'how was your day', 'how your day is going', 'how your day is proceeding', 'how your day has been', 'before we begin', 'before we start',
  'might i ask', 'may i ask', 'if i may',
].map((phrase) => new RegExp(`(?:^| )${phrase}(?= |$)`, 'g'));

/** At most this many words make a message of small talk when set phrases hold most of them; eight otherwise. */
const SET_PHRASE_MESSAGE = 16;

/** The tokens left once every set phrase is taken out; none when there was no set phrase. */
function withoutSetPhrases(tokens: readonly string[]): string[] | undefined {
  const text = tokens.join(' ');
  let rest = text;
  for (const phrase of SET_PHRASES) rest = rest.replace(phrase, ' ');
  return rest === text ? undefined : rest.split(' ').filter((t) => t.length > 0);
}

/** Tokens as typed (lower-case, unsingularised): true when every one is chat and at least one says so. */
export function isSmallTalk(typed: readonly string[]): boolean {
  // Set phrases may make a longer message small talk ("hello there, before we begin, might i ask how your day is going").
  if (typed.length === 0 || typed.length > SET_PHRASE_MESSAGE) return false;
  const tokens = typed.map(asTyped);
  const rest = withoutSetPhrases(tokens);
  if (rest?.every((t) => SOCIAL.has(t))) return true;
  if (typed.length > 8) return false;
  if (PHRASES.has(tokens.join(' '))) return true;
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
