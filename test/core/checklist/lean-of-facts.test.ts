import { describe, expect, it } from 'vitest';
import { factsIn, verdictLean } from '../../../src/core/checklist/lean-of-facts.js';
import type { Checklist } from '../../../src/core/content/checklist-schema.js';
import { realKb } from '../../helpers/kb.js';

const checklist = realKb().checklist('docker-vs-kubernetes') as Checklist;

describe('reading a described situation as answers to the checklist', () => {
  it('takes the facts a description gives, each as a step would read it', () => {
    expect(factsIn(checklist, 'we run 30 machines and traffic is bursty')).toEqual({ hosts: 'several', traffic: 'fluctuating' });
    expect(factsIn(checklist, 'it all lives on one droplet')).toEqual({ hosts: 'one' });
  });

  it('does not read a count of other things ("three devs") as a count of servers or services', () => {
    expect(factsIn(checklist, 'we are three devs on a side project')).toEqual({});
  });

  it('does not read a word of quantity ("a lot") as an answer to a question the text does not speak to', () => {
    expect(factsIn(checklist, 'we run 30 machines and the load moves a lot')).toEqual({ hosts: 'several' });
  });

  it('does not read a bare yes or no in a description as an answer', () => {
    expect(factsIn(checklist, 'no, we just started')).toEqual({});
  });

  it('leans to the verdict most of the open combinations reach, and to none when they split', () => {
    expect(verdictLean(checklist, 'we run 30 machines and traffic is bursty')?.id).toBe('kubernetes');
    expect(verdictLean(checklist, 'it all lives on one droplet')?.id).toBe('docker');
    expect(verdictLean(checklist, 'we like things automated')).toBeUndefined();
  });
});
