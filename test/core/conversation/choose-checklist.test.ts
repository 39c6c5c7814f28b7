import { describe, expect, it } from 'vitest';
import type { InboundEvent, Reply } from '../../../src/core/types.js';
import { kbWithTestChecklist, oneChecklistKb, testBot } from '../../helpers/kb.js';
import { anyReply, type AnyReply } from '../../helpers/replies.js';

const text = (t: string): InboundEvent => ({ platform: 'terminal', thread: 'terminal:c', place: 'dm', actor: { id: 'u1' }, input: { type: 'text', text: t } });
const only = (replies: Reply[]): AnyReply => {
  expect(replies).toHaveLength(1);
  return anyReply(replies[0] as Reply);
};

describe('decide chooses a checklist by name, and offers them when there are several', () => {
  it('runs the one checklist at once when the content has one', async () => {
    const kb = oneChecklistKb();
    const { bot } = testBot({ kb });
    expect(kb.checklists).toHaveLength(1);
    const question = only((await bot.handle(text('decide'))).replies);
    expect(question.kind).toBe('question');
    expect(question.progress).toEqual({ step: 1, total: kb.checklists[0]?.criteria.length });
  });

  it('offers every checklist by name, the marked default first, when there are several and none is named', async () => {
    const { bot } = testBot({ kb: kbWithTestChecklist() });
    const offer = only((await bot.handle(text('decide'))).replies);
    expect(offer.title).toBe('Which decision?');
    expect(offer.body).toContain('1. **Docker alone, or Kubernetes?**: type `decide docker-vs-kubernetes`');
    expect(offer.body).toMatch(/\d\. \*\*Compose or Swarm\?\*\*: type `decide swarm-or-compose`/);
    // A button for every checklist, the default first (the shipped article may hold more than one).
    const ids = kbWithTestChecklist().offeredChecklists().map((c) => c.id);
    expect(ids[0]).toBe('docker-vs-kubernetes');
    expect(ids).toContain('swarm-or-compose');
    expect(offer.choices?.map((c) => c.action)).toEqual(ids.map((checklist) => ({ type: 'start', checklist })));
    // Nothing started: the thread has no session until one is picked.
    expect(only((await bot.handle(text('status'))).replies).kind).not.toBe('question');
  });

  it('runs the checklist named by id or by title, in any case', async () => {
    for (const named of ['decide swarm-or-compose', 'decide compose or swarm?', 'decide Compose or Swarm']) {
      const { bot } = testBot({ kb: kbWithTestChecklist() });
      expect(only((await bot.handle(text(named))).replies).title).toBe('Compose or Swarm?');
    }
  });

  it('says which checklists exist when the name matches none', async () => {
    const { bot } = testBot({ kb: kbWithTestChecklist() });
    const reply = only((await bot.handle(text('decide sql or nosql'))).replies);
    const available = kbWithTestChecklist().checklists.map((c) => `\`${c.id}\``).join(', ');
    expect(reply.body).toBe(`There is no checklist called \`sql or nosql\`. Available: ${available}.`);
    expect(available).toMatch(/`docker-vs-kubernetes`.*`swarm-or-compose`|`swarm-or-compose`.*`docker-vs-kubernetes`/);
  });

  it("runs the article's marked default from buttons that start 'the' decision", () => {
    expect(kbWithTestChecklist().defaultChecklist?.id).toBe('docker-vs-kubernetes');
  });
});
