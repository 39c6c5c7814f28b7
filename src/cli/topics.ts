import type { KnowledgeBase } from '../core/knowledge-base.js';
import type { Concept } from '../core/content/schema.js';
import type { Io } from './io.js';

/** `archbot topics`: every concept id and title, grouped by article when there are several. */
export function topicsCommand(kb: KnowledgeBase, io: Io): number {
  const width = Math.max(...kb.concepts.map((c) => c.id.length));
  const list = (concepts: readonly Concept[]): void => {
    for (const concept of concepts) io.stdout.write(`${concept.id.padEnd(width)}  ${concept.title}${concept.featured ? ' *' : ''}\n`);
  };
  if (kb.articles.length > 1) {
    for (const article of kb.articles) {
      io.stdout.write(`${article.title} (${article.id})\n`);
      list(kb.topics.filter((c) => article.concepts.includes(c.id)));
      io.stdout.write('\n');
    }
  } else {
    list(kb.topics);
    io.stdout.write('\n');
  }
  io.stdout.write(`${kb.concepts.length} topics (* = start here). Checklists: ${kb.checklists.map((c) => c.id).join(', ') || 'none'}\n`);
  return 0;
}
