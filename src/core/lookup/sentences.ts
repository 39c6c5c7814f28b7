// A text of several sentences: the story told, and the question asked after it.

/** "that service", "those": a question that leans on what came before it cannot be read alone. */
export const POINTS_BACK_ONLY = /\b(?:it|its|they|them|their|that|this|those|these)\b/;

/** A question that sets what it names against something else: "is docker *better*?", "does it *replace* kubectl?". */
export const SETS_AGAINST = /\b(?:better|worse|replace|replaces|replacing|instead|than|vs|versus|alternative|alternatives)\b/;

/** The question closing a text of several sentences: the last one with a question mark, else the last sentence. None for one sentence. */
export function askedLast(text: string): string | undefined {
  // Asked of one text several times a lookup (the lookup, each ranking of it, the story's readers): read once.
  if (text !== lastRead.text) lastRead = { text, asked: readAskedLast(text) };
  return lastRead.asked;
}

/**
 * What a text tells around its question `asked` (as askedLast or a reader of stories finds it): the text before its last
 * occurrence, and after it. None when the text does not hold it.
 */
export function toldAround(text: string, asked: string): { before: string; after: string } | undefined {
  const at = text.lastIndexOf(asked);
  return at < 0 ? undefined : { before: text.slice(0, at), after: text.slice(at + asked.length) };
}

/** The text askedLast read last, and what it found. */
let lastRead: { text: string | undefined; asked: string | undefined } = { text: undefined, asked: undefined };

function readAskedLast(text: string): string | undefined {
  const sentences = sentencesOf(text).filter((s) => /[a-z]/.test(s));
  if (sentences.length < 2) return undefined;
  const last = lastQuestionMarked(text) ?? sentences[sentences.length - 1];
  // After a quote that ends in its own question mark ('… asked "who runs it?" is the …'), the quote's closing mark is not the question's.
  return last?.replace(QUOTE_LEFT, '');
}

/**
 * The last run of text that ends in a question mark, from just after the mark before it ('.', '!' or '?'), holding a
 * letter: "ok. what is a pod?" gives " what is a pod?". Walked back from the end: a pattern tried at every position
 * rescans a long sentence for its mark once per letter.
 */
function lastQuestionMarked(text: string): string | undefined {
  for (let end = text.lastIndexOf('?'); end >= 0; end = end > 0 ? text.lastIndexOf('?', end - 1) : -1) {
    let start = end - 1;
    while (start >= 0 && !MARKS.has(text[start] as string)) start--;
    const asked = text.slice(start + 1, end + 1);
    if (/[a-z]/.test(asked)) return asked;
  }
  return undefined;
}

/** The marks that end a sentence. */
const MARKS: ReadonlySet<string> = new Set(['.', '!', '?']);

/** Where a sentence ends: its mark, then any closing quote ('… asked "who runs it?" is …'), then a space or the end. */
const SENTENCE_END = /[.!?]+["']*(?:\s+|$)/;

/** The text's sentences, each without its end mark; one reader of sentences for the lookup and the conversation. */
export function sentencesOf(text: string): string[] {
  return text.split(SENTENCE_END);
}

/** Quote marks and spaces a sentence may start with when it follows a quote. */
const QUOTE_LEFT = /^[\s"'>]+/;
