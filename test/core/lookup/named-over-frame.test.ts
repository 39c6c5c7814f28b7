import { describe, expect, it } from 'vitest';
import type { LookupResult } from '../../../src/core/lookup/lookup.js';
import { realKb } from '../../helpers/kb.js';

const kb = realKb();
const said = (r: LookupResult): string =>
  r.status === 'answer' ? r.concept.id : r.status === 'outside' ? `outside:${r.term.id}` : r.status;
const ask = (q: string): string => said(kb.lookup(q));

describe('a frame word a decision page lists, beside a name that page never speaks of', () => {
  it('answers about the thing named, not the page the frame word points at', () => {
    expect(ask('golden rule for rbac?')).toBe('rbac');
    expect(ask("what's the golden rule of pods")).toBe('pod');
    expect(ask('long-term consequences of no rbac')).toBe('rbac');
    expect(ask('what does the article advocate for rbac')).toBe('rbac');
    expect(ask('criteria for choosing a registry')).toBe('registry');
  });

  it('still reaches the decision page when the frame word stands alone or beside a name the page speaks of', () => {
    expect(ask('golden rule?')).toBe('simplest-tool');
    expect(ask('the golden rule when picking between docker and kubernetes')).toBe('simplest-tool');
    expect(ask('what is the catch with kubernetes')).toBe('kubernetes-costs');
    expect(ask('symptoms of one script too many')).toBe('mistake-docker-beyond-limits');
  });

  it('leaves the scores to decide when a second thing is named, or named with a slip, or the name is only the setting', () => {
    expect(ask('what happens to my pods if the api server goes down')).toBe('api-server');
    expect(ask('the schedular and the controller manager, same thing?')).toBe('controller-manager');
    expect(ask('my coworker says the controler manager and the scheduler are one process')).toBe('controller-manager');
    expect(ask('in the control plane, what notices a difference from the declared state and pushes it back')).toBe('controller-manager');
  });
});
