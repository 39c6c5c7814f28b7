import { formatIssue } from '../core/content/issues.js';
import type { loadContent } from '../core/content/load-content.js';
import { KnowledgeBase } from '../core/knowledge-base.js';
import type { LookupTables } from '../core/lookup/lookup-index.js';
import { loadContentCached, type ContentCache } from './content-cache.js';
import type { Io } from './io.js';

/**
 * Loads the content and its lookup indexes (from the cache when nothing under the content folder
 * changed since this build last read it) or prints every problem and returns undefined (start-up
 * must stop).
 */
export async function loadKnowledgeBase(io: Io, dir?: string, cache?: ContentCache): Promise<KnowledgeBase | undefined> {
  const { loaded, tables, keep } = await loadContentCached(dir, cache);
  const kb = knowledgeBaseOf(io, loaded, tables);
  if (kb) keep?.(kb.lookupTables());
  return kb;
}

/** The knowledge base over what the loader read, or every problem printed and undefined. */
export function knowledgeBaseOf(io: Io, loaded: ReturnType<typeof loadContent>, tables?: readonly LookupTables[]): KnowledgeBase | undefined {
  if (!loaded.ok) {
    io.stderr.write(`archbot: the content has ${loaded.issues.length} problem(s):\n`);
    for (const issue of loaded.issues) io.stderr.write(`  ${formatIssue(issue)}\n`);
    return undefined;
  }
  return new KnowledgeBase(loaded.value, tables);
}
