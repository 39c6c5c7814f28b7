import type { LookupStatus } from '../core/types.js';

/**
 * What each outcome is called on the page and in `archbot report`. These are the names of outcomes, on purpose not
 * the bot's reply wording (src/core/texts.ts): "I don't know" names every question the bot could not place, whatever
 * its "I don't know" reply says this year, so changing the reply's wording leaves these, the charts and their CSV
 * headings as they are (and past reports comparable).
 */
export const OUTCOME_LABELS: Record<LookupStatus, string> = {
  answer: 'answered',
  clarify: 'did you mean',
  unknown: "I don't know",
  outside: 'outside the topics',
  smalltalk: 'small talk',
};

/** A coverage-gap group key (`term:`, `near:`, `words:`) in words a content author reads. */
export function gapLabel(group: string): string {
  const [kind, ...rest] = group.split(':');
  const value = rest.join(':');
  if (kind === 'term') return `${value} (outside term)`;
  if (kind === 'near') return `near ${value}`;
  return value || group;
}

export function ordinal(n: number): string {
  const suffix = n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th';
  return `${n}${suffix}`;
}
