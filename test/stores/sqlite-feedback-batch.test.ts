// Feedback commits: a burst is one commit; with a spacing, the bot's steady stream of background
// events is a few commits a second, each right after a reply; nothing anyone awaits is held back,
// and nothing is lost at close.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { FeedbackEvent } from '../../src/core/types.js';
import { FeedbackBatch } from '../../src/stores/sqlite-feedback-batch.js';

const asked = (concept: string): FeedbackEvent => ({ kind: 'asked', at: Date.now(), platform: 'discord', user: 'h:1', concept });
const turns = (n: number): Promise<void> => (n === 0 ? Promise.resolve() : new Promise((resolve) => setImmediate(() => void turns(n - 1).then(resolve))));

/** A batch over an in-memory database whose commits are counted (events per commit, in order). */
function counted(spacingMs: number, now: () => number) {
  const db = new Database(':memory:');
  const commits: string[][] = [];
  let current: string[] = [];
  const batch = new FeedbackBatch(
    db,
    (event) => {
      if (event.kind === 'asked') current.push(event.concept);
    },
    { spacingMs, now },
  );
  const flush = batch.flush.bind(batch);
  batch.flush = () => {
    current = [];
    flush();
    if (current.length > 0) commits.push(current);
  };
  return { batch, commits };
}

/** Whether `promise` has settled after `n` turns of the event loop. */
async function settledWithin(promise: Promise<unknown>, n: number): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await turns(n);
  return settled;
}

describe('feedback batch', () => {
  it('commits what arrives in one burst together, two turns later, without a spacing', async () => {
    const { batch, commits } = counted(0, () => 0);
    const written = ['pod', 'etcd', 'node'].map((c) => batch.add(asked(c)));
    await Promise.all(written);
    expect(commits).toEqual([['pod', 'etcd', 'node']]);
    await batch.add(asked('raft'));
    expect(commits).toEqual([['pod', 'etcd', 'node'], ['raft']]);
  });

  it('with a spacing, holds background events that follow a commit until the spacing is over, then commits them together', async () => {
    let now = 1_000;
    const { batch, commits } = counted(250, () => now);
    await batch.add(asked('pod'), true);
    now += 25;
    const second = batch.add(asked('etcd'), true);
    expect(await settledWithin(second, 4)).toBe(false);
    now += 25;
    const third = batch.add(asked('node'), true);
    expect(await settledWithin(third, 4)).toBe(false);
    // The first question past the spacing takes the held ones with it, right after its own reply.
    now += 250;
    const fourth = batch.add(asked('raft'), true);
    await Promise.all([second, third, fourth]);
    expect(commits).toEqual([['pod'], ['etcd', 'node', 'raft']]);
  });

  it('with a spacing, commits held background events once the spacing is over even when nothing else arrives', async () => {
    const { batch, commits } = counted(30, () => performance.now());
    await batch.add(asked('pod'), true);
    await batch.add(asked('etcd'), true);
    expect(commits).toEqual([['pod'], ['etcd']]);
  });

  it('with a spacing, never holds an event someone waits for, and it takes the held ones with it', async () => {
    let now = 1_000;
    const { batch, commits } = counted(60_000, () => now);
    for (const concept of ['pod', 'etcd']) {
      now += 1;
      expect(await settledWithin(batch.add(asked(concept)), 3)).toBe(true);
    }
    now += 1;
    const held = batch.add(asked('node'), true);
    expect(await settledWithin(held, 4)).toBe(false);
    await batch.add(asked('raft'));
    await held;
    expect(commits).toEqual([['pod'], ['etcd'], ['node', 'raft']]);
  });

  it('commits what is held at once on flush (a report, or closing)', async () => {
    let now = 1_000;
    const { batch, commits } = counted(60_000, () => now);
    await batch.add(asked('pod'), true);
    now += 1;
    const held = batch.add(asked('etcd'), true);
    batch.flush();
    await held;
    expect(commits).toEqual([['pod'], ['etcd']]);
  });
});
