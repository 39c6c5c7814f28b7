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
  reasons: Reason[];
  warnings: Array<{ concept: string; text: string }>;
  next: string[];
  read: string[];
}

function scoresOf(checklist: Checklist, answers: Answers): Record<string, number> {
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
  const rule = checklist.rules.find((r) => holds(r.when, answers, scores));
  // The loader guarantees an unconditional last rule and that every rule names a real verdict.
  const verdict = checklist.verdicts.find((v) => v.id === rule?.verdict) ?? (checklist.verdicts[0] as Verdict);

  const reasons: Reason[] = [];
  for (const criterion of checklist.criteria) {
    const option = criterion.options.find((o) => o.value === answers[criterion.id]);
    if (option && option.leans === verdict.id) {
      reasons.push({ criterion: criterion.id, answer: option.value, concept: option.concept, text: option.reason });
    }
  }
  const warnings = checklist.warnings
    .filter((w) => holds(w.when, answers, scores, verdict.id))
    .map((w) => ({ concept: w.concept, text: w.text }));
  const next = verdict.next.filter((n) => holds(n.when, answers, scores, verdict.id)).map((n) => n.text);
  const read = [...new Set([verdict.concept, ...verdict.read, ...warnings.map((w) => w.concept)])];
  return { checklist: checklist.id, verdict, reasons, warnings, next, read };
}
