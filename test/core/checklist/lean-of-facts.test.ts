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

  it('reads each of several counts in a description by the thing counted right after it', () => {
    expect(factsIn(checklist, 'two servers, forty services')).toEqual({ hosts: 'several', services: 'many' });
    expect(factsIn(checklist, 'seventeen services on 1 server')).toEqual({ hosts: 'one', services: 'many' });
    // Two counts of the same thing that fall in different options say nothing sure about it.
    expect(factsIn(checklist, 'from 1 server to 6 servers')).toEqual({});
    // A count of people counts no servers or services.
    expect(factsIn(checklist, 'five engineers and nine machines')).toEqual({ hosts: 'several' });
  });

  it('reads words shortened as terse chat shortens them ("svcs", "mins") as written in full', () => {
    expect(factsIn(checklist, 'a single box with 4 svcs')).toEqual({ hosts: 'one', services: 'few' });
    expect(factsIn(checklist, 'a few mins of downtime is ok')).toEqual({ downtime: 'acceptable' });
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
