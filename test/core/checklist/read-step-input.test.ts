import { describe, expect, it } from 'vitest';
import { readAtStep } from '../../helpers/read-at-step.js';

const read = readAtStep;

describe('reading what is typed at a step', () => {
  it('records nothing for an option said and then taken back, and what follows the taking-back when there is something', () => {
    expect(read('hosts', 'several. hmm scratch that')).toBe('unsure');
    expect(read('scripts', 'yes -- wait, no, never mind, let me check with ops')).toBe('unsure');
    expect(read('team', 'automation, forget that')).toBe('unsure');
    expect(read('services', 'many, no wait, about three')).toBe('few');
    expect(read('hosts', 'one box, sorry I meant several boxes')).toBe('several');
    // "wait, no": the "no" may be the new answer.
    expect(read('scripts', 'yes... wait no, all by hand')).toBe('no');
    // "wait" inside a sentence takes nothing back; "never mind" alone still cancels.
    expect(read('downtime', "users can't wait, no outages")).toBe('unacceptable');
    expect(read('downtime', 'never mind')).toBe('control');
    // Taking-back words inside an ordinary answer take nothing back: only as a clause of their own.
    expect(read('scripts', 'we keep scripts that delete that junk')).toBe('yes');
    expect(read('scripts', 'yes, a job that will cancel this rollout if it breaks')).toBe('yes');
    expect(read('downtime', 'no outages, there is automatic correction of errors')).toBe('unacceptable');
    expect(read('team', 'simplicity, I meant what I said')).toBe('simplicity');
    // "wait, no" then a count: the "no" is no answer where no option is called no.
    expect(read('hosts', 'one, wait no, two')).toBe('several');
    // "never mind" inside an answer ("never mind the docs") takes nothing back; "no one" after a "wait" is people, not no.
    expect(read('hosts', 'several boxes, never mind what the docs say')).toBe('several');
    expect(read('downtime', 'wait, no one would notice a short outage')).toBe('acceptable');
  });

  it('reads an option said firmly with a guess at the number beside it ("not many, maybe 3") as that option', () => {
    expect(read('services', 'a small number, maybe 3')).toBe('few');
    expect(read('hosts', 'a fleet of them, perhaps twenty')).toBe('several');
    // A guess alone, or one that points elsewhere, stays doubt.
    expect(read('services', 'maybe 3 in total')).toBe('unsure');
    expect(read('services', 'many maybe')).toBe('unsure');
    expect(read('services', 'not many, maybe 20')).toBe('unsure');
    // A guessed range counts whole: one end of it in another option is doubt.
    expect(read('services', 'not many, maybe 5 or 6')).toBe('unsure');
    expect(read('services', 'a handful, maybe 3-4')).toBe('few');
  });

  it('reads a count of what an option names, not what the step counts, as no count of services', () => {
    expect(read('services', 'many, shipped by 4 teams')).toBe('many');
    // A count of the very thing asked about, against the option named, is still not guessed past.
    expect(read('hosts', 'my laptop and a couple of servers')).toBe('unclear');
  });

  it('reads traffic told as a daily shape or as sales, and simplicity told as less to learn', () => {
    expect(read('traffic', 'dead at night, then a rush at lunchtime')).toBe('fluctuating');
    expect(read('traffic', 'during promotions it skyrockets')).toBe('fluctuating');
    expect(read('traffic', 'roughly the same load round the clock')).toBe('steady');
    expect(read('team', 'fewer tools and less to maintain')).toBe('simplicity');
  });

  it('never records a count of what another step asks about ("servers" at the services step) as this step\'s answer', () => {
    expect(read('services', 'oh and we are on four machines')).toBe('unclear');
    expect(read('services', 'two vms, fyi')).toBe('unclear');
    expect(read('hosts', 'around 9 services')).toBe('unclear');
    // The things this step counts, or things no step counts, still read as the count.
    expect(read('services', 'four services')).toBe('few');
    expect(read('services', '3 containers in all')).toBe('few');
    expect(read('hosts', 'five boxes')).toBe('several');
  });

  it('never reads a change said with "barely", "hardly" or "rarely" as a change', () => {
    expect(read('traffic', 'traffic hardly changes from month to month')).toBe('steady');
    expect(read('traffic', 'requests barely change over a month')).toBe('steady');
    // "barely", "rarely", "hardly" are negations even where the words around them are compared stemmed.
    expect(read('traffic', 'it barely spikes')).not.toBe('fluctuating');
    expect(read('traffic', 'traffic rarely surges')).not.toBe('fluctuating');
    expect(read('traffic', 'hardly any variation')).not.toBe('fluctuating');
    expect(read('traffic', 'it changes a lot over the day')).toBe('fluctuating');
  });

  it('never reads an option word negated through the verb before it ("seldom ship separately") as that option', () => {
    expect(read('services', 'four, and we seldom ship them separately')).toBe('few');
    expect(read('services', "two, they don't deploy independently")).toBe('few');
    // Negated only through a verb, the name rules nothing out: with nothing else said, the step asks again.
    expect(read('traffic', "we don't care, steady")).not.toBe('fluctuating');
  });

  it('never records a guess at how things stand, a look still to take, or how things will be', () => {
    expect(read('scripts', 'could be a cron job somewhere, I would need to look')).toBe('unsure');
    expect(read('hosts', 'possibly a second box')).toBe('unsure');
    expect(read('hosts', 'several by next year')).toBe('unsure');
    expect(read('scripts', 'there might be a restart script on the jump host')).toBe('unsure');
  });

  it('reads a yes or no said in other words as the yes or no option', () => {
    expect(read('downtime', 'absolutely not')).toBe('unacceptable');
    expect(read('downtime', 'of course')).toBe('acceptable');
    expect(read('traffic', 'not at all')).toBe('steady');
    expect(read('scripts', 'definitely not, we deploy by hand')).toBe('no');
    expect(read('scripts', 'not that I know of')).toBe('no');
    // A question of two named options has no yes or no to map onto.
    expect(read('team', 'not at all')).toBe('unclear');
  });

  it('reads one of two options ruled out by its own word as the other, but not a tool or synonym ruled out, nor a count', () => {
    expect(read('traffic', 'not fluctuating')).toBe('steady');
    expect(read('downtime', 'downtime not acceptable')).toBe('unacceptable');
    // Not using one tool is no choice of the other option.
    expect(read('team', "we don't use terraform")).toBe('unclear');
    expect(read('team', "we don't have ci cd yet")).toBe('unclear');
    expect(read('traffic', 'not spiky')).toBe('unclear');
    expect(read('hosts', 'not one server')).toBe('unclear');
  });

  it('never records the opposite of what was said', () => {
    expect(read('downtime', "uptime isn't that important for us")).not.toBe('unacceptable');
    expect(read('downtime', 'nobody would complain')).not.toBe('unacceptable');
    expect(read('downtime', "a short outage wouldn't cost us money")).not.toBe('unacceptable');
    expect(read('downtime', 'we need to deploy overnight without any downtime')).not.toBe('acceptable');
    expect(read('downtime', 'after hours deploys are not an option')).not.toBe('acceptable');
    expect(read('traffic', 'flat, even on black friday')).toBe('steady');
    expect(read('traffic', 'goes up slowly as we grow')).not.toBe('fluctuating');
    expect(read('traffic', 'not much idea')).not.toBe('steady');
    expect(read('hosts', 'the db is not on the same machine as the app')).not.toBe('one');
    expect(read('hosts', 'all on one cluster of 5 nodes')).not.toBe('one');
    expect(read('hosts', 'a droplet per service, 6 services')).not.toBe('one');
    expect(read('scripts', 'we deploy by hand with a script')).toBe('yes');
    expect(read('downtime', 'totally unacceptable')).toBe('unacceptable');
    expect(read('downtime', 'one minute of downtime is fine')).toBe('acceptable');
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
    expect(read('hosts', '1 or 3')).toBe('unclear');
  });

  it('reads "a few" machines as several, and "a few dozen" services as many', () => {
    expect(read('hosts', 'a few ec2 boxes')).toBe('several');
    expect(read('services', 'a few dozen')).toBe('many');
    expect(read('services', 'a few')).toBe('few');
  });

  it('asks again when an option named and a count of the thing asked about disagree, not when the count is of something else', () => {
    expect(read('hosts', 'just my laptop')).toBe('one');
    expect(read('hosts', 'my laptop plus a couple of servers')).toBe('unclear');
    expect(read('hosts', 'single node, 2 services')).toBe('one');
    expect(read('team', 'less moving parts')).toBe('simplicity');
  });

  it('does not read "evening" as "even" (steady traffic)', () => {
    expect(read('traffic', 'it spikes most evenings')).toBe('fluctuating');
    expect(read('traffic', 'nope, pretty even')).toBe('steady');
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
    // Any word that opens a question in the lookup (lookup/read-question.ts) opens one here too.
    expect(read('team', 'whos meant to answer this one')).toBe('question');
    expect(read('hosts', 'one more thing, will a vm count as a host')).toBe('question');
    // An aside after an answer is still the answer.
    expect(read('scripts', 'yes, we do')).toBe('yes');
    expect(read('hosts', 'so basically one')).toBe('one');
  });

  it('never reads stalling ("one sec") or "one of" as a count', () => {
    expect(read('hosts', 'one sec')).toBe('unsure');
    expect(read('hosts', 'one moment, checking')).toBe('unsure');
    expect(read('services', 'one of the devs knows')).toBe('unclear');
    // "none of that" is still none, and "one of our servers" still one server.
    expect(read('scripts', 'none of that')).toBe('no');
    expect(read('hosts', 'one of our servers runs everything')).toBe('one');
    expect(read('hosts', 'just one')).toBe('one');
  });

  it('reads stalling and doubt typed in run-together chat spellings as it reads them written out', () => {
    expect(read('services', 'lemme count real quick')).toBe('unsure');
    expect(read('scripts', 'gimme a moment')).toBe('unsure');
    // A hedge before an option's words only softens the option the person chose: it is recorded.
    expect(read('team', 'kinda automation')).toBe('automation');
    // A negation reaches past the step's own words echoed before the option's name.
    expect(read('scripts', 'nope, no hand-written scripts')).toBe('no');
    expect(read('scripts', 'no orchestration work, we do it by hand')).toBe('no');
    expect(read('scripts', 'yes, scripts do orchestration work')).toBe('yes');
  });

  it('records an option softened by a hedge before it ("kinda ok with short outages", "sorta many"), but not a hedge on the whole reply or beside other doubt', () => {
    expect(read('downtime', 'kinda ok with short outages')).toBe('acceptable');
    expect(read('services', 'sorta many')).toBe('many');
    expect(read('services', 'sort of many')).toBe('many');
    // The hedge on the whole reply, other doubt beside it, a question, or no option named: explained again.
    expect(read('scripts', 'some, sort of')).toBe('unsure');
    expect(read('scripts', 'kinda, I think so? let me check')).toBe('unsure');
    expect(read('services', 'hmm, sort of many')).toBe('unsure');
    expect(read('services', 'kinda many, not sure')).toBe('unsure');
    expect(read('hosts', 'kind of')).toBe('unsure');
    expect(read('team', 'kinda whatever')).toBe('unsure');
    // Stalling in chat spelling is still stalling.
    expect(read('services', 'lemme count, 1 sec')).toBe('unsure');
  });

  it('still never records a question or a doubt', () => {
    expect(read('services', 'few? many?')).toBe('question');
    expect(read('downtime', 'maybe, not sure')).toBe('unsure');
    expect(read('services', 'the api and a db, I guess')).toBe('unsure');
    // Handing the question back is doubt too: the step is explained again.
    expect(read('team', 'bit of both really')).toBe('unsure');
    expect(read('traffic', 'too early to tell')).toBe('unsure');
  });

  it('never records "no one knows" as a no: the "no" is about the people, not the answer', () => {
    expect(read('scripts', 'no one knows')).toBe('unsure');
    expect(read('scripts', "nobody's sure tbh")).toBe('unsure');
    expect(read('downtime', 'none of us can say')).toBe('unsure');
    expect(read('traffic', 'not known yet')).toBe('unsure');
    // A plain no, and "none of that", are still answers.
    expect(read('scripts', 'no')).toBe('no');
    expect(read('scripts', 'none of that')).toBe('no');
  });

  it('still records a clear answer that says nobody would notice or knows something', () => {
    expect(read('downtime', "nobody can tell when we redeploy, it's fine")).toBe('acceptable');
    expect(read('downtime', 'nobody would notice a short outage')).toBe('acceptable');
    expect(read('scripts', 'none of us knows, we just ssh in')).toBe('no');
  });

  it('reads how things stand now when a reply tells a story from how they began', () => {
    expect(read('hosts', 'it was a single vm at first, these days a dozen machines')).toBe('several');
    expect(read('services', 'we had lots of microservices, now just one app again')).toBe('few');
    // No past told: "for now" and a closing "now" are read whole.
    expect(read('hosts', 'one server for now')).toBe('one');
    expect(read('team', 'automation is what we care about now')).toBe('automation');
    // What is true now wins even when "now" closes the clause; a clause naming no option is asked again, never the past.
    expect(read('traffic', 'it was spiky last year, these days it barely changes')).toBe('steady');
    expect(read('downtime', 'outages were a big problem once, they are not anymore')).not.toBe('unacceptable');
  });

  it('never records a reply handing the question to someone else, whatever it names on the way', () => {
    expect(read('downtime', 'not our decision, the ops team has an SLA to check')).toBe('unsure');
    expect(read('traffic', 'not up to me, will ping @sam about the spikes')).toBe('unsure');
    expect(read('hosts', "I'd have to run it by the infra lead")).toBe('unsure');
    // A colleague's answer passed on is still an answer.
    expect(read('team', '@jo says automation, she decides')).toBe('automation');
    // Handing on, then a firm answer of one's own after "but": that answer.
    expect(read('downtime', 'not our decision really, but users must never see an outage')).toBe('unacceptable');
    expect(read('team', "not up to me, though I'd pick automation")).toBe('automation');
    expect(read('team', "not my call, although I'd pick automation")).toBe('automation');
    expect(read('team', 'not my call, but not sure either')).toBe('unsure');
  });

  it('never records a guess, a supposition or a view instead of what is so', () => {
    expect(read('scripts', 'there may be a couple in the old repo, I would have to look it up')).toBe('unsure');
    expect(read('hosts', 'probably two, possibly three')).toBe('unsure');
    expect(read('services', 'could be a dozen')).toBe('unsure');
    expect(read('downtime', 'fine I think')).toBe('unsure');
    expect(read('team', 'the lead thinks automation')).toBe('unsure');
    expect(read('downtime', 'finance would say no')).toBe('unsure');
    expect(read('scripts', 'I doubt it')).toBe('unsure');
    // Firm answers that say what happens, or what the team itself wants, stay answers.
    expect(read('scripts', "I don't think so")).toBe('no');
    expect(read('hosts', 'no doubt, several')).toBe('several');
    expect(read('downtime', 'users would leave, so no')).toBe('unacceptable');
    expect(read('traffic', "it spikes, we'd want instances added on their own")).toBe('fluctuating');
    expect(read('team', "I'd say simplicity")).toBe('simplicity');
  });

  it('reads a hedge in chat spelling, or with a letter held down, as the hedge', () => {
    expect(read('hosts', 'prolly just the one')).toBe('unsure');
    expect(read('traffic', 'maaaaybe steady')).toBe('unsure');
    expect(read('team', "automation, I'd imagine")).toBe('unsure');
    expect(read('scripts', 'afaik none')).toBe('unsure');
    expect(read('services', 'a handful, last I checked')).toBe('unsure');
    expect(read('downtime', 'no probs, a short blip is fine')).toBe('acceptable');
  });

  it('never records a plan, an answer under a condition, or someone else\'s system instead of ours today', () => {
    // A plan or what is yet to come; what is said of today beside it still answers.
    expect(read('hosts', 'we intend to add a second box next spring')).toBe('unsure');
    expect(read('services', 'after the rewrite, dozens')).toBe('unsure');
    expect(read('traffic', 'it will be spiky once the app store listing is live')).toBe('unsure');
    expect(read('hosts', 'a single box for now, a second one next spring')).toBe('one');
    // A guess about later leaves today's firm answer standing; not knowing anywhere still counts.
    expect(read('hosts', 'a single box, we may buy another one next spring')).toBe('one');
    expect(read('services', 'a handful, perhaps more eventually')).toBe('few');
    expect(read('hosts', 'one for now, maybe more next spring, no idea')).toBe('unsure');
    expect(read('hosts', 'perhaps one, eventually several')).toBe('unsure');
    expect(read('traffic', 'quiet mornings, it spikes later in the evening')).toBe('fluctuating');
    // An answer said only under a condition; a condition that tells how things are still answers.
    expect(read('team', 'if we ever get a platform group, automation')).toBe('unsure');
    expect(read('scripts', 'yes, assuming a makefile counts')).toBe('unsure');
    expect(read('hosts', 'several if you include the database box')).toBe('unsure');
    expect(read('downtime', 'if we are down for a minute, nobody notices')).toBe('acceptable');
    expect(read('scripts', 'yes, if a container dies a cron job starts it again')).toBe('yes');
    // Someone else's system; ours set against it still answers.
    expect(read('services', 'our rivals run hundreds of microservices')).toBe('unsure');
    expect(read('scripts', 'at my previous employer we scripted everything')).toBe('unsure');
    expect(read('team', 'unlike big tech we want it simple')).toBe('simplicity');
    expect(read('hosts', 'one box, unlike my last job')).toBe('one');
    expect(read('team', 'the consultants suggested automation')).toBe('unsure');
    // Some of us are not the team, and count no services.
    expect(read('services', 'boring tech, though several of us want pipelines')).toBe('unclear');
    expect(read('team', 'boring tech, though several of us want pipelines')).toBe('simplicity');
  });

  it('reads a question typed as a statement as a question', () => {
    expect(read('hosts', 'wondering whether a vps counts')).toBe('question');
    expect(read('scripts', 'you mean like cron jobs')).toBe('question');
    expect(read('traffic', 'I would like to know what counts as a spike')).toBe('question');
    expect(read('services', 'few as in how few')).toBe('question');
    expect(read('team', 'simple in what sense')).toBe('question');
    expect(read('scripts', 'a makefile counts, right')).toBe('question');
    expect(read('downtime', "a nightly window is fine, isn't it")).toBe('question');
    // "all right" closes an answer, not a question.
    expect(read('downtime', 'a short blip is fine, all right')).toBe('acceptable');
  });

  it('never records a reply that has not looked, or a change under way', () => {
    expect(read('traffic', "we've never measured it")).toBe('unsure');
    expect(read('scripts', "haven't checked, honestly")).toBe('unsure');
    expect(read('services', 'in the middle of breaking up the monolith')).toBe('unsure');
    // "never" itself may still be the answer.
    expect(read('downtime', 'never, we promise constant uptime')).toBe('unacceptable');
    expect(read('traffic', 'dead in the middle of the night, busy at lunch')).toBe('fluctuating');
  });
});
