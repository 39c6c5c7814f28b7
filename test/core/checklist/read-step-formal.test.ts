import { describe, expect, it } from 'vitest';
import { readAtStep as read } from '../../helpers/read-at-step.js';

describe('formal replies at a step', () => {
  it('asks again when the answer is put off or rests on something still open', () => {
    expect(read('services', 'I would like to defer this until the architects have met')).toBe('unsure');
    expect(read('services', 'The count is contingent upon the outcome of the reorganisation')).toBe('unsure');
    expect(read('team', 'It hinges on the budget review, so I will get back to you')).toBe('unsure');
    expect(read('traffic', 'Until the product launches I am unable to say')).toBe('unsure');
    expect(read('hosts', 'That is yet to be determined by the infrastructure group')).toBe('unsure');
  });

  it('asks again for an answer given per branch of a condition', () => {
    expect(read('hosts', 'If compliance insists on separation, several; otherwise a single machine')).toBe('unsure');
    expect(read('team', 'If we hire, automation, or else simplicity')).toBe('unsure');
  });

  it('reads "cannot" as a negation of what follows it', () => {
    expect(read('downtime', 'We cannot tolerate an interruption')).toBe('unacceptable');
    expect(read('downtime', 'We can tolerate an interruption')).toBe('acceptable');
  });

  it('takes a "no" set apart by a pause as the answer, negating nothing after it', () => {
    expect(read('hosts', 'no, one server')).toBe('one');
    // Two readings ("no" and the spikes): asked again rather than guessed.
    expect(read('traffic', 'no, spiky')).toBe('unclear');
    expect(read('traffic', 'no spikes')).toBe('steady');
  });

  it('reads "a number of" as several and what "rather than" sets aside as not chosen', () => {
    expect(read('hosts', 'We operate a number of servers')).toBe('several');
    expect(read('hosts', 'several hosts rather than one large box')).toBe('several');
    expect(read('hosts', 'one box instead of a cluster')).toBe('one');
    expect(read('services', 'a small number of services')).toBe('few');
    expect(read('team', 'we aim to minimise the number of components')).toBe('simplicity');
  });

  it('reads a load that multiplies as a swing, and one that only would or could as a forecast', () => {
    expect(read('traffic', 'it goes 5x at lunch')).toBe('fluctuating');
    expect(read('traffic', 'weekends we see 3.5x the weekday load')).toBe('fluctuating');
    expect(read('traffic', "it'd double if we got featured")).toBe('unsure');
    expect(read('traffic', 'traffic could spike at launch')).toBe('unsure');
    expect(read('traffic', 'spiky, and it could double at launch')).toBe('fluctuating');
  });
});
