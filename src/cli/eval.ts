import { readFileSync } from 'node:fs';
import type { KnowledgeBase } from '../core/knowledge-base.js';
import type { LookupResult } from '../core/lookup/lookup.js';
import { isFollowUpFile, parseFollowUpFile, scoreFollowUps } from './eval-followups.js';
import { isScenarioLine, parseScenarioFile, scoreScenarios } from './eval-scenarios.js';
import { caseLines, firstCaseLine, idList } from './eval-lines.js';
import { isStepFile, parseStepFile, scoreSteps } from './eval-steps.js';
import { UsageError, type Io } from './io.js';

export interface EvalCase {
  /** Concept ids that count as right; `null` for `-` (neither answered nor clarified) and `~` (not answered). */
  expected: string[] | null;
  /** `~`: a term of the neighbourhood the knowledge base does not cover; any status but an answer passes. */
  nearDomain?: boolean;
  question: string;
  line: number;
}

export interface Tally {
  total: number;
  correct: number;
}

export interface EvalScore {
  inScope: Tally;
  /** `-` lines: small talk and off-topic, never answered nor clarified. */
  unknown: Tally;
  /** `~` lines: never answered with a concept; `outside` counts how many named the term. */
  nearDomain: Tally & { outside: number };
  misses: Array<{ line: number; question: string; expected: string; got: string }>;
}

/** `expected-ids<TAB>question` lines; `#` comments and blank lines skipped; `-` and `~` as in EvalCase. */
export function parseEvalFile(text: string): EvalCase[] {
  return caseLines(text).map(({ text: raw, line }) => {
    const tab = raw.indexOf('\t');
    if (tab < 0) throw new UsageError(`line ${line}: expected "ids<TAB>question"`);
    const ids = raw.slice(0, tab).trim();
    const question = raw.slice(tab + 1).trim();
    if (ids === '~') return { expected: null, nearDomain: true, question, line };
    return { expected: ids === '-' ? null : idList(ids), question, line };
  });
}

function describe(result: LookupResult): string {
  switch (result.status) {
    case 'answer':
      return result.concept.id;
    case 'clarify':
      return `clarify(${result.candidates.map((x) => x.concept.id).join(',')})`;
    case 'outside':
      return `outside(${result.term.id})`;
    default:
      return result.status;
  }
}

export function scoreCases(kb: KnowledgeBase, cases: EvalCase[]): EvalScore {
  const score: EvalScore = {
    inScope: { total: 0, correct: 0 },
    unknown: { total: 0, correct: 0 },
    nearDomain: { total: 0, correct: 0, outside: 0 },
    misses: [],
  };
  for (const c of cases) {
    const result = kb.lookup(c.question);
    const got = describe(result);
    const miss = (expected: string): void => {
      score.misses.push({ line: c.line, question: c.question, expected, got });
    };
    if (c.nearDomain) {
      score.nearDomain.total++;
      if (result.status === 'outside') score.nearDomain.outside++;
      if (result.status !== 'answer') score.nearDomain.correct++;
      else miss('~');
    } else if (c.expected === null) {
      score.unknown.total++;
      if (result.status !== 'answer' && result.status !== 'clarify') score.unknown.correct++;
      else miss('-');
    } else {
      score.inScope.total++;
      if (result.status === 'answer' && c.expected.includes(result.concept.id)) score.inScope.correct++;
      else miss(c.expected.join(','));
    }
  }
  return score;
}

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

export async function evalCommand(kb: KnowledgeBase, args: string[], io: Io): Promise<number> {
  const file = args[0];
  if (!file || args.length > 1) throw new UsageError('eval: give one file, e.g. npm run eval -- test/fixtures/questions.tsv');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`eval: cannot read ${file}`);
  }
  if (isFollowUpFile(text)) {
    const score = await scoreFollowUps(kb, parseFollowUpFile(text));
    io.stdout.write(`follow-ups, last turn right: ${score.correct}/${score.total} (${pct(score.correct, score.total)})\n`);
    for (const m of score.misses) io.stdout.write(`miss line ${m.line}: "${m.turns.join(' || ')}" expected ${m.expected}, got ${m.got}\n`);
    return 0;
  }
  const checklist = kb.defaultChecklist;
  if (checklist && isStepFile(text, checklist)) {
    const score = await scoreSteps(kb, checklist, parseStepFile(text));
    io.stdout.write(`step inputs read right: ${score.correct}/${score.total} (${pct(score.correct, score.total)})\n`);
    for (const m of score.misses) io.stdout.write(`miss line ${m.line}: "${m.input}" expected ${m.expected}, got ${m.got}\n`);
    return 0;
  }
  if (isScenarioLine(firstCaseLine(text))) {
    const scenarios = scoreScenarios(kb, parseScenarioFile(text));
    io.stdout.write(`decision cases: ${scenarios.correct}/${scenarios.total} (${pct(scenarios.correct, scenarios.total)})\n`);
    for (const m of scenarios.misses) io.stdout.write(`miss line ${m.line}: expected ${m.expected}, got ${m.got}\n`);
    return 0;
  }
  const score = scoreCases(kb, parseEvalFile(text));
  const line = (label: string, t: Tally, extra = ''): void => {
    if (t.total > 0) io.stdout.write(`${label.padEnd(53)} ${t.correct}/${t.total} (${pct(t.correct, t.total)})${extra}\n`);
  };
  line('in-scope top-1 accuracy:', score.inScope);
  line('small talk and off-topic, not answered nor clarified:', score.unknown);
  line('near-domain, not answered with a concept:', score.nearDomain, `; named as outside terms: ${score.nearDomain.outside}`);
  for (const m of score.misses) io.stdout.write(`miss line ${m.line}: "${m.question}" expected ${m.expected}, got ${m.got}\n`);
  return 0;
}
