import { readFileSync } from 'node:fs';
import type { KnowledgeBase } from '../core/knowledge-base.js';
import { isFollowUpFile, parseFollowUpFile, scoreFollowUps } from './eval-followups.js';
import { isScenarioLine, parseScenarioFile, scoreScenarios } from './eval-scenarios.js';
import { isStepFile, parseStepFile, scoreSteps } from './eval-steps.js';
import { UsageError, type Io } from './io.js';

export interface EvalCase {
  expected: string[] | null;
  question: string;
  line: number;
}

export interface EvalScore {
  inScope: { total: number; correct: number };
  unknown: { total: number; correct: number };
  misses: Array<{ line: number; question: string; expected: string; got: string }>;
}

/** `expected-ids<TAB>question` lines; `#` comments and blank lines skipped; `-` means "must not know". */
export function parseEvalFile(text: string): EvalCase[] {
  const cases: EvalCase[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const tab = raw.indexOf('\t');
    if (tab < 0) throw new UsageError(`line ${i + 1}: expected "ids<TAB>question"`);
    const ids = raw.slice(0, tab).trim();
    cases.push({
      expected: ids === '-' ? null : ids.split(',').map((s) => s.trim()).filter(Boolean),
      question: raw.slice(tab + 1).trim(),
      line: i + 1,
    });
  });
  return cases;
}

export function scoreCases(kb: KnowledgeBase, cases: EvalCase[]): EvalScore {
  const score: EvalScore = { inScope: { total: 0, correct: 0 }, unknown: { total: 0, correct: 0 }, misses: [] };
  for (const c of cases) {
    const result = kb.lookup(c.question);
    const got =
      result.status === 'answer'
        ? result.concept.id
        : result.status === 'clarify'
          ? `clarify(${result.candidates.map((x) => x.concept.id).join(',')})`
          : '-';
    if (c.expected === null) {
      score.unknown.total++;
      if (result.status === 'unknown') score.unknown.correct++;
      else score.misses.push({ line: c.line, question: c.question, expected: '-', got });
    } else {
      score.inScope.total++;
      if (result.status === 'answer' && c.expected.includes(result.concept.id)) score.inScope.correct++;
      else score.misses.push({ line: c.line, question: c.question, expected: c.expected.join(','), got });
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
  const firstCase = text.split(/\r?\n/).find((l) => l.trim() !== '' && !l.startsWith('#')) ?? '';
  if (isScenarioLine(firstCase)) {
    const scenarios = scoreScenarios(kb, parseScenarioFile(text));
    io.stdout.write(`decision cases: ${scenarios.correct}/${scenarios.total} (${pct(scenarios.correct, scenarios.total)})\n`);
    for (const m of scenarios.misses) io.stdout.write(`miss line ${m.line}: expected ${m.expected}, got ${m.got}\n`);
    return 0;
  }
  const score = scoreCases(kb, parseEvalFile(text));
  io.stdout.write(`in-scope top-1 accuracy: ${score.inScope.correct}/${score.inScope.total} (${pct(score.inScope.correct, score.inScope.total)})\n`);
  io.stdout.write(`unknown accuracy:        ${score.unknown.correct}/${score.unknown.total} (${pct(score.unknown.correct, score.unknown.total)})\n`);
  for (const m of score.misses) io.stdout.write(`miss line ${m.line}: "${m.question}" expected ${m.expected}, got ${m.got}\n`);
  return 0;
}
