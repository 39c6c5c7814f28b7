// Words of chat that several readers need, one list each, so a new spelling is added in one place:
// the yes/no reader of a checklist step, the did-you-mean picker, the preface reader, the follow-up
// openers and the closing "…, right?" check. A leaf module (it imports nothing), so the checklist
// may use it as well as the conversation. General English, not tied to any one question.

/** "yes" as people type it in chat. */
export const YES_WORDS: readonly string[] = ['yes', 'yeah', 'yep', 'yup', 'yea', 'ya', 'yah', 'yeh', 'ye'];
/** "no" as people type it in chat. */
export const NO_WORDS: readonly string[] = ['no', 'nope', 'nah'];
/** Going along with something without saying yes. */
export const OK_WORDS: readonly string[] = ['ok', 'okay'];
/** Words that ask for the statement before them to be confirmed ("…, right?"), beside the yes words. */
export const CONFIRM_WORDS: readonly string[] = ['right', 'correct', 'true', ...YES_WORDS, ...OK_WORDS];
