// Replies: one neutral model that every adapter renders.

import type { Choice, Citation, Field, NoticeCode, Progress, Section } from './reply-parts.js';
import type { ShownPart } from './content/schema.js';
import type { Actor } from './types.js';

export type * from './reply-parts.js';

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

// Every reply has a body (Markdown subset, see `Section.text`; never contains user text unescaped
// by the adapter). `ephemeral` means only the person who asked should see it, where the platform
// can do that; kinds without it are always shown to everyone.

/** A concept's answer card. */
export interface AnswerReply {
  kind: 'answer';
  title: string;
  body: string;
  citation: Citation;
  choices: Choice[];
  /** The concept answered, for feedback and analytics. */
  concept: string;
  ephemeral: boolean;
  /** Set when a shared answer is posted for everyone: who shared it. */
  sharedBy?: Actor;
  /**
   * A follow-up's answer on the same concept: the deeper part shown instead of the body, or `done`
   * when nothing is left to show (the body is one line saying so). Absent on a full answer.
   */
  part?: ShownPart;
  /** The id of a term this knowledge base does not cover, said first (the body's first line) before the part. */
  noted?: string;
}

/** Replies to a question that found no single answer; `quote` is the person's own words shown back. */
export interface MissReply<K extends 'clarify' | 'unknown' | 'outside' = 'clarify' | 'unknown' | 'outside'> {
  kind: K;
  title: string;
  /** Adapters escape it for their markup. */
  quote: string;
  body: string;
  choices: Choice[];
  ephemeral: boolean;
}

/** Greetings, thanks, "ok": a friendly word and the way in. No title. */
export interface SmalltalkReply {
  kind: 'smalltalk';
  body: string;
  choices: Choice[];
  ephemeral: boolean;
}

export interface TopicsReply {
  kind: 'topics';
  title: string;
  body: string;
  sections: Section[];
  choices: Choice[];
  ephemeral: boolean;
}

export interface HelpReply {
  kind: 'help';
  title: string;
  body: string;
  choices: Choice[];
  ephemeral: boolean;
}

/** A checklist question; `citation` when its concept is in the knowledge base. */
export interface QuestionReply {
  kind: 'question';
  title: string;
  body: string;
  progress: Progress;
  choices: Choice[];
  citation?: Citation;
}

/** What a clicked question turns into: who chose what, no buttons left to press twice. */
export interface AnsweredReply {
  kind: 'answered';
  title: string;
  body: string;
  progress: Progress;
}

/** Why a question matters, or why the verdict came out as it did. */
export interface WhyReply {
  kind: 'why';
  title: string;
  body: string;
  sections: Section[];
  citation?: Citation;
  ephemeral: boolean;
}

export interface VerdictReply {
  kind: 'verdict';
  title: string;
  body: string;
  sections: Section[];
  fields: Field[];
  choices: Choice[];
  citation?: Citation;
  /** The verdict's concept, for feedback and analytics. */
  concept: string;
}

/** A short system message with a stable code; adapters and tests match on the code, never on wording. */
export interface NoticeReply {
  kind: 'notice';
  code: NoticeCode;
  body: string;
  choices: Choice[];
  ephemeral: boolean;
}

export type Reply =
  | AnswerReply
  | MissReply<'clarify'>
  | MissReply<'unknown'>
  | MissReply<'outside'>
  | SmalltalkReply
  | TopicsReply
  | HelpReply
  | QuestionReply
  | AnsweredReply
  | WhyReply
  | VerdictReply
  | NoticeReply;

export type ReplyOf<K extends ReplyKind> = Extract<Reply, { kind: K }>;

/** The buttons a reply offers (none on an answered question or a why). */
export function choicesOf(reply: Reply): readonly Choice[] {
  return reply.kind === 'answered' || reply.kind === 'why' ? [] : reply.choices;
}

/** Whether only the person who caused the reply should see it. */
export function isEphemeral(reply: Reply): boolean {
  switch (reply.kind) {
    case 'question':
    case 'answered':
    case 'verdict':
      return false;
    default:
      return reply.ephemeral;
  }
}

export interface Outcome {
  /** New messages, in order. */
  replies: Reply[];
  /** Replaces the message whose choice was clicked (the platform's edit of that message). */
  update?: Reply;
  /**
   * The conversation belongs in its own thread: post `replies` where the event came from, open a
   * thread there, and carry on in it (see `ThreadOpening`).
   */
  openThread?: ThreadOpening;
}

/**
 * The one thing the core asks of an adapter about threads. The adapter opens a thread titled
 * `title` on whichever message its platform hangs threads on (the first reply it posted, or the
 * person's own message: each adapter decides), tells the core the
 * thread's neutral id through `opened`, and posts what that resolves with in the new thread.
 * Nothing else reaches the core: no second event.
 */
export interface ThreadOpening {
  title: string;
  /**
   * The thread is open: the core keeps the conversation under `thread`. Resolves with what to post
   * there: the thread's first messages, or a notice when the conversation could not be kept (the
   * store is down). Only this starts the conversation there, so the first messages come from it
   * alone. Never rejects.
   */
  opened(thread: string): Promise<Reply[]>;
}

