// Words of chat that both the lookup and the conversation read, one list each, so a new spelling is
// added in one place. A leaf module (it imports nothing) under src/core/ itself: the lookup may not
// import from conversation/ (the conversation builds on the lookup), and the checklist reads these too.
// General English, not tied to any one question. Readers that want more or fewer words say so where
// they build their own list from these, with the reason.

/** "yes" in full or as most people type it in chat. */
export const PLAIN_YES_WORDS: readonly string[] = ['yes', 'yeah', 'yep', 'yup'];
/** "yes" as people type it in chat, short spellings too; the short ones are read as "yes" only where a yes is expected. */
export const YES_WORDS: readonly string[] = [...PLAIN_YES_WORDS, 'yea', 'ya', 'yah', 'yeh', 'ye'];
/** "no" as people type it in chat. */
export const NO_WORDS: readonly string[] = ['no', 'nope', 'nah'];
/** Going along with something without saying yes. */
export const OK_WORDS: readonly string[] = ['ok', 'okay'];
/**
 * Words that lead into a question without changing what it asks: "so what is …", "ok and how …", "wait, if …". Built
 * on by OPENS_QUESTION (lookup/question-words.ts, so also the checklist's looksLikeQuestion), lookup.ts's WHAT_IS_LAST
 * and WHAT_IS_MINE, openers.ts's BEFORE_QUESTION, history.ts, pointed-back.ts, compare.ts's pair reader,
 * read-step-input's LEAD_IN_WORDS and follow-up-shape.ts's IF_SCENE; those that read more chat ("well", "hey", "um")
 * add it where they build their list, with the reason. Not yet by the conversation's own lead-in lists, which still
 * write theirs: follow-up-words.ts's OPENERS, preface, back-to, follow-up-name-roles, deeper-part.
 */
export const LEAD_WORDS: readonly string[] = ['so', 'and', 'but', 'then', 'wait', ...OK_WORDS];
/**
 * Sounds people type that mean nothing but a reaction ("hmm", "lmao"): never a word of a subject, wherever they
 * stand. Read as filler by the lookup (lookup/normalize.ts) and as lead-in words before a question (lookup/lead-in.ts).
 * Not "ugh" or "yikes": frustration is often at the bot ("wrong answer again, ugh"), no question at all.
 */
export const INTERJECTIONS: readonly string[] = 'hmm hm um uh umm erm welp lol lmao lmfao rofl haha hahaha hehe heh xd bruh'.split(' ');
/**
 * Words that open a message before its question the way LEAD_WORDS do, but have another sense elsewhere ("well" is
 * an adverb, "man" a noun): read as a lead-in only at the start of a message, before a question word (lookup/lead-in.ts).
 */
export const OPENING_ONLY_WORDS: readonly string[] = 'well oh ah alright right now wow whoa bro dude man guys folks yall honestly'.split(' ');
/** Words that ask for the statement before them to be confirmed ("…, right?"), beside the yes words. */
export const CONFIRM_WORDS: readonly string[] = ['right', 'correct', 'true', ...YES_WORDS, ...OK_WORDS];

/** Greetings that open a question as often as they open small talk ("hey, what is a pod?"). */
export const GREETING_WORDS: readonly string[] = ['hello', 'hi', 'hey', 'yo'];
/** Thanks as typed ("thanks", "thank you", "thx", "ty"). */
export const THANKS_WORDS: readonly string[] = ['thanks', 'thank', 'thx', 'ty'];
/** Asking nicely ("kindly", as much of the English-speaking world writes it). */
export const PLEASE_WORDS: readonly string[] = ['pls', 'please', 'plz', 'kindly'];
/**
 * Verbs that ask for an answer instead of giving one ("explain", "could you describe …"): the one list of request verbs.
 * Read by the lookup's requests (lookup/openers.ts), its tasks after a lead-in (lookup/asker-label.ts, with TASK_VERBS)
 * and the step's question reader (checklist/read-step-input.ts, with "tell me"); each says there why it reads more.
 */
export const REQUEST_VERBS: readonly string[] = ['explain', 'describe', 'clarify', 'define'];
/**
 * Verbs that set a task as a command, as an exam question or a quiz card does ("name the …", "list …", "outline …"),
 * besides the request verbs. Asking only at the start of what is asked: inside a question or an answer they are
 * ordinary words ("a list of images", "give or take five", "what does the name mean").
 */
export const TASK_VERBS: readonly string[] = ['name', 'list', 'give', 'tell', 'summarize', 'summarise', 'outline'];
/** Words after which a sentence turns against what came before it ("…, but …", "…, unless …"). */
export const CONTRAST_WORDS: readonly string[] = ['but', 'except', 'though', 'although', 'however', 'yet', 'unless'];
/** Asking for the short version ("summary", "summarise", "briefly", "eli5"). */
export const SUMMARY_WORDS: readonly string[] = ['summary', 'summarize', 'summarise', 'briefly', 'eli5'];

/** What a message of small talk does, which picks the reply's first words (src/core/small-talk-reply.ts). */
export type SmallTalkKind = 'hello' | 'thanks' | 'bye' | 'ok' | 'around';

export interface SmallTalkWords {
  /** `around`: words that only surround small talk ("mate", "very", "how"), never the reason for it. */
  kind: SmallTalkKind;
  /** Whether one of these words alone makes a message of chat words small talk ("cheers"; "sure" or "fine" do not). */
  marker: boolean;
  /** Single words, as typed in lower case. */
  words: readonly string[];
  /** Phrases that are small talk as a whole ("how are you", "makes sense"), though their words are no markers. */
  phrases?: readonly string[];
}

/**
 * Small talk's words, one table: the lookup's small-talk reader takes every word as chat and the markers as the reason
 * (src/core/lookup/small-talk.ts), and the reply takes the kind of the first word it meets to open with. A new
 * spelling is one word added to its row.
 */
export const SMALL_TALK_WORDS: readonly SmallTalkWords[] = [
  { kind: 'hello', marker: true, words: [...GREETING_WORDS, ...'heya hiya howdy hola greetings gm morning afternoon evening sup wassup'.split(' ')] },
  // Asking whether anyone is there is a greeting too ("anyone around?", "you there").
  {
    kind: 'hello',
    marker: true,
    words: 'anyone anybody someone awake alive'.split(' '),
    phrases: ['whats up', 'what up', 'how are you', 'how are you doing', 'how is it going', 'hows it going', 'how you doing', 'you there', 'are you there'],
  },
  { kind: 'hello', marker: false, words: ['there', 'around'] },
  { kind: 'thanks', marker: true, words: [...THANKS_WORDS, ...'tysm cheers ta appreciated appreciate kudos helpful useful'.split(' ')] },
  { kind: 'thanks', marker: false, words: ['grateful'] },
  { kind: 'bye', marker: true, words: 'bye goodbye cya later farewell ttyl night gn'.split(' ') },
  {
    kind: 'ok',
    marker: true,
    words: [
      ...OK_WORDS,
      ...PLAIN_YES_WORDS,
      ...NO_WORDS,
      ...`k kk alright cool nice great awesome perfect excellent sweet neat brilliant lovely lol lmao rofl haha hahaha hehe heh xd
       sorry oops whoops wow hmm hm huh meh np nvm nevermind gotcha understood noted roger ack lgtm yw brb gtg interesting`.split(/\s+/),
    ],
    phrases: ['got it', 'makes sense', 'that makes sense', 'sounds good', 'no worries', 'never mind', 'all good', 'fair enough', 'all clear'],
  },
  // The phrases' single words ("makes sense", "got it", and small-talk.ts's "my bad"), no markers: they let a phrase with a
  // marker beside it ("makes sense, cheers") read as all chat, while "sure" or "clear" alone is no reason for small talk.
  // Single words on purpose: joining them back into phrases or making them markers would change which messages are small
  // talk (SOCIAL and MARKERS in lookup/small-talk.ts).
  { kind: 'ok', marker: false, words: 'sure fine my bad ah oh got makes sense sounds fair enough worries never mind clear'.split(' ') },
  {
    kind: 'around',
    marker: false,
    words: `mate buddy pal friend folks guys all everyone team bot archbot good well doing going up whats today
     worked works that this was it you are how is a the so very much lot lots for now again really just bit too as then`.split(/\s+/),
  },
];

/**
 * Words for people, one table by what each says of them. Readers take the rows that fit what they read, so one word
 * is added in one place:
 * - who asks, as a label before the question ("cto:", "junior dev here:"): roles, makers and levels (lookup/asker-label.ts);
 * - a team's size ("3 devs", "40 engineers"): makers and staff, the people a team is counted in (lookup/lookup.ts);
 * - chat around a question ("explain pods to a newbie", "like i'm a toddler"): levels and laypeople, who the answer should
 *   suit and never what it is about (lookup/normalize.ts). Not roles: "what does an sre do with etcd" may lean on one.
 */
export const PEOPLE_WORDS = {
  /** Jobs and places in a company. */
  roles: `cto ceo cfo cio coo ciso cso vp pm po sre swe qa tester architect reviewer auditor analyst designer student sysadmin
   admin consultant recruiter stakeholder boss exec executive manager lead head director owner teammate colleague oncall cofounder`.split(/\s+/),
  /** The people who build the product, a job and what a team is counted in. */
  makers: ['dev', 'developer', 'engineer', 'programmer', 'coder', 'founder', 'hacker'],
  /** What else a team is counted in, no job of its own. */
  staff: ['people', 'employee', 'staff'],
  /** How far along the asker is. */
  levels: ['newbie', 'noob', 'novice', 'newcomer', 'rookie', 'junior', 'beginner', 'intern'],
  /** Anyone an answer should be plain enough for. */
  laypeople: ['grandma', 'granny', 'toddler', 'idiot', 'dummy'],
} as const;

/**
 * Chat's run-together and shortened spellings ("lemme check", "kinda", "a few mins"), each with the words it stands
 * for, so a phrase list written in full ("let me check", "sort of", "a few minutes") reads them too. Only spellings no
 * other word shares.
 */
const RUN_TOGETHER: ReadonlyArray<readonly [string, string]> = [
  ['lemme', 'let me'], ['gimme', 'give me'], ['kinda', 'kind of'], ['sorta', 'sort of'], ['dunno', 'dont know'], ['wanna', 'want to'], ['gotta', 'got to'], ['gonna', 'going to'],
  // Words shortened the way terse chat shortens them ("a few mins", "2 svcs", "std tooling"), so an option's words
  // written in full read them too.
  ['svc', 'service'], ['svcs', 'services'], ['std', 'standard'], ['mins', 'minutes'], ['secs', 'seconds'], ['ppl', 'people'], ['mgmt', 'management'], ['infra', 'infrastructure'],
];

/** Each run-together spelling's pattern, built once. */
const RUN_TOGETHER_PATTERNS: ReadonlyArray<readonly [RegExp, string]> = RUN_TOGETHER.map(([short, full]) => [new RegExp(`\\b${short}\\b`, 'gi'), full]);

/**
 * The text's run-together and shortened chat spellings written out ("lemme count" -> "let me count"); other words as typed. (The
 * knowledge base's `spelledOut` is another thing: it writes out names shortened to their consonants, "dkr".)
 */
export function writtenInFull(text: string): string {
  return RUN_TOGETHER_PATTERNS.reduce((out, [pattern, full]) => out.replace(pattern, full), text);
}
