import { describe, expect, it } from 'vitest';
import { createBot } from '../../../src/core/bot.js';
import { sessionKey, sessionStateSchema } from '../../../src/core/sessions/session-state.js';
import { MemoryStore } from '../../../src/core/sessions/memory-store.js';
import type { FeedbackEvent, FeedbackLog, Outcome, Reply } from '../../../src/core/types.js';
import { memoryLogger, realKb, testBot } from '../../helpers/kb.js';
import { act, say, SwitchableStore, THREAD } from './helpers.js';
import { emptyReport } from '../../../src/stores/feedback-text.js';
import { anyReply, type AnyReply } from '../../helpers/replies.js';
import { DECIDE } from '../../helpers/decide.js';

const first = (outcome: Outcome): AnyReply => anyReply(outcome.replies[0] as Reply);
const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function answersIn(store: MemoryStore): Promise<string[]> {
  const state = sessionStateSchema.parse((await store.get(sessionKey(THREAD)))?.value);
  return state.answers.map((a) => `${a.criterion}=${a.value}`);
}

describe('reading input at a decision step', () => {
  it('answers a question asked at a step, says once that the step waits, and records nothing', async () => {
    const { bot, store } = testBot();
    for (const t of [DECIDE, 'one', 'few', 'yes']) await bot.handle(say(t));
    const asked = await bot.handle(say('what is autoscaling?'));
    expect(asked.replies.map(anyReply).map((r) => r.code ?? r.concept)).toEqual(['autoscaling', 'still-waiting']);
    const again = await bot.handle(say('what is etcd?'));
    expect(again.replies.map(anyReply).map((r) => r.code ?? r.concept)).toEqual(['etcd']);
    expect(await answersIn(store)).toEqual(['hosts=one', 'services=few', 'downtime=acceptable']);
    expect(first(await bot.handle(say('status'))).progress).toEqual({ step: 4, total: 6 });
  });

  it('takes a polite request to clarify whether an option applies as a question, not as that option', async () => {
    const { bot, store } = testBot();
    for (const t of [DECIDE, 'one', 'few']) await bot.handle(say(t));
    for (const request of ['Kindly clarify whether an outage at night is fine here', 'please confirm if planned downtime counts']) {
      const reply = first(await bot.handle(say(request)));
      expect(reply.kind, request).not.toBe('question');
      expect(await answersIn(store), request).toEqual(['hosts=one', 'services=few']);
    }
    await bot.handle(say('a short outage is fine'));
    expect(await answersIn(store)).toEqual(['hosts=one', 'services=few', 'downtime=acceptable']);
  });

  it('reads an option said not to be needed as the other one', async () => {
    const { bot, store } = testBot();
    for (const t of [DECIDE, 'one', 'few', 'yes']) await bot.handle(say(t));
    await bot.handle(say('our load is what it is, so no elastic scaling needed'));
    expect(await answersIn(store)).toEqual(['hosts=one', 'services=few', 'downtime=acceptable', 'traffic=steady']);
    await bot.handle(say('back'));
    await bot.handle(say('autoscaling is needed, it bursts'));
    expect(await answersIn(store)).toEqual(['hosts=one', 'services=few', 'downtime=acceptable', 'traffic=fluctuating']);
    // At the downtime step "no need for zero downtime" is the short outage: its "no" opens the need phrase.
    for (const said of ['outage is fine, no need for zero downtime', 'no need for zero downtime', 'zero downtime is not needed']) {
      const thread = testBot();
      for (const t of [DECIDE, 'one', 'few']) await thread.bot.handle(say(t));
      await thread.bot.handle(say(said));
      expect(await answersIn(thread.store), said).toEqual(['hosts=one', 'services=few', 'downtime=acceptable']);
    }
    // A bare "no" is the answer, never a thing said not to be needed, even with a negation before it.
    await bot.handle(say('back'));
    await bot.handle(say("we don't, so no need"));
    expect(await answersIn(store)).not.toContain('traffic=fluctuating');
  });

  it('reads a preference by what it puts first, not by what it passes over', async () => {
    for (const [said, value] of [
      ['honestly we value a consistent pipeline over a lean stack', 'team=automation'],
      ['we would prefer fewer moving parts rather than automation', 'team=simplicity'],
    ] as const) {
      const { bot, store } = testBot();
      for (const t of [DECIDE, 'one', 'few', 'yes', 'steady']) await bot.handle(say(t));
      await bot.handle(say(said));
      expect((await answersIn(store)).at(-1), said).toBe(value);
    }
  });

  it('explains the step again for doubt, and never takes it as an answer', async () => {
    const { bot, store } = testBot();
    for (const t of [DECIDE, 'one', 'few', 'yes']) await bot.handle(say(t));
    for (const doubt of ['not really sure', 'idk', 'it depends', 'hmm, sort of']) {
      const reply = first(await bot.handle(say(doubt)));
      expect(reply.kind, doubt).toBe('question');
      expect(reply.body).toMatch(/When load rises and falls/);
      expect(reply.choices?.filter((c) => c.group === 'options')).toHaveLength(2);
    }
    await bot.handle(say('steady'));
    const team = first(await bot.handle(say('what do you mean by automation?')));
    expect(team.body).toMatch(/standard, automated deployment workflows/);
    expect(await answersIn(store)).toEqual(['hosts=one', 'services=few', 'downtime=acceptable', 'traffic=steady']);
  });

  it('tells a count from an option number by the words around it', async () => {
    const { bot, store } = testBot();
    await bot.handle(say(DECIDE));
    await bot.handle(say('one'));
    const either = await bot.handle(say('we have 2'));
    expect(either.replies[0]?.body).toMatch(/could be a count or an option number. Say what you counted/);
    await bot.handle(say('2 services'));
    await bot.handle(say('back'));
    await bot.handle(say('2'));
    expect(await answersIn(store)).toEqual(['hosts=one', 'services=many']);
  });
});

describe('after the verdict', () => {
  const spiky = [DECIDE, 'one server', 'a few', 'no, zero downtime', 'spiky', 'keep it simple', 'no'];

  it('names the other side and what to do about it, and never tells you to wait for what you already need', async () => {
    const { bot } = testBot();
    let verdict: AnyReply | undefined;
    for (const t of spiky) verdict = first(await bot.handle(say(t)));
    expect(verdict?.title).toBe('Verdict: Docker is enough for now');
    const other = verdict?.sections?.find((s) => s.heading === 'The other side')?.text ?? '';
    expect(other).toMatch(/No, deploys must be zero-downtime\*\* points to "Kubernetes is worth it"/);
    expect(other).toMatch(/blue\/green/);
    expect(other).toMatch(/Rolling updates/);
    expect(other).toMatch(/spikes/);
    const next = verdict?.sections?.find((s) => s.heading === 'Next steps')?.text ?? '';
    expect(next).not.toMatch(/need zero-downtime deploys or autoscaling/);
  });

  it('explains the verdict on "why" and on its Why button: the rule, then every answer and its side', async () => {
    const { bot } = testBot();
    let verdict: AnyReply | undefined;
    for (const t of spiky) verdict = first(await bot.handle(say(t)));
    const typed = first(await bot.handle(say('why?')));
    expect(typed.kind).toBe('why');
    expect(typed.body).toMatch(/Rule 4 of 4 decided it: None of the Kubernetes rules matched/);
    expect(typed.body).toMatch(/Signals counted: the case for Kubernetes, 2 of the 4\./);
    expect(typed.body).not.toMatch(/`/);
    const answers = typed.sections?.find((s) => s.heading === 'Your answers')?.text ?? '';
    expect(answers.split('\n')).toHaveLength(6);
    expect(answers).toMatch(/One server\*\* points to "Docker is enough for now"/);
    expect(answers).toMatch(/spikes and needs autoscaling\*\* points to "Kubernetes is worth it". It counts towards the case for Kubernetes\./);
    expect(answers).not.toMatch(/`/);
    const button = verdict?.choices?.find((c) => c.label === 'Why this verdict?')?.action;
    expect(button?.type).toBe('explain');
    if (button) expect(first(await bot.handle(act({ type: 'action', action: button }))).body).toBe(typed.body);
  });
});

describe('sessions over time and in faults', () => {
  it('measures expiry from the last activity, not from the start', async () => {
    let now = 1_000_000;
    const { bot, store } = testBot({ clock: () => now, ttlMs: 60_000 });
    await bot.handle(say(DECIDE));
    for (const answer of ['one', 'few', 'yes']) {
      now += 40_000;
      expect(first(await bot.handle(say(answer))).kind).toBe('question');
    }
    expect(await answersIn(store)).toEqual(['hosts=one', 'services=few', 'downtime=acceptable']);
    now += 61_000;
    expect(first(await bot.handle(say('steady'))).code).toBe('expired');
  });

  it('shows the current question with its buttons when a saved click is clicked again (its reply was lost)', async () => {
    const { bot } = testBot();
    const question = first(await bot.handle(say(DECIDE)));
    const click = question.choices?.find((c) => /One server/.test(c.label))?.action;
    if (!click) throw new Error('no One server button');
    await bot.handle(act({ type: 'action', action: click })); // saved; imagine the process died before posting
    const again = first(await bot.handle(act({ type: 'action', action: click })));
    expect(again.code).toBe('stale');
    expect(again.body).toMatch(/current question is 2 of 6: "How many services/);
    expect(again.choices?.filter((c) => c.group === 'options').map((c) => c.label)).toEqual(['1. A few', '2. Many, released independently']);
  });

  it('answers plain questions from the knowledge base while the store is down, and says decisions are paused', async () => {
    const store = new SwitchableStore();
    const logger = memoryLogger();
    const bot = createBot({ kb: realKb(), store, logger });
    const question = first(await bot.handle(say(DECIDE)));
    store.down = true;
    expect(first(await bot.handle(say('what is etcd'))).concept).toBe('etcd');
    expect(logger.lines.some((l) => l.level === 'warn' && /store unavailable/.test(l.message))).toBe(true);
    for (const input of [say('one server'), say(DECIDE), act({ type: 'action', action: question.choices?.[0]?.action ?? { type: 'cancel', session: 'x' } })]) {
      const reply = first(await bot.handle(input));
      expect(reply.code).toBe('unavailable');
      expect(reply.body).toMatch(/Decisions are briefly unavailable/);
    }
    expect(logger.lines.some((l) => l.level === 'error')).toBe(false);
    store.down = false;
    expect(first(await bot.handle(say('one server'))).progress?.step).toBe(2);
  });

  it('refuses an unknown checklist privately, before anything is posted in the channel', async () => {
    const { bot } = testBot();
    const inChannel = { platform: 'slack' as const, thread: 'slack:T1:C1', place: 'channel' as const, actor: { id: 'U1', name: 'alice' } };
    for (const input of [{ type: 'command' as const, name: 'decide' as const, text: 'no-such-list' }, { type: 'action' as const, action: { type: 'start' as const, checklist: 'no-such-list' } }]) {
      const outcome = await bot.handle({ ...inChannel, input });
      expect(outcome.openThread).toBeUndefined();
      expect(outcome.replies).toHaveLength(1);
      expect(first(outcome).ephemeral).toBe(true);
      expect(first(outcome).body).toMatch(/no checklist called `no-such-list`. Available: .*`docker-vs-kubernetes`/);
    }
  });

  it('records each step reached and the verdict for the report', async () => {
    const events: FeedbackEvent[] = [];
    const log: FeedbackLog = { record: async (e) => void events.push(e), report: async (query) => emptyReport(query) };
    const bot = createBot({ kb: realKb(), store: new MemoryStore(), logger: memoryLogger(), feedback: log, newId: () => 'abc' });
    for (const t of [DECIDE, 'one', 'few', 'yes', 'steady', 'simplicity', 'no']) await bot.handle(say(t));
    await flush();
    const steps = events.flatMap((e) => (e.kind === 'step' ? [`${e.step}/${e.of}`] : e.kind === 'verdict' ? [`verdict:${e.verdict}`] : []));
    expect(steps).toEqual(['1/6', '2/6', '3/6', '4/6', '5/6', '6/6', 'verdict:docker']);
    expect(events.find((e) => e.kind === 'verdict')).toMatchObject({ session: 'abc', checklist: 'docker-vs-kubernetes' });
  });
});
