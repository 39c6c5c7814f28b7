import { describe, expect, it } from 'vitest';
import { LEAD_WORDS } from '../../src/core/chat-words.js';
import { realKb } from '../helpers/kb.js';

// The words that lead into a question ("so", "ok", "wait" …) are one list (LEAD_WORDS in src/core/chat-words.ts), so a
// question after a story is read the same whichever of them leads it in.

const idOf = (question: string): string => {
  const found = realKb().lookup(question);
  return found.status === 'answer' ? found.concept.id : found.status;
};

describe('words leading into a question', () => {
  it('let a last clause asking what a name is be read as that question, whichever of them leads it in', () => {
    // Not "but": a question after a "but" is read first as a turn from what is already understood (lookup.ts's AFTER_BUT).
    for (const lead of LEAD_WORDS.filter((w) => w !== 'but')) {
      expect(idOf(`the grafana board shows three pods pending, ${lead} what is a pod again`), lead).toBe('pod');
      expect(idOf(`my boss keeps bringing up the kube-proxy thing, ${lead} what is etcd`), lead).toBe('etcd');
    }
  });

  it('are skipped before a question that opens a message, one or two of them', () => {
    for (const lead of LEAD_WORDS) {
      expect(idOf(`${lead}, what is a pod?`), lead).toBe('pod');
      expect(idOf(`${lead} ${lead} what does etcd store`), lead).toBe('etcd');
    }
  });
});

describe('chat opening a message before its question', () => {
  it('is skipped, whether it is a reaction or a word with another sense elsewhere', () => {
    // "wait" and "well" are words the article uses: unread, they weighed as much as the one name asked about.
    for (const lead of ['wait', 'well', 'hmm', 'alright', 'bro', 'oh wow', 'lol ok']) {
      expect(idOf(`${lead} what is a pod`), lead).toBe('pod');
      expect(idOf(`${lead}, what does etcd store?`), lead).toBe('etcd');
    }
  });

  it('is skipped when a reaction ends the question too', () => {
    expect(idOf("what's a pod lmao")).toBe('pod');
    expect(idOf('hmm so what does the kubelet do haha')).toBe('kubelet');
  });

  it('leaves frustration at the bot a word of its own, no question about teams going wrong', () => {
    expect(idOf('wrong answer again, ugh')).not.toBe('where-teams-go-wrong');
  });
});
