import { describe, expect, it } from 'vitest';
import { realKb } from '../../helpers/kb.js';

// Questions written as reports and design reviews are written: words film subtitles rarely say ("insofar", "remit",
// "characterise") must not pass for the unseen subject of the question.

const kb = realKb();
const idOf = (q: string): string => {
  const r = kb.lookup(q);
  return r.status === 'answer' ? r.concept.id : r.status === 'outside' ? `outside:${r.term.id}` : r.status;
};

describe('a question in formal prose', () => {
  it('is read through the names it holds, past the words that frame or hedge it', () => {
    expect(idOf('explain the kubelet insofar as it concerns node health')).toBe('kubelet');
    expect(idOf('at a conceptual level, what does etcd do?')).toBe('etcd');
    expect(idOf('a succinct definition of a pod for our glossary, please')).toBe('pod');
    expect(idOf('what does the acronym oci refer to')).toBe('oci');
  });

  it('asks for an answer with a formal verb, in British spelling or American', () => {
    expect(idOf('please characterise the role of the scheduler')).toBe('scheduler');
    expect(idOf('how would you characterize the scheduler')).toBe('scheduler');
  });

  it('still names a term the article does not cover as that term', () => {
    expect(idOf('what is velero, conceptually')).toBe('outside:velero');
    expect(idOf('whilst on the topic of pods, what is a sidecar')).toBe('outside:sidecar');
  });
});
