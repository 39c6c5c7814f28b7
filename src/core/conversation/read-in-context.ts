import type { Concept } from '../content/schema.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { tokenize } from '../lookup/normalize.js';
import { ANAPHORS } from './follow-up-words.js';

/** Pronouns that stand for a thing (not "there", not "such"): where the last answer's name goes. */
const STANDS_FOR = new Set([...ANAPHORS].filter((w) => !['there', 'such', 'same', 'he', 'she'].includes(w)));

/**
 * The follow-up with its subject put back: the pronoun replaced by the last answer's name ("when is
 * *it* worth it?" -> "when is kubernetes worth it?"), or the name put in front when the follow-up
 * has none ("any downsides?" -> "docker any downsides?"). The full lookup (asked questions, rare
 * words, typos) can then read it like any question.
 */
export function withSubject(text: string, last: Concept): string {
  // A comparison's name would make the question a comparison again: its two sides stand for it.
  const name = last.id.replace(/-(?:vs|versus)-/g, ' ').replace(/-/g, ' ');
  const tokens = tokenize(text);
  // "machines *that* run …": a "that" after a word is a relative clause, not a pointer back.
  const at = tokens.findIndex((t, i) => STANDS_FOR.has(t) && !(t === 'that' && i > 0));
  if (at < 0) return `${name} ${tokens.join(' ')}`;
  return [...tokens.slice(0, at), name, ...tokens.slice(at + 1)].join(' ');
}

/** What the lookup makes of the follow-up with its subject put back, when it answers one concept. */
export function readInContext(kb: KnowledgeBase, text: string, last: Concept): Concept | undefined {
  const found = kb.lookup(withSubject(text, last));
  return found.status === 'answer' ? found.concept : undefined;
}
