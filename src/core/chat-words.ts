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
/** Words that ask for the statement before them to be confirmed ("…, right?"), beside the yes words. */
export const CONFIRM_WORDS: readonly string[] = ['right', 'correct', 'true', ...YES_WORDS, ...OK_WORDS];

/** Greetings that open a question as often as they open small talk ("hey, what is a pod?"). */
export const GREETING_WORDS: readonly string[] = ['hello', 'hi', 'hey', 'yo'];
/** Thanks as typed ("thanks", "thank you", "thx", "ty"). */
export const THANKS_WORDS: readonly string[] = ['thanks', 'thank', 'thx', 'ty'];
/** Asking nicely. */
export const PLEASE_WORDS: readonly string[] = ['pls', 'please', 'plz'];
/** Asking for the short version ("summary", "summarise", "briefly", "eli5"). */
export const SUMMARY_WORDS: readonly string[] = ['summary', 'summarize', 'summarise', 'briefly', 'eli5'];

/**
 * Chat's run-together spellings ("lemme check", "gimme a sec", "kinda"), each with the words it stands for, so a
 * phrase list written in full ("let me check", "sort of") reads them too. Only spellings no other word shares.
 */
export const RUN_TOGETHER: ReadonlyArray<readonly [string, string]> = [
  ['lemme', 'let me'], ['gimme', 'give me'], ['kinda', 'kind of'], ['sorta', 'sort of'], ['dunno', 'dont know'], ['wanna', 'want to'], ['gotta', 'got to'], ['gonna', 'going to'],
];

/** The text's run-together chat spellings written out ("lemme count" -> "let me count"); other words as typed. */
export function spelledOut(text: string): string {
  return RUN_TOGETHER.reduce((out, [short, full]) => out.replace(new RegExp(`\\b${short}\\b`, 'gi'), full), text);
}
