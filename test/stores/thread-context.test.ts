import { afterEach, describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.js';
import type { InboundEvent } from '../../src/core/types.js';
import { SqliteStore } from '../../src/stores/sqlite-store.js';
import { memoryLogger, realKb } from '../helpers/kb.js';
import { tempDir } from './helpers/temp-dir.js';
import { anyReply } from '../helpers/replies.js';

const say = (text: string): InboundEvent => ({ platform: 'discord', thread: 'discord:G1:C1:T9', place: 'thread', actor: { id: 'U1' }, input: { type: 'text', text } });

describe('thread context in a shared SQLite file', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => {
    for (const c of cleanups.splice(0)) c();
  });

  it('lets a second process read a follow-up against what the first one answered', async () => {
    const dir = tempDir();
    cleanups.push(() => dir.remove());
    const [one, two] = [await SqliteStore.open(dir.path), await SqliteStore.open(dir.path)];
    cleanups.push(() => void one.close(), () => void two.close());
    const first = createBot({ kb: realKb(), store: one, logger: memoryLogger() });
    const second = createBot({ kb: realKb(), store: two, logger: memoryLogger() });
    expect((await first.handle(say('what is the api server'))).replies.map(anyReply)[0]?.concept).toBe('api-server');
    expect((await second.handle(say('where does it keep the data?'))).replies.map(anyReply)[0]?.concept).toBe('etcd');
    expect((await first.handle(say('why?'))).replies.map(anyReply)[0]?.concept).toBe('etcd');
  });
});
