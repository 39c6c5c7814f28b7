// The pieces replies are made of: buttons, sections, citations, progress, and notice codes.

import type { Action } from './types.js';

/** How choices are grouped when rendered (one row or block of buttons per group). */
export type ChoiceGroup = 'options' | 'navigation' | 'related' | 'feedback' | 'share';

export interface Choice {
  label: string;
  action: Action;
  group: ChoiceGroup;
  style?: 'primary' | 'danger';
  /**
   * On a start choice, when there are several checklists: a bare `decide` asks "Which decision?", so what is typed
   * instead of clicking names the checklist (`decide <id>`).
   */
  needsId?: boolean;
}

export interface Field {
  label: string;
  value: string;
}

/** A titled block of a reply body, such as "Reasons" or "Next steps" on a verdict. */
export interface Section {
  heading: string;
  /** Markdown subset: paragraphs, `- ` lists, `**bold**`, `` `code` ``. */
  text: string;
}

export interface Citation {
  concept: string;
  title: string;
  /** The article section the concept comes from. */
  source: string;
  /** The title of the article that section is in. */
  article?: string;
}

/** Stable codes for expected outcomes, so adapters and tests never match on wording. */
export type NoticeCode =
  | 'stale'
  | 'expired'
  | 'no-session'
  | 'still-waiting'
  | 'session-exists'
  | 'cancelled'
  | 'bad-answer'
  | 'unknown-action'
  | 'too-long'
  | 'feedback-thanks'
  | 'rate-limited'
  | 'invalid-state'
  /** The session store cannot be reached: decisions are paused, plain questions still answered. */
  | 'unavailable'
  /** A decision asked for in a shared channel: it goes on in a thread opened for it. */
  | 'started'
  | 'internal';

/** "3 of 6" on a checklist question. */
export interface Progress {
  step: number;
  total: number;
}
