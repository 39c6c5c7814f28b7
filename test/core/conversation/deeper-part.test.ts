import { describe, expect, it } from 'vitest';
import { askedPart, choosePart, deeperAnswer } from '../../../src/core/conversation/deeper-part.js';
import { conceptSchema } from '../../../src/core/content/schema.js';
import type { Action, Outcome, Reply } from '../../../src/core/types.js';
import { anyReply, type AnyReply } from '../../helpers/replies.js';
import { testBot, twoArticleKb } from '../../helpers/kb.js';
import { act, say } from './helpers.js';

const first = (outcome: Outcome): AnyReply => anyReply(outcome.replies[0] as Reply);

// The test article's modular monolith has all three deeper parts; its monolith only a why; its
// service boundary none.
const kb = twoArticleKb();
const modular = kb.concept('modular-monolith');

describe('a follow-up on the answer just given shows a deeper part of it', () => {
  it('reads which part a follow-up asks for, and a bare request for more as more', () => {
    expect(askedPart('why?')).toBe('why');
    expect(askedPart('why does that matter')).toBe('why');
    expect(askedPart('how come?')).toBe('why');
    expect(askedPart('how?')).toBe('how');
    expect(askedPart('how does it work')).toBe('how');
    expect(askedPart('example?')).toBe('example');
    expect(askedPart('for instance?')).toBe('example');
    expect(askedPart('what would that look like in practice')).toBe('example');
    expect(askedPart('tell me more')).toBe('more');
    expect(askedPart('go on')).toBe('more');
    expect(askedPart('and?')).toBe('more');
    // "tell me more about how it works" names its part; "how many" asks for a count, not the workings.
    expect(askedPart('tell me more about how it works')).toBe('how');
    // A quantity is part of the workings ("three members tolerate one failure").
    expect(askedPart('how many of them do I need')).toBe('how');
    expect(askedPart('how many members')).toBe('how');
    expect(askedPart('in simple terms')).toBe('short');
    expect(askedPart('eli5')).toBe('short');
    expect(askedPart("what's it made of?")).toBe('how');
    expect(askedPart('what are its parts')).toBe('how');
    expect(askedPart('is it slow')).toBeUndefined();
  });

  it('leans on the last answer for every single word that asks for a part, from the one list of them', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('what is etcd'))).concept).toBe('etcd');
    // "demo" is one of the example part's words: alone, it asks for the example of the answer just given.
    const demo = first(await bot.handle(say('a demo?')));
    expect(demo.concept).toBe('etcd');
    expect(askedPart('a demo?')).toBe('example');
  });

  it('picks the part asked for, then the next not yet shown, then nothing', () => {
    if (!modular) throw new Error('test article not loaded');
    expect(choosePart(modular, 'example?', [])).toBe('example');
    expect(choosePart(modular, 'tell me more', [])).toBe('why');
    expect(choosePart(modular, 'tell me more', ['why'])).toBe('how');
    // Asked again for a part already shown: the next one instead of the same words.
    expect(choosePart(modular, 'why?', ['why'])).toBe('how');
    expect(choosePart(modular, 'more', ['why', 'how', 'example'])).toBeUndefined();
    // Naming no part, the question's own words choose the part that speaks of them, when only one does.
    expect(choosePart(modular, 'and the tables of another module?', [])).toBe('how');
    // Words the body or name already use point at no part: the next in order.
    expect(choosePart(modular, 'is the modular monolith one deployable?', [])).toBe('why');
  });

  it('answers "why?" with the why, "tell me more" with the next part, and then says it has shown everything', async () => {
    const { bot } = testBot({ kb });
    const answer = first(await bot.handle(say('what is a modular monolith')));
    expect(answer.body).toMatch(/declared interfaces/);
    expect(answer.part).toBeUndefined();
    const why = first(await bot.handle(say('why?')));
    expect(why).toMatchObject({ kind: 'answer', concept: 'modular-monolith', part: 'why', title: 'Modular monolith — why it matters' });
    expect(why.body).toMatch(/cheap to move/);
    expect(why.body).not.toMatch(/declared interfaces/);
    expect(why.citation?.source).toBe('The middle ground');
    const more = first(await bot.handle(say('tell me more')));
    expect(more).toMatchObject({ part: 'how', title: 'Modular monolith — how it works' });
    expect(first(await bot.handle(say('an example?')))).toMatchObject({ part: 'example' });
    const done = first(await bot.handle(say('go on')));
    expect(done).toMatchObject({ kind: 'answer', concept: 'modular-monolith', part: 'done' });
    expect(done.body).toMatch(/^That is all I have on \*\*Modular monolith\*\* beyond what is above\./);
    expect(done.body?.split('\n')).toHaveLength(1);
    expect(done.choices?.filter((c) => c.group === 'related').map((c) => c.label)).toEqual(['Monolith', 'Service boundaries']);
  });

  it('gives the full answer again to the question asked afresh, and starts the parts over after it', async () => {
    const { bot } = testBot({ kb });
    await bot.handle(say('what is a modular monolith'));
    await bot.handle(say('why?'));
    const again = first(await bot.handle(say('what is a modular monolith')));
    expect(again.part).toBeUndefined();
    expect(again.body).toMatch(/declared interfaces/);
    expect(first(await bot.handle(say('why?'))).part).toBe('why');
  });

  it('says in one line that a concept has nothing deeper, or nothing left, and never shows its body again', async () => {
    const { bot } = testBot({ kb });
    await bot.handle(say('what is a monolith'));
    expect(first(await bot.handle(say('how does it work?')))).toMatchObject({ part: 'why' });
    const done = first(await bot.handle(say('and?')));
    expect(done.part).toBe('done');
    expect(done.body).not.toMatch(/deployable unit/);
    await bot.handle(say('what is a service boundary'));
    const none = first(await bot.handle(say('why?')));
    expect(none).toMatchObject({ concept: 'service-boundary', part: 'done' });
    expect(none.body).toMatch(/^I have nothing on \*\*Service boundaries\*\* beyond the answer above\./);
  });

  it('reads "in a nutshell", "eli5" or "in plain words" alone as asking for the short version, and "in action" for an example', async () => {
    const { bot } = testBot({ kb });
    await bot.handle(say('what is a modular monolith'));
    const summary = modular?.summary ?? '';
    for (const asked of ["in layman's terms pls", 'put it in a nutshell?', 'eli5', 'in plain words?', 'explain it like I am five', 'for dummies', 'explain it to a beginner']) {
      const short = first(await bot.handle(say(asked)));
      expect(short, asked).toMatchObject({ concept: 'modular-monolith', part: 'short', title: 'Modular monolith — in short', body: summary });
    }
    // The short version shows no part: the first part is still there to ask for.
    expect(first(await bot.handle(say('tell me more')))).toMatchObject({ concept: 'modular-monolith', part: 'why' });
    expect(first(await bot.handle(say('can I see it in action?')))).toMatchObject({ concept: 'modular-monolith', part: 'example' });
    // Asked whether it suits a novice, it is a question of its own, not the short version.
    expect(first(await bot.handle(say('is it fine for beginners?'))).part).not.toBe('short');
    // How to say it, beside a question of its own, leaves that question as it is.
    expect(first(await bot.handle(say('what is a monolith in simple terms')))).toMatchObject({ concept: 'monolith' });
    expect(first(await bot.handle(say('what is a monolith in simple terms'))).part).toBeUndefined();
  });

  it('reads who an answer is for and where it will go as how to say it: the short version, or the part asked beside it', async () => {
    const { bot } = testBot({ kb });
    await bot.handle(say('what is a modular monolith'));
    for (const asked of ['explain it for the board', 'a one liner please', 'summarise for my boss.', 'can you put it for a non-technical audience?']) {
      expect(first(await bot.handle(say(asked))), asked).toMatchObject({ concept: 'modular-monolith', part: 'short' });
    }
    // An analogy asked for, whoever asks, is the thing told through something familiar: the example.
    expect(first(await bot.handle(say('an analogy maybe? I work in finance, I am not technical')))).toMatchObject({ concept: 'modular-monolith', part: 'example' });
    // "one-line" naming a thing is no length asked for.
    expect(askedPart('is there a one line rule for it')).not.toBe('short');
    // A first question for an audience is the question: the audience is read away.
    expect(first(await testBot({ kb }).bot.handle(say('what is a modular monolith, for our exec team?'))).concept).toBe('modular-monolith');
  });

  it('moves to a neighbour, not a part, when the follow-up asks about something else', async () => {
    const { bot } = testBot({ kb });
    await bot.handle(say('what is a modular monolith'));
    const next = first(await bot.handle(say('and what about microservices?')));
    expect(next.concept).toBe('microservices');
    expect(next.part).toBeUndefined();
  });
});

describe('deeper parts in a concept file', () => {
  const base = { id: 'harbour', title: 'Harbour', summary: 'Where ships moor.', body: 'Berths and cranes.\n\nTugs bring ships in.', source: 'Test' };
  const problems = (deeper: unknown): string[] => {
    const parsed = conceptSchema.safeParse({ ...base, deeper });
    return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts any of why, how and example, each a few sentences that add to the body', () => {
    expect(problems({ why: 'Ships need shelter from the open sea.', example: 'A ferry unloads cars at dawn.' })).toEqual([]);
  });

  it('refuses an empty part, an unknown one, one too long to render, one repeating the body, and two the same', () => {
    expect(problems({ why: '' })).toEqual([expect.stringMatching(/^deeper\.why: /)]);
    expect(problems({ when: 'At high tide.' })).toEqual([expect.stringMatching(/^deeper: /)]);
    expect(problems({ how: 'x'.repeat(701) })).toEqual([expect.stringMatching(/^deeper\.how: /)]);
    expect(problems({ how: 'Tugs  bring ships\nin.' })).toEqual(['deeper.how: repeats the body; a deeper part must say something the body does not']);
    expect(problems({ why: 'Shelter.', example: 'Shelter.' })).toEqual(['deeper.example: is the same text as deeper.why']);
  });

  it('shares a deeper part as it was shown, not as the whole answer, when its Share button is clicked', async () => {
    const { bot } = testBot({ kb });
    await bot.handle(say('what is a modular monolith'));
    const why = first(await bot.handle(say('why?')));
    // In a shared channel the same part carries a Share button that names the part.
    const ephemeral = deeperAnswer(kb, modular as NonNullable<typeof modular>, 'why?', [], true).reply;
    const share = ephemeral.choices?.find((c) => c.group === 'share')?.action;
    expect(share).toEqual({ type: 'share', concept: 'modular-monolith', part: 'why' });
    const shared = first(await bot.handle(act({ type: 'action', action: share as Action })));
    expect(shared).toMatchObject({ kind: 'answer', title: 'Modular monolith — why it matters', body: why.body, part: 'why', sharedBy: { id: 'U1' } });
    expect(shared.ephemeral).toBeFalsy();
    // The whole answer's button shares the whole answer.
    const whole = first(await bot.handle(act({ type: 'action', action: { type: 'share', concept: 'modular-monolith' } })));
    expect(whole.body).toMatch(/declared interfaces/);
  });

  it('answers a count asked after an answer from how it works, where the numbers are, not from why it matters', async () => {
    const { bot } = testBot();
    await bot.handle(say('what is raft'));
    const count = first(await bot.handle(say('how many servers should it have?')));
    expect(count).toMatchObject({ concept: 'raft', part: 'how', title: 'Raft consensus — how it works' });
    expect(count.body).toMatch(/Three members tolerate one failure/);
  });

  it('reads "in short" in front of a question as a preface, lets an explicit why win over "in one sentence", and hears "in simple terms" inside a question too', async () => {
    const { bot } = testBot();
    await bot.handle(say('what is docker compose'));
    expect(first(await bot.handle(say('in short, should I use it?')))).toMatchObject({ concept: 'docker-use-cases' });
    await bot.handle(say('what is etcd'));
    expect(first(await bot.handle(say('tell me in one sentence why it matters')))).toMatchObject({ concept: 'etcd', part: 'why' });
    expect(first(await bot.handle(say('what does it do in simple terms?')))).toMatchObject({ concept: 'etcd', part: 'short' });
  });
});
