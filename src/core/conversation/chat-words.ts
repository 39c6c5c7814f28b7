// The conversation's and the checklist's readers take their chat words from the one shared list
// (src/core/chat-words.ts), which the lookup reads as well; this module only names them for
// conversation/ so its readers keep one import path.
export { CONFIRM_WORDS, NO_WORDS, OK_WORDS, SUMMARY_WORDS, YES_WORDS } from '../chat-words.js';
