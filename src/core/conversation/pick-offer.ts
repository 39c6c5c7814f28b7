import { ownId } from '../content/concept-id.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { isFiller, terms } from '../lookup/normalize.js';
import { stem } from '../stem.js';
import { OK_WORDS, YES_WORDS } from '../chat-words.js';
import { pickedNumber } from './classify.js';

/** Words that point at a list entry without naming it ("the swarm *one*", "that *option*"). */
const POINTERS = new Set(['one', 'option', 'choice', 'entry', 'topic', 'please', 'pls', 'thanks', 'last']);
/** Words of assent or hesitation before a pick, each with what follows it ("yeah, the first one", "I meant 2"). */
const ASSENT_WORDS = [...YES_WORDS, ...OK_WORDS, 'sure', 'um+', 'uh+', 'hmm+', 'oh', 'ah', 'i mean', 'i meant', 'i think', 'i guess', 'maybe', 'probably', 'go with', 'lets go with', "let's go with"];
const ASSENT = new RegExp(`^(?:(?:${ASSENT_WORDS.join('|')})\\b[\\s,.:!-]*)+`, 'i');
/** Longer text is a question of its own, not a pick. */
const MAX_WORDS = 6;

/**
 * Which of the thread's offered concepts the text picks, 1-based, or undefined: by its number
 * ("2", "the second one"), "the last one", or by words of exactly one candidate's name ("the swarm one").
 */
export function pickFromOffer(kb: KnowledgeBase, text: string, offer: readonly string[]): number | undefined {
  if (offer.length === 0) return undefined;
  // "yeah the first one", "I meant 2": a pick behind a word of assent.
  const typed = text.trim().replace(ASSENT, '');
  const n = pickedNumber(typed);
  if (n !== undefined) return n;
  const words = terms(typed);
  if (words.length === 0 || words.length > MAX_WORDS) return undefined;
  if (/^(?:the )?last(?: one)?$/.test(words.join(' '))) return offer.length;
  const said = words.filter((w) => !isFiller(w) && !POINTERS.has(w)).map(stem);
  if (said.length === 0) return undefined;
  const fits = offer.flatMap((id, i) => {
    const concept = kb.concept(id);
    if (!concept) return [];
    const names = new Set([ownId(concept.id).replace(/-/g, ' '), concept.title, ...concept.aliases].flatMap((n) => terms(n)).map(stem));
    return said.every((w) => names.has(w)) ? [i + 1] : [];
  });
  return fits.length === 1 ? fits[0] : undefined;
}
