import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.js';
import type { InboundEvent } from '../../src/core/types.js';
import { main } from '../../src/main.js';
import { openStores } from '../../src/stores/open-stores.js';
import { captureIo } from '../helpers/io.js';
import { memoryLogger, realKb } from '../helpers/kb.js';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'archbot-report-'));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

const ask = (text: string, user: string): InboundEvent => ({ platform: 'slack', thread: `slack:T1:D${user}`, place: 'dm', actor: { id: user }, input: { type: 'text', text } });

describe('archbot report', () => {
  it('lists the most asked topics, the top misses and the answers voted down from the bot\'s own store', async () => {
    const stores = await openStores({ kind: 'persistent', dataDir, logger: memoryLogger() });
    const bot = createBot({ kb: realKb(), store: stores.store, feedback: stores.feedback, logger: memoryLogger() });
    for (const user of ['U1', 'U2', 'U3']) await bot.handle(ask('what is etcd', user));
    await bot.handle(ask('what is a pod', 'U1'));
    for (const user of ['U1', 'U2']) await bot.handle(ask('How do I bake bread', user));
    await bot.handle(ask('what is terraform', 'U3'));
    await bot.handle({ ...ask('', 'U2'), input: { type: 'action', action: { type: 'feedback', concept: 'pod', vote: 'down' } } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await stores.close();

    const io = captureIo();
    expect(await main(['report'], { DATA_DIR: dataDir }, io)).toBe(0);
    const out = io.out();
    expect(out).toMatch(/Most asked topics:\n\s+3\s+etcd\n\s+1\s+pod/);
    expect(out).toMatch(/Top misses[^\n]*\n\s+2\s+how do i bake bread\n\s+1\s+what is terraform/i);
    expect(out).toMatch(/Answers voted down:\n\s+1 down, 0 up\s+pod/);
    expect(out).not.toMatch(/U1|U2|U3/);

    const json = captureIo();
    expect(await main(['report', '--json', '--top', '1'], { DATA_DIR: dataDir }, json)).toBe(0);
    expect(JSON.parse(json.out())).toMatchObject({ topics: [{ concept: 'etcd', count: 3 }], misses: [{ count: 2 }] });
  });

  it('says nothing is recorded yet, and creates no database, where the bot never ran', async () => {
    const empty = join(dataDir, 'never-used');
    const io = captureIo();
    expect(await main(['report'], { DATA_DIR: empty }, io)).toBe(0);
    expect(io.out()).toMatch(/Nothing recorded yet/);
    expect(existsSync(empty)).toBe(false);
  });

  it('rejects a bad option with exit 2', async () => {
    const io = captureIo();
    expect(await main(['report', '--top', 'many'], { DATA_DIR: dataDir }, io)).toBe(2);
    expect(io.err()).toMatch(/--top takes a whole number/);
  });
});
