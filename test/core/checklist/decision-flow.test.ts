import { describe, expect, it } from 'vitest';
import type { Action, InboundEvent, Outcome, Reply } from '../../../src/core/types.js';
import { sessionKey } from '../../../src/core/sessions/session-state.js';
import { MemoryStore } from '../../../src/core/sessions/memory-store.js';
import { CLASHING_WHY, kbWithClashingCriterion, kbWithTestChecklist, testBot } from '../../helpers/kb.js';
import { anyReply, type AnyReply } from '../../helpers/replies.js';
import { DECIDE } from '../../helpers/decide.js';

const THREAD = 'slack:T1:C1:1712.44';
const alice = { id: 'U1', name: 'alice' };
const bob = { id: 'U2', name: 'bob' };

function text(t: string, actor = alice, thread = THREAD): InboundEvent {
  return { platform: 'slack', thread, place: 'thread', actor, input: { type: 'text', text: t } };
}
function click(action: Action, actor = alice): InboundEvent {
  return { platform: 'slack', thread: THREAD, place: 'thread', actor, input: { type: 'action', action } };
}
function only(outcome: Outcome): AnyReply {
  expect(outcome.replies).toHaveLength(1);
  return anyReply(outcome.replies[0] as Reply);
}
/** The action of the button labelled like `label` on a reply. */
function button(reply: AnyReply, label: RegExp): Action {
  const choice = reply.choices?.find((c) => label.test(c.label));
  if (!choice) throw new Error(`no button ${label} on ${reply.kind}: ${reply.choices?.map((c) => c.label).join(', ')}`);
  return choice.action;
}

describe('a decision session', () => {
  it('walks six questions by clicks, updating each question with who chose what, to a verdict', async () => {
    const { bot } = testBot();
    let question = only(await bot.handle(text(DECIDE)));
    expect(question.progress).toEqual({ step: 1, total: 6 });
    const picks = [/One server/, /A few/, /outage is fine/, /steady/, /Few moving parts/, /^2\. Yes$/];
    let outcome: Outcome | undefined;
    for (const [i, label] of picks.entries()) {
      outcome = await bot.handle(click(button(question, label), i % 2 === 0 ? alice : bob));
      expect(outcome.update?.kind).toBe('answered');
      expect(outcome.update?.body).toMatch(i % 2 === 0 ? /alice chose/ : /bob chose/);
      expect(outcome.update && anyReply(outcome.update).choices).toBeUndefined();
      question = only(outcome);
    }
    expect(question.kind).toBe('verdict');
    expect(question.title).toBe('Verdict: Docker is enough for now');
    const answers = question.sections?.find((s) => s.heading === 'Answers')?.text ?? '';
    expect(answers).toMatch(/One server\*\* \(alice\)/);
    expect(answers).toMatch(/A few\*\* \(bob\)/);
    const warnings = question.sections?.find((s) => s.heading === 'Watch out')?.text ?? '';
    expect(warnings).toMatch(/Hand-written scripts/);
  });

  it('never advances twice for a double click; the second is told which question is current', async () => {
    const { bot } = testBot();
    const question = only(await bot.handle(text(DECIDE)));
    const first = button(question, /Several machines/);
    const [a, b] = await Promise.all([bot.handle(click(first)), bot.handle(click(first, bob))]);
    const kinds = [only(a).kind, only(b).kind].sort();
    expect(kinds).toEqual(['notice', 'question']);
    const stale = [only(a), only(b)].find((r) => r.kind === 'notice') as AnyReply;
    expect(stale.code).toBe('stale');
    expect(stale.ephemeral).toBe(true);
    expect(stale.body).toMatch(/question is 2 of 6: "How many services/i);
    const status = only(await bot.handle(text('status')));
    expect(status.progress).toEqual({ step: 2, total: 6 });
  });

  it('treats a click from an earlier run of the checklist as stale', async () => {
    const { bot } = testBot();
    const old = only(await bot.handle(text(DECIDE)));
    await bot.handle(text('restart'));
    const reply = only(await bot.handle(click(button(old, /One server/))));
    expect(reply.code).toBe('stale');
    expect(reply.body).toMatch(/earlier run/);
  });

  it('goes back one question and recomputes the verdict after the change', async () => {
    const { bot } = testBot();
    await bot.handle(text(DECIDE));
    for (const answer of ['several', 'many', 'no', 'yes', 'automation']) await bot.handle(text(answer));
    const docker = only(await bot.handle(text('no')));
    expect(docker.title).toMatch(/Kubernetes is worth it/);
    const back = only(await bot.handle(text('back')));
    expect(back.progress).toEqual({ step: 6, total: 6 });
    expect(only(await bot.handle(text('yes'))).title).toMatch(/Kubernetes is worth it/);
    // Back twice, then change the team answer: the verdict's warnings change with it.
    await bot.handle(text('back'));
    await bot.handle(text('back'));
    await bot.handle(text('simplicity'));
    const verdict = only(await bot.handle(text('yes')));
    expect(verdict.sections?.find((s) => s.heading === 'Watch out')?.text).toMatch(/few moving parts/);
  });

  it('re-asks with the options when typed text matches nothing or more than one option', async () => {
    const { bot } = testBot();
    await bot.handle(text(DECIDE));
    const outcome = await bot.handle(text('banana'));
    expect(outcome.replies.map((r) => r.kind)).toEqual(['notice', 'question']);
    expect(outcome.replies[0]?.body).toMatch(/1\. One server, 2\. Several machines/);
    expect(outcome.replies.map(anyReply)[1]?.progress?.step).toBe(1);
    expect(only(await bot.handle(text('3 machines'))).progress?.step).toBe(2);
    expect(only(await bot.handle(text('just a handful'))).progress?.step).toBe(3);
    expect(only(await bot.handle(text('nope'))).body).toMatch(/Noted: \*\*No, deploys must be zero-downtime\*\*/);
  });

  it('asks whether to continue or restart when a decision is already running in the thread', async () => {
    const { bot } = testBot();
    await bot.handle(text(DECIDE));
    await bot.handle(text('one'));
    const again = only(await bot.handle(text(DECIDE, bob)));
    expect(again.code).toBe('session-exists');
    const resume = only(await bot.handle(click(button(again, /Continue/), bob)));
    expect(resume.progress?.step).toBe(2);
    const restart = only(await bot.handle(click(button(again, /Start over/), bob)));
    expect(restart.progress?.step).toBe(1);
  });

  it('expires an idle session with a clear message and lets a new one start', async () => {
    let now = 1_000_000;
    const clock = (): number => now;
    const { bot } = testBot({ clock, ttlMs: 60_000 });
    const question = only(await bot.handle(text(DECIDE)));
    now += 61_000;
    const expired = only(await bot.handle(click(button(question, /One server/))));
    expect(expired.code).toBe('expired');
    expect(expired.body).toMatch(/expired/);
    expect(only(await bot.handle(text(DECIDE))).progress?.step).toBe(1);
    now += 61_000;
    expect(only(await bot.handle(text('one'))).code).toBe('expired');
  });

  it('discards a malformed stored session with a message and a log line, without crashing', async () => {
    const store = new MemoryStore();
    const { bot, logger } = testBot({ store });
    await store.compareAndSet(sessionKey(THREAD), null, { v: 99, answers: 'garbage' }, 60_000);
    const reply = only(await bot.handle(text('one')));
    expect(reply.code).toBe('invalid-state');
    expect(logger.lines.some((l) => l.level === 'warn' && /discarding/.test(l.message))).toBe(true);
    expect(await store.get(sessionKey(THREAD))).toBeUndefined();
    expect(only(await bot.handle(text(DECIDE))).progress?.step).toBe(1);
  });

  it('keeps sessions of different threads apart', async () => {
    const { bot } = testBot();
    await bot.handle(text(DECIDE, alice, 'discord:G1:C1:T1'));
    await bot.handle(text('several', alice, 'discord:G1:C1:T1'));
    const other = only(await bot.handle(text(DECIDE, alice, 'discord:G1:C1:T2')));
    expect(other.progress?.step).toBe(1);
    expect(only(await bot.handle(text('status', alice, 'discord:G1:C1:T1'))).progress?.step).toBe(2);
  });

  it('answers "why" with the reason behind the current question and its concept', async () => {
    const { bot } = testBot();
    const question = only(await bot.handle(text(DECIDE)));
    const why = only(await bot.handle(click(button(question, /Why/))));
    expect(why.kind).toBe('why');
    expect(why.citation?.concept).toBe('when-kubernetes-is-worth-it');
    expect(only(await bot.handle(text('why does this matter'))).kind).toBe('why');
  });

  it('answers "why" from the running checklist when another checklist has a criterion of the same id', async () => {
    const kb = kbWithClashingCriterion();
    const shippedWhy = kb.checklist('docker-vs-kubernetes')?.criteria.find((c) => c.id === 'hosts')?.why ?? '';
    expect(shippedWhy).not.toBe('');
    for (const [command, own, other] of [
      [DECIDE, shippedWhy, CLASHING_WHY],
      ['decide swarm-or-compose', CLASHING_WHY, shippedWhy],
    ] as const) {
      const { bot } = testBot({ kb });
      const question = only(await bot.handle(text(command)));
      const clicked = only(await bot.handle(click(button(question, /Why/))));
      expect(clicked.body).toContain(own);
      expect(clicked.body).not.toContain(other);
      const typed = only(await bot.handle(text('why')));
      expect(typed.kind).toBe('why');
      expect(typed.body).toContain(own);
      // A Why button from an older build names no checklist: the thread's running one is meant.
      const session = (button(question, /Why/) as { session: string }).session;
      const old = only(await bot.handle(click({ type: 'why', session, criterion: 'hosts' })));
      expect(old.body).toContain(own);
    }
    // With no decision running in the thread, an older button gets the first checklist asking it.
    const { bot } = testBot({ kb });
    const first = kb.checklists.find((c) => c.criteria.some((k) => k.id === 'hosts'))?.criteria.find((k) => k.id === 'hosts')?.why ?? '';
    expect(only(await bot.handle(click({ type: 'why', session: 'gone1', criterion: 'hosts' }))).body).toContain(first);
  });

  it('after the verdict, treats new text as a question again', async () => {
    const { bot } = testBot();
    await bot.handle(text(DECIDE));
    for (const a of ['one', 'few', 'yes', 'steady', 'simplicity', 'no']) await bot.handle(text(a));
    const answer = only(await bot.handle(text('what is etcd')));
    expect(answer.kind).toBe('answer');
    expect(answer.concept).toBe('etcd');
  });

  it('runs a second checklist from its data file alone', async () => {
    const { bot } = testBot({ kb: kbWithTestChecklist() });
    const first = only(await bot.handle(text('decide swarm-or-compose')));
    expect(first.title).toBe('Compose or Swarm?');
    await bot.handle(text('single'));
    expect(only(await bot.handle(text('yep'))).title).toBe('Verdict: Docker Swarm');
  });
});

describe('questions and session words around a decision', () => {
  const at = (text: string): InboundEvent => ({ platform: 'terminal', thread: 'terminal:t', place: 'dm', actor: { id: 'u1' }, input: { type: 'text', text } });

  it('answers a question asked mid-decision and keeps the step where it was', async () => {
    const { bot } = testBot();
    await bot.handle(at(DECIDE));
    await bot.handle(at('several'));
    const out = await bot.handle(at('what is etcd?'));
    expect(out.replies.map((r) => r.kind)).toEqual(['answer', 'notice']);
    expect(out.replies.map(anyReply)[0]?.concept).toBe('etcd');
    expect(out.replies[1]?.body).toMatch(/question 2 of 6/);
    const next = await bot.handle(at('many'));
    expect(next.replies.map(anyReply)[0]?.progress).toEqual({ step: 3, total: 6 });
  });

  it('says no decision is running when a session word comes outside one', async () => {
    const { bot } = testBot();
    for (const word of ['back', 'status', 'cancel', 'why']) {
      const out = await bot.handle(at(word));
      expect(out.replies.map(anyReply)[0]?.code, word).toBe('no-session');
      expect(out.replies[0]?.body).toMatch(/Type `decide` to start one/);
    }
  });
});

describe('the Back button', () => {
  const at = (input: InboundEvent['input']): InboundEvent => ({ platform: 'slack', thread: 'slack:T1:C1:1.1', place: 'thread', actor: { id: 'u1' }, input });

  it('undoes one answer however often the same button is clicked', async () => {
    const { bot } = testBot();
    await bot.handle(at({ type: 'text', text: DECIDE }));
    await bot.handle(at({ type: 'text', text: 'one' }));
    const third = await bot.handle(at({ type: 'text', text: 'few' }));
    const back = third.replies.map(anyReply)[0]?.choices?.find((c) => c.label === 'Back')?.action;
    expect(back).toMatchObject({ type: 'back', answered: 2 });
    if (!back) return;
    const first = await bot.handle(at({ type: 'action', action: back }));
    expect(first.replies.map(anyReply)[0]?.progress).toEqual({ step: 2, total: 6 });
    const again = await bot.handle(at({ type: 'action', action: back }));
    expect(again.replies.map(anyReply)[0]?.code).toBe('stale');
    expect(again.replies[0]?.body).toMatch(/current question is 2 of 6/);
  });
});
