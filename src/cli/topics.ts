import type { KnowledgeBase } from '../core/knowledge-base.js';
import type { Io } from './io.js';

export function topicsCommand(kb: KnowledgeBase, io: Io): number {
  const width = Math.max(...kb.concepts.map((c) => c.id.length));
  for (const concept of kb.topics) {
    io.stdout.write(`${concept.id.padEnd(width)}  ${concept.title}${concept.featured ? ' *' : ''}\n`);
  }
  io.stdout.write(`\n${kb.concepts.length} topics (* = start here). Checklists: ${kb.checklists.map((c) => c.id).join(', ') || 'none'}\n`);
  return 0;
}
