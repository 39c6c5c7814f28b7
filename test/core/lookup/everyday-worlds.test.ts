import { describe, expect, it } from 'vitest';
import type { LookupResult } from '../../../src/core/lookup/lookup.js';
import { realKb } from '../../helpers/kb.js';

const kb = realKb();
const said = (r: LookupResult): string =>
  r.status === 'answer' ? r.concept.id : r.status === 'outside' ? `outside:${r.term.id}` : r.status;
const ask = (q: string): string => said(kb.lookup(q));

describe('a word of ours in its everyday sense, in a question from another world', () => {
  it('is neither answered nor met with a did-you-mean', () => {
    for (const q of [
      'we watched a pod of dolphins from the ferry',
      'the container vessel blocking the canal, is it free yet',
      'how does a harbour pilot bring big ships into port',
      'what is the control plane of an aircraft',
      'can a pod of orcas swim into the harbour',
      'load balancing tips on a bicycle',
      'is self healing asphalt a thing yet',
      'what do 20ft containers cost second hand',
      'a meeting scheduler that lets clients book calls with me',
      'the node under my jaw feels swollen',
      'how do I clean up the windows registry',
      'which river is best for a rafting trip',
    ]) expect(ask(q), q).toBe('unknown');
  });

  it('still answers a question from our world that uses the same words', () => {
    expect(ask('explain raft (the consensus thing, not the boat)')).toBe('raft');
    expect(ask('is a docker container like a shipping container for code')).not.toBe('unknown');
    expect(ask('why run a log shipping container in the same pod')).not.toBe('unknown');
    expect(ask('what does the scheduler pick a node with')).toBe('scheduler');
  });
});
