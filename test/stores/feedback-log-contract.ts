// What `archbot report` needs from every FeedbackLog: counts, grouping and a stable order.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedbackEvent, FeedbackLog } from '../../src/core/types.js';

export interface FeedbackHarness {
  /** Another log over the same data, as a second replica would have; the same one for memory. */
  open(): Promise<FeedbackLog>;
  cleanup(): Promise<void>;
}

const base = { at: 1_700_000_000_000, platform: 'slack' as const, user: 'h:1f3a' };
const asked = (concept: string, user = base.user): FeedbackEvent => ({ ...base, user, kind: 'asked', concept });
const miss = (question: string, status: 'clarify' | 'unknown' = 'unknown'): FeedbackEvent => ({ ...base, kind: 'miss', status, question });
const vote = (concept: string, v: 'up' | 'down'): FeedbackEvent => ({ ...base, kind: 'vote', concept, vote: v });

export function feedbackLogContract(name: string, setup: () => Promise<FeedbackHarness>): void {
  describe(`${name} feedback log`, () => {
    let harness: FeedbackHarness;
    let opened: FeedbackLog[];
    const open = async () => {
      const log = await harness.open();
      opened.push(log);
      return log;
    };

    beforeEach(async () => {
      harness = await setup();
      opened = [];
    });
    afterEach(async () => {
      for (const log of opened) await log.close?.();
      await harness.cleanup();
    });

    it('reports nothing before anything is recorded', async () => {
      expect(await (await open()).report(10)).toEqual({ topics: [], misses: [], downVoted: [] });
    });

    it('counts answered topics, most asked first, ties by name', async () => {
      const log = await open();
      for (const c of ['pod', 'etcd', 'pod', 'kubelet', 'pod', 'etcd', 'raft']) await log.record(asked(c));
      expect((await log.report(10)).topics).toEqual([
        { concept: 'pod', count: 3 },
        { concept: 'etcd', count: 2 },
        { concept: 'kubelet', count: 1 },
        { concept: 'raft', count: 1 },
      ]);
      expect((await log.report(2)).topics.map((t) => t.concept)).toEqual(['pod', 'etcd']);
    });

    it('groups missed questions by their trimmed lower-cased text, clarify and unknown alike', async () => {
      const log = await open();
      await log.record(miss('What is Nomad?'));
      await log.record(miss('  what is nomad? ', 'clarify'));
      await log.record(miss('WHAT IS NOMAD?'));
      await log.record(miss('is swarm dead'));
      const { misses, topics } = await log.report(10);
      expect(misses).toEqual([
        { question: 'what is nomad?', count: 3 },
        { question: 'is swarm dead', count: 1 },
      ]);
      expect(topics).toEqual([]);
    });

    it('lists concepts with a down vote, most down votes first, with their up votes', async () => {
      const log = await open();
      const votes: Array<[string, 'up' | 'down']> = [
        ['pod', 'up'], ['pod', 'up'], ['pod', 'down'],
        ['etcd', 'down'], ['etcd', 'down'], ['etcd', 'up'],
        ['raft', 'up'],
        ['kubelet', 'down'],
      ];
      for (const [c, v] of votes) await log.record(vote(c, v));
      expect((await log.report(10)).downVoted).toEqual([
        { concept: 'etcd', down: 2, up: 1 },
        { concept: 'kubelet', down: 1, up: 0 },
        { concept: 'pod', down: 1, up: 2 },
      ]);
      expect((await log.report(1)).downVoted).toEqual([{ concept: 'etcd', down: 2, up: 1 }]);
    });

    it('adds up events recorded through different instances', async () => {
      const [a, b] = [await open(), await open()];
      await Promise.all([a.record(asked('pod')), b.record(asked('pod', 'h:other')), b.record(vote('pod', 'down'))]);
      const report = await a.report(5);
      expect(report.topics).toEqual([{ concept: 'pod', count: 2 }]);
      expect(report.downVoted).toEqual([{ concept: 'pod', down: 1, up: 0 }]);
    });

    it('takes offers taken, steps and verdicts without failing, and without counting them as topics', async () => {
      const log = await open();
      await log.record({ ...base, kind: 'offer-taken', concept: 'node', rank: 2 });
      await log.record({ ...base, kind: 'step', session: 's1', checklist: 'docker-vs-kubernetes', step: 1, of: 6 });
      await log.record({ ...base, kind: 'verdict', session: 's1', checklist: 'docker-vs-kubernetes', verdict: 'docker' });
      await log.record(asked('pod'));
      expect((await log.report(5)).topics).toEqual([{ concept: 'pod', count: 1 }]);
    });

    it('returns empty lists for a limit of zero', async () => {
      const log = await open();
      await log.record(asked('pod'));
      expect(await log.report(0)).toEqual({ topics: [], misses: [], downVoted: [] });
    });
  });
}
