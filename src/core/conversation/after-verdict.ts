import type { KnowledgeBase } from '../knowledge-base.js';
import { isFiller, terms, tokenize } from '../lookup/normalize.js';
import { conceptTerms, namedIn } from './concept-terms.js';
import { askedPart } from './deeper-part.js';
import { ANAPHORS, CONNECTIVES, CUES } from './follow-up-words.js';
import { plainWords } from './idioms.js';
import { pointerAt } from './read-in-context.js';

/**
 * Right after a verdict, the message is nothing but a request for more of what is on screen: a request for more, a
 * why, a how, an example or the short version ("tell me more", "go on", "in simple terms"), or a pointer ("what does
 * that mean?"), with no word of its own and no concept named. "how much does it cost?" has a word of its own
 * ("cost"): a question for the lookup.
 */
export function leansOnVerdict(kb: KnowledgeBase, text: string): boolean {
  const plain = plainWords(kb, text);
  const tokens = tokenize(plain);
  if (tokens.length === 0 || namedIn(conceptTerms(kb), plain).length > 0) return false;
  const ownWord = terms(plain).some((t) => !isFiller(t) && !CUES.has(t) && !ANAPHORS.has(t) && !CONNECTIVES.has(t));
  return !ownWord && (askedPart(plain) !== undefined || pointerAt(tokens) >= 0);
}
