import { loadContent } from '../../src/core/content/load-content.js';
import { KnowledgeBase } from '../../src/core/knowledge-base.js';
import { createBot, type Bot } from '../../src/core/bot.js';
import { MemoryStore } from '../../src/core/sessions/memory-store.js';
import type { Clock, Logger, RateLimit } from '../../src/core/types.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHIPPED_ARTICLE } from './shipped-article.js';
import { SHIPPED_CHECKLIST } from './decide.js';

export { SHIPPED_ARTICLE } from './shipped-article.js';

export const TEST_CHECKLISTS = fileURLToPath(new URL('../fixtures/checklists', import.meta.url));
/** A second, small article written for the tests (Monolith vs microservices). */
export const TEST_ARTICLES = fileURLToPath(new URL('../fixtures/articles', import.meta.url));

const cached = new Map<string, KnowledgeBase>();

function load(key: string, options: Parameters<typeof loadContent>[0]): KnowledgeBase {
  const hit = cached.get(key);
  if (hit) return hit;
  const loaded = loadContent(options);
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => `${i.file} ${i.field ?? ''} ${i.message}`).join('\n'));
  const kb = new KnowledgeBase(loaded.value);
  cached.set(key, kb);
  return kb;
}

/** The shipped article as the bot serves it, loaded once per test file; never another article added under content/. */
export function realKb(): KnowledgeBase {
  return load('shipped', { dir: SHIPPED_ARTICLE });
}

/**
 * The shipped article with its shipped checklist alone, whatever else content/docker-vs-kubernetes/checklists holds.
 * For the tests of a bare `decide` with one checklist (it starts it at once); tests that mean the shipped checklist
 * name it instead (test/helpers/decide.ts).
 */
export function oneChecklistKb(): KnowledgeBase {
  const hit = cached.get('one-checklist');
  if (hit) return hit;
  const kb = realKb();
  const only = new KnowledgeBase({
    concepts: [...kb.concepts],
    checklists: kb.checklists.filter((c) => c.id === SHIPPED_CHECKLIST),
    outsideTerms: [...kb.outsideTerms],
    articles: [...kb.articles],
  });
  cached.set('one-checklist', only);
  return only;
}

/** The shipped article and the test-only second article, loaded together (and nothing else under content/). */
export function twoArticleKb(): KnowledgeBase {
  return load('two-articles', { dir: SHIPPED_ARTICLE, extraArticleDirs: [TEST_ARTICLES] });
}

/** The shipped article plus the test-only checklist (a second checklist of the same article). */
export function kbWithTestChecklist(): KnowledgeBase {
  return load('with-test-checklist', { dir: SHIPPED_ARTICLE, extraChecklistDirs: [TEST_CHECKLISTS] });
}

/** The Why text of the shipped checklist's `hosts` criterion starts so; the clashing checklist's differs. */
export const CLASHING_WHY = 'Compose runs a stack on one host; Swarm spreads it over several.';

/**
 * The shipped article plus the test-only checklist with its first criterion renamed `hosts`, the id
 * the shipped checklist's first criterion has: criterion ids may repeat across checklists.
 * Written to a temp dir for the load and removed after it.
 */
export function kbWithClashingCriterion(): KnowledgeBase {
  const hit = cached.get('clashing-criterion');
  if (hit) return hit;
  const dir = mkdtempSync(join(tmpdir(), 'archbot-clash-'));
  try {
    const yaml = readFileSync(join(TEST_CHECKLISTS, 'swarm-or-compose.yaml'), 'utf8');
    const renamed = yaml.replace('  - id: machines\n', '  - id: hosts\n').replaceAll('machines=', 'hosts=');
    if (renamed === yaml || !renamed.includes(CLASHING_WHY)) throw new Error('swarm-or-compose.yaml changed: update kbWithClashingCriterion');
    writeFileSync(join(dir, 'swarm-or-compose.yaml'), renamed);
    return load('clashing-criterion', { dir: SHIPPED_ARTICLE, extraChecklistDirs: [dir] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface LogLine {
  level: string;
  fields: Record<string, unknown>;
  message: string;
}

export function memoryLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: string) => (fields: Record<string, unknown>, message: string) => {
    lines.push({ level, fields, message });
  };
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export function testBot(options: { clock?: Clock; store?: MemoryStore; ttlMs?: number; rateLimit?: RateLimit; kb?: KnowledgeBase } = {}): {
  bot: Bot;
  store: MemoryStore;
  logger: ReturnType<typeof memoryLogger>;
} {
  const clock = options.clock ?? Date.now;
  const store = options.store ?? new MemoryStore(clock);
  const logger = memoryLogger();
  let n = 0;
  const bot = createBot({
    kb: options.kb ?? realKb(),
    store,
    logger,
    clock,
    ...(options.ttlMs === undefined ? {} : { sessionTtlMs: options.ttlMs }),
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
    newId: () => `s${++n}`,
  });
  return { bot, store, logger };
}
