import type { Article } from './content/article-schema.js';
import { REPLY } from './texts.js';

// What the bot says about its articles as a whole, built from each article.yaml so that no
// article's title, subject or examples are written in code. With one article the sentences read
// exactly as that article's file words them; with several, the articles' words are joined.
// The stand-ins for no article at all are in the text catalogue (texts.ts).

/** "A", "A and B", "A, B and C". */
export function joinedAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

/**
 * "A", "A, or B", "A, B, or C": alternatives that may themselves hold an "and" (a subject is often
 * two things, "X and Y"), so a comma keeps each one whole.
 */
export function joinedOr(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')}, or ${parts[parts.length - 1] ?? ''}`;
}

/** What the bot answers about, in few words ("ask about …"). */
export function subjectOf(articles: readonly Article[]): string {
  return articles.length === 0 ? REPLY.articles.noSubject : joinedOr(articles.map((a) => a.subject));
}

/** What the bot answers about, one line per article joined ("I answer questions about …"). */
export function scopeOf(articles: readonly Article[]): string {
  return articles.length === 0 ? REPLY.articles.noSubject : articles.map((a) => a.scope).join('; and about ');
}

/** Example questions: each article's first, then the rest, at most `max`. */
export function examplesOf(articles: readonly Article[], max: number): string[] {
  const firsts = articles.map((a) => a.examples[0]).filter((e): e is string => e !== undefined);
  const rest = articles.flatMap((a) => a.examples.slice(1));
  return [...firsts, ...rest].slice(0, max);
}

/** "*a*", "*a* or *b*": examples as they read in a sentence. */
export function examplesSaid(articles: readonly Article[], max: number): string {
  const examples = examplesOf(articles, max).map((e) => `*${e}*`);
  if (examples.length <= 1) return examples[0] ?? `*${REPLY.articles.noExample}*`;
  return `${examples.slice(0, -1).join(', ')} or ${examples[examples.length - 1] ?? ''}`;
}

/** The articles' titles, as named in a sentence or a list. */
export function titlesOf(articles: readonly Article[]): string {
  return joinedAnd(articles.map((a) => a.title));
}
