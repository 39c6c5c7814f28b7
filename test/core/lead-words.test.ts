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
