// A text of several sentences: the story told, and the question asked after it.

/** "that service", "those": a question that leans on what came before it cannot be read alone. */
export const POINTS_BACK_ONLY = /\b(?:it|its|they|them|their|that|this|those|these)\b/;

/** A question that sets what it names against something else: "is docker *better*?", "does it *replace* kubectl?". */
export const SETS_AGAINST = /\b(?:better|worse|replace|replaces|replacing|instead|than|vs|versus|alternative|alternatives)\b/;

/** The question closing a text of several sentences: the last one with a question mark, else the last sentence. None for one sentence. */
export function askedLast(text: string): string | undefined {
  const sentences = text.split(SENTENCE_END).filter((s) => /[a-z]/.test(s));
  if (sentences.length < 2) return undefined;
  const last = [...text.matchAll(/[^.!?]*\?/g)].map((m) => m[0]).filter((s) => /[a-z]/.test(s)).pop() ?? sentences[sentences.length - 1];
  // After a quote that ends in its own question mark ('… asked "who runs it?" is the …'), the quote's closing mark is not the question's.
  return last?.replace(QUOTE_LEFT, '');
}

/** Where a sentence ends: its mark, then any closing quote ('… asked "who runs it?" is …'), then a space or the end. */
const SENTENCE_END = /[.!?]+["'”’]*(?:\s+|$)/;

/** Quote marks and spaces a sentence may start with when it follows a quote. */
const QUOTE_LEFT = /^[\s"'“”‘’>]+/;
