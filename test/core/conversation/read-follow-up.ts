import { resolveFollowUp } from '../../../src/core/conversation/follow-up.js';
import { realKb } from '../../helpers/kb.js';

// Reading one follow-up right after one answer, as the follow-up tests state it: what the thread makes of `text`.

export const kb = realKb();

/** What the thread makes of `text` right after answering `last`: the concept id, or undefined for a fresh question. */
export function read(last: string, text: string): string | undefined {
  const found = kb.lookup(text);
  const fresh = found.status === 'answer' ? found.concept : undefined;
  const unsure = found.status === 'clarify' ? found.candidates.map((c) => c.concept) : [];
  return resolveFollowUp(kb, text, [last], fresh, unsure)?.concept.id;
}

/** How the thread reads `text` right after answering `last`: a part of it, its whole page, a neighbour, a comparison. */
export function readHow(last: string, text: string): string | undefined {
  const found = kb.lookup(text);
  const fresh = found.status === 'answer' ? found.concept : undefined;
  return resolveFollowUp(kb, text, [last], fresh)?.how;
}
