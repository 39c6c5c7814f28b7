import type { LookupResult } from '../lookup/lookup.js';
import { tokenize } from '../lookup/normalize.js';
import { PART } from './follow-up-words.js';

/** Words after a term that make it a piece of something said rather than the thing itself ("the deployment *part*"). */
const PIECE = new Set([...PART, 'stuff', 'thing']);

/**
 * "and the deployment part, how would k8s go about it?" after where Docker falls short: a word the lookup takes for a tool
 * we do not cover (a Kubernetes Deployment object), said with a word for a piece after it, points at a
 * piece of what the thread was on, in everyday words. The message is then read against the thread as if the lookup had
 * found nothing; the note on the outside term is the reply only when no reading of the thread answers it.
 */
export function pieceOfWhatWasSaid(found: LookupResult, text: string): boolean {
  if (found.status !== 'outside') return false;
  const { term } = found;
  const words = new Set([term.term, ...term.aliases].map((name) => name.toLowerCase()).filter((name) => !/\s/.test(name)));
  const tokens = tokenize(text);
  return tokens.some((t, i) => words.has(t) && PIECE.has(tokens[i + 1] ?? ''));
}
