import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.js';
import type { InboundEvent } from '../../src/core/types.js';
import { main } from '../../src/main.js';
import { openStores } from '../../src/stores/open-stores.js';
import { sqlitePath } from '../../src/stores/sqlite-database.js';
import { captureIo } from '../helpers/io.js';
import { tempDirPerTest } from '../stores/helpers/temp-dir.js';
import { memoryLogger, realKb } from '../helpers/kb.js';

const dataDir = tempDirPerTest('archbot-report-outside-');

const ask = (text: string, user: string): InboundEvent => ({ platform: 'slack', thread: `slack:T1:D${user}`, place: 'dm', actor: { id: user }, input: { type: 'text', text } });

async function askAll(questions: Array<[string, string]>): Promise<void> {
  const stores = await openStores({ kind: 'persistent', dataDir: dataDir(), logger: memoryLogger() });
  const bot = createBot({ kb: realKb(), store: stores.store, feedback: stores.feedback, logger: memoryLogger() });
  for (const [text, user] of questions) await bot.handle(ask(text, user));
  await new Promise((resolve) => setImmediate(resolve));
  await stores.close();
}

describe('archbot report: outside terms and small talk', () => {
  it('lists the outside terms asked most, apart from true misses, and counts small talk on its own', async () => {
    await askAll([
      ['what is a daemonset', 'U1'],
      ['do I need daemon sets for log shipping', 'U2'],
      ['what is a statefulset', 'U1'],
      ['hello', 'U1'],
      ['thanks!', 'U2'],
      ['how do I bake bread', 'U3'],
    ]);
    const io = captureIo();
    expect(await main(['report'], { DATA_DIR: dataDir() }, io)).toBe(0);
    const out = io.out();
    const section = (title: string): string => out.slice(out.indexOf(title)).split('\n\n')[0] ?? '';
    expect(section('Top misses')).toMatch(/\s1\s.*how do I bake bread/);
    expect(section('Top misses')).not.toMatch(/daemon|statefulset/i);
    expect(section('Outside terms asked most')).toMatch(/\n\s+2\s+daemonset\n\s+1\s+statefulset/);
    expect(out).toMatch(/Small talk, not counted as misses: 2/);
  });

  it('reads a feedback file written before lookups had more statuses', async () => {
    // The table as it was: no status or term columns, one old miss in it.
    const db = new Database(sqlitePath(dataDir()));
    db.exec('CREATE TABLE feedback (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, kind TEXT NOT NULL, platform TEXT NOT NULL, user TEXT NOT NULL, subject TEXT NOT NULL, vote TEXT)');
    db.prepare('INSERT INTO feedback (at, kind, platform, user, subject, vote) VALUES (?, ?, ?, ?, ?, NULL)').run(Date.now(), 'miss', 'slack', 'h:1', 'what is nomad?');
    db.close();
    await askAll([['what is a daemonset', 'U1']]);
    const io = captureIo();
    expect(await main(['report', '--json'], { DATA_DIR: dataDir() }, io)).toBe(0);
    const report = JSON.parse(io.out()) as { gaps: Array<{ examples: string[]; term?: string }>; outsideTerms: unknown };
    expect(report.gaps.filter((g) => !g.term).flatMap((g) => g.examples)).toEqual(['what is nomad?']);
    expect(report.outsideTerms).toEqual([{ term: 'daemonset', count: 1 }]);
  });
});
