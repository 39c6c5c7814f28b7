import type { APIApplicationCommandOptionChoice } from 'discord.js';
import type { Concept } from '../../core/content/schema.js';
import type { KnowledgeBase } from '../../core/knowledge-base.js';
import { keyOf } from '../../core/lookup/normalize.js';
import { LIMITS } from './limits.js';
import { truncate } from './split-text.js';

type Choice = APIApplicationCommandOptionChoice<string>;

interface Name {
  name: string;
  lower: string;
  key: string;
}

/** Each concept's names (title, aliases), normalised once per knowledge base, not on every keystroke. */
const namesByKb = new WeakMap<KnowledgeBase, Array<{ concept: Concept; names: Name[] }>>();

function namesOf(kb: KnowledgeBase): Array<{ concept: Concept; names: Name[] }> {
  let table = namesByKb.get(kb);
  if (!table) {
    table = kb.concepts.map((concept) => ({
      concept,
      names: [concept.title, ...concept.aliases].map((name) => ({ name, lower: name.toLowerCase(), key: keyOf(name) })),
    }));
    namesByKb.set(kb, table);
  }
  return table;
}

/** "Kubernetes", or "Kubernetes (k8s)" when it was the alias that matched. */
function choiceFor(concept: Concept, matched?: string): Choice {
  const label = matched && !concept.title.toLowerCase().includes(matched.toLowerCase()) ? `${concept.title} (${matched})` : concept.title;
  // The value is the title, which the core's lookup answers exactly.
  return { name: truncate(label, LIMITS.choiceName), value: truncate(concept.title, LIMITS.choiceValue) };
}

/**
 * Suggestions for `/arch ask question:`. This only arranges the core's data: names that equal
 * what was typed come first (so "k8s" puts Kubernetes on top), then names starting with it, then
 * names containing it, then whatever the core's own lookup makes of the text (typos, questions in
 * words). An empty field lists the featured topics. At most 25 choices of at most 100 characters.
 */
export function suggest(kb: KnowledgeBase, typed: string): Choice[] {
  const text = typed.replace(/\s+/g, ' ').trim().toLowerCase();
  if (text === '') return kb.topics.slice(0, LIMITS.autocompleteChoices).map((c) => choiceFor(c));

  const key = keyOf(text);
  const tiers: Array<(name: Name) => boolean> = [
    (name) => name.lower === text || (key !== '' && name.key === key),
    (name) => name.lower.startsWith(text),
    (name) => name.lower.includes(text),
  ];
  const picked = new Map<string, Choice>();
  const table = namesOf(kb);
  for (const test of tiers) {
    for (const { concept, names } of table) {
      if (picked.has(concept.id)) continue;
      const matched = names.find(test)?.name;
      if (matched !== undefined) picked.set(concept.id, choiceFor(concept, matched === concept.title ? undefined : matched));
    }
  }
  const found = kb.lookup(typed);
  const fuzzy = found.status === 'answer' ? [found.concept] : found.status === 'clarify' ? found.candidates.map((c) => c.concept) : [];
  for (const concept of fuzzy) if (!picked.has(concept.id)) picked.set(concept.id, choiceFor(concept));
  return [...picked.values()].slice(0, LIMITS.autocompleteChoices);
}
