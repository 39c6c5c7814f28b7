import { describe, expect, it } from 'vitest';
import { realKb } from '../../helpers/kb.js';

// Questions that describe a concept without naming it, answered through the questions its file lists
// as asked. Every phrasing here was made up for this file, none of it copied into the content.
const kb = realKb();
const idOf = (q: string): string => {
  const r = kb.lookup(q);
  return r.status === 'answer' ? r.concept.id : r.status === 'outside' ? `outside:${r.term.id}` : r.status;
};

describe('a concept described, not named', () => {
  it('finds it from how people ask about it', () => {
    expect(idOf('what keeps the managers of a swarm in agreement with one another')).toBe('raft');
    expect(idOf("upgrading the replicas one after another so users never see downtime, what's the name")).toBe('rolling-update');
    expect(idOf('are images from docker build still usable on newer kubernetes')).toBe('oci');
  });

  it('does not reach a concept through the everyday words of its asked questions alone', () => {
    expect(kb.lookup('how do i keep my houseplants in agreement with the weather').status).toBe('unknown');
    expect(kb.lookup('can this phone still run the newest apps').status).toBe('unknown');
  });
});
