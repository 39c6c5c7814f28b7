import type { Concept } from '../content/schema.js';
import type { LookupResult } from '../lookup/lookup.js';
import { everydayEnglish } from '../lookup/everyday-english.js';
import { basesOf } from '../lookup/inflection.js';
import { tokenize } from '../lookup/normalize.js';
import { oncePer } from '../once-per.js';
import { PIECE } from './follow-up-words.js';

/** Endings that keep a word in its family ("deployment", "deploys"): the answer may use another form of the word. */
const ENDINGS = ['ments', 'ment', 'ing', 'ed', 'es', 's'];

/** A word and the bases it may be a form of. */
function family(word: string): string[] {
  return [word, ...basesOf(word, ENDINGS)];
}

/**
 * Every word family the concept's own text (as shown, every part) uses. A concept's text never changes, so it is read
 * once per concept rather than on every message about an outside term.
 */
const familiesUsed = oncePer((concept: Concept): ReadonlySet<string> => {
  const { deeper } = concept;
  const text = [concept.title, concept.summary, concept.body, deeper?.why, deeper?.how, deeper?.example].join(' ');
  return new Set(tokenize(text).flatMap(family));
});

/** Whether the concept's own text uses a word of the same family as `word`. */
function usedBy(concept: Concept, word: string): boolean {
  const used = familiesUsed(concept);
  return family(word).some((f) => used.has(f));
}

/**
 * "and the deployment part, how would k8s go about it?" after where Docker falls short: a word the lookup takes for a tool
 * we do not cover (a Kubernetes Deployment object), said with a word for a piece after it, points at a piece of what the
 * thread was on, in everyday words. Only an everyday word the last answer itself uses ("deploys") can be that: "the helm
 * part" after what Kubernetes is, or "the istio bit" after a Service, is still the tool, named as not covered.
 */
export function pieceOfWhatWasSaid(found: LookupResult, text: string, last: Concept | undefined): boolean {
  if (found.status !== 'outside' || last === undefined) return false;
  const { term } = found;
  const words = new Set([term.term, ...term.aliases].map((name) => name.toLowerCase()).filter((name) => !/\s/.test(name)));
  const tokens = tokenize(text);
  return tokens.some((t, i) => words.has(t) && PIECE.has(tokens[i + 1] ?? '') && everydayEnglish().has(t) && usedBy(last, t));
}
