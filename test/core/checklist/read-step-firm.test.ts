import { describe, expect, it } from 'vitest';
import { ofUsToday, underACondition } from '../../../src/core/checklist/other-situation.js';
import { readAtStep, shippedChecklist } from '../../helpers/read-at-step.js';

const read = readAtStep;
const checklist = shippedChecklist;

describe('firm answers at a step are recorded, not asked again', () => {
  it('reads "right" that confirms ("yes, that is right", "scripts, right") as an answer, and a tag asking to confirm as a question', () => {
    expect(read('scripts', "yep, that's right")).toBe('yes');
    expect(read('scripts', 'yes thats right')).toBe('yes');
    expect(read('team', 'automation. right')).toBe('automation');
    // Still asking: a tag with a question mark, or "… isn't it".
    expect(read('downtime', 'a short outage is fine, right?')).toBe('question');
    expect(read('downtime', 'an hour offline is ok, right')).toBe('question');
    expect(read('downtime', "short outages are fine, aren't they")).toBe('question');
  });
});

describe('a reply that tells what the team needs to know is an answer', () => {
  it('records "we have to know at once when it breaks, not acceptable" and asks again for "I want to know what counts"', () => {
    expect(read('downtime', 'we need to know right away when it breaks, not acceptable')).toBe('unacceptable');
    expect(read('scripts', 'yes, and we want to know more')).toBe('yes');
    // Still asking: a wish to know followed by what is asked.
    expect(read('hosts', 'I need to know whether a vm is a host')).toBe('question');
    expect(read('traffic', 'want to know how big a spike has to be')).toBe('question');
  });
});

describe('a firm reply with a word that can also tell doubt is an answer', () => {
  it('reads the month "may", "no data loss" and users finding out as told, and doubt in those words as doubt', () => {
    expect(read('hosts', 'ever since may we have had four servers')).toBe('several');
    expect(read('downtime', 'losing no data and never going down matter most, not acceptable')).toBe('unacceptable');
    expect(read('downtime', 'our users find out quickly, not acceptable')).toBe('unacceptable');
    // Still doubt: a guess with "may", no figures to go on, a look still to take.
    expect(read('hosts', 'we may have four or so')).toBe('unsure');
    expect(read('hosts', 'there may be several, not certain which')).toBe('unsure');
    expect(read('traffic', 'we have no data on that')).toBe('unsure');
    expect(read('traffic', 'honestly no data')).toBe('unsure');
    expect(read('scripts', 'I need to find out from the repo')).toBe('unsure');
  });
});

describe('a hyphen inside a word does not split a reply into clauses', () => {
  it('reads "mid-migration" as a change under way and keeps a hyphenated word whole beside a plan', () => {
    expect(ofUsToday('mid-migration to a bigger fleet')).toBeUndefined();
    expect(ofUsToday('we self-host it on one box, moving to a cluster next year')).toBe('we self-host it on one box');
    expect(read('hosts', 'a single self-managed box, a second one next year')).toBe('one');
    // A dash with space round it still ends a clause: the plan after it is set aside.
    expect(ofUsToday('one box - a second next year')).toBe('one box');
    expect(read('hosts', 'we will be on several machines by next year')).toBe('unsure');
  });
});

describe('an answer said under a condition', () => {
  it('reads a condition after the answer at once however long the reply, and still records nothing for a bare answer under one', () => {
    const hosts = checklist.criteria.find((c) => c.id === 'hosts');
    if (!hosts) throw new Error('hosts');
    const long = `several${', '.repeat(40_000)}`;
    const started = performance.now();
    underACondition(hosts, long);
    expect(performance.now() - started).toBeLessThan(400);
    expect(read('hosts', 'four machines, as long as the build box counts')).toBe('unsure');
    expect(read('scripts', 'yes, if a deploy fails a script rolls it back')).toBe('yes');
  });
});
