import { describe, expect, it } from 'vitest';
import { readStepInput } from '../../../src/core/checklist/read-step-input.js';
import type { Checklist } from '../../../src/core/content/checklist-schema.js';
import { realKb } from '../../helpers/kb.js';

const checklist = realKb().checklist('docker-vs-kubernetes') as Checklist;
/** What a step records for the text, or the kind of reading when it records nothing. */
const read = (criterion: string, text: string): string => {
  const found = checklist.criteria.find((c) => c.id === criterion);
  if (!found) throw new Error(criterion);
  const reading = readStepInput(found, text);
  return reading.kind === 'answer' ? reading.value : reading.kind;
};

describe('reading what is typed at a step', () => {
  it('reads a yes or no said in other words as the yes or no option', () => {
    expect(read('downtime', 'absolutely not')).toBe('unacceptable');
    expect(read('downtime', 'of course')).toBe('acceptable');
    expect(read('traffic', 'not at all')).toBe('steady');
    expect(read('scripts', 'definitely not, we deploy by hand')).toBe('no');
    expect(read('scripts', 'not that I know of')).toBe('no');
    // A question of two named options has no yes or no to map onto.
    expect(read('team', 'not at all')).toBe('unclear');
  });

  it('reads one of two options ruled out as the other, but never a ruled-out count', () => {
    expect(read('traffic', 'not spiky')).toBe('steady');
    expect(read('traffic', "doesn't really fluctuate")).toBe('steady');
    expect(read('scripts', "we don't have any scripts")).toBe('no');
    expect(read('downtime', 'downtime not allowed')).toBe('unacceptable');
    expect(read('hosts', 'not one server')).toBe('unclear');
  });

  it('reads a short list of things as how many there are, where one and a few are the same option', () => {
    expect(read('services', 'the frontend, the backend and a worker')).toBe('few');
    expect(read('services', 'a web app plus a database')).toBe('few');
    expect(read('services', 'it runs and it scales')).toBe('unclear');
    // One server is an option of its own: two names say nothing sure about machines.
    expect(read('hosts', 'web and db')).toBe('unclear');
  });

  it('reads a range of counts when both ends fall in one option, and asks again when they do not', () => {
    expect(read('services', 'three or four')).toBe('few');
    expect(read('services', '20-30')).toBe('many');
    expect(read('hosts', '1 or 2')).toBe('unclear');
  });

  it('reads everyday ways of saying an outage does or does not matter', () => {
    expect(read('downtime', 'not a big deal')).toBe('acceptable');
    expect(read('downtime', 'we can tolerate a few minutes')).toBe('acceptable');
    expect(read('downtime', 'customers would be furious')).toBe('unacceptable');
    expect(read('downtime', 'that would be a problem')).toBe('unacceptable');
  });

  it('reads a question after a lead-in ("btw", "wait,") or after a first clause as a question, never as an answer', () => {
    expect(read('team', 'btw what is gitops')).toBe('question');
    expect(read('scripts', 'um does ansible count')).toBe('question');
    expect(read('hosts', 'and one more thing, is a vm a host')).toBe('question');
    // An aside after an answer is still the answer.
    expect(read('scripts', 'yes, we do')).toBe('yes');
    expect(read('hosts', 'so basically one')).toBe('one');
  });

  it('still never records a question or a doubt', () => {
    expect(read('services', 'a few? or many?')).toBe('question');
    expect(read('downtime', 'maybe, not sure')).toBe('unsure');
    expect(read('services', 'the api and a db, I guess')).toBe('unsure');
    // Handing the question back is doubt too: the step is explained again.
    expect(read('team', 'a bit of both')).toBe('unsure');
    expect(read('traffic', 'too early to tell')).toBe('unsure');
  });
});
