import type { Criterion } from '../content/checklist-schema.js';
import { isFiller, singular, tokenize } from '../lookup/normalize.js';
import { oncePer } from '../once-per.js';
import { stem } from '../stem.js';

// "can you say what independently means", "what does 'moving parts' mean in this case?": asking what a word
// of the step's own question or options means is asking what the step asks, like "what do you mean". It gets the
// step's explanation and the options again; a lookup on the bare word may know nothing of it. "what is autoscaling?"
// asks about a thing, not the step's wording, and is still answered as a lookup.

/**
 * What is asked the meaning of: "what (does|do|did) X mean", "what X means", "X meaning?", "meaning of X", "what is meant
 * by X". The second group is what follows "mean": only AROUND words may ("what does one server mean for downtime" asks
 * what follows from X, a question for the lookup). "X meaning" without a "?" is read as the answer X ("one server
 * meaning", as one types "one server, meaning just the one").
 */
const MEANING_OF = [
  /\bwhat (?:does|do|did|would|should)\s+(.+?)\s+mean\b(.*)$/i,
  /\bwhat\s+(.+?)\s+means\b(.*)$/i,
  /\b(?:meaning|definition) of\s+(.+)$/i,
  /^\W*(.+?)\s+meaning\s*\?\W*$/i,
  /\bwhat is meant by\s+(.+)$/i,
];

/** Words around the thing asked about that are not part of it: "what does x mean *here*", "*the word* x". */
const AROUND = new Set(['here', 'exactly', 'actually', 'really', 'even', 'in', 'this', 'that', 'context', 'case', 'question', 'by', 'word', 'term', 'phrase', 'you', 'your', 'option']);

/** The words a person sees at the step, stemmed: its question and its options' labels. */
const seenWords = oncePer(
  (criterion: Criterion): ReadonlySet<string> =>
    new Set(tokenize([criterion.question, ...criterion.options.map((o) => o.label)].join(' ')).filter((t) => !isFiller(t)).map((t) => stem(singular(t)))),
);

/** The text asks what words of the step's own question or option labels mean, and nothing else. */
export function asksWhatTheStepMeans(criterion: Criterion, text: string): boolean {
  const seen = seenWords(criterion);
  return MEANING_OF.some((pattern) => {
    const [, asked, after = ''] = pattern.exec(text) ?? [];
    if (asked === undefined || !tokenize(after).every((t) => AROUND.has(t))) return false;
    const words = tokenize(asked).filter((t) => !isFiller(t) && !AROUND.has(t));
    return words.length > 0 && words.every((t) => seen.has(stem(singular(t))));
  });
}
