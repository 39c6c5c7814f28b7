import type { Concept } from '../content/schema.js';
import { isOutside, namesOf, WEIGHT, type LookupIndex } from './lookup-index.js';
import { isFiller, terms } from './normalize.js';
import type { Term } from './read-question.js';

/** A concept's names (id, title, aliases) as their words, filler left out. */
function nameWords(concept: Concept): string[][] {
  return namesOf(concept).map((name) => terms(name).filter((t) => !isFiller(t))).filter((words) => words.length > 0);
}

/**
 * The one concept a question names, when the best-scored concept is not named and never speaks of it: "golden rule for
 * rbac?", "long-term consequences of no rbac". Frame words a page lists ("golden rule", "consequences", "advocate") say
 * how the question is asked, not what about: beside a name that page never uses, they ask about the thing named.
 * Undefined when nothing overrules the best. `words`: the question's words as read.
 */
export function namedOverFrame(index: LookupIndex, best: number, named: ReadonlyMap<number, number>, words: readonly Term[], allowed: (entry: number) => boolean): number | undefined {
  if (named.has(best) || isOutside(index, best)) return undefined;
  // Two things named ("the api server goes down, do my pods die") leave the question's subject open: the scores decide.
  const concepts = [...named.keys()].filter((entry) => !isOutside(index, entry));
  const subject = concepts[0];
  if (concepts.length !== 1 || subject === undefined || !allowed(subject)) return undefined;
  const concept = index.concepts[subject];
  if (concept === undefined) return undefined;
  // A word read with a slip ("the *controler* manager and the scheduler") may name a second thing, not placed whole.
  if (words.some((w) => w.similarity > 0 && w.similarity < 1)) return undefined;
  // Named only in a setting told first ("*in the control plane*, who notices …"), it is where the question is, not what it asks.
  const subjectWords = new Set(nameWords(concept).flat());
  const first = words[0];
  if (first?.context === true && subjectWords.has(first.term) && !words.some((w) => w.context !== true && subjectWords.has(w.term))) return undefined;
  // The best page must hold the rest of the question by words it lists as keywords alone ("golden rule", "advocate"): a page
  // its asked questions or summary explain ("which jobs could run on a single node") is answering the question itself.
  const field = (t: string): number => index.postings.get(t)?.get(best) ?? 0;
  if (words.some((w) => w.similarity > 0 && !subjectWords.has(w.term) && field(w.term) >= 1 && field(w.term) < WEIGHT.keyword)) return undefined;
  // The best page speaks of the thing named under one of its names ("the catch with k8s" on What Kubernetes costs,
  // which says "kubernetes"): it stays the answer.
  const mentions = (name: readonly string[]): boolean => name.every((t) => index.postings.get(t)?.has(best) === true);
  return nameWords(concept).some(mentions) ? undefined : subject;
}
