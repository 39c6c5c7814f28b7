import { formatIssue } from '../core/content/issues.js';
import { KnowledgeBase } from '../core/knowledge-base.js';
import { loadContentCached, type ContentCache } from './content-cache.js';
import type { Io } from './io.js';

/**
 * Loads the content and its lookup index (from the cache when nothing under the content folder
 * changed since this build last read it) or prints every problem and returns undefined (start-up must stop).
 */
export async function loadKnowledgeBase(io: Io, dir?: string, cache?: ContentCache): Promise<KnowledgeBase | undefined> {
  const { loaded, index } = await loadContentCached(dir, cache);
  if (!loaded.ok) {
    io.stderr.write(`archbot: the content has ${loaded.issues.length} problem(s):\n`);
    for (const issue of loaded.issues) io.stderr.write(`  ${formatIssue(issue)}\n`);
    return undefined;
  }
  return new KnowledgeBase(loaded.value, index);
}
