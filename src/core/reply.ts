// Replies: one neutral model that every adapter renders.

import type { Action, Actor, Input } from './types.js';

export type ReplyKind =
  | 'answer'
  | 'clarify'
  | 'unknown'
  | 'outside'
  | 'smalltalk'
  | 'topics'
  | 'help'
  | 'question'
  | 'answered'
  | 'why'
  | 'verdict'
  | 'notice';

/** How choices are grouped when rendered (one row or block of buttons per group). */
export type ChoiceGroup = 'options' | 'navigation' | 'related' | 'feedback' | 'share';

export interface Choice {
  label: string;
  action: Action;
  group: ChoiceGroup;
  style?: 'primary' | 'danger';
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
  | 'internal';

export interface Reply {
  kind: ReplyKind;
  title?: string;
  /** Markdown subset, see `Section.text`. Never contains user text unescaped by the adapter. */
  body?: string;
  sections?: Section[];
  fields?: Field[];
  choices?: Choice[];
  citation?: Citation;
  /** For checklist questions: "3 of 6". */
  progress?: { step: number; total: number };
  /** Only the person who asked should see it, where the platform can do that. */
  ephemeral?: boolean;
  /** For notices. */
  code?: NoticeCode;
  /** Set when a shared answer is posted for everyone: who shared it. */
  sharedBy?: Actor;
  /** The person's own words shown back ("I don't know …"). Adapters escape it for their markup. */
  quote?: string;
  /** The concept this reply is about, for feedback and analytics. */
  concept?: string;
}

export interface Outcome {
  /** New messages, in order. */
  replies: Reply[];
  /** Replaces the message whose choice was clicked (Slack chat.update, Discord UPDATE_MESSAGE). */
  update?: Reply;
  /**
   * The conversation belongs in its own thread: post `replies` where the event came from, open a
   * thread on the first of them titled `title`, then dispatch `then` in that new thread.
   */
  openThread?: { title: string; then: Input };
}

