import { looksLikeQuestion } from '../checklist/read-step-input.js';
import type { Concept } from '../content/schema.js';
import { singular } from '../lookup/normalize.js';
import { QUESTION_WORDS } from '../lookup/question-words.js';
import { BE_OR_DO, knownAnywhere, nameWords, neighbourhood, outerRing } from './follow-up-neighbours.js';
import type { Reading } from './follow-up-reading.js';
import type { Ruling } from './follow-up-ruling.js';
import { DETERMINERS, OPENERS, SUBORDINATORS, WEAK } from './follow-up-words.js';

// Readers for a follow-up the lookup hesitates over or balks at: the thread settles it on the last answer, on the one
// neighbour among the lookup's candidates, or on the one concept the message names.

/**
 * "what happens when a node dies?" after self-healing: the lookup hesitates, and the last answer is
 * among its candidates, so the thread settles it.
 */
export function settlesTheLookup(r: Reading): Ruling {
  return r.fresh === undefined && r.unsure.some((c) => c.id === r.last.id) ? { concept: r.last, how: 'same', rule: 'unsure' } : undefined;
}

/**
 * "how do its managers agree?" after swarm: the lookup hesitates between pages, and only one of them is a
 * neighbour of the last answer that the message does not name (a name typed is the question's object: "which one
 * places a pod on a node?" asks for what places it, not for the node). The thread settles it on that neighbour,
 * unless a pronoun says the question is about the last answer.
 */
export function settlesOnANeighbour(r: Reading): Ruling {
  // "why would we want it?": a pronoun points at the last answer, whatever the lookup hesitates between.
  // A bare word ("manager") is a topic typed: its did-you-mean stands.
  if (r.fresh !== undefined || r.anaphor() || !looksLikeQuestion(r.text)) return undefined;
  // Mostly words the knowledge base does not use, or only words that fit anything: no evidence to settle on ("how do
  // I keep my plants alive").
  const content = r.content();
  const known = content.filter((t) => knownAnywhere(r.index, t) && !WEAK.has(t));
  if (2 * known.length < content.length) return undefined;
  // A name typed as the object of the verb ("which one picks *the node*?") is not what is asked for. A name that is
  // the subject ("what happens when *a node* dies?") is what the question is about: the readers of names decide it.
  const objects = r.everyName().filter((id) => namedAsObject(r, id));
  if (objects.length < r.everyName().length) return undefined;
  const within = (ring: readonly string[]): Concept[] => r.unsure.filter((c) => c.id !== r.last.id && ring.includes(c.id) && !objects.includes(c.id));
  // Right beside the last answer first; else one step further out (the scheduler, beside the api server's control plane).
  const near = within(r.neighbours());
  const left = near.length > 0 ? near : within(outerRing(r.kb, r.index, r.neighbours()));
  const [only] = left;
  return left.length === 1 && only ? { concept: only, how: 'related', rule: 'unsure-neighbour' } : undefined;
}

/**
 * Every mention of the concept follows a verb or a preposition, not a question word (the lookup's QUESTION_WORDS: a name right
 * after one is its subject, "which *node* …"), a clause opener or "is"/"does".
 */
function namedAsObject(r: Reading, id: string): boolean {
  const words = new Set(nameWords(r.kb, id));
  const { tokens } = r;
  const starts = tokens.flatMap((t, i) => (words.has(singular(t)) && !words.has(singular(tokens[i - 1] ?? '')) ? [i] : []));
  return (
    starts.length > 0 &&
    starts.every((i) => {
      let j = i - 1;
      while (j >= 0 && DETERMINERS.has(tokens[j] ?? '')) j--;
      const before = tokens[j];
      return before !== undefined && !SUBORDINATORS.has(before) && !BE_OR_DO.has(before) && !QUESTION_WORDS.has(before) && !OPENERS.has(before);
    })
  );
}

/**
 * "is swarm an option?": the lookup balks at a side word, but the follow-up names one concept and nothing foreign.
 * "is a registry required?" after images: a word foreign to the knowledge base beside a neighbour's name is still about it.
 * Runs after onlyAName (follow-up-named.ts): a message of nothing but a name is settled there.
 */
export function onlyOneName(r: Reading): Ruling {
  const named = r.named();
  const [only] = named;
  if (r.fresh !== undefined || named.length !== 1 || only === undefined || r.anaphor()) return undefined;
  const nearName = neighbourhood(r.kb, r.index, r.last).includes(only);
  const concept = nearName || r.content().every((t) => knownAnywhere(r.index, t)) ? r.kb.concept(only) : undefined;
  return concept ? { concept, how: 'related', rule: 'only-name' } : undefined;
}
