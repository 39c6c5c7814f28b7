import { describe, expect, it } from 'vitest';
import { sessionKey, sessionStateSchema } from '../../src/core/sessions/session-state.js';
import type { MemoryStore } from '../../src/core/sessions/memory-store.js';
import { realKb, testBot } from '../helpers/kb.js';
import { DECIDE } from '../helpers/decide.js';
import { say, THREAD } from './conversation/helpers.js';

// Phones and word processors send curly quotes; the core straightens them once, where text enters it, so that
// a reply typed on a phone reads as the same reply typed on a keyboard.

async function answersIn(store: MemoryStore): Promise<string[]> {
  const stored = (await store.get(sessionKey(THREAD)))?.value;
  return stored === undefined ? [] : sessionStateSchema.parse(stored).answers.map((a) => `${a.criterion}=${a.value}`);
}

/** What the shipped checklist records after DECIDE, the replies before, then `typed`. */
async function recordedAfter(before: readonly string[], typed: string): Promise<string[]> {
  const { bot, store } = testBot();
  for (const t of [DECIDE, ...before, typed]) await bot.handle(say(t));
  return answersIn(store);
}

describe('curly quotes, as phones send them', () => {
  it('read at a decision step as straight ones: plans, someone else\u2019s system and a tag asking to confirm record nothing', async () => {
    // \u2019 as phones send it, \u02bc as some keyboards do.
    for (const mark of ["'", '\u2019', '\u02bc']) {
      // A plan alone, or a friend's system, still tells nothing of ours today.
      expect(await recordedAfter([], `we${mark}ll have a few machines after the move`), mark).toEqual([]);
      expect(await recordedAfter([], `my brother${mark}s company runs a dozen boxes`), mark).toEqual([]);
      // Still asking to confirm.
      expect(await recordedAfter(['one', 'few'], `a short outage is fine, isn${mark}t it`), mark).toEqual(['hosts=one', 'services=few']);
      // A firm answer beside a plan is recorded.
      expect(await recordedAfter([], `one machine, we${mark}ll add more next year`), mark).toEqual(['hosts=one']);
    }
  });

  it('read in a question as straight ones', () => {
    const kb = realKb();
    const straight = kb.lookup("the dashboard lists four pods pending, what's a pod again");
    expect(straight.status).toBe('answer');
    expect(kb.lookup('the dashboard lists four pods pending, what\u2019s a pod again')).toEqual(straight);
  });
});
