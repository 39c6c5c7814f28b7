import type { Config } from '../config.js';
import type { Checklist } from '../core/content/checklist-schema.js';
import { evaluate, type Evaluation } from '../core/checklist/evaluate.js';
import type { KnowledgeBase } from '../core/knowledge-base.js';
import { UsageError, type Io } from './io.js';
import { runTerminal } from './run.js';

function allowed(checklist: Checklist): string {
  return checklist.criteria.map((c) => `${c.id}=${c.options.map((o) => o.value).join('|')}`).join(' ');
}

/**
 * Reads `criterion=value` words; every criterion exactly once, every value one of its options. `others`: the
 * checklists not chosen, so that a criterion of one of them says which `--checklist` asks it.
 */
export function parseAnswers(checklist: Checklist, words: string[], others: readonly Checklist[] = []): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const word of words) {
    const match = /^([^=]+)=(.*)$/.exec(word);
    if (!match) throw new UsageError(`decide: "${word}" is not criterion=value. Allowed: ${allowed(checklist)}`);
    const [, key = '', value = ''] = match;
    const criterion = checklist.criteria.find((c) => c.id === key);
    const askedBy = criterion ? undefined : others.find((c) => c.criteria.some((x) => x.id === key));
    if (askedBy) throw new UsageError(`decide: ${key} is asked by ${askedBy.id}: add --checklist ${askedBy.id}`);
    if (!criterion) throw new UsageError(`decide: unknown criterion "${key}". Allowed: ${allowed(checklist)}`);
    if (!criterion.options.some((o) => o.value === value)) {
      throw new UsageError(`decide: "${value}" is not a value of ${key}. Allowed: ${key}=${criterion.options.map((o) => o.value).join('|')}`);
    }
    if (key in answers) throw new UsageError(`decide: ${key} is given twice`);
    answers[key] = value;
  }
  const missing = checklist.criteria.filter((c) => !(c.id in answers));
  if (missing.length > 0) {
    throw new UsageError(`decide: missing ${missing.map((c) => `${c.id}=${c.options.map((o) => o.value).join('|')}`).join(' ')}`);
  }
  return answers;
}

export function evaluationJson(result: Evaluation): Record<string, unknown> {
  return {
    checklist: result.checklist,
    verdict: result.verdict.id,
    rule: result.rule.index + 1,
    reasons: result.reasons,
    against: result.against,
    counter: result.counter.map((c) => ({ concept: c.concept, text: c.text })),
    warnings: result.warnings,
    next: result.next,
  };
}

function evaluationText(kb: KnowledgeBase, result: Evaluation): string {
  const title = (id: string): string => kb.concept(id)?.title ?? id;
  return [
    `Verdict: ${result.verdict.title} (${result.verdict.id})`,
    result.verdict.summary,
    '',
    'Reasons:',
    ...result.reasons.map((r) => `  - ${r.criterion}=${r.answer}: ${r.text} [${title(r.concept)}]`),
    ...(result.counter.length > 0 || result.against.length > 0
      ? ['', 'The other side:', ...result.against.map((r) => `  - ${r.criterion}=${r.answer} points the other way`), ...result.counter.map((c) => `  - ${c.text} [${title(c.concept)}]`)]
      : []),
    ...(result.warnings.length > 0 ? ['', 'Watch out:', ...result.warnings.map((w) => `  - ${w.text} [${title(w.concept)}]`)] : []),
    '',
    'Next steps:',
    ...result.next.map((n) => `  - ${n}`),
    '',
  ].join('\n');
}

/** `archbot decide`: the conversation in the terminal, or with answers given, the verdict at once. */
export async function decideCommand(
  kb: KnowledgeBase,
  args: string[],
  io: Io,
  config: Config,
  env: Record<string, string | undefined>,
): Promise<number> {
  let json = false;
  let checklistId: string | undefined;
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--checklist') {
      checklistId = args[++i];
      if (!checklistId) throw new UsageError('decide: --checklist needs an id');
    } else if (arg.startsWith('--checklist=')) checklistId = arg.slice('--checklist='.length);
    else if (arg.startsWith('--')) throw new UsageError(`decide: unknown option ${arg}`);
    else words.push(arg);
  }
  const checklist = checklistId === undefined ? kb.defaultChecklist : kb.checklist(checklistId);
  if (!checklist) {
    throw new UsageError(`decide: unknown checklist "${checklistId ?? ''}". Available: ${kb.checklists.map((c) => c.id).join(', ') || 'none'}`);
  }
  if (words.length === 0 && !json) return runTerminal(kb, config, io, env, [`decide ${checklist.id}`]);
  const result = evaluate(checklist, parseAnswers(checklist, words, kb.checklists.filter((c) => c !== checklist)));
  io.stdout.write(json ? `${JSON.stringify(evaluationJson(result))}\n` : evaluationText(kb, result));
  return 0;
}
