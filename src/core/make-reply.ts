// The reply constructors: the only place the core writes a reply's `kind`, so every reply it
// returns has exactly the fields its kind requires (see reply.ts).

import type {
  AnswerReply,
  AnsweredReply,
  Choice,
  HelpReply,
  MissReply,
  NoticeCode,
  NoticeReply,
  QuestionReply,
  SmalltalkReply,
  TopicsReply,
  VerdictReply,
  WhyReply,
} from './reply.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { REPLY } from './texts.js';

type Fields<R extends { kind: string }> = Omit<R, 'kind'>;
type Miss = Fields<MissReply>;

/** What everyone in the thread should see: a shared decision was cancelled, started, or is still waiting. */
const FOR_EVERYONE = new Set<NoticeCode>(['cancelled', 'still-waiting', 'started']);

export interface NoticeOptions {
  /** Adds a "Start a decision" button (`restartChoice`). */
  restartWith?: Choice | undefined;
  /** Buttons of the notice's own (they replace the start button). */
  choices?: Choice[];
}

export const make = {
  answer: (fields: Fields<AnswerReply>): AnswerReply => ({ kind: 'answer', ...fields }),
  clarify: (fields: Miss): MissReply<'clarify'> => ({ kind: 'clarify', ...fields }),
  unknown: (fields: Miss): MissReply<'unknown'> => ({ kind: 'unknown', ...fields }),
  outside: (fields: Miss): MissReply<'outside'> => ({ kind: 'outside', ...fields }),
  smalltalk: (fields: Fields<SmalltalkReply>): SmalltalkReply => ({ kind: 'smalltalk', ...fields }),
  topics: (fields: Fields<TopicsReply>): TopicsReply => ({ kind: 'topics', ...fields }),
  help: (fields: Fields<HelpReply>): HelpReply => ({ kind: 'help', ...fields }),
  question: (fields: Fields<QuestionReply>): QuestionReply => ({ kind: 'question', ...fields }),
  answered: (fields: Fields<AnsweredReply>): AnsweredReply => ({ kind: 'answered', ...fields }),
  why: (fields: Fields<WhyReply>): WhyReply => ({ kind: 'why', ...fields }),
  verdict: (fields: Fields<VerdictReply>): VerdictReply => ({ kind: 'verdict', ...fields }),
  notice,
};

/**
 * A short system message with a stable code. Notices are only for the person who caused them,
 * so they are ephemeral wherever the platform allows, except the few everyone should see.
 */
export function notice(code: NoticeCode, text: string, options: NoticeOptions = {}): NoticeReply {
  const start: Choice[] = options.restartWith ? [options.restartWith] : [];
  return { kind: 'notice', code, body: text, choices: options.choices ?? start, ephemeral: !FOR_EVERYONE.has(code) };
}

/** A button that starts `checklist`, marked `needsId` when a bare `decide` would ask "Which decision?" instead. */
export function startChoice(kb: KnowledgeBase, checklist: string, label: string): Choice {
  return { label, action: { type: 'start', checklist }, group: 'navigation', ...(kb.checklists.length > 1 ? { needsId: true } : {}) };
}

/** The "Start a decision" button under a notice, for `checklist` (none without one). */
export function restartChoice(kb: KnowledgeBase, checklist: string | undefined): Choice | undefined {
  return checklist === undefined ? undefined : startChoice(kb, checklist, REPLY.notice.start);
}

/** The "Start a decision" button for the knowledge base's default checklist, where no session says which one. */
export function defaultRestart(kb: KnowledgeBase): Choice | undefined {
  return restartChoice(kb, kb.defaultChecklist?.id);
}
