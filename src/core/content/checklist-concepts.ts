import type { Checklist } from './checklist-schema.js';

/**
 * Renames every concept a checklist cites (its subject, offers, criteria, options, verdicts and
 * their reading, warnings, counter-signals) through `to`: an article writes its own concepts by
 * their plain ids, and the loader gives each the id the bot knows it by.
 */
export function renameChecklistConcepts(checklist: Checklist, to: (id: string) => string): void {
  checklist.concept = to(checklist.concept);
  checklist.offer_on = checklist.offer_on.map(to);
  for (const criterion of checklist.criteria) {
    criterion.concept = to(criterion.concept);
    for (const option of criterion.options) option.concept = to(option.concept);
  }
  for (const verdict of checklist.verdicts) {
    verdict.concept = to(verdict.concept);
    verdict.read = verdict.read.map(to);
  }
  for (const warning of checklist.warnings) warning.concept = to(warning.concept);
  for (const signal of checklist.counter_signals) signal.concept = to(signal.concept);
}
