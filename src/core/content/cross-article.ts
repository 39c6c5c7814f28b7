import { keyOf } from '../lookup/normalize.js';
import { renameChecklistConcepts } from './checklist-concepts.js';
import { internalId, ownId } from './concept-id.js';
import type { ContentIssue } from './issues.js';
import type { ArticleRead } from './load-article.js';
import type { ParsedFile } from './read-files.js';
import type { Concept, OutsideTerm } from './schema.js';

/**
 * What spans articles. Concept ids are unique within an article; another article may reuse one.
 * Buttons, thread memory and feedback name a concept by one id, so a concept whose id an earlier
 * article already uses is known inside the bot as `article/id` (concept-id.ts); the first, main
 * article keeps its plain ids. Names (titles, aliases) may repeat too: lookup tells them apart by
 * the question's other words, or asks which one, showing each one's article.
 * Rewrites every reference (related, nearest, checklists) to the internal id: a plain one within
 * its article, `article/concept` across articles. Returns each article's concepts.
 */
export function checkAcrossArticles(articles: ArticleRead[], issues: ContentIssue[]): Map<string, ParsedFile<Concept>[]> {
  const taken = new Set<string>();
  const idsOf = new Map<string, Map<string, string>>();
  for (const article of articles) {
    const ids = new Map(article.concepts.map(({ data }) => [data.id, internalId(article.id, data.id, taken)] as const));
    for (const { data } of article.concepts) taken.add(data.id);
    idsOf.set(article.id, ids);
  }

  const resolve = (from: string, ref: string): string | { problem: string } => {
    // A plain reference was checked within its article; one to a concept that failed to load stays as written.
    if (!ref.includes('/')) return idsOf.get(from)?.get(ref) ?? ref;
    const [article = '', concept = ''] = ref.split('/');
    const ids = idsOf.get(article);
    if (!ids) return { problem: `unknown article "${article}" in "${ref}"` };
    if (article === from) return { problem: `"${ref}" is in this article: write it as "${concept}"` };
    return ids.get(concept) ?? { problem: `the article "${article}" has no concept "${concept}"` };
  };

  for (const article of articles) {
    const own = (ref: string): string => idsOf.get(article.id)?.get(ref) ?? ref;
    for (const { file, data } of article.concepts) {
      data.related = data.related.flatMap((ref, i) => {
        const to = resolve(article.id, ref);
        if (typeof to === 'string') return [to];
        issues.push({ file, item: data.id, field: `related[${i}]`, message: to.problem });
        return [];
      });
    }
    for (const { data } of article.checklists) renameChecklistConcepts(data, own);
    const outside = article.outside;
    if (outside) {
      outside.data.forEach((term, t) => {
        term.nearest = term.nearest.flatMap((ref, n) => {
          const to = resolve(article.id, ref);
          if (typeof to === 'string') return [to];
          issues.push({ file: outside.file, item: term.id, field: `terms[${t}].nearest[${n}]`, message: to.problem });
          return [];
        });
      });
    }
  }
  // Renamed last: the messages above name a concept as its file does.
  for (const article of articles) for (const { data } of article.concepts) data.id = idsOf.get(article.id)?.get(data.id) ?? data.id;
  return new Map(articles.map((a) => [a.id, a.concepts]));
}

/**
 * One article's uncovered term may be another article's concept ("kubernetes" is outside an article
 * on monoliths, and the subject of another): with both loaded it is covered, so the term is left out.
 */
export function outsideTermsOfAll(articles: ArticleRead[], concepts: readonly Concept[]): OutsideTerm[] {
  const covered = new Set(concepts.flatMap((c) => [ownId(c.id).replace(/-/g, ' '), c.title, ...c.aliases]).map(keyOf));
  const namesOf = (t: OutsideTerm): string[] => [t.id.replace(/-/g, ' '), t.term, ...t.aliases];
  return articles.flatMap((a) => (a.outside?.data ?? []).filter((t) => !namesOf(t).some((n) => covered.has(keyOf(n)))));
}
