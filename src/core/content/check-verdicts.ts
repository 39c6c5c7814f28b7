import { allCombinations, combinationCount, holds, scoresOf } from '../checklist/evaluate.js';
import type { Checklist } from './checklist-schema.js';

/** Beyond this many combinations the walk would slow start-up; the last-rule check still applies. */
const MAX_COMBINATIONS = 100_000;

/**
 * Walks every combination of answers: each must reach a verdict through the rules, every rule must decide at least
 * one of them (the first rule that holds decides, so one whose every match an earlier rule takes never fires), and
 * each warning and counter-signal must apply to at least one of them (one that never can is a typo in its `when`).
 * `report(field, message)` names the problem the way the other content checks do.
 */
export function checkVerdicts(checklist: Checklist, report: (field: string, message: string) => void): void {
  if (combinationCount(checklist) > MAX_COMBINATIONS) return;
  const decided = new Set<number>();
  const warned = new Set<number>();
  const used = new Set<number>();
  let missing: Record<string, string> | undefined;
  for (const answers of allCombinations(checklist)) {
    const scores = scoresOf(checklist, answers);
    const index = checklist.rules.findIndex((r) => holds(r.when, answers, scores));
    const rule = checklist.rules[index];
    if (!rule) {
      missing ??= answers;
      continue;
    }
    decided.add(index);
    checklist.warnings.forEach((warning, i) => {
      if (holds(warning.when, answers, scores, rule.verdict)) warned.add(i);
    });
    checklist.counter_signals.forEach((signal, i) => {
      if (holds(signal.when, answers, scores, rule.verdict)) used.add(i);
    });
  }
  if (missing) {
    const example = Object.entries(missing).map(([k, v]) => `${k}=${v}`).join(' ');
    report('rules', `some answers reach no verdict, for example ${example}; end the rules with one that has no \`when\``);
  }
  checklist.rules.forEach((_, i) => {
    if (!decided.has(i)) report(`rules[${i}].when`, 'decides no combination of answers (an earlier rule takes every one it matches), so it never fires');
  });
  checklist.warnings.forEach((_, i) => {
    if (!warned.has(i)) report(`warnings[${i}].when`, 'matches no combination of answers and verdict, so it is never shown');
  });
  checklist.counter_signals.forEach((_, i) => {
    if (!used.has(i)) report(`counter_signals[${i}].when`, 'matches no combination of answers and verdict, so it is never shown');
  });
}
