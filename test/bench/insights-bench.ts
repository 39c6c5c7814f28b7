// `npm run bench -- insights`: the /insights page rendered over 100,000 recorded questions, from
// SQLite (and Redis when a redis-server is on this machine). Target: under 300 ms a render.
import { performance } from 'node:perf_hooks';
import type { FeedbackEvent, FeedbackLog } from '../../src/core/types.js';
import { PAGE_ROWS, renderInsights } from '../../src/insights/render.js';
import { lastDays } from '../../src/stores/feedback-text.js';
import { connectRedis, quitRedis } from '../../src/stores/redis-connection.js';
import { RedisFeedbackLog } from '../../src/stores/redis-feedback.js';
import { openDatabase } from '../../src/stores/sqlite-database.js';
import { SqliteFeedbackLog } from '../../src/stores/sqlite-feedback.js';
import { findRedisServer, startRedisServer } from '../stores/helpers/redis-server.js';
import { tempDir } from '../stores/helpers/temp-dir.js';

const QUESTIONS = 100_000;
const DAY = 86_400_000;
const now = Date.now();
const silent = { debug() {}, info() {}, warn() {}, error() {} };
const concepts = Array.from({ length: 41 }, (_, i) => `concept-${i}`);
const words = ['nomad', 'swarm', 'terraform', 'ansible', 'istio', 'linkerd', 'argo', 'flux', 'vault', 'consul', 'envoy', 'traefik'];

/** Questions over the last 90 days: 70% answered, the rest spread over the other outcomes, ~3,000 distinct misses. */
function* events(): Generator<FeedbackEvent> {
  for (let i = 0; i < QUESTIONS; i++) {
    const base = { at: now - (i % 90) * DAY - (i % 1000) * 1000, platform: 'slack' as const, user: `h:${(i % 5000).toString(16)}` };
    const kind = i % 10;
    const concept = concepts[(i * 7) % concepts.length] ?? 'pod';
    if (kind < 7) yield { ...base, kind: 'asked', concept };
    else if (kind === 7) yield { ...base, kind: 'miss', status: 'unknown', question: `how does ${words[i % words.length]} ${i % 250} work` };
    else if (kind === 8) yield { ...base, kind: 'miss', status: 'outside', question: `what is ${words[i % words.length]}`, term: words[i % words.length] ?? 'x', nearest: [concept] };
    else yield { ...base, kind: 'miss', status: i % 20 === 9 ? 'clarify' : 'smalltalk', question: 'pods?', nearest: [concept, 'pod'] };
    if (i % 10 === 0) yield { ...base, kind: 'vote', concept, vote: i % 30 === 0 ? 'down' : 'up' };
    if (i % 20 === 0) yield { ...base, kind: 'step', session: `s${i}`, checklist: 'docker-or-kubernetes', step: 1 + (i % 6), of: 6 };
  }
}

async function time(label: string, log: FeedbackLog): Promise<void> {
  const cold = performance.now();
  await renderInsights(log, { days: 30, format: 'html', source: label, now, links: true });
  const first = performance.now() - cold;
  for (const days of [30, 90]) {
    const runs: Array<{ total: number; counting: number }> = [];
    for (let r = 0; r < 5; r++) {
      const t0 = performance.now();
      await log.report(lastDays(days, now, PAGE_ROWS));
      const t1 = performance.now();
      await renderInsights(log, { days, format: 'html', source: label, now, links: true });
      runs.push({ total: performance.now() - t1, counting: t1 - t0 });
    }
    runs.sort((a, b) => a.total - b.total);
    const median = runs[2] ?? { total: 0, counting: 0 };
    console.log(
      `insights ${label.padEnd(6)} ${days} days: page median ${median.total.toFixed(0)} ms (counting ${median.counting.toFixed(0)} ms of it), ` +
        `worst ${runs[4]?.total.toFixed(0)} ms; first page after start ${first.toFixed(0)} ms (target < 300 ms)`,
    );
  }
}

const dir = tempDir();
const db = openDatabase(dir.path);
const sqlite = new SqliteFeedbackLog(db);
const s0 = performance.now();
db.exec('BEGIN');
for (const e of events()) await sqlite.record(e);
db.exec('COMMIT');
console.log(`insights: seeded ${QUESTIONS.toLocaleString('en-US')} questions into SQLite in ${((performance.now() - s0) / 1000).toFixed(1)} s`);
await time('sqlite', sqlite);
db.close();
dir.remove();

const binary = process.env.REDIS_URL ? undefined : findRedisServer();
if (process.env.REDIS_URL || binary) {
  const server = process.env.REDIS_URL ? { url: process.env.REDIS_URL, stop: async () => {} } : await startRedisServer(binary ?? 'redis-server');
  const redis = await connectRedis(server.url, { logger: silent });
  const log = new RedisFeedbackLog(redis, `archbot-bench:${now}:`);
  const r0 = performance.now();
  let batch: Array<Promise<void>> = [];
  for (const e of events()) {
    batch.push(log.record(e));
    if (batch.length >= 1000) await Promise.all(batch.splice(0));
  }
  await Promise.all(batch);
  batch = [];
  console.log(`insights: seeded ${QUESTIONS.toLocaleString('en-US')} questions into Redis in ${((performance.now() - r0) / 1000).toFixed(1)} s`);
  await time('redis', log);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `archbot-bench:${now}:*`, 'COUNT', 1000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  await quitRedis(redis);
  await server.stop();
} else {
  console.log('insights: no redis-server here; Redis not measured');
}
