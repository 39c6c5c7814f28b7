import { ownId } from '../core/content/concept-id.js';
import type { LookupResult } from '../core/lookup/lookup.js';

/** Which article a concept id comes from; `id` stays the concept's own id and `article` says whose it is. */
export type ArticleOf = (conceptId: string) => string | undefined;

const withArticle = (articleOf: ArticleOf | undefined, id: string): { article?: string } => {
  const article = articleOf?.(id);
  return article === undefined ? {} : { article };
};

/** The `ask --json` line for one lookup. */
export function lookupJson(question: string, result: LookupResult, articleOf?: ArticleOf): Record<string, unknown> {
  switch (result.status) {
    case 'answer':
      return { question, status: 'answer', id: ownId(result.concept.id), ...withArticle(articleOf, result.concept.id), title: result.concept.title, score: result.score };
    case 'clarify':
      return {
        question,
        status: 'clarify',
        candidates: result.candidates.map((c) => ({ id: ownId(c.concept.id), ...withArticle(articleOf, c.concept.id), title: c.concept.title, score: c.score })),
      };
    case 'outside':
      return { question, status: 'outside', term: result.term.id, nearest: result.nearest.map((c) => ({ id: c.id, title: c.title })) };
    case 'unknown':
    case 'smalltalk':
      return { question, status: result.status };
  }
}
