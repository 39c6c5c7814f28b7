import { keyOf } from '../lookup/normalize.js';
import type { ContentIssue } from './issues.js';
import type { ArticleRead } from './load-article.js';
import type { ParsedFile } from './read-files.js';
import type { Concept, OutsideTerm } from './schema.js';

/**
 * What spans articles. Concept ids are unique across articles too: buttons, thread memory and
 * feedback name a concept by its id alone. Names (titles, aliases) may repeat: lookup tells them
 * apart by the question's other words, or asks which one, showing each one's article.
 * Returns the concepts that passed, with `article/concept` references rewritten to the plain id.
 */
export function checkAcrossArticles(articles: ArticleRead[], issues: ContentIssue[]): Map<string, ParsedFile<Concept>[]> {
  const owner = new Map<string, { article: string; file: string }>();
  const kept = new Map<string, ParsedFile<Concept>[]>();
  for (const article of articles) {
    kept.set(
      article.id,
      article.concepts.filter(({ file, data }) => {
        const earlier = owner.get(data.id);
        if (earlier) {
          issues.push({
            file,
            item: data.id,
            field: 'id',
            message: `"${data.id}" is already the id of a concept of the article "${earlier.article}" (${earlier.file}); concept ids must differ across articles too`,
          });
          return false;
        }
        owner.set(data.id, { article: article.id, file });
        return true;
      }),
    );
  }

  const articleOf = new Map([...owner].map(([id, { article }]) => [id, article]));
  const known = new Set(articles.map((a) => a.id));
  const resolve = (from: string, ref: string): string | { problem: string } => {
    const [article = '', concept = ''] = ref.split('/');
    if (!ref.includes('/')) return ref;
    if (!known.has(article)) return { problem: `unknown article "${article}" in "${ref}"` };
    if (article === from) return { problem: `"${ref}" is in this article: write it as "${concept}"` };
    if (articleOf.get(concept) !== article) return { problem: `the article "${article}" has no concept "${concept}"` };
    return concept;
  };

  for (const article of articles) {
    for (const { file, data } of kept.get(article.id) ?? []) {
      data.related = data.related.flatMap((ref, i) => {
        const to = resolve(article.id, ref);
        if (typeof to === 'string') return [to];
        issues.push({ file, item: data.id, field: `related[${i}]`, message: to.problem });
        return [];
      });
    }
    const outside = article.outside;
    if (!outside) continue;
    outside.data.forEach((term, t) => {
      term.nearest = term.nearest.flatMap((ref, n) => {
        const to = resolve(article.id, ref);
        if (typeof to === 'string') return [to];
        issues.push({ file: outside.file, item: term.id, field: `terms[${t}].nearest[${n}]`, message: to.problem });
        return [];
      });
    });
  }
  return kept;
}

/**
 * One article's uncovered term may be another article's concept ("kubernetes" is outside an article
 * on monoliths, and the subject of another): with both loaded it is covered, so the term is left out.
 */
export function outsideTermsOfAll(articles: ArticleRead[], concepts: readonly Concept[]): OutsideTerm[] {
  const covered = new Set(concepts.flatMap((c) => [c.id.replace(/-/g, ' '), c.title, ...c.aliases]).map(keyOf));
  const namesOf = (t: OutsideTerm): string[] => [t.id.replace(/-/g, ' '), t.term, ...t.aliases];
  return articles.flatMap((a) => (a.outside?.data ?? []).filter((t) => !namesOf(t).some((n) => covered.has(keyOf(n)))));
}
