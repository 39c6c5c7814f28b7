import type { KnowledgeBase } from '../knowledge-base.js';
import { tokenize } from '../lookup/normalize.js';
import { conceptTerms, namedIn } from './concept-terms.js';
import { askedPart } from './deeper-part.js';
import { plainWords } from './idioms.js';
import { pointerAt } from './read-in-context.js';

/** Up to this many words, a request naming nothing is about what is on screen. */
const SHORT = 6;

/**
 * Right after a verdict, the message asks for more of what is on screen: a request for more, a why, a how, an
 * example or the short version ("tell me more", "go on", "in simple terms"), or a pointer ("what does that mean?"),
 * naming no concept of its own.
 */
export function leansOnVerdict(kb: KnowledgeBase, text: string): boolean {
  const plain = plainWords(text);
  const tokens = tokenize(plain);
  if (tokens.length === 0 || tokens.length > SHORT || namedIn(conceptTerms(kb), plain).length > 0) return false;
  return askedPart(plain) !== undefined || pointerAt(tokens) >= 0;
}
