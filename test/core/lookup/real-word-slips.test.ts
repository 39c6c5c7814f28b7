import { describe, expect, it } from 'vitest';
import { realKb } from '../../helpers/kb.js';

// A slip that spells another real word, inside a name of several words. Every phrasing here was made
// up for this file.
const kb = realKb();
const idOf = (q: string): string => {
  const r = kb.lookup(q);
  return r.status === 'answer' ? r.concept.id : r.status === 'outside' ? `outside:${r.term.id}` : r.status;
};

describe('a slip onto a real word inside a name', () => {
  it('still names the concept when the rest of the name stands exactly', () => {
    // Heard, not read: the same consonants, other vowels.
    expect(idOf('explain the control plain to me')).toBe('control-plane');
    expect(idOf('central plane parts')).toBe('control-plane');
  });

  it('leaves the real word alone outside such a name', () => {
    expect(idOf('is plain docker good enough for a tiny team')).not.toBe('control-plane');
    // One letter more is another word, not a slip: "build" is not "buildx".
    expect(idOf('what happens during docker build')).not.toBe('outside:buildx');
    // A word that far from the name's is another word.
    expect(idOf('how does the contour plane fly')).toBe('unknown');
  });
});

describe('a one-word name typed as an everyday word, beside nothing but our names', () => {
  it('reads the slip as the name it nearly spells', () => {
    expect(idOf('what does pot mean in k8s')).toBe('pod');
    expect(idOf('kubernetes nod')).toBe('node');
  });

  it('leaves everyday words alone when anything else could be the subject', () => {
    expect(idOf('should i nod')).toBe('unknown');
    expect(idOf('kubernetes wooden')).toBe('unknown');
    // Another everyday word beside it: not a lone slip.
    expect(idOf('a pot of tea with kubernetes folks')).toBe('unknown');
  });
});
