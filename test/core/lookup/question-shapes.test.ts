import { describe, expect, it } from 'vitest';
import { realKb } from '../../helpers/kb.js';

// Shapes of question that wrap the subject in other words: what the asker already knows, the story of
// their situation, a slip in a short name, a word about who is asking. None of these phrasings is from
// an eval set.
const kb = realKb();
const idOf = (q: string): string => {
  const r = kb.lookup(q);
  return r.status === 'answer' ? r.concept.id : r.status === 'outside' ? `outside:${r.term.id}` : r.status;
};

describe('question shapes', () => {
  it('answers the question after a "but", not what the asker says they already know', () => {
    expect(idOf('i understand what the scheduler does, but what is a kubelet for?')).toBe('kubelet');
    // No question word after the "but": the whole is read as before.
    expect(idOf('in k8s the unit you deploy is not a bare container but a wrapper around one')).toBe('pod');
  });

  it('reads a situation told in sentences, then a question, as that question about the names it used', () => {
    expect(idOf('morning! there are six of us at a little studio and our lead really wants kubernetes. would running it be pricey? cheers')).toBe(
      'kubernetes-costs',
    );
    expect(idOf('so we sell furniture online, three engineers total, and the cto read about kubernetes. does it cost much to operate?')).toBe(
      'kubernetes-costs',
    );
    // A question about something else after a sentence naming ours stays unknown.
    expect(idOf('I use docker at work. how do I fix my bike chain?')).toBe('unknown');
  });

  it('corrects a slip to the word that keeps its first letter when two are as close', () => {
    // "back" is one edit away too, and more concepts use it.
    expect(idOf('what is rback')).toBe('rbac');
  });

  it('takes a short unseen word for a subject, not for two words run together', () => {
    expect(idOf('is wifi down again')).toBe('unknown');
    expect(idOf('do pods talk to eachother')).not.toBe('unknown');
  });

  it('takes an adverb saying how to answer as chat, not as an unseen subject', () => {
    expect(idOf('explain etcd intuitively')).toBe('etcd');
    expect(idOf('what does the kubelet do, roughly')).toBe('kubelet');
    expect(idOf('how does raft work, technically')).toBe('raft');
  });

  it('takes words for who is asking as chat', () => {
    expect(idOf('explain the scheduler like i am a junior dev')).toBe('scheduler');
    expect(idOf('self healing for a total beginner')).toBe('self-healing');
  });
});
