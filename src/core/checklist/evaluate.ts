import type { Checklist, Condition, Verdict } from '../content/checklist-schema.js';

/** criterion id -> chosen value */
export type Answers = Readonly<Record<string, string>>;

export interface Reason {
  criterion: string;
  answer: string;
  concept: string;
  text: string;
}

export interface Evaluation {
  checklist: string;
  verdict: Verdict;
  /** Which rule decided (0-based, in file order) and its plain-words explanation, if the file gives one. */
  rule: { index: number; explain?: string };
  reasons: Reason[];
  /** Answers that lean towards another verdict: the other side, never left unsaid. */
  against: Reason[];
  /** What the checklist says about those answers: the counter-signals whose condition holds. */
  counter: Array<{ concept: string; text: string; answers: string[] }>;
  warnings: Array<{ concept: string; text: string }>;
  next: string[];
  read: string[];
}

export function scoresOf(checklist: Checklist, answers: Answers): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, refs] of Object.entries(checklist.scores)) {
    out[name] = refs.filter((ref) => has(answers, ref)).length;
  }
  return out;
}

function has(answers: Answers, ref: string): boolean {
  const [criterion, value] = ref.split('=') as [string, string];
  return answers[criterion] === value;
}

export function holds(
  when: Condition | undefined,
  answers: Answers,
  scores: Record<string, number>,
  verdict?: string,
): boolean {
  if (!when) return true;
  if (when.verdict !== undefined && when.verdict !== verdict) return false;
  if (when.all && !when.all.every((ref) => has(answers, ref))) return false;
  if (when.any && !when.any.some((ref) => has(answers, ref))) return false;
  if (when.none?.some((ref) => has(answers, ref))) return false;
  for (const [name, range] of Object.entries(when.score ?? {})) {
    const value = scores[name] ?? 0;
    if (range.min !== undefined && value < range.min) return false;
    if (range.max !== undefined && value > range.max) return false;
  }
  return true;
}

/**
 * The verdict for a complete set of answers. Everything it says comes from the checklist file:
 * the first matching rule picks the verdict, answers leaning that way become the reasons, and
 * every matching warning and next step is listed.
 */
export function evaluate(checklist: Checklist, answers: Answers): Evaluation {
  const scores = scoresOf(checklist, answers);
  const ruleIndex = checklist.rules.findIndex((r) => holds(r.when, answers, scores));
  const rule = checklist.rules[ruleIndex];
  // The loader guarantees an unconditional last rule and that every rule names a real verdict.
  const verdict = checklist.verdicts.find((v) => v.id === rule?.verdict) ?? (checklist.verdicts[0] as Verdict);

  const reasons: Reason[] = [];
  const against: Reason[] = [];
  for (const criterion of checklist.criteria) {
    const option = criterion.options.find((o) => o.value === answers[criterion.id]);
    if (!option || option.leans === 'neutral') continue;
    const reason = { criterion: criterion.id, answer: option.value, concept: option.concept, text: option.reason };
    (option.leans === verdict.id ? reasons : against).push(reason);
  }
  const counter = checklist.counter_signals
    .filter((c) => holds(c.when, answers, scores, verdict.id))
    .map((c) => ({ concept: c.concept, text: c.text, answers: c.when.all ?? [] }));
  const warnings = checklist.warnings
    .filter((w) => holds(w.when, answers, scores, verdict.id))
    .map((w) => ({ concept: w.concept, text: w.text }));
  const next = verdict.next.filter((n) => holds(n.when, answers, scores, verdict.id)).map((n) => n.text);
  const read = [...new Set([verdict.concept, ...verdict.read, ...warnings.map((w) => w.concept)])];
  return {
    checklist: checklist.id,
    verdict,
    rule: { index: ruleIndex, ...(rule?.explain ? { explain: rule.explain } : {}) },
    reasons,
    against,
    counter,
    warnings,
    next,
    read,
  };
}

/** How many answer combinations a checklist has. */
export function combinationCount(checklist: Checklist): number {
  return checklist.criteria.reduce((n, c) => n * c.options.length, 1);
}

/** Every complete set of answers, in criteria and option order. */
export function* allCombinations(checklist: Checklist): Generator<Answers> {
  const walk = function* (i: number, partial: Record<string, string>): Generator<Answers> {
    const criterion = checklist.criteria[i];
    if (!criterion) {
      yield { ...partial };
      return;
    }
    for (const option of criterion.options) yield* walk(i + 1, { ...partial, [criterion.id]: option.value });
  };
  yield* walk(0, {});
}
