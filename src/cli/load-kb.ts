import { loadContent } from '../core/content/load-content.js';
import { formatIssue } from '../core/content/issues.js';
import { KnowledgeBase } from '../core/knowledge-base.js';
import type { Io } from './io.js';

/** Loads the content or prints every problem and returns undefined (start-up must stop). */
export function loadKnowledgeBase(io: Io, dir?: string): KnowledgeBase | undefined {
  const loaded = loadContent(dir === undefined ? {} : { dir });
  if (!loaded.ok) {
    io.stderr.write(`archbot: the content has ${loaded.issues.length} problem(s):\n`);
    for (const issue of loaded.issues) io.stderr.write(`  ${formatIssue(issue)}\n`);
    return undefined;
  }
  return new KnowledgeBase(loaded.value);
}
