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
    expect(idOf('explain the central plane to me')).toBe('control-plane');
    expect(idOf('central plane parts')).toBe('control-plane');
  });

  it('leaves the real word alone outside such a name', () => {
    expect(idOf('is plain docker good enough for a tiny team')).not.toBe('control-plane');
    // One letter more is another word, not a slip: "build" is not "buildx".
    expect(idOf('what happens during docker build')).not.toBe('outside:buildx');
    // A word that far from the name's is another word.
    expect(idOf('how does the contour plane fly')).toBe('unknown');
  });

  it('never bends everyday phrases into the name of a term we do not cover', () => {
    // "could" and "cloud" share their consonants; "content", "context" and "stuck", "stack" a length.
    expect(idOf('this script could run forever')).toBe('unknown');
    // Not Cloud Run: where Docker alone does well, or the controllers that run Kubernetes Jobs.
    const jobs = kb.lookup('which jobs could run on a single node');
    expect(jobs.status === 'clarify' ? jobs.candidates.map((c) => c.concept.id) : idOf('which jobs could run on a single node')).toEqual(['docker-use-cases', 'controller-manager']);
    expect(idOf('how do I build content for our internal wiki')).toBe('unknown');
    expect(idOf('we build content for marketing')).toBe('unknown');
    expect(idOf('how do I use content filters')).toBe('unknown');
    expect(idOf('docker stuck pulling an image')).toBe('registry');
  });

  it('mends vowels only: a consonant changed is another word', () => {
    // "matter" is one letter from "master" (an alias of the control plane), and is not it.
    expect(idOf('does kubernetes matter for a tiny startup')).not.toBe('control-plane');
  });
});

describe('a one-word name typed as an everyday word, beside nothing but our names', () => {
  it('reads the slip as the name it nearly spells', () => {
    expect(idOf('what does pot mean in k8s')).toBe('pod');
    expect(idOf('kubernetes nod')).toBe('node');
    // A letter added inside the word is another word, not one cut short: a rat is no raft.
    expect(idOf('docker rat')).toBe('unknown');
  });

  it('leaves everyday words alone when anything else could be the subject', () => {
    expect(idOf('should i nod')).toBe('unknown');
    expect(idOf('kubernetes wooden')).toBe('unknown');
    // Another everyday word beside it: not a lone slip.
    expect(idOf('a pot of tea with kubernetes folks')).toBe('unknown');
    // More than one letter from any name of ours: not a slip.
    expect(idOf('k8s cat')).toBe('unknown');
  });
});
