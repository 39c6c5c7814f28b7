import { describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../../src/core/bot.js';
import { classify, type InputKind } from '../../../src/core/conversation/classify.js';
import { route, ROUTES, type ThreadState } from '../../../src/core/conversation/routes.js';
import { contextKey } from '../../../src/core/conversation/thread-context.js';
import { MemoryStore } from '../../../src/core/sessions/memory-store.js';
import type { Input, Outcome, Reply } from '../../../src/core/types.js';
import { memoryLogger, realKb, testBot } from '../../helpers/kb.js';
import { anyReply, type AnyReply } from '../../helpers/replies.js';
import { act, say, SwitchableStore, THREAD } from './helpers.js';
import { DECIDE } from '../../helpers/decide.js';

/** One input of each kind, as a person would send it. */
const INPUTS: Record<InputKind, Input> = {
  click: { type: 'action', action: { type: 'topic', concept: 'pod' } },
  command: { type: 'text', text: 'topics' },
  'handing-on': { type: 'text', text: 'ask the scheduler how it picks nodes' },
  help: { type: 'text', text: 'help' },
  control: { type: 'text', text: 'status' },
  why: { type: 'text', text: 'why?' },
  number: { type: 'text', text: '2' },
  question: { type: 'text', text: 'what is a pod?' },
  text: { type: 'text', text: 'several' },
};

/** Brings a fresh thread into each state through the bot itself (the offer is seeded: it is data). */
async function into(state: ThreadState): Promise<{ bot: Bot }> {
  let now = 1_000_000;
  const memory = new MemoryStore(() => now);
  const store = new SwitchableStore(memory);
  const bot = createBot({ kb: realKb(), store, logger: memoryLogger(), clock: () => now, sessionTtlMs: 60_000, newId: () => 'r1' });
  const run = async (...texts: string[]): Promise<void> => {
    for (const t of texts) {
      now += 1;
      await bot.handle(say(t));
    }
  };
  const verdict = [DECIDE, 'one', 'few', 'yes', 'steady', 'simplicity', 'no'];
  switch (state) {
    case 'idle':
      break;
    case 'context':
      await run('what is etcd');
      break;
    case 'offer':
      await memory.compareAndSet(contextKey(THREAD), null, { v: 1, concepts: [], offer: ['kubernetes', 'node'], at: now }, 60_000);
      break;
    case 'step':
      await run(DECIDE);
      break;
    case 'verdict':
      await run(...verdict);
      break;
    case 'moved-on':
      await run(...verdict, 'what is etcd');
      break;
    case 'lapsed':
      await run(DECIDE);
      now += 120_000;
      break;
    case 'unavailable':
      store.down = true;
      break;
  }
  return { bot };
}

/**
 * What the person sees, in short: reply kinds (notices by code), the concept of an answer, and
 * `lookup` for the knowledge base's other replies (did you mean, I don't know), which are the lookup's business.
 */
function seen(outcome: Outcome): string {
  const short = (r: Outcome['replies'][number]): string =>
    r.kind === 'notice' ? `notice:${r.code}` : r.kind === 'answer' ? `answer:${r.concept}` : ['clarify', 'unknown'].includes(r.kind) ? 'lookup' : r.kind;
  return outcome.replies.map(short).join(' + ');
}

// Every cell of the routing table, with what a person sees there. Read a row as "typing <kind> in a
// thread that is <state> gives <this>".
const EXPECTED: Record<InputKind, Record<ThreadState, string>> = {
  click: { idle: 'answer:pod', context: 'answer:pod', offer: 'answer:pod', step: 'answer:pod', verdict: 'answer:pod', 'moved-on': 'answer:pod', lapsed: 'answer:pod', unavailable: 'answer:pod' },
  command: { idle: 'topics', context: 'topics', offer: 'topics', step: 'topics', verdict: 'topics', 'moved-on': 'topics', lapsed: 'topics', unavailable: 'topics' },
  'handing-on': { idle: 'answer:scheduler', context: 'answer:scheduler', offer: 'answer:scheduler', step: 'question', verdict: 'answer:scheduler', 'moved-on': 'answer:scheduler', lapsed: 'answer:scheduler', unavailable: 'answer:scheduler' },
  help: { idle: 'help', context: 'help', offer: 'help', step: 'question', verdict: 'help', 'moved-on': 'help', lapsed: 'help', unavailable: 'help' },
  control: { idle: 'notice:no-session', context: 'notice:no-session', offer: 'notice:no-session', step: 'question', verdict: 'verdict', 'moved-on': 'verdict', lapsed: 'notice:expired', unavailable: 'notice:unavailable' },
  why: { idle: 'notice:no-session', context: 'answer:etcd', offer: 'lookup', step: 'why', verdict: 'why', 'moved-on': 'answer:etcd', lapsed: 'notice:expired', unavailable: 'notice:unavailable' },
  number: { idle: 'lookup', context: 'answer:etcd', offer: 'answer:node', step: 'question', verdict: 'lookup', 'moved-on': 'answer:etcd', lapsed: 'notice:expired', unavailable: 'notice:unavailable' },
  question: { idle: 'answer:pod', context: 'answer:pod', offer: 'answer:pod', step: 'answer:pod + notice:still-waiting', verdict: 'answer:pod', 'moved-on': 'answer:pod', lapsed: 'answer:pod', unavailable: 'answer:pod' },
  text: { idle: 'lookup', context: 'lookup', offer: 'lookup', step: 'question', verdict: 'lookup', 'moved-on': 'lookup', lapsed: 'notice:expired', unavailable: 'notice:unavailable' },
};

describe('right after a verdict', () => {
  /** A thread that answered etcd, offered a did-you-mean ("scaling"), then ran a decision to its verdict. */
  const verdictThread = async (): Promise<(text: string) => Promise<string>> => {
    let now = 1_000_000;
    const bot = createBot({ kb: realKb(), store: new MemoryStore(() => now), logger: memoryLogger(), clock: () => now, newId: () => 'r1' });
    const send = async (text: string): Promise<string> => {
      now += 1;
      return seen(await bot.handle(say(text)));
    };
    for (const text of ['what is etcd', 'why?', 'scaling', DECIDE, 'one', 'few', 'yes', 'steady', 'simplicity']) await send(text);
    expect(await send('no')).toBe('verdict');
    return send;
  };

  it('explains the verdict on a bare request for more, never the concept from before the decision', async () => {
    const send = await verdictThread();
    for (const more of ['tell me more', 'go on', 'an example?', 'in simple terms', 'what does that mean?']) expect(await send(more), more).toBe('why');
  });

  it('asks a question with a word of its own afresh, without the answers and offer from before the decision', async () => {
    for (const [text, seenThen] of [
      ['how much does it cost?', 'answer:kubernetes-costs'],
      // As in a thread with nothing before it: "it" stands for nothing, so the lookup asks or admits it.
      ['what does it store?', 'lookup'],
      // The did-you-mean offered before the decision is not what a number picks from.
      ['2', 'lookup'],
    ]) {
      const send = await verdictThread();
      expect(await send(text as string), text).toBe(seenThen);
    }
  });

  it('reads follow-ups against the thread again once it has moved on to questions', async () => {
    const send = await verdictThread();
    expect(await send('what is a pod?')).toBe('answer:pod');
    expect(await send('tell me more')).toBe('answer:pod');
  });
});

describe('the routing table', () => {
  it('classifies each sample input as the kind its row is for', () => {
    for (const [kind, input] of Object.entries(INPUTS)) {
      if (input.type === 'text') expect(classify(input.text), input.text).toBe(kind);
    }
  });

  it('reads "ask" handing a question to someone as its own kind, and "ask <a question>" as the command', () => {
    expect(classify('ask the team lead')).toBe('handing-on');
    expect(classify('ask @dev-oncall')).toBe('handing-on');
    expect(classify('ask what is a pod')).toBe('command');
  });

  it('names a handler for every input kind in every thread state', () => {
    for (const kind of Object.keys(INPUTS) as InputKind[]) {
      for (const state of Object.keys(EXPECTED.click) as ThreadState[]) expect(route(kind, state), `${kind} x ${state}`).toBe(ROUTES[kind][state]);
    }
  });

  for (const kind of Object.keys(EXPECTED) as InputKind[]) {
    it(`routes ${kind} input in every thread state`, async () => {
      const got: Record<string, string> = {};
      for (const state of Object.keys(EXPECTED[kind]) as ThreadState[]) {
        const { bot } = await into(state);
        got[state] = seen(await bot.handle(act(INPUTS[kind])));
      }
      expect(got).toEqual(EXPECTED[kind]);
    });
  }
});

describe('"ask" handing the question to someone', () => {
  const first = (outcome: Outcome): AnyReply => anyReply(outcome.replies[0] as Reply);

  it('is the ask command outside a decision: the words after "ask" are what is asked', async () => {
    const fresh = testBot().bot;
    expect(first(await fresh.handle(say('ask the scheduler how it picks nodes'))).concept).toBe('scheduler');
    // After an answer, "them" in what is asked stands for no earlier answer: the question is the pod's.
    const { bot } = testBot();
    expect(first(await bot.handle(say('what is etcd'))).concept).toBe('etcd');
    expect(first(await bot.handle(say('ask them what a pod is'))).concept).toBe('pod');
  });

  it('is doubt at a decision step: the step is explained again and nothing is recorded', async () => {
    const { bot } = testBot();
    for (const t of [DECIDE, 'one', 'few', 'yes']) await bot.handle(say(t));
    for (const handing of ['ask the owner', 'ask @kate', 'ask the docs about etcd', 'ask the scheduler how it picks nodes']) {
      const reply = first(await bot.handle(say(handing)));
      expect(reply.kind, handing).toBe('question');
      expect(reply.body, handing).toMatch(/When load rises and falls/);
    }
    expect(first(await bot.handle(say('status'))).progress).toEqual({ step: 4, total: 6 });
  });
});
