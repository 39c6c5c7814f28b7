// The behaviour every SessionStore owes the core, run against memory, SQLite and Redis.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.js';
import { claimOnce } from '../../src/core/sessions/claim-once.js';
import { sessionKey, sessionStateSchema } from '../../src/core/sessions/session-state.js';
import type { InboundEvent, SessionStore } from '../../src/core/types.js';
import { memoryLogger, realKb } from '../helpers/kb.js';
import { anyReply } from '../helpers/replies.js';
import { DECIDE } from '../helpers/decide.js';

export interface StoreHarness {
  /** Another store instance over the same data (a second file handle, a second connection). */
  open(): Promise<SessionStore>;
  /** Lets `ms` pass as far as expiry goes (a fake clock; for Redis, every key's TTL cut), without sleeping. */
  advance(ms: number): Promise<void>;
  /** Overwrites where the store keeps `key` with text that is not JSON, bypassing the store. */
  corrupt?(key: string, text: string): Promise<void>;
  cleanup(): Promise<void>;
}

const HOUR = 60 * 60 * 1000;
const THREAD = 'slack:T1:C1:1712.44';

function text(t: string): InboundEvent {
  return { platform: 'slack', thread: THREAD, place: 'thread', actor: { id: 'U1', name: 'alice' }, input: { type: 'text', text: t } };
}

export interface StoreTraits {
  /** `open()` gives separate instances that share data, as replicas would. */
  shared: boolean;
  /** The harness can damage stored data (`corrupt`). */
  corruptible: boolean;
}

export function sessionStoreContract(name: string, traits: StoreTraits, setup: () => Promise<StoreHarness>): void {
  describe(`${name} session store`, () => {
    let harness: StoreHarness;
    let store: SessionStore;
    let opened: SessionStore[];

    const another = async (): Promise<SessionStore> => {
      const s = await harness.open();
      opened.push(s);
      return s;
    };

    beforeEach(async () => {
      harness = await setup();
      opened = [];
      store = await another();
    });
    afterEach(async () => {
      for (const s of opened) await s.close?.();
      await harness.cleanup();
    });

    it('has nothing for a key never written, and deleting it is harmless', async () => {
      expect(await store.get('session:none')).toBeUndefined();
      await store.delete('session:none');
      expect(await store.compareAndSet('session:none', 1, { a: 1 }, HOUR)).toBe(false);
      expect(await store.get('session:none')).toBeUndefined();
    });

    it('creates only if absent, and hands back a copy at revision 1', async () => {
      const value = { step: 1, answers: [{ criterion: 'hosts', value: 'one' }] };
      expect(await store.compareAndSet('session:a', null, value, HOUR)).toBe(true);
      expect(await store.compareAndSet('session:a', null, { step: 99 }, HOUR)).toBe(false);
      value.step = 42;
      const got = await store.get('session:a');
      expect(got).toEqual({ value: { step: 1, answers: [{ criterion: 'hosts', value: 'one' }] }, revision: 1 });
      (got?.value as { step: number }).step = 7;
      expect((await store.get('session:a'))?.value).toEqual({ step: 1, answers: [{ criterion: 'hosts', value: 'one' }] });
      expect(await store.get('session:b')).toBeUndefined();
    });

    it('advances on the current revision and rejects a stale one without writing', async () => {
      await store.compareAndSet('session:a', null, { step: 1 }, HOUR);
      expect(await store.compareAndSet('session:a', 1, { step: 2 }, HOUR)).toBe(true);
      expect(await store.compareAndSet('session:a', 1, { step: 'stale' }, HOUR)).toBe(false);
      expect(await store.compareAndSet('session:a', 5, { step: 'future' }, HOUR)).toBe(false);
      expect(await store.get('session:a')).toEqual({ value: { step: 2 }, revision: 2 });
    });

    it('forgets a deleted key, which can then be created again', async () => {
      await store.compareAndSet('session:a', null, { step: 1 }, HOUR);
      await store.delete('session:a');
      expect(await store.get('session:a')).toBeUndefined();
      expect(await store.compareAndSet('session:a', 1, { step: 2 }, HOUR)).toBe(false);
      expect(await store.compareAndSet('session:a', null, { step: 3 }, HOUR)).toBe(true);
      expect((await store.get('session:a'))?.value).toEqual({ step: 3 });
    });

    it('treats an expired key as absent: unreadable, not updatable, creatable again', async () => {
      await store.compareAndSet('session:a', null, { step: 1 }, 50);
      await harness.advance(80);
      expect(await store.get('session:a')).toBeUndefined();
      expect(await store.compareAndSet('session:a', 1, { step: 'late' }, HOUR)).toBe(false);
      expect(await store.compareAndSet('session:a', null, { step: 'new' }, HOUR)).toBe(true);
      expect((await store.get('session:a'))?.value).toEqual({ step: 'new' });
    });

    it('restarts the expiry on every write', async () => {
      await store.compareAndSet('session:a', null, { step: 1 }, 400);
      await harness.advance(200);
      expect(await store.compareAndSet('session:a', 1, { step: 2 }, 400)).toBe(true);
      await harness.advance(200);
      expect(await store.get('session:a')).toEqual({ value: { step: 2 }, revision: 2 });
      // ...and it does run out, 400 after that last write.
      await harness.advance(250);
      expect(await store.get('session:a')).toBeUndefined();
    });

    it('lets exactly one of 50 concurrent writers on the same revision win', async () => {
      const stores = traits.shared ? [store, await another()] : [store];
      await store.compareAndSet('session:race', null, { winner: -1 }, HOUR);
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) => stores[i % stores.length]!.compareAndSet('session:race', 1, { winner: i }, HOUR)),
      );
      const winners = results.flatMap((won, i) => (won ? [i] : []));
      expect(winners).toHaveLength(1);
      expect(await stores[stores.length - 1]!.get('session:race')).toEqual({ value: { winner: winners[0] }, revision: 2 });
    });

    it('answers a redelivered event once, however many instances see it', async () => {
      const stores = traits.shared ? [store, await another()] : [store];
      const claims = await Promise.all(Array.from({ length: 10 }, (_, i) => claimOnce(stores[i % stores.length]!, 'slack:Ev1', HOUR)));
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await claimOnce(stores[0]!, 'slack:Ev2', HOUR)).toBe(true);
    });

    if (traits.shared) {
      it('shares sessions between instances, as replicas of the bot would', async () => {
        const other = await another();
        await store.compareAndSet(sessionKey(THREAD), null, { step: 1 }, HOUR);
        expect(await other.get(sessionKey(THREAD))).toEqual({ value: { step: 1 }, revision: 1 });
        expect(await other.compareAndSet(sessionKey(THREAD), 1, { step: 2 }, HOUR)).toBe(true);
        expect(await store.compareAndSet(sessionKey(THREAD), 1, { step: 'lost' }, HOUR)).toBe(false);
        expect((await store.get(sessionKey(THREAD)))?.value).toEqual({ step: 2 });
      });
    }

    if (traits.corruptible) {
      it('reads a damaged session without throwing, and "decide" there starts afresh', async () => {
        const key = sessionKey(THREAD);
        await store.compareAndSet(key, null, { v: 1 }, HOUR);
        await harness.corrupt?.(key, '{"v":1,"id":"abc", trunc');
        const damaged = await store.get(key);
        expect(damaged).toBeDefined();
        expect(sessionStateSchema.safeParse(damaged?.value).success).toBe(false);

        const logger = memoryLogger();
        const bot = createBot({ kb: realKb(), store, logger, newId: () => 'fresh1' });
        const outcome = await bot.handle(text(DECIDE));
        expect(outcome.replies[0]?.kind).toBe('question');
        expect(outcome.replies.map(anyReply)[0]?.progress).toEqual({ step: 1, total: 6 });
        expect(logger.lines.some((l) => l.message === 'discarding unreadable session')).toBe(true);
        expect(sessionStateSchema.safeParse((await store.get(key))?.value).success).toBe(true);
      });
    }
  });
}
