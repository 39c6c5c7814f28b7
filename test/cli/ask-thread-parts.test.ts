import { describe, expect, it } from 'vitest';
import { ThreadRunner } from '../../src/cli/ask-thread.js';
import { realKb, twoArticleKb } from '../helpers/kb.js';

describe('ask --json --thread on a follow-up that goes deeper', () => {
  it('keeps status and id, so the eval still scores it, and says which part it showed', async () => {
    const runner = new ThreadRunner(twoArticleKb());
    const lines = [];
    for (const turn of ['what is a modular monolith', 'why?', 'how does it work', 'an example?', 'tell me more']) lines.push(await runner.turn(turn));
    expect(lines.map((l) => [l.status, l.id, l.part])).toEqual([
      ['answer', 'modular-monolith', undefined],
      ['answer', 'modular-monolith', 'why'],
      ['answer', 'modular-monolith', 'how'],
      ['answer', 'modular-monolith', 'example'],
      ['answer', 'modular-monolith', 'done'],
    ]);
    // The concept's own title, as on any answer line; the part is its own field.
    expect(lines[1]).toMatchObject({ title: 'Modular monolith', article: 'monolith-vs-microservices', via: 'thread' });
  });

  it('names the outside term a follow-up set the last answer against, said first as not covered, beside the part', async () => {
    const runner = new ThreadRunner(realKb());
    await runner.turn('what is kubernetes');
    expect(await runner.turn('how does that compare with nomad?')).toMatchObject({ status: 'answer', id: 'kubernetes', via: 'thread', part: 'how', term: 'nomad' });
    expect(await runner.turn('tell me more')).not.toHaveProperty('term');
  });
});
