import { createBot } from '../core/bot.js';
import type { Checklist } from '../core/content/checklist-schema.js';
import type { KnowledgeBase } from '../core/knowledge-base.js';
import { MemoryStore } from '../core/sessions/memory-store.js';
import { sessionKey, sessionStateSchema } from '../core/sessions/session-state.js';
import type { Logger } from '../core/types.js';
import { caseLines, firstCaseLine } from './eval-lines.js';
import { UsageError } from './io.js';

// Inputs typed at a checklist step. `step<TAB>input`: must NOT be recorded as an answer.
// `step<TAB>value<TAB>input`: must be recorded as exactly that value.

export interface StepCase {
  criterion: string;
  /** undefined: the input must leave the step unanswered. */
  value?: string;
  input: string;
  line: number;
}

export interface StepScore {
  total: number;
  correct: number;
  misses: Array<{ line: number; input: string; expected: string; got: string }>;
}

/** A step file: its first case names a criterion of the checklist (no `=`, unlike decision cases). */
export function isStepFile(text: string, checklist: Checklist | undefined): boolean {
  const first = firstCaseLine(text);
  const [criterion = ''] = first.split('\t');
  return checklist !== undefined && checklist.criteria.some((c) => c.id === criterion.trim()) && !first.includes(' || ');
}

export function parseStepFile(text: string): StepCase[] {
  return caseLines(text).map(({ text: raw, line }) => {
    const cols = raw.split('\t');
    if (cols.length === 2) return { criterion: (cols[0] ?? '').trim(), input: (cols[1] ?? '').trim(), line };
    if (cols.length === 3) return { criterion: (cols[0] ?? '').trim(), value: (cols[1] ?? '').trim(), input: (cols[2] ?? '').trim(), line };
    throw new UsageError(`line ${line}: expected "step<TAB>input" or "step<TAB>value<TAB>input"`);
  });
}

const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * Each case in a fresh conversation through the real bot: `decide`, the earlier steps answered by
 * their first option's number, then the input; what the session recorded is read back from the store.
 */
export async function scoreSteps(kb: KnowledgeBase, checklist: Checklist, cases: StepCase[]): Promise<StepScore> {
  const score: StepScore = { total: 0, correct: 0, misses: [] };
  for (const c of cases) {
    const at = checklist.criteria.findIndex((x) => x.id === c.criterion);
    if (at < 0) throw new UsageError(`line ${c.line}: "${c.criterion}" is not a step of ${checklist.id}`);
    const store = new MemoryStore();
    const bot = createBot({ kb, store, logger: quiet });
    const thread = `terminal:eval-${c.line}`;
    const say = (text: string) => bot.handle({ platform: 'terminal', thread, place: 'dm', actor: { id: 'eval' }, input: { type: 'text', text } });
    await say(`decide ${checklist.id}`);
    for (let i = 0; i < at; i++) await say('1');
    await say(c.input);
    const stored = await store.get(sessionKey(thread));
    const state = sessionStateSchema.safeParse(stored?.value);
    const recorded = state.success ? state.data.answers[at]?.value : undefined;
    score.total++;
    const right = c.value === undefined ? recorded === undefined : recorded === c.value;
    if (right) score.correct++;
    else score.misses.push({ line: c.line, input: c.input, expected: c.value ?? '(not recorded)', got: recorded ?? '(not recorded)' });
  }
  return score;
}
