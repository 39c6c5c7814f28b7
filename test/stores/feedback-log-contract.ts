// What `archbot report` and the insights page need from every FeedbackLog: counts per window,
// grouping, one vote per person per answer, retention and a stable order.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedbackEvent, FeedbackLog, ReportQuery } from '../../src/core/types.js';
import type { FeedbackLogOptions } from '../../src/stores/sqlite-feedback.js';

export interface FeedbackHarness {
  /** Another log over the same data, as a second replica would have; the same one for memory. */
  open(options?: FeedbackLogOptions): Promise<FeedbackLog>;
  cleanup(): Promise<void>;
}

const DAY = 86_400_000;
// Redis expires a day's counters on its own clock, so the events are recent: two days ago at noon.
const today = Math.floor(Date.now() / DAY) * DAY;
const at = today - 2 * DAY + 12 * 3_600_000;
const all: ReportQuery = { since: today - 30 * DAY, until: today + DAY, limit: 10 };
const base = { at, platform: 'slack' as const, user: 'h:1f3a' };

const asked = (concept: string, more: Partial<FeedbackEvent> = {}): FeedbackEvent => ({ ...base, kind: 'asked', concept, ...more }) as FeedbackEvent;
type Miss = Extract<FeedbackEvent, { kind: 'miss' }>;
const miss = (question: string, status: Miss['status'] = 'unknown', more: Partial<Miss> = {}): FeedbackEvent => ({ ...base, kind: 'miss', status, question, ...more });
const vote = (concept: string, v: 'up' | 'down', user = base.user, answer?: string): FeedbackEvent => ({
  ...base, user, kind: 'vote', concept, vote: v, ...(answer ? { answer } : {}),
});
const step = (session: string, n: number, of = 4): FeedbackEvent => ({ ...base, kind: 'step', session, checklist: 'docker-or-k8s', step: n, of });
const verdict = (session: string, v: string): FeedbackEvent => ({ ...base, kind: 'verdict', session, checklist: 'docker-or-k8s', verdict: v });

export function feedbackLogContract(name: string, setup: () => Promise<FeedbackHarness>): void {
  describe(`${name} feedback log`, () => {
    let harness: FeedbackHarness;
    let opened: FeedbackLog[];
    const open = async (options?: FeedbackLogOptions) => {
      const log = await harness.open(options);
      opened.push(log);
      return log;
    };
    const recordAll = async (log: FeedbackLog, events: FeedbackEvent[]) => {
      for (const e of events) await log.record(e);
    };

    beforeEach(async () => {
      harness = await setup();
      opened = [];
    });
    afterEach(async () => {
      for (const log of new Set(opened)) await log.close?.();
      await harness.cleanup();
    });

    it('reports nothing before anything is recorded', async () => {
      const report = await (await open()).report(all);
      expect(report).toMatchObject({ perDay: [], topics: [], gaps: [], outsideTerms: [], votes: [], funnels: [] });
      expect(report.outcomes).toEqual({ answer: 0, clarify: 0, unknown: 0, outside: 0, smalltalk: 0 });
      expect(report.offers).toEqual({ offered: 0, taken: 0, byRank: [], concepts: [] });
    });

    it('counts answered topics, most asked first, ties by name, up to the limit', async () => {
      const log = await open();
      await recordAll(log, ['pod', 'etcd', 'pod', 'kubelet', 'pod', 'etcd', 'raft'].map((c) => asked(c)));
      expect((await log.report(all)).topics).toEqual([
        { concept: 'pod', count: 3 },
        { concept: 'etcd', count: 2 },
        { concept: 'kubelet', count: 1 },
        { concept: 'raft', count: 1 },
      ]);
      expect((await log.report({ ...all, limit: 2 })).topics.map((t) => t.concept)).toEqual(['pod', 'etcd']);
    });

    it('counts questions per day by outcome, small talk apart from misses', async () => {
      const log = await open();
      await recordAll(log, [asked('pod'), asked('pod', { at: at - DAY }), miss('hi there', 'smalltalk'), miss('what is nomad'), miss('daemonset?', 'outside', { term: 'daemonset' })]);
      const report = await log.report(all);
      expect(report.outcomes).toEqual({ answer: 2, clarify: 0, unknown: 1, outside: 1, smalltalk: 1 });
      const day = (t: number) => new Date(t).toISOString().slice(0, 10);
      expect(report.perDay).toEqual(
        expect.arrayContaining([
          { day: day(at - DAY), outcome: 'answer', count: 1 },
          { day: day(at), outcome: 'answer', count: 1 },
          { day: day(at), outcome: 'smalltalk', count: 1 },
          { day: day(at), outcome: 'unknown', count: 1 },
          { day: day(at), outcome: 'outside', count: 1 },
        ]),
      );
      expect(report.perDay).toHaveLength(5);
      expect(report.gaps.map((g) => g.examples[0])).not.toContain('hi there');
    });

    it('groups coverage gaps by outside term, nearest concept or normalised words, with examples as typed', async () => {
      const log = await open();
      await recordAll(log, [
        miss('What is Nomad?'),
        miss('  What   is  Nomad? '),
        miss('Tell me about Nomad'),
        miss('what is a daemonset', 'outside', { term: 'DaemonSet', nearest: ['pod'] }),
        miss('how do daemonsets work', 'outside', { term: 'daemonset', nearest: ['pod', 'node'] }),
        miss('keeps containers alive after a crash', 'unknown', { nearest: ['restart-policy'] }),
        miss('is swarm dead', 'clarify', { nearest: ['swarm', 'docker'] }),
      ]);
      const { gaps, outsideTerms } = await log.report(all);
      expect(gaps).toEqual([
        { group: 'words:nomad', count: 3, examples: ['What is Nomad?', 'Tell me about Nomad'], nearest: [] },
        { group: 'term:daemonset', count: 2, examples: ['how do daemonsets work', 'what is a daemonset'], nearest: ['pod', 'node'], term: 'daemonset' },
        { group: 'near:restart-policy', count: 1, examples: ['keeps containers alive after a crash'], nearest: ['restart-policy'] },
      ]);
      expect(outsideTerms).toEqual([{ term: 'daemonset', count: 2 }]);
    });

    it('counts did-you-mean offers and which candidate people took', async () => {
      const log = await open();
      await recordAll(log, [
        miss('pods or nodes', 'clarify', { nearest: ['pod', 'node'] }),
        miss('pod thing', 'clarify', { nearest: ['pod', 'service'] }),
        { ...base, kind: 'offer-taken', concept: 'node', rank: 2 },
      ]);
      expect((await log.report(all)).offers).toEqual({
        offered: 2,
        taken: 1,
        byRank: [{ rank: 2, count: 1 }],
        concepts: [
          { concept: 'pod', offered: 2, taken: 0 },
          { concept: 'node', offered: 1, taken: 1 },
          { concept: 'service', offered: 1, taken: 0 },
        ],
      });
    });

    it('keeps one vote per person per answer, the last one, and lists the worst concepts first', async () => {
      const log = await open();
      for (let i = 0; i < 30; i++) await log.record(vote('pod', 'down', 'h:angry'));
      await recordAll(log, [
        vote('etcd', 'down', 'h:a'), vote('etcd', 'up', 'h:a'), // changed their mind
        vote('etcd', 'down', 'h:b'), vote('etcd', 'down', 'h:c'),
        vote('raft', 'up', 'h:a'), vote('raft', 'up', 'h:b'),
        vote('pod', 'up', 'h:a', 'pod#v2'), // another answer about the same concept
      ]);
      expect((await log.report(all)).votes).toEqual([
        { concept: 'etcd', up: 1, down: 2 },
        { concept: 'pod', up: 1, down: 1 },
        { concept: 'raft', up: 2, down: 0 },
      ]);
    });

    it('counts a changed vote on the day it was changed, and no longer on the day of the first', async () => {
      const log = await open();
      await log.record({ ...vote('etcd', 'down', 'h:a'), at: at - 3 * DAY });
      await log.record(vote('etcd', 'up', 'h:a'));
      expect((await log.report({ since: today - 5 * DAY, until: today - 2 * DAY, limit: 10 })).votes).toEqual([]);
      expect((await log.report(all)).votes).toEqual([{ concept: 'etcd', up: 1, down: 0 }]);
    });

    it('shows the decision funnel: sessions per step reached and the first verdict of each', async () => {
      const log = await open();
      await recordAll(log, [
        step('s1', 1), step('s1', 2), step('s1', 3), step('s1', 2), step('s1', 3), step('s1', 4), verdict('s1', 'kubernetes'),
        step('s2', 1), step('s2', 2), step('s2', 3), step('s2', 4), verdict('s2', 'docker'), verdict('s2', 'kubernetes'),
        step('s3', 1), step('s3', 2),
        step('s4', 1),
      ]);
      expect((await log.report(all)).funnels).toEqual([
        {
          checklist: 'docker-or-k8s',
          steps: [{ step: 1, reached: 4 }, { step: 2, reached: 3 }, { step: 3, reached: 2 }, { step: 4, reached: 2 }],
          verdicts: [{ verdict: 'docker', count: 1 }, { verdict: 'kubernetes', count: 1 }],
        },
      ]);
    });

    it('counts only the days of the window', async () => {
      const log = await open();
      await recordAll(log, [asked('pod'), asked('etcd', { at: at - 5 * DAY }), miss('what is nomad', 'unknown', { at: at - 5 * DAY })]);
      const lastThreeDays = await log.report({ since: today - 2 * DAY, until: today + DAY, limit: 10 });
      expect(lastThreeDays.topics).toEqual([{ concept: 'pod', count: 1 }]);
      expect(lastThreeDays.gaps).toEqual([]);
      expect(lastThreeDays.outcomes.answer).toBe(1);
    });

    it('drops feedback older than the retention', async () => {
      const log = await open({ retentionDays: 3 });
      await recordAll(log, [asked('pod'), asked('etcd', { at: at - 10 * DAY }), vote('etcd', 'down', 'h:old'), miss('old question', 'unknown', { at: at - 10 * DAY })]);
      await log.record({ ...base, kind: 'vote', concept: 'raft', vote: 'down', at: at - 10 * DAY });
      const report = await log.report({ since: 0, until: today + DAY, limit: 10 });
      expect(report.topics).toEqual([{ concept: 'pod', count: 1 }]);
      expect(report.gaps).toEqual([]);
      expect(report.votes).toEqual([{ concept: 'etcd', up: 0, down: 1 }]);
    });

    it('adds up events recorded through different instances', async () => {
      const [a, b] = [await open(), await open()];
      await Promise.all([a.record(asked('pod')), b.record(asked('pod', { user: 'h:other' })), b.record(vote('pod', 'down'))]);
      const report = await a.report(all);
      expect(report.topics).toEqual([{ concept: 'pod', count: 2 }]);
      expect(report.votes).toEqual([{ concept: 'pod', up: 0, down: 1 }]);
    });

    it('returns empty lists for a limit of zero but still counts outcomes', async () => {
      const log = await open();
      await log.record(asked('pod'));
      const report = await log.report({ ...all, limit: 0 });
      expect(report).toMatchObject({ topics: [], gaps: [], votes: [] });
      expect(report.outcomes.answer).toBe(1);
    });

    it('refuses an event it cannot count, with a message saying why', async () => {
      const log = await open();
      await expect(log.record(step('s1', 0))).rejects.toThrow(/step must be a whole number/);
      expect((await log.report(all)).funnels).toEqual([]);
    });
  });
}
