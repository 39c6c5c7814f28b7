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

/**
 * Suggestions for `/arch decide checklist:`: every checklist whose title or id holds the typed
 * words, the main one first; the value is the id, which `decide` runs.
 */
export function suggestChecklists(kb: KnowledgeBase, typed: string): Choice[] {
  const words = typed.toLowerCase().split(/\s+/).filter((w) => w !== '');
  const all = kb.offeredChecklists();
  const several = kb.articles.length > 1;
  return all
    .filter((c) => words.every((w) => `${c.title} ${c.id}`.toLowerCase().includes(w)))
    .slice(0, LIMITS.autocompleteChoices)
    .map((c) => {
      const article = several ? kb.articleOfChecklist(c.id) : undefined;
      return { name: truncate(article ? `${c.title} (${article.title})` : c.title, LIMITS.choiceName), value: c.id };
    });
}
