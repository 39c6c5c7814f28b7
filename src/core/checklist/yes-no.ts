import { tokenize } from '../lookup/normalize.js';
import { NO_WORDS, YES_WORDS } from '../chat-words.js';

// People answer a yes/no question with more than "yes" and "no": "absolutely", "of course not",
// "not at all". A checklist names its yes and no options by listing "yes" and "no" among their
// synonyms; these phrases, opening an answer, are read as that word. General English, not tied to
// any one question.

/** Openings that mean "no". Checked before the "yes" ones: "absolutely not" is not "absolutely". */
const NO = [
  'absolutely not', 'definitely not', 'certainly not', 'of course not', 'not at all', 'no way', 'hell no', 'no no', 'negative',
  'no chance', 'no dice', 'no can do', 'no siree',
  'not that i know of', 'i dont think so', 'dont think so', ...NO_WORDS.filter((w) => w !== 'no'),
];
/** Openings that mean "yes". */
const YES = [
  'absolutely', 'definitely', 'certainly', 'of course', 'for sure', 'indeed', 'correct', 'affirmative', 'you bet', 'yes yes',
  ...YES_WORDS.filter((w) => w !== 'yes'),
];

/**
 * The answer's tokens with a leading yes/no phrase replaced by the plain word ("of course not,
 * we have SLAs" -> "no we have slas"). Only at the start: "not at all" inside a sentence may
 * qualify anything.
 */
export function plainYesNo(text: string): string[] {
  const tokens = tokenize(text);
  const joined = tokens.join(' ');
  for (const [phrases, word] of [[NO, 'no'], [YES, 'yes']] as const) {
    for (const phrase of phrases) {
      if (joined === phrase || joined.startsWith(`${phrase} `)) return [word, ...tokens.slice(phrase.split(' ').length)];
    }
  }
  return tokens;
}
