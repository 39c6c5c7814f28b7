import type { APIApplicationCommandOptionChoice } from 'discord.js';
import type { KnowledgeBase, Suggestion } from '../../core/knowledge-base.js';
import { LIMITS } from './limits.js';
import { truncate } from '../shared/text.js';

type Choice = APIApplicationCommandOptionChoice<string>;

/** "Kubernetes", or "Kubernetes (k8s)" when it was the alias that matched. */
function choiceFor({ concept, matched }: Suggestion): Choice {
  const label = matched && !concept.title.toLowerCase().includes(matched.toLowerCase()) ? `${concept.title} (${matched})` : concept.title;
  // The value is the title, which the core's lookup answers exactly.
  return { name: truncate(label, LIMITS.choiceName), value: truncate(concept.title, LIMITS.choiceValue) };
}

/**
 * Suggestions for `/arch ask question:`. The ranking is the core's (`KnowledgeBase.suggest`); this
 * only shapes it for Discord: at most 25 choices of at most 100 characters.
 */
export function suggest(kb: KnowledgeBase, typed: string): Choice[] {
  return kb.suggest(typed, LIMITS.autocompleteChoices).map(choiceFor);
}
