import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseEvalFile, scoreCases, type EvalScore } from '../../../src/cli/eval.js';
import { realKb } from '../../helpers/kb.js';

// The blind question sets were written by people who never saw the lookup code, in twenty-two rounds. The
// lookup was tuned on the *-tune halves only; these are the halves kept apart. The floors are what the
// lookup keeps today (see the README's "Measured"), so a change that makes it answer worse fails here.
// `least` guards against a fixture that shrank or stopped parsing, which would make any floor easy.
const ROUNDS = [
  {
    round: 'first',
    files: { questions: 'questions-holdout.tsv', nearDomain: 'near-domain-holdout.tsv' },
    // 135/147 since six asked entries that round 7's writer happened to phrase the same way were reworded
    // (136 before).
    floor: { inScope: 0.91, nearDomain: 0.98, offTopic: 1 },
    least: { inScope: 140, nearDomain: 50, offTopic: 30 },
  },
  {
    round: 'second',
    files: { questions: 'round2-questions-holdout.tsv', nearDomain: 'round2-near-domain-holdout.tsv' },
    floor: { inScope: 0.91, nearDomain: 1, offTopic: 0.94 },
    least: { inScope: 80, nearDomain: 25, offTopic: 15 },
  },
  {
    // Measured 102/123, 25/26, 20/20 (103 before seven asked entries that round 4's writer happened to
    // phrase the same way were reworded).
    round: 'third',
    files: { questions: 'round3-questions-holdout.tsv', nearDomain: 'round3-near-domain-holdout.tsv' },
    floor: { inScope: 0.82, nearDomain: 0.96, offTopic: 0.95 },
    least: { inScope: 120, nearDomain: 25, offTopic: 20 },
  },
  {
    // Measured 112/130 when it arrived and at the end of the session that tuned on its other half;
    // 30/30, 19/20. In-scope and near-domain floors sit one question below.
    round: 'fourth',
    files: { questions: 'round4-questions-holdout.tsv', nearDomain: 'round4-near-domain-holdout.tsv' },
    floor: { inScope: 0.85, nearDomain: 0.96, offTopic: 0.95 },
    least: { inScope: 125, nearDomain: 28, offTopic: 18 },
  },
  {
    // Measured on arrival, before any tuning on its other half: 104/130, 28/30, 19/20. Floors one
    // question below.
    round: 'fifth',
    files: { questions: 'round5-questions-holdout.tsv', nearDomain: 'round5-near-domain-holdout.tsv' },
    floor: { inScope: 0.79, nearDomain: 0.9, offTopic: 0.9 },
    least: { inScope: 130, nearDomain: 30, offTopic: 20 },
  },
  {
    // Measured on arrival, before any tuning on its other half: 113/130, 27/30 (25 named as outside
    // terms), 19/20. Floors one question below.
    round: 'sixth',
    files: { questions: 'round6-questions-holdout.tsv', nearDomain: 'round6-near-domain-holdout.tsv' },
    floor: { inScope: 0.86, nearDomain: 0.86, offTopic: 0.9, outside: 0.8 },
    least: { inScope: 130, nearDomain: 30, offTopic: 20 },
  },
  {
    // Written at the start of the seventh session and kept from every engineer until that session's tuning
    // on rounds 1-6 was done; its tuning half was then tuned on for the last hour. Held-out on arrival
    // 105/130, 30/30, 17/20; at the end of that session 108/130, 30/30 (26 named as outside), 18/20, and
    // 107/130 once six asked entries that shared 6-word runs with its questions were reworded. Floors one
    // question below.
    round: 'seventh',
    files: { questions: 'round7-questions-holdout.tsv', nearDomain: 'round7-near-domain-holdout.tsv' },
    floor: { inScope: 0.81, nearDomain: 0.96, offTopic: 0.85, outside: 0.8 },
    least: { inScope: 130, nearDomain: 30, offTopic: 20 },
  },
  {
    // Written at the start of the eighth session by a helper that read only the article, the topic list and the
    // checklist's steps (non-native English, business words, incident symptoms, things described by what they do,
    // shorthand). Held-out on arrival, before any tuning on its other half: 105/130, 29/30 (29 named as outside
    // terms), 20/20. Floors one question below.
    round: 'eighth',
    files: { questions: 'round8-questions-holdout.tsv', nearDomain: 'round8-near-domain-holdout.tsv' },
    floor: { inScope: 0.8, nearDomain: 0.93, offTopic: 0.95, outside: 0.9 },
    least: { inScope: 130, nearDomain: 30, offTopic: 20 },
  },
  {
    // Written at the start of the ninth session by a helper that read only the article, the topic list and the
    // checklist's steps (people in roles, things described by what they do or by a symptom, "how do I", context
    // before the question). Held-out on arrival 111/130 (110 once seven asked entries that shared 5- or 6-word
    // runs with its questions were reworded), 29/30 (28 named as outside terms), 19/20; at the end of that session
    // 113/130, 29/30 (28), 19/20. Floors one question below.
    round: 'ninth',
    files: { questions: 'round9-questions-holdout.tsv', nearDomain: 'round9-near-domain-holdout.tsv' },
    floor: { inScope: 0.86, nearDomain: 0.93, offTopic: 0.9, outside: 0.9 },
    least: { inScope: 130, nearDomain: 30, offTopic: 20 },
  },
  {
    // A second blind set written in the ninth session by another helper with the same brief (half-remembered
    // terms, colleagues' claims to check, analogies, consequences, migration stories). Held-out on arrival
    // 99/130, 29/30 (27 named as outside terms), 17/20; at the end of that session 102/130, 29/30 (28), 17/20.
    // Floors one question below.
    round: 'tenth',
    files: { questions: 'round10-questions-holdout.tsv', nearDomain: 'round10-near-domain-holdout.tsv' },
    floor: { inScope: 0.77, nearDomain: 0.93, offTopic: 0.8, outside: 0.9 },
    least: { inScope: 130, nearDomain: 30, offTopic: 20 },
  },
  {
    // Written at the start of the tenth session by a helper that read only the article, the topic list and the
    // checklist's steps, as people type in a busy Slack channel (fragments, context first, non-native phrasing,
    // abbreviations, half without the topic's name). Held-out on arrival 100/130, 30/30 (29 named as outside terms),
    // 20/20; at the end of that session the same. Floors one question below.
    round: 'eleventh',
    files: { questions: 'round11-questions-holdout.tsv', nearDomain: 'round11-near-domain-holdout.tsv' },
    floor: { inScope: 0.76, nearDomain: 0.96, offTopic: 0.95, outside: 0.9 },
    least: { inScope: 130, nearDomain: 30, offTopic: 20 },
  },
  {
    // A second blind set written at the same time by another helper with the same brief, from many roles and moments
    // (on-call, hiring manager, student, finance, sceptic; "X vs Y", "true or false:", ELI5, consequences). Held-out
    // on arrival 105/130, 30/30 (28 named as outside terms), 20/20; at the end of that session 109/130, 30/30 (28),
    // 20/20. Floors one question below.
    round: 'twelfth',
    files: { questions: 'round12-questions-holdout.tsv', nearDomain: 'round12-near-domain-holdout.tsv' },
    floor: { inScope: 0.83, nearDomain: 0.96, offTopic: 0.95, outside: 0.9 },
    least: { inScope: 130, nearDomain: 30, offTopic: 20 },
  },
  {
    // Written at the start of the eleventh session by a helper that read only the article, the topic list and the
    // checklist's steps, as hurried and non-native typists write in team chat (lowercase, typos, dropped articles,
    // abbreviations, a foreign word). Held-out on arrival 106/130, 29/30 (29 named as outside terms), 20/20; at the
    // end of that session 107/130, 29/30 (29), 20/20. Floors one question below.
    round: 'thirteenth',
    files: { questions: 'round13-questions-holdout.tsv', nearDomain: 'round13-near-domain-holdout.tsv' },
    floor: { inScope: 0.81, nearDomain: 0.93, offTopic: 0.95, outside: 0.9 },
    least: { inScope: 130, nearDomain: 30, offTopic: 20 },
  },
  {
    // A second blind set written at the same time by another helper with the same brief: messages pasted from work
    // (a ticket, an incident review, a PR comment, an email) or dictated, with other tools named beside the question.
    // Held-out on arrival 100/130, 29/30 (29 named as outside terms), 19/20; at the end of that session 102/130,
    // 29/30 (29), 19/20. Floors one question below.
    round: 'fourteenth',
    files: { questions: 'round14-questions-holdout.tsv', nearDomain: 'round14-near-domain-holdout.tsv' },
    floor: { inScope: 0.77, nearDomain: 0.93, offTopic: 0.9, outside: 0.9 },
    least: { inScope: 130, nearDomain: 30, offTopic: 20 },
  },
  {
    // Written at the start of the twelfth session by a helper that read only the article, the topic list and the
    // checklist's steps, as people arriving from other platforms and fields write (vSphere, Heroku, Lambda, Windows and
    // mainframe words; commands to a bot; misconceptions to correct). Held-out on arrival 106/130, 25/30 (24 named as
    // outside terms), 17/20; at the end of that session the same. Floors one question below.
    round: 'fifteenth',
    files: { questions: 'round15-questions-holdout.tsv', nearDomain: 'round15-near-domain-holdout.tsv' },
    floor: { inScope: 0.8, nearDomain: 0.8, offTopic: 0.8, outside: 0.76 },
    least: { inScope: 130, nearDomain: 30, offTopic: 20 },
  },
  {
    // A second blind set written at the same time by another helper with the same brief: long busy-channel messages
    // (two questions in one, a quoted colleague, statement-questions, pasted snippets, :emoji:, @-mentions of people).
    // Held-out on arrival 106/130, 28/30 (28 named as outside terms), 18/20; at the end of that session the same.
    // Floors one question below.
    round: 'sixteenth',
    files: { questions: 'round16-questions-holdout.tsv', nearDomain: 'round16-near-domain-holdout.tsv' },
    floor: { inScope: 0.8, nearDomain: 0.9, offTopic: 0.85, outside: 0.9 },
    least: { inScope: 130, nearDomain: 30, offTopic: 20 },
  },
  {
    // Written at the start of the thirteenth session by a helper that read only the article, the topic list and the
    // checklist's steps, as terse search-box fragments (abbreviations such as k8s, ctr, svc; "X vs Y", "X meaning").
    // Held-out on arrival 116/130, 29/30 (28 named as outside terms), 19/20; at the end of that session 118/130, 29/30
    // (29 named), 19/20. Floors one question below.
    round: 'seventeenth',
    files: { questions: 'round17-questions-holdout.tsv', nearDomain: 'round17-near-domain-holdout.tsv' },
    floor: { inScope: 0.9, nearDomain: 0.93, offTopic: 0.9, outside: 0.93 },
    least: { inScope: 130, nearDomain: 30, offTopic: 20 },
  },
  {
    // A second blind set written at the same time by another helper with the same brief: scenario first (a person's
    // own team, incident or plan told before the question; request frames such as "kindly explain"; British, Indian
    // and Australian English). Held-out on arrival 99/130, 29/30 (29 named as outside terms), 20/20; at the end of that
    // session 106/130 (request frames read as plain questions, a story weighing less than the question), 29/30, 20/20.
    // Floors one question below.
    round: 'eighteenth',
    files: { questions: 'round18-questions-holdout.tsv', nearDomain: 'round18-near-domain-holdout.tsv' },
    floor: { inScope: 0.8, nearDomain: 0.93, offTopic: 0.95, outside: 0.93 },
    least: { inScope: 130, nearDomain: 30, offTopic: 20 },
  },
  {
    // Written at the start of the fourteenth session by a helper that read only the article, the topic list and the
    // checklist's steps, as posted in Slack and Discord channels (`code`, *bold*, a colleague's line quoted with >,
    // :emoji:, pasted <link|label> links, @mentions of colleagues, phone typos). Held-out on arrival 118/130, 30/30
    // (30 named as outside terms), 20/20; at the end of that session the same. Floors one question below.
    round: 'nineteenth',
    files: { questions: 'round19-questions-holdout.tsv', nearDomain: 'round19-near-domain-holdout.tsv' },
    floor: { inScope: 0.9, nearDomain: 0.96, offTopic: 0.95, outside: 0.96 },
    least: { inScope: 130, nearDomain: 30, offTopic: 20 },
  },
  {
    // A second blind set written at the same time by another helper with the same brief: experienced engineers from
    // other stacks checking their beliefs (misconceptions asked for confirmation, what-if and failure questions,
    // negations, analogies from their own world). Held-out on arrival 98/130, 27/30 (27 named as outside terms), 19/20;
    // at the end of that session 101/130 (a claim put up to be checked read as a question about its subject), 27/30,
    // 19/20. Floors one question below.
    round: 'twentieth',
    files: { questions: 'round20-questions-holdout.tsv', nearDomain: 'round20-near-domain-holdout.tsv' },
    floor: { inScope: 0.76, nearDomain: 0.86, offTopic: 0.9, outside: 0.86 },
    least: { inScope: 130, nearDomain: 30, offTopic: 20 },
  },
  {
    // Written at the start of the fifteenth session by a helper that read only the article, the topic list and the
    // checklist's steps, as people around an engineering team ask (managers, students, support, a CTO's budget memo:
    // "for a slide I need …", "in plain words", money, risk and hiring). Held-out on arrival 104/130, 30/30 (30 named
    // as outside terms), 18/20; at the end of that session the same. Floors one question below.
    round: 'twenty-first',
    files: { questions: 'round21-questions-holdout.tsv', nearDomain: 'round21-near-domain-holdout.tsv' },
    floor: { inScope: 0.79, nearDomain: 0.96, offTopic: 0.85, outside: 0.96 },
    least: { inScope: 130, nearDomain: 30, offTopic: 20 },
  },
  {
    // A second blind set written at the same time by another helper with the same brief: on-call engineers and people
    // mid-migration (symptoms, pasted output and log lines, "X or Y for Z" under time pressure). Held-out on arrival
    // 112/130, 26/30 (26 named as outside terms), 19/20; at the end of that session 113/130, 26/30, 19/20. Floors one
    // question below.
    round: 'twenty-second',
    files: { questions: 'round22-questions-holdout.tsv', nearDomain: 'round22-near-domain-holdout.tsv' },
    floor: { inScope: 0.86, nearDomain: 0.83, offTopic: 0.9, outside: 0.83 },
    least: { inScope: 130, nearDomain: 30, offTopic: 20 },
  },
  {
    // Written at the start of the sixteenth session by a helper that read only the article, the topic list and the
    // checklist's steps, as hobbyists and homelab self-hosters type on Discord (lowercase, "ngl", "fr", emoji, a
    // Raspberry Pi or a NAS, "overkill?"). Held-out on arrival 100/130, 28/30 (27 named as outside terms), 19/20; at
    // the end of that session 103/130, 28/30, 19/20. Floors one question below.
    round: 'twenty-third',
    files: { questions: 'round23-questions-holdout.tsv', nearDomain: 'round23-near-domain-holdout.tsv' },
    floor: { inScope: 0.78, nearDomain: 0.9, offTopic: 0.9, outside: 0.86 },
    least: { inScope: 130, nearDomain: 30, offTopic: 20 },
  },
  {
    // A second blind set written at the same time by another helper with the same brief: senior architects, security
    // and compliance reviewers and data / ML engineers in formal, hedged prose ("insofar as", "is it accurate to say
    // that X, or rather Y?"). Held-out on arrival 91/130, 30/30 (28 named as outside terms), 19/20; at the end of that
    // session 95/130, 30/30, 19/20. Floors one question below.
    round: 'twenty-fourth',
    files: { questions: 'round24-questions-holdout.tsv', nearDomain: 'round24-near-domain-holdout.tsv' },
    floor: { inScope: 0.72, nearDomain: 0.96, offTopic: 0.9, outside: 0.9 },
    least: { inScope: 130, nearDomain: 30, offTopic: 20 },
  },
];

function score(file: string): EvalScore {
  const path = fileURLToPath(new URL(`../../fixtures/eval/${file}`, import.meta.url));
  return scoreCases(realKb(), parseEvalFile(readFileSync(path, 'utf8')));
}

// A failure gives the totals only, never the held-out questions: whoever tunes must not see them.
const missesOf = (s: EvalScore): string => `${s.misses.length} held-out misses (questions not shown)`;

describe.each(ROUNDS)('the held-out halves of the $round blind round', ({ files, floor, least }) => {
  it('answers in-scope questions with the right concept', () => {
    const s = score(files.questions);
    expect(s.inScope.total).toBeGreaterThanOrEqual(least.inScope);
    expect(s.inScope.correct / s.inScope.total, missesOf(s)).toBeGreaterThanOrEqual(floor.inScope);
  });

  it('never answers most near-domain terms with a concept, and names most of them as outside terms', () => {
    const s = score(files.nearDomain);
    expect(s.nearDomain.total).toBeGreaterThanOrEqual(least.nearDomain);
    expect(s.nearDomain.correct / s.nearDomain.total, missesOf(s)).toBeGreaterThanOrEqual(floor.nearDomain);
    expect(s.nearDomain.outside / s.nearDomain.total).toBeGreaterThanOrEqual(floor.outside ?? 0.85);
  });

  it('neither answers nor clarifies small talk and off-topic questions', () => {
    const s = score(files.nearDomain);
    expect(s.unknown.total).toBeGreaterThanOrEqual(least.offTopic);
    expect(s.unknown.correct / s.unknown.total, missesOf(s)).toBeGreaterThanOrEqual(floor.offTopic);
  });
});
