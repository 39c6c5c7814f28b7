// `npm run bench` (second part): session store latency for memory, SQLite and Redis, and the heap
// that 10,000 live sessions cost in the memory store.
import { performance } from 'node:perf_hooks';
import { MemoryStore } from '../../src/core/sessions/memory-store.js';
import { SESSION_VERSION, type SessionState } from '../../src/core/sessions/session-state.js';
import type { Logger, SessionStore } from '../../src/core/types.js';
import { RedisStore } from '../../src/stores/redis-store.js';
import { SqliteStore } from '../../src/stores/sqlite-store.js';
import { findRedisServer, startRedisServer, type RedisServer } from '../stores/helpers/redis-server.js';
import { tempDir } from '../stores/helpers/temp-dir.js';

const OPS = 3_000;
const SESSIONS = 10_000;
const TTL = 60 * 60 * 1000;
const CRITERIA: Array<[string, string]> = [
  ['hosts', 'several'],
  ['services', 'many'],
  ['downtime', 'unacceptable'],
  ['traffic', 'fluctuating'],
  ['team', 'automation'],
  ['scripts', 'no'],
];
const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** A session as the decision flow writes it, `answered` questions in. */
function session(i: number, answered: number): SessionState {
  const at = 1_712_345_678_000 + i;
  const by = { id: `U0${(100_000 + i).toString(36).toUpperCase()}AB`, name: `person.${i}` };
  return {
    v: SESSION_VERSION,
    id: (1e9 + i).toString(36).slice(0, 8),
    checklist: 'docker-vs-kubernetes',
    thread: `slack:T0123ABCD:C0456EFGH:${1_712_345_678 + i}.123456`,
    status: answered === CRITERIA.length ? 'done' : 'active',
    answers: CRITERIA.slice(0, answered).map(([criterion, value], n) => ({ criterion, value, by, at: at + n * 30_000 })),
    startedBy: by,
    startedAt: at,
    updatedAt: at + answered * 30_000,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function timed(n: number, op: (i: number) => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await op(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

/** Sequential calls, as one user's clicks are: create, read, then advance each session. */
async function measure(label: string, store: SessionStore): Promise<string> {
  const key = (i: number) => `session:bench:${i}`;
  await timed(300, (i) => store.compareAndSet(`session:warm:${i}`, null, session(i, 0), TTL));
  await timed(300, (i) => store.get(`session:warm:${i}`));
  const create = await timed(OPS, (i) => store.compareAndSet(key(i), null, session(i, 0), TTL));
  const get = await timed(OPS, (i) => store.get(key(i)));
  const update = await timed(OPS, (i) => store.compareAndSet(key(i), 1, session(i, 3), TTL));
  return row(label, [get.p50, get.p99, update.p50, update.p99, create.p50, create.p99].map((v) => v.toFixed(3)));
}

function row(label: string, cells: string[]): string {
  return `${label.padEnd(8)}${cells.map((c) => c.padStart(12)).join('')}`;
}

async function heapPerSession(): Promise<string> {
  const gc = globalThis.gc;
  if (!gc) return 'memory heap: run with --expose-gc (npm run bench does) to measure';
  gc();
  const before = process.memoryUsage().heapUsed;
  const store = new MemoryStore();
  let bytes = 0;
  for (let i = 0; i < SESSIONS; i++) {
    const state = session(i, i % (CRITERIA.length + 1));
    bytes += JSON.stringify(state).length;
    await store.compareAndSet(`session:${state.thread}`, null, state, TTL);
  }
  gc();
  const held = process.memoryUsage().heapUsed - before;
  const line =
    `memory heap for ${SESSIONS.toLocaleString('en-US')} sessions (0-6 answers, avg ${Math.round(bytes / SESSIONS)} B of JSON): ` +
    `${(held / 1024 / 1024).toFixed(1)} MiB, ${Math.round(held / SESSIONS)} B per session (store holds ${store.size})`;
  return line;
}

async function redisStore(): Promise<{ store: SessionStore; server?: RedisServer } | string> {
  const url = process.env.REDIS_URL?.trim();
  if (url) return { store: await RedisStore.connect(url, { logger: silent, prefix: `archbot-bench:${process.pid}:` }) };
  const binary = findRedisServer();
  if (!binary) return 'redis   skipped: no REDIS_URL and no redis-server binary (apt-get install redis-server)';
  const server = await startRedisServer(binary);
  return { store: await RedisStore.connect(server.url, { logger: silent }), server };
}

console.log(`\nsession stores, ms per call, ${OPS.toLocaleString('en-US')} sequential calls each (one user's clicks are sequential)`);
console.log(row('store', ['get p50', 'get p99', 'CAS p50', 'CAS p99', 'create p50', 'create p99']));
console.log(await measure('memory', new MemoryStore()));

const dir = tempDir();
try {
  const sqlite = SqliteStore.open(dir.path);
  console.log(await measure('sqlite', sqlite));
  await sqlite.close();
} finally {
  dir.remove();
}

const redis = await redisStore();
if (typeof redis === 'string') {
  console.log(redis);
} else {
  try {
    console.log(await measure('redis', redis.store));
    if (process.env.REDIS_URL) {
      for (let i = 0; i < OPS; i++) await redis.store.delete(`session:bench:${i}`);
      for (let i = 0; i < 300; i++) await redis.store.delete(`session:warm:${i}`);
    }
  } finally {
    await redis.store.close?.();
    await redis.server?.stop();
  }
}

console.log(await heapPerSession());
