import type { Criterion } from '../content/checklist-schema.js';
import { keyOf } from '../lookup/normalize.js';
import { stem } from '../stem.js';

// How an answer's words are compared with each option's names (its value, label and synonyms): worked out once per
// step, read by parseAnswer and by the readers beside it.

export interface OptionName {
  name: string;
  /** A short single word, compared as typed rather than stemmed. */
  single: boolean;
  /** What the answer's words are searched for: the name's key, stemmed unless `single`. */
  key: string;
  /** `key` with a space either side: found in an answer written the same way, it is there as whole words. */
  spaced: string;
}

/** Each option's names as compared, worked out once per criterion (the content is read-only once loaded). */
const OPTION_NAMES = new WeakMap<Criterion, ReadonlyArray<{ option: Criterion['options'][number]; own: ReadonlySet<string>; names: readonly OptionName[] }>>();

export function optionNames(criterion: Criterion): ReadonlyArray<{ option: Criterion['options'][number]; own: ReadonlySet<string>; names: readonly OptionName[] }> {
  let found = OPTION_NAMES.get(criterion);
  if (found === undefined) {
    found = criterion.options.map((option) => ({
      option,
      own: new Set([option.value, option.label].map(keyOf)),
      names: [option.value, option.label, ...option.synonyms].flatMap(otherPersonWord).flatMap((name) => {
        // Compared stemmed ("automating" is "automate"), except a short single word, which a stem of a longer
        // word can equal by accident ("evening" stems to "even"): that one is compared as the word itself.
        const single = keyOf(name).split(' ').length === 1 && keyOf(name).length <= SHORT_WORD;
        const key = single ? keyOf(name) : keyOf(name).split(' ').map(stem).join(' ');
        return key === '' ? [] : [{ name, single, key, spaced: ` ${key} ` }];
      }),
    }));
    OPTION_NAMES.set(criterion, found);
  }
  return found;
}

/** The two ways of writing "no one", "anyone", "everyone", "someone": each is also written the other way. */
const PERSON_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/\bno one\b/, 'nobody'],
  [/\bnobody\b/, 'no one'],
  [/\b(any|every|some)one\b/, '$1body'],
  [/\b(any|every|some)body\b/, '$1one'],
];

/**
 * "nobody cares" is "no one cares": an option's name, and the same name with its person word written the other
 * way. The name is widened, never the answer, so "no one server" is still read as one server.
 */
function otherPersonWord(name: string): string[] {
  const lower = name.toLowerCase();
  const swap = PERSON_WORDS.find(([pattern]) => pattern.test(lower));
  return swap ? [name, lower.replace(swap[0], swap[1])] : [name];
}

/** Words this short are compared whole: the stemmer leaves them as they are, but longer words can stem to them. */
const SHORT_WORD = 4;
