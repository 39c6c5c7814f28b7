import type { KnowledgeBase } from '../core/knowledge-base.js';
import { ThreadRunner } from './ask-thread.js';
import { caseLines, idList } from './eval-lines.js';
import { UsageError } from './io.js';

// Follow-up cases: `expected-ids<TAB>turn || turn || …`. A case passes when the LAST turn is
// answered with one of the expected concepts (`-` = it must be "I don't know").

export const TURN_SEPARATOR = ' || ';

export interface FollowUpCase {
  expected: string[] | null;
  turns: string[];
  line: number;
}

export interface FollowUpScore {
  total: number;
  correct: number;
  misses: Array<{ line: number; turns: string[]; expected: string; got: string }>;
}

export function isFollowUpFile(text: string): boolean {
  return caseLines(text).some((c) => c.text.includes('\t') && c.text.includes(TURN_SEPARATOR));
}

export function parseFollowUpFile(text: string): FollowUpCase[] {
  return caseLines(text).map(({ text: raw, line }) => {
    const tab = raw.indexOf('\t');
    if (tab < 0) throw new UsageError(`line ${line}: expected "ids<TAB>turn || turn"`);
    const ids = raw.slice(0, tab).trim();
    const turns = raw.slice(tab + 1).split('||').map((t) => t.trim()).filter((t) => t !== '');
    if (turns.length === 0) throw new UsageError(`line ${line}: no turns after the TAB`);
    return { expected: ids === '-' ? null : idList(ids), turns, line };
  });
}

/** Plays every case as its own conversation through the real bot and checks its last turn. */
export async function scoreFollowUps(kb: KnowledgeBase, cases: FollowUpCase[]): Promise<FollowUpScore> {
  const score: FollowUpScore = { total: 0, correct: 0, misses: [] };
  const runner = new ThreadRunner(kb);
  for (const c of cases) {
    runner.next();
    let last: Record<string, unknown> = {};
    for (const turn of c.turns) last = await runner.turn(turn);
    score.total++;
    const got = last.status === 'answer' ? String(last.id) : last.status === 'unknown' ? '-' : `${String(last.status)}${last.code ? `(${String(last.code)})` : ''}`;
    const right = c.expected === null ? last.status !== 'answer' : last.status === 'answer' && c.expected.includes(String(last.id));
    if (right) score.correct++;
    else score.misses.push({ line: c.line, turns: c.turns, expected: c.expected?.join(',') ?? '-', got });
  }
  return score;
}
