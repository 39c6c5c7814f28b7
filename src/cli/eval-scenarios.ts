import { evaluate } from '../core/checklist/evaluate.js';
import type { KnowledgeBase } from '../core/knowledge-base.js';
import { parseAnswers } from './decide.js';
import { caseLines, idList } from './eval-lines.js';
import { UsageError } from './io.js';

// Decision cases: `criterion=value ...<TAB>verdict<TAB>cited-ids`, the format of the public
// scenarios file. A case passes when the verdict matches and every listed concept is cited by a
// reason or a warning (`-` lists none).

export interface ScenarioCase {
  /** `criterion=value` words, as `archbot decide` takes them. */
  answers: string[];
  verdict: string;
  cites: string[];
  line: number;
}

export interface ScenarioScore {
  total: number;
  correct: number;
  misses: Array<{ line: number; expected: string; got: string }>;
}

export function isScenarioLine(line: string): boolean {
  const [first = ''] = line.split('\t');
  return line.split('\t').length === 3 && /^\S+=\S+/.test(first.trim());
}

export function parseScenarioFile(text: string): ScenarioCase[] {
  return caseLines(text).map(({ text: raw, line }) => {
    const [answers = '', verdict = '', cites = ''] = raw.split('\t');
    if (!isScenarioLine(raw)) throw new UsageError(`line ${line}: expected "criterion=value ...<TAB>verdict<TAB>concept-ids"`);
    return { answers: answers.trim().split(/\s+/), verdict: verdict.trim(), cites: cites.trim() === '-' ? [] : idList(cites), line };
  });
}

/** Scores against the checklist whose criteria the case names (the default one when it fits). */
export function scoreScenarios(kb: KnowledgeBase, cases: ScenarioCase[]): ScenarioScore {
  const score: ScenarioScore = { total: 0, correct: 0, misses: [] };
  for (const c of cases) {
    score.total++;
    const keys = c.answers.map((word) => word.split('=')[0]).sort().join(',');
    const checklist = kb.checklists.find((cl) => cl.criteria.map((x) => x.id).sort().join(',') === keys);
    if (!checklist) {
      score.misses.push({ line: c.line, expected: c.verdict, got: `no checklist has exactly the criteria ${keys}` });
      continue;
    }
    let answers: Record<string, string>;
    try {
      answers = parseAnswers(checklist, c.answers);
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      score.misses.push({ line: c.line, expected: c.verdict, got: err.message });
      continue;
    }
    const result = evaluate(checklist, answers);
    const cited = new Set([...result.reasons, ...result.warnings].map((r) => r.concept));
    const missing = c.cites.filter((id) => !cited.has(id));
    if (result.verdict.id === c.verdict && missing.length === 0) score.correct++;
    else score.misses.push({ line: c.line, expected: `${c.verdict} citing ${c.cites.join(',') || '-'}`, got: `${result.verdict.id} citing ${[...cited].join(',')}` });
  }
  return score;
}
