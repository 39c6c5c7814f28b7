import type { Checklist } from '../content/checklist-schema.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { sessionKey, sessionStateSchema, type SessionState } from '../sessions/session-state.js';
import type { Clock, Logger, SessionStore } from '../types.js';

export type LoadedSession =
  | { kind: 'none' }
  | { kind: 'invalid'; revision: number }
  | { kind: 'expired'; state: SessionState; revision: number }
  | { kind: 'live'; state: SessionState; revision: number; checklist: Checklist };

/** Stored sessions outlive their TTL by this much, so a late click hears "expired", not "unknown". */
const GRACE_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Sessions in the store: read and validate, write with compare-and-set on the revision. Nothing
 * else; what a step does is `step()`'s. Store errors propagate: the caller decides what still works.
 */
export class SessionRepository {
  constructor(
    private readonly store: SessionStore,
    private readonly kb: KnowledgeBase,
    private readonly clock: Clock,
    /** Idle time after which a session expires, counted from its last activity. */
    private readonly ttlMs: number,
    private readonly logger: Logger,
  ) {}

  async load(thread: string): Promise<LoadedSession> {
    const stored = await this.store.get(sessionKey(thread));
    if (!stored) return { kind: 'none' };
    const parsed = sessionStateSchema.safeParse(stored.value);
    const checklist = parsed.success ? this.kb.checklist(parsed.data.checklist) : undefined;
    if (!parsed.success || !checklist || parsed.data.answers.length > checklist.criteria.length) {
      this.logger.warn(
        { thread, reason: parsed.success ? 'checklist or answers no longer match the content' : parsed.error.message },
        'discarding unreadable session',
      );
      return { kind: 'invalid', revision: stored.revision };
    }
    if (this.clock() - parsed.data.updatedAt > this.ttlMs) return { kind: 'expired', state: parsed.data, revision: stored.revision };
    return { kind: 'live', state: parsed.data, revision: stored.revision, checklist };
  }

  /** False when someone else moved first (a double click, a second replica). */
  save(state: SessionState, revision: number | null): Promise<boolean> {
    return this.store.compareAndSet(sessionKey(state.thread), revision, state, this.ttlMs + GRACE_MS);
  }

  remove(thread: string): Promise<void> {
    return this.store.delete(sessionKey(thread));
  }
}
