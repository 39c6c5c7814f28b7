import { describe, expect, it } from 'vitest';
import { readAtStep as read } from '../../helpers/read-at-step.js';

describe('asking what a word of the step means gets the step explained', () => {
  it('explains the step for the meaning of its own question or option words, and leaves other questions to the lookup', () => {
    expect(read('services', 'can you tell me what independently means')).toBe('unsure');
    expect(read('team', "what does 'moving parts' mean in this case?")).toBe('unsure');
    expect(read('services', 'released independently meaning?')).toBe('unsure');
    // Not the step's own words, or not asking a meaning: a question answered by the lookup while the step waits.
    expect(read('hosts', 'what does etcd mean')).toBe('question');
    expect(read('traffic', 'what is autoscaling?')).toBe('question');
    // What a step word means *for* something else asks what follows from it; "X meaning" typed without a "?" is an answer.
    expect(read('hosts', 'what does one server mean for downtime')).toBe('question');
    expect(read('hosts', 'one server meaning')).toBe('one');
  });
});

describe('"depends" is doubt only where the answer hangs on it', () => {
  it('asks again for "it depends on the season", records an outage others depend on', () => {
    expect(read('traffic', 'well, that depends on the season')).toBe('unsure');
    expect(read('hosts', 'depends, prod or staging')).toBe('unsure');
    expect(read('downtime', 'no, the billing jobs depend on it')).toBe('unacceptable');
    expect(read('team', 'it would depend on the project')).toBe('unsure');
    expect(read('team', 'really depends who you ask')).toBe('unsure');
    expect(read('traffic', 'spiky, depending on the weekday')).toBe('fluctuating');
  });

  it('asks again when the load is said to move with something, even after a "no"', () => {
    expect(read('traffic', 'no, the load depends on the season')).toBe('unsure');
    expect(read('traffic', 'no, usage depends on the time of year')).toBe('unsure');
    // A thing relying on us is told plainly, whatever word stands before "depends".
    expect(read('downtime', 'no, the shop which depends on it must stay up')).toBe('unacceptable');
    expect(read('downtime', 'no, the family business depends on it')).toBe('unacceptable');
    expect(read('downtime', 'no, customers depend on the app')).toBe('unacceptable');
  });
});

describe('words around an answer that do not change it', () => {
  it('reads an "ok" before "x, right" as the confirmation it is, and a tag on what one worked out as a question', () => {
    expect(read('team', 'ok automation, right')).toBe('automation');
    expect(read('team', 'okay, simplicity, right')).toBe('simplicity');
    expect(read('team', 'so simplicity, right')).toBe('question');
    expect(read('downtime', 'ok so a short outage is fine, right')).toBe('question');
  });

  it('takes nothing back with a contrast word that closes the reply or sets one word against another', () => {
    expect(read('scripts', 'yes, would like to hear more though')).toBe('yes');
    expect(read('scripts', 'none at all, all manual but tidy')).toBe('no');
    // A contrast that turns the sentence, or that names another option, still takes the option back.
    expect(read('downtime', 'fine, but our users would leave')).toBe('unclear');
    expect(read('scripts', 'no, but cron')).toBe('yes');
    expect(read('team', 'few moving parts, but automated')).toBe('automation');
    // A word that shrinks the thing named leaves its size open: asked again.
    expect(read('traffic', 'some variation but manageable')).toBe('unclear');
  });

  it('reads a reply that opens with one option set over another ("x over y", "x > y") as the first', () => {
    expect(read('team', 'simplicity over automation')).toBe('simplicity');
    expect(read('team', 'automated > simple, for now')).toBe('automation');
    expect(read('hosts', 'spread over several machines')).toBe('several');
    expect(read('traffic', 'steady over the week, spiky at launches')).toBe('unclear');
  });

  it('reads a "no" that denies a thing ("no users yet") as no answer, and an answer word before it as the answer', () => {
    expect(read('downtime', 'we have no users yet')).toBe('unclear');
    expect(read('downtime', 'no we cannot')).toBe('unacceptable');
    expect(read('scripts', 'no cron, no ansible')).toBe('no');
    expect(read('scripts', 'nope, no restart scripts')).toBe('no');
    // A refusal said with "no" in it, and a "no" before the very thing the step asks about, are the answer.
    expect(read('downtime', 'no chance')).toBe('unacceptable');
    expect(read('downtime', 'no can do')).toBe('unacceptable');
    expect(read('scripts', 'no automation at all')).toBe('no');
    // A "no" before an option's name is read as before: with the name (here a tie, asked again).
    expect(read('traffic', 'no sales spikes')).toBe('unclear');
  });
});

describe('what is not ours today is not recorded', () => {
  it("asks again for some of the team wanting a thing, another team's view and a forecast under a condition", () => {
    expect(read('team', 'half the team wants pipelines, the other half wants boring tech')).toBe('unsure');
    expect(read('team', "automation is the data team's view, not ours")).toBe('unsure');
    expect(read('traffic', 'if the launch goes well, traffic will double')).toBe('unsure');
    // Our own team's view, and a swing told of today, are answers.
    expect(read('team', "the team's view is simplicity")).toBe('simplicity');
    expect(read('traffic', 'spiky, we scale by hand every evening')).toBe('fluctuating');
    expect(read('traffic', 'cpu flat, sits at 30% constantly')).toBe('steady');
  });
});

describe('a step answered in business terms', () => {
  it('reads lost customers or revenue as no outage allowed, a free blip as fine, one stretched ops person as simplicity', () => {
    expect(read('downtime', 'a minute down and shoppers churn')).toBe('unacceptable');
    expect(read('downtime', 'every outage means lost revenue')).toBe('unacceptable');
    expect(read('downtime', 'a short blip at night costs us nothing')).toBe('acceptable');
    expect(read('team', 'there is one ops person and he is stretched thin')).toBe('simplicity');
    expect(read('traffic', 'signups triple whenever we get press')).toBe('fluctuating');
  });

  it('reads scaling said not to be needed as steady, however the need is put', () => {
    expect(read('traffic', 'no need to autoscale, load is flat')).toBe('steady');
    expect(read('traffic', 'no need to auto scale')).toBe('steady');
    expect(read('traffic', 'nothing needs autoscaling here')).toBe('steady');
    expect(read('traffic', 'spiky, we need to autoscale')).toBe('fluctuating');
    // A need said with "have to" is a need: never having to scale is steady, having to is a swing.
    expect(read('traffic', 'it never has to autoscale')).toBe('steady');
    expect(read('traffic', "we don't have to autoscale anything")).toBe('steady');
    expect(read('traffic', 'we have to autoscale every evening')).toBe('fluctuating');
  });
});

describe('a clause telling when, where or which is not a question', () => {
  it('records an answer followed by "when …", "which …", "where …", and asks back when that word opens a question', () => {
    expect(read('traffic', 'yes, when a sale runs it will spike')).toBe('fluctuating');
    expect(read('traffic', 'spiky, when the newsletter goes out')).toBe('fluctuating');
    expect(read('hosts', 'one box, which runs everything')).toBe('one');
    expect(read('hosts', 'one vps, where everything lives')).toBe('one');
    expect(read('hosts', 'one, when does a vm count')).toBe('question');
    expect(read('hosts', 'one box, which is it you mean')).toBe('question');
    expect(read('hosts', 'several, what is a node exactly')).toBe('question');
  });

  it('hears a question after "then" as a question', () => {
    expect(read('hosts', 'then does one server count as a cluster')).toBe('question');
    expect(read('hosts', 'then one')).toBe('one');
  });
});
