import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../../src/core/checklist/parse-answer.js';
import type { Checklist } from '../../../src/core/content/checklist-schema.js';
import { realKb } from '../../helpers/kb.js';

const checklist = realKb().checklist('docker-vs-kubernetes') as Checklist;
const read = (criterion: string, text: string): string => {
  const found = checklist.criteria.find((c) => c.id === criterion);
  if (!found) throw new Error(criterion);
  const result = parseAnswer(found, text);
  return result.ok ? result.value : result.code;
};

describe('reading a typed answer', () => {
  it('reads words shortened as terse chat shortens them ("std", "mins", "ppl") as the option\'s words written in full', () => {
    expect(read('team', 'std workflows across the teams')).toBe('automation');
    expect(read('downtime', 'a few mins is fine')).toBe('acceptable');
    expect(read('team', 'few ppl, keep it lean')).toBe('simplicity');
  });

  it('takes the number shown beside an option, however it is written', () => {
    expect(read('hosts', '2')).toBe('several');
    expect(read('hosts', '#1')).toBe('one');
    expect(read('services', 'option 2')).toBe('many');
    expect(read('hosts', 'the second one')).toBe('several');
    expect(read('traffic', 'first')).toBe('steady');
  });

  it('reads a number that is not an option position as the words it is', () => {
    expect(read('hosts', '3')).toBe('several');
    expect(read('hosts', '10 machines')).toBe('several');
    expect(read('services', '3')).toBe('few');
    expect(read('services', '2 services')).toBe('few');
  });

  it('reads "yup"/"nope" like "yes"/"no" at the start of an answer', () => {
    expect(read('traffic', 'yup, it does')).toBe('fluctuating');
    expect(read('traffic', 'nope')).toBe('steady');
  });

  it('reads "nobody" and "no one" (and anybody/anyone, everybody/everyone) as the same word in an option\'s name', () => {
    expect(read('downtime', 'nobody cares if the site hiccups on a sunday')).toBe('acceptable');
    expect(read('downtime', 'no one would notice')).toBe('acceptable');
    // Only the options' names are widened: an answer saying nothing of the question stays unread.
    expect(read('scripts', 'nobody knows')).toBe('no-match');
    expect(read('hosts', 'nobody here')).toBe('no-match');
  });

  it('never reads the "no" of "no one" as the answer "no": nobody knowing of an outage means it is fine', () => {
    expect(read('downtime', 'no one would even know if we had a blip')).toBe('acceptable');
    expect(read('downtime', 'honestly nobody would even notice a restart')).toBe('acceptable');
    // A "no one" that says nothing of the question is asked again, never recorded as "no".
    expect(read('traffic', 'no one looks at the graphs')).toBe('no-match');
    expect(read('downtime', 'no, we promise uptime')).toBe('unacceptable');
    // "no" then a count, typed apart: the answer no.
    expect(read('downtime', 'no, one outage would lose us customers')).toBe('unacceptable');
    expect(read('downtime', 'no. one minute down costs us thousands')).toBe('unacceptable');
    expect(read('downtime', 'no one can afford downtime here')).toBe('unacceptable');
    // An answer opening with "no," is the answer no, whatever "no one" follows it.
    expect(read('scripts', 'no, no one ever wrote any')).toBe('no');
    expect(read('scripts', 'nope. no one got round to it')).toBe('no');
  });

  it('reads the everyday names of a sale peak and of fewer things to run as the options they mean', () => {
    expect(read('traffic', 'black friday, every year')).toBe('fluctuating');
    // Conceded after "even", a peak is what the answer holds despite.
    expect(read('traffic', 'pretty constant, even during black friday')).toBe('steady');
    expect(read('team', 'fewer pieces to keep alive')).toBe('simplicity');
    expect(read('team', 'consistent workflows for every team')).toBe('automation');
  });

  it('does not take an option named and then turned against with but/except/though', () => {
    expect(read('downtime', 'you would think nobody cares but our users would leave')).toBe('no-match');
    expect(read('downtime', 'nobody cares about uptime except our paying customers')).toBe('no-match');
    expect(read('downtime', 'no one would notice, though the boss might')).toBe('no-match');
    // A contrast word before the name, or none at all, leaves the name standing.
    expect(read('downtime', 'odd as it sounds, but nobody cares if it goes down')).toBe('acceptable');
    expect(read('downtime', 'nobody cares if it goes down')).toBe('acceptable');
  });

  it('does not let a count said of each member of a group decide how many there are in all', () => {
    // A couple per team, across many teams, is many: the count per member is dropped and the rest decides.
    expect(read('services', 'loads, each team runs a couple of its own')).toBe('many');
    expect(read('services', 'a handful per group, and there are 9 groups')).toBe('many');
    expect(read('services', 'microservices, two apiece for every tribe')).toBe('many');
    // With nothing else said, a count per member is asked again, never read as the total.
    expect(read('services', 'every department has a few')).toBe('no-match');
    // A count of all of them, with "each" about the things counted, is still the count.
    expect(read('services', '14 services each shipped on their own')).toBe('many');
    expect(read('services', 'a couple')).toBe('few');
    // "each" right after a count, then a place, says the count is per member: the total that follows still counts.
    expect(read('services', 'two each across 20 teams')).toBe('many');
    expect(read('services', 'two services each across 40 teams')).toBe('many');
    expect(read('services', '3 each in 12 squads')).toBe('many');
    expect(read('services', 'one each for our 30 customers')).toBe('many');
  });

  it('reads "zero X" like "no X": zero of a thing rules that option out', () => {
    expect(read('scripts', 'zero scripts, it is all compose')).toBe('no');
    expect(read('scripts', 'nope, zero bash')).toBe('no');
    expect(read('downtime', 'zero downtime or we lose customers')).toBe('unacceptable');
  });

  it('does not take a negated option as that option', () => {
    expect(read('hosts', 'not one server')).toBe('no-match');
    expect(read('services', 'not many')).toBe('few');
    expect(read('downtime', 'not acceptable')).toBe('unacceptable');
  });

  it('reads "seldom", "rarely", "never" as negating the verb after them and what it takes', () => {
    expect(read('services', 'a handful, they seldom ship independently')).toBe('few');
    expect(read('services', 'lots, and they never ship together')).toBe('many');
    expect(read('traffic', 'it rarely changes')).toBe('steady');
  });

  it('asks again when a count said first and a remark after it point to different options', () => {
    expect(read('services', 'nine, though they are released independently')).toBe('many');
    expect(read('services', 'four, all released independently')).toBe('more-than-one');
    expect(read('services', 'twenty; it is mostly a monolith')).toBe('more-than-one');
    expect(read('services', 'four, and a monolith at the core')).toBe('few');
  });

  it('re-asks rather than guessing when nothing or two options fit', () => {
    expect(read('hosts', 'purple elephants')).toBe('no-match');
    expect(read('hosts', 'one server or several machines')).toBe('more-than-one');
  });
});

describe('counts and option numbers', () => {
  it('reads a bare number as the option shown with it, a number of things as a count, and asks when it could be either', () => {
    expect(read('services', '2')).toBe('many');
    expect(read('services', 'we have 2')).toBe('count-or-number');
    expect(read('services', '2 services')).toBe('few');
    expect(read('services', 'about twelve of them')).toBe('many');
    expect(read('hosts', 'we have 1')).toBe('one');
    expect(read('services', 'we have 2 services')).toBe('few');
    expect(read('services', 'we have 8')).toBe('many');
    expect(read('hosts', 'more than one')).toBe('several');
    expect(read('hosts', 'three boxes')).toBe('several');
  });

  it('asks again for zero, which is neither an option number nor a count of anything run', () => {
    expect(read('hosts', '0')).toBe('no-match');
    expect(read('services', 'zero')).toBe('no-match');
  });

  it('does not read a count where the options are not counts', () => {
    expect(read('downtime', 'we have 2')).toBe('no-match');
  });
});
