import { describe, expect, it } from 'vitest';
import { SMALL_TALK_WORDS } from '../../src/core/chat-words.js';
import { smallTalkReply } from '../../src/core/small-talk-reply.js';
import { REPLY } from '../../src/core/texts.js';
import { realKb } from '../helpers/kb.js';

// The reply to small talk opens with a word fitting what was said, then shows the way in.
const kb = realKb();
const opener = (said: string): string | undefined => smallTalkReply(kb, said, false).body?.split(' ')[0];

describe('the reply to small talk', () => {
  it('thanks back for thanks, says goodbye to a goodbye, hello to a greeting, and "Sure." to the rest', () => {
    expect([opener('thanks a lot'), opener('cheers mate'), opener('ta')]).toEqual(['Glad', 'Glad', 'Glad']);
    expect([opener('bye!'), opener('good night')]).toEqual(['See', 'See']);
    expect([opener('hi there'), opener('anyone around?'), opener('how are you doing')]).toEqual(['Hi!', 'Hi!', 'Hi!']);
    expect([opener('ok'), opener('lol'), opener('makes sense')]).toEqual(['Sure.', 'Sure.', 'Sure.']);
  });

  it('lets thanks outweigh a goodbye, and a goodbye a greeting', () => {
    expect(opener('thanks, bye')).toBe('Glad');
    expect(opener('hey, gotta go, bye')).toBe('See');
  });

  it('opens with a fitting word for every word of the shared table that says what kind of small talk it is', () => {
    const openers: Record<string, string> = { thanks: REPLY.smalltalk.thanks, bye: REPLY.smalltalk.bye, hello: REPLY.smalltalk.hello, ok: REPLY.smalltalk.ok };
    for (const row of SMALL_TALK_WORDS.filter((r) => r.kind !== 'around' && r.kind !== 'ok')) {
      for (const word of row.words) expect(smallTalkReply(kb, word, false).body?.startsWith(openers[row.kind] as string), `${row.kind}: ${word}`).toBe(true);
    }
  });

  it('shows the way in: the body names ask and topics, and a button starts each decision', () => {
    const reply = smallTalkReply(kb, 'hello', false);
    expect(reply.body).toMatch(/ask in plain words.*`topics`.*`decide`/);
    expect(reply.choices?.map((c) => c.action)).toEqual(kb.offeredChecklists().map((c) => ({ type: 'start', checklist: c.id })));
  });
});
