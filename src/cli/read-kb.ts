import { loadContent } from '../core/content/load-content.js';
import type { KnowledgeBase } from '../core/knowledge-base.js';
import type { Io } from './io.js';
import { knowledgeBaseOf } from './load-kb.js';

/**
 * The knowledge base read straight from the YAML, synchronously: what a platform's own command
 * (`archbot discord register`, `archbot slack manifest`) is handed as `content()`. Rare, never on a
 * start-up path, so it leaves the cache alone. A file apart from load-kb.ts because it imports the loader outright:
 * load-kb.ts must not, since a start-up answered from the cache never loads the YAML parser and the schemas.
 */
export function readKnowledgeBase(io: Io, dir?: string): KnowledgeBase | undefined {
  return knowledgeBaseOf(io, loadContent(dir === undefined ? {} : { dir }));
}
