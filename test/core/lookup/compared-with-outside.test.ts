import { describe, expect, it } from 'vitest';
import { realKb } from '../../helpers/kb.js';

// A concept compared with a term the knowledge base does not cover. Every phrasing here was made up
// for this file.
const kb = realKb();
const idOf = (q: string): string => {
  const r = kb.lookup(q);
  return r.status === 'answer' ? r.concept.id : r.status === 'outside' ? `outside:${r.term.id}` : r.status;
};

describe('a concept compared with a term not covered', () => {
  it('answers with the concept when it is the term\'s nearest and its own text weighs the two', () => {
    expect(idOf("self-healing versus docker's restart policies")).toBe('self-healing');
    expect(idOf('kube proxy vs a cni network plugin')).toBe('kube-proxy');
    // A word of the setting after the name does not stand for the side.
    expect(idOf('self healing in k8s or a restart policy, which wins')).toBe('self-healing');
  });

  it('keeps the term as the subject when the concept only mentions it or never does', () => {
    // Pods mention Deployments in passing; the pod is not the Deployment's nearest concept.
    expect(idOf('pod vs deployment')).toBe('outside:deployment');
    expect(idOf('nomad vs kubernetes')).toBe('outside:nomad');
    // Neither side named as a concept.
    expect(idOf('readiness probe or liveness probe?')).toBe('outside:readiness-probe');
  });
});
