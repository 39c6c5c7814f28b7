// Store-specific parts of keeping feedback: upgrading an old SQLite file, and old data really leaving.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { lastDays } from '../../src/stores/feedback-text.js';
import { connectRedis, quitRedis } from '../../src/stores/redis-connection.js';
import { RedisFeedbackLog } from '../../src/stores/redis-feedback.js';
import { openDatabase, sqlitePath } from '../../src/stores/sqlite-database.js';
import { SqliteFeedbackLog } from '../../src/stores/sqlite-feedback.js';
import { recorder } from '../../src/core/feedback.js';
import { memoryLogger } from '../helpers/kb.js';
import { dropPrefix, testPrefix } from './helpers/redis-namespace.js';
import { useTestRedis } from './helpers/use-test-redis.js';
import { tempDir } from './helpers/temp-dir.js';

const DAY = 86_400_000;
const dirs: Array<ReturnType<typeof tempDir>> = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) dir.remove();
});
const fresh = () => {
  const dir = tempDir();
  dirs.push(dir);
  return dir.path;
};

describe('sqlite feedback', () => {
  it('keeps what an older release recorded: answered topics, misses and votes (one per person)', async () => {
    const dataDir = fresh();
    const old = new Database(sqlitePath(dataDir)); // the schema of the first release
    old.exec(`CREATE TABLE feedback (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, kind TEXT NOT NULL, platform TEXT NOT NULL,
      user TEXT NOT NULL, subject TEXT NOT NULL, vote TEXT)`);
    const now = Date.now();
    const insert = old.prepare('INSERT INTO feedback (at, kind, platform, user, subject, vote) VALUES (?, ?, ?, ?, ?, ?)');
    insert.run(now, 'asked', 'slack', 'h:1', 'pod', null);
    insert.run(now, 'miss', 'slack', 'h:1', 'what is nomad', null);
    insert.run(now, 'vote', 'slack', 'h:1', 'pod', 'down');
    insert.run(now + 1, 'vote', 'slack', 'h:1', 'pod', 'up');
    old.close();

    const db = openDatabase(dataDir);
    const report = await new SqliteFeedbackLog(db).report(lastDays(30, now, 10));
    db.close();
    expect(report.topics).toEqual([{ concept: 'pod', count: 1 }]);
    expect(report.gaps).toEqual([{ group: 'words:nomad', count: 1, examples: ['what is nomad'], nearest: [] }]);
    expect(report.votes).toEqual([{ concept: 'pod', up: 1, down: 0 }]);
  });

  it('deletes rows older than the retention from the file, not just from the report', async () => {
    const db = openDatabase(fresh());
    let now = Date.now();
    const log = new SqliteFeedbackLog(db, { retentionDays: 2, clock: () => now });
    await log.record({ kind: 'asked', at: now, platform: 'slack', user: 'h:1', concept: 'pod' });
    await log.record({ kind: 'vote', at: now, platform: 'slack', user: 'h:1', concept: 'pod', vote: 'up' });
    now += 3 * DAY;
    await log.record({ kind: 'asked', at: now, platform: 'slack', user: 'h:1', concept: 'etcd' });
    const rows = db.prepare('SELECT (SELECT COUNT(*) FROM feedback) + (SELECT COUNT(*) FROM feedback_votes) AS n').get() as { n: number };
    db.close();
    expect(rows.n).toBe(1);
  });
});

describe('redis feedback', () => {
  const testRedis = useTestRedis();

  it('with Redis gone, a burst of questions settles every record and says once that feedback was lost', async () => {
    const redis = await connectRedis(testRedis.url, { logger: memoryLogger() });
    const log = new RedisFeedbackLog(redis, testPrefix());
    redis.disconnect();
    const who = { at: Date.now(), platform: 'discord' as const, user: 'h:1' };
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => log.record({ ...who, kind: 'asked', concept: 'pod' })));
    expect(results.every((r) => r.status === 'rejected')).toBe(true);

    // As the bot records (in the background): one warning for the batch, not twenty.
    const logger = memoryLogger();
    const record = recorder(log, logger);
    for (let i = 0; i < 20; i++) record({ ...who, kind: 'asked', concept: 'pod' });
    await log.close();
    await new Promise((resolve) => setImmediate(resolve));
    expect(logger.lines.filter((l) => l.message === 'could not record feedback')).toHaveLength(1);
  });

  it('gives every key it writes an expiry within the retention, so nothing piles up', async () => {
    const prefix = testPrefix();
    const redis = await connectRedis(testRedis.url, { logger: memoryLogger() });
    const log = new RedisFeedbackLog(redis, prefix, { retentionDays: 7 });
    const who = { at: Date.now(), platform: 'slack' as const, user: 'h:1' };
    await log.record({ ...who, kind: 'asked', concept: 'pod' });
    await log.record({ ...who, kind: 'miss', status: 'outside', question: 'daemonset?', term: 'daemonset' });
    await log.record({ ...who, kind: 'vote', concept: 'pod', vote: 'down' });
    await log.record({ ...who, kind: 'step', session: 's1', checklist: 'c', step: 1, of: 3 });
    await log.record({ ...who, kind: 'verdict', session: 's1', checklist: 'c', verdict: 'docker' });
    const keys = await testRedis.raw.keys(`${prefix}*`);
    const ttls = await Promise.all(keys.map((k) => testRedis.raw.pttl(k)));
    await quitRedis(redis);
    await dropPrefix(testRedis.raw, prefix);
    expect(keys.length).toBeGreaterThan(5);
    for (const ttl of ttls) {
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(8 * DAY);
    }
  });
});
