import type { SessionRepository } from '../checklist/session-repository.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import type { BotMetrics, Clock, FeedbackEvent, InboundEvent, Logger } from '../types.js';
import { hashUser } from '../feedback.js';
import type { ContextRepository } from './thread-context.js';

/** What every conversation handler may use. Built once by `createBot`. */
export interface ConversationDeps {
  kb: KnowledgeBase;
  logger: Logger;
  clock: Clock;
  metrics?: BotMetrics;
  /** Counts for `archbot report`; never blocks or throws. */
  record: (event: FeedbackEvent) => void;
  sessions: SessionRepository;
  contexts: ContextRepository;
  newId: () => string;
}

/** The fields every feedback event carries, for the person behind `event`. */
export function feedbackBase(deps: ConversationDeps, event: InboundEvent): { at: number; platform: InboundEvent['platform']; user: string } {
  return { at: deps.clock(), platform: event.platform, user: hashUser(event.platform, event.actor.id) };
}
