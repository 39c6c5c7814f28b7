import type { Checklist, Criterion } from '../content/checklist-schema.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { sessionKey, sessionStateSchema, SESSION_VERSION, type SessionState } from '../sessions/session-state.js';
import type { Action, Actor, BotMetrics, Clock, InboundEvent, Logger, Outcome, Reply, SessionStore } from '../types.js';
import { answeredReply, displayName, questionReply, verdictReply, whyReply } from './checklist-replies.js';
import { evaluate, type Answers } from './evaluate.js';
import { parseAnswer } from './parse-answer.js';
import { notice } from './notices.js';
import { answerReply } from '../lookup-replies.js';
import { sessionCommand } from './session-words.js';

const QUESTION = /^(what|whats|how|why|when|where|which|who|is|are|does|do|can|should|could|explain|tell me|define)\b|\?\s*$/i;

/** Phrased as a question rather than as an answer to one. */
function looksLikeQuestion(text: string): boolean {
  return QUESTION.test(text.trim());
}

export interface FlowDeps {
  kb: KnowledgeBase;
  store: SessionStore;
  clock: Clock;
  /** Idle time after which a session expires. */
  ttlMs: number;
  logger: Logger;
  newId: () => string;
  metrics?: BotMetrics;
}

type Loaded =
  | { kind: 'none' }
  | { kind: 'invalid'; revision: number }
  | { kind: 'expired'; state: SessionState; revision: number }
  | { kind: 'live'; state: SessionState; revision: number; checklist: Checklist };

/** Stored sessions outlive their TTL by this much, so a late click hears "expired", not "unknown". */
const GRACE_MS = 7 * 24 * 60 * 60 * 1000;

const EXPIRED = (checklistId: string | undefined): Reply =>
  notice('expired', 'This decision session expired after a long silence, so its answers are gone. Start again when you are ready.', checklistId);

/**
 * Runs checklists as conversations. Each step reads the session, computes the next state, and
 * writes it back with compare-and-set, so two clicks on the same step (or two replicas) can never
 * both advance it: the loser is told the step moved on.
 */
export class DecisionFlow {
  constructor(private readonly deps: FlowDeps) {}

  async load(thread: string): Promise<Loaded> {
    const stored = await this.deps.store.get(sessionKey(thread));
    if (!stored) return { kind: 'none' };
    const parsed = sessionStateSchema.safeParse(stored.value);
    const checklist = parsed.success ? this.deps.kb.checklist(parsed.data.checklist) : undefined;
    if (!parsed.success || !checklist || parsed.data.answers.length > checklist.criteria.length) {
      this.deps.logger.warn(
        { thread, reason: parsed.success ? 'checklist or answers no longer match the content' : parsed.error.message },
        'discarding unreadable session',
      );
      return { kind: 'invalid', revision: stored.revision };
    }
    if (this.deps.clock() - parsed.data.updatedAt > this.deps.ttlMs) {
      return { kind: 'expired', state: parsed.data, revision: stored.revision };
    }
    return { kind: 'live', state: parsed.data, revision: stored.revision, checklist };
  }

  async start(event: InboundEvent, checklistId: string | undefined, force: boolean): Promise<Outcome> {
    const checklist = checklistId ? this.deps.kb.checklist(checklistId) : this.deps.kb.defaultChecklist;
    if (!checklist) {
      const known = this.deps.kb.checklists.map((c) => `\`${c.id}\``).join(', ') || 'none';
      return { replies: [notice('unknown-action', `There is no checklist called that. Available: ${known}.`)] };
    }
    const loaded = await this.load(event.thread);
    if (loaded.kind === 'live' && loaded.state.status === 'active' && !force) {
      const { state } = loaded;
      const reply = notice(
        'session-exists',
        `A decision is already running in this thread (question ${state.answers.length + 1} of ${loaded.checklist.criteria.length}). Continue it or start over?`,
      );
      reply.choices = [
        { label: 'Continue', action: { type: 'continue', session: state.id }, group: 'navigation', style: 'primary' },
        { label: 'Start over', action: { type: 'restart', checklist: checklist.id }, group: 'navigation', style: 'danger' },
      ];
      return { replies: [reply] };
    }
    const now = this.deps.clock();
    const state: SessionState = {
      v: SESSION_VERSION,
      id: this.deps.newId(),
      checklist: checklist.id,
      thread: event.thread,
      status: 'active',
      answers: [],
      startedBy: event.actor,
      startedAt: now,
      updatedAt: now,
    };
    const revision = loaded.kind === 'none' ? null : loaded.revision;
    if (!(await this.save(state, revision))) return this.conflict(event.thread);
    this.deps.metrics?.session('started');
    return { replies: [questionReply(this.deps.kb, checklist, state, checklist.intro)] };
  }

  /** A click on a session's button. */
  async onAction(event: InboundEvent, action: Action): Promise<Outcome> {
    if (action.type === 'restart') return this.start(event, action.checklist, true);
    if (action.type === 'why') return { replies: [this.why(action.criterion)] };
    if (!('session' in action)) return { replies: [notice('unknown-action', 'That button is not one of mine.')] };

    const loaded = await this.load(event.thread);
    if (loaded.kind === 'invalid') return this.discard(event.thread, loaded.revision);
    if (loaded.kind === 'expired') return this.expire(event.thread, loaded.state.checklist);
    if (loaded.kind === 'none') {
      return { replies: [notice('expired', 'That decision is no longer running here (it expired or was cancelled). Start again when you are ready.', this.deps.kb.defaultChecklist?.id)] };
    }
    const { state, checklist, revision } = loaded;
    if (state.id !== action.session) {
      return { replies: [this.staleNotice(checklist, state, 'That button belongs to an earlier run of this decision.')] };
    }
    switch (action.type) {
      case 'answer': {
        const current = checklist.criteria[state.answers.length];
        if (state.status === 'done' || !current || current.id !== action.criterion) {
          return { replies: [this.staleNotice(checklist, state, 'That question was already answered.')] };
        }
        if (!current.options.some((o) => o.value === action.value)) {
          return { replies: [notice('unknown-action', 'That is not one of the options for this question.')] };
        }
        return this.answer(event, loaded, current, action.value, 'click');
      }
      case 'back':
        // A Back button drawn at another step (a double click, an older message) must not undo twice.
        if (action.answered !== undefined && action.answered !== state.answers.length) {
          return { replies: [this.staleNotice(checklist, state, 'That Back button belongs to a question that has already changed.')] };
        }
        return this.back(event.actor, state, checklist, revision);
      case 'cancel':
        return this.cancel(event.thread, checklist);
      case 'continue':
        return { replies: [this.current(checklist, state)] };
      default:
        return { replies: [notice('unknown-action', 'That button is not one of mine.')] };
    }
  }

  /**
   * Typed text in a thread. Returns undefined when the text is not for the session (there is none,
   * or it is finished and the text is a new question), so the caller answers it as a question.
   */
  async onText(event: InboundEvent, text: string): Promise<Outcome | undefined> {
    const loaded = await this.load(event.thread);
    if (loaded.kind === 'none') return undefined;
    if (loaded.kind === 'invalid') return this.discard(event.thread, loaded.revision);
    const command = sessionCommand(text);
    if (loaded.kind === 'expired') {
      const checklist = this.deps.kb.checklist(loaded.state.checklist);
      const criterion = checklist?.criteria[loaded.state.answers.length];
      const meantForSession = command !== undefined || (criterion !== undefined && parseAnswer(criterion, text).ok);
      if (meantForSession) return this.expire(event.thread, loaded.state.checklist);
      await this.deps.store.delete(sessionKey(event.thread));
      this.deps.metrics?.session('expired');
      return undefined;
    }
    const { state, checklist, revision } = loaded;
    const current = checklist.criteria[state.answers.length];
    switch (command) {
      case 'back':
        return this.back(event.actor, state, checklist, revision);
      case 'restart':
        return this.start(event, checklist.id, true);
      case 'cancel':
        return this.cancel(event.thread, checklist);
      case 'status':
        return { replies: [this.current(checklist, state)] };
      case 'why':
        return current ? { replies: [this.why(current.id)] } : undefined;
      case 'help':
        return current ? { replies: [questionReply(this.deps.kb, checklist, state, 'Pick one of the options below, type its number, or describe your situation in words.')] } : undefined;
      default:
        break;
    }
    if (state.status === 'done' || !current) return undefined;
    const parsed = parseAnswer(current, text);
    if (!parsed.ok && looksLikeQuestion(text)) {
      // A question asked mid-decision ("what is etcd?") deserves its answer; the step waits.
      const found = this.deps.kb.lookup(text);
      if (found.status === 'answer') {
        const waiting = notice('still-waiting', `The decision is still on question ${state.answers.length + 1} of ${checklist.criteria.length}; answer it whenever you are ready (\`status\` shows it again).`);
        return { replies: [answerReply(this.deps.kb, found.concept, { ephemeral: false }), waiting] };
      }
    }
    if (!parsed.ok) {
      const options = current.options.map((o, i) => `${i + 1}. ${o.label}`).join(', ');
      const why = parsed.code === 'ambiguous' ? 'could fit more than one option' : "doesn't match an option";
      const retry = notice('bad-answer', `Your answer ${why}. Please choose: ${options}.`);
      retry.quote = text;
      return { replies: [retry, questionReply(this.deps.kb, checklist, state)] };
    }
    return this.answer(event, loaded, current, parsed.value, 'text');
  }

  private async answer(
    event: InboundEvent,
    loaded: Extract<Loaded, { kind: 'live' }>,
    criterion: Criterion,
    value: string,
    via: 'click' | 'text',
  ): Promise<Outcome> {
    const { checklist, revision } = loaded;
    const option = criterion.options.find((o) => o.value === value);
    if (!option) return { replies: [notice('unknown-action', 'That is not one of the options for this question.')] };
    const answers = [...loaded.state.answers, { criterion: criterion.id, value, by: event.actor, at: this.deps.clock() }];
    const done = answers.length >= checklist.criteria.length;
    const state: SessionState = { ...loaded.state, answers, status: done ? 'done' : 'active', updatedAt: this.deps.clock() };
    if (!(await this.save(state, revision))) return this.conflict(event.thread);
    const step = answers.length;
    if (done) this.deps.metrics?.session('completed');
    const next = done
      ? verdictReply(this.deps.kb, checklist, state, evaluate(checklist, answersOf(state)))
      : questionReply(this.deps.kb, checklist, state, via === 'text' ? `Noted: **${option.label}** (${displayName(event.actor)}).` : undefined);
    return {
      replies: [next],
      ...(via === 'click' ? { update: answeredReply(checklist, criterion, option, event.actor, step) } : {}),
    };
  }

  private async back(_actor: Actor, state: SessionState, checklist: Checklist, revision: number): Promise<Outcome> {
    if (state.answers.length === 0) {
      return { replies: [this.current(checklist, state, 'This is the first question; there is nothing to go back to.')] };
    }
    const previous: SessionState = { ...state, answers: state.answers.slice(0, -1), status: 'active', updatedAt: this.deps.clock() };
    if (!(await this.save(previous, revision))) return this.conflict(state.thread);
    return { replies: [questionReply(this.deps.kb, checklist, previous, 'Going back one question. Answer it again:')] };
  }

  private async cancel(thread: string, checklist: Checklist): Promise<Outcome> {
    await this.deps.store.delete(sessionKey(thread));
    return { replies: [notice('cancelled', 'Decision cancelled; nothing was kept. Start again whenever you like.', checklist.id)] };
  }

  private async expire(thread: string, checklistId: string): Promise<Outcome> {
    await this.deps.store.delete(sessionKey(thread));
    this.deps.metrics?.session('expired');
    return { replies: [EXPIRED(this.deps.kb.checklist(checklistId)?.id)] };
  }

  private async discard(thread: string, _revision: number): Promise<Outcome> {
    await this.deps.store.delete(sessionKey(thread));
    const text = 'The saved decision in this thread could not be read (it came from an older version or was damaged), so I cleared it. Please start again.';
    return { replies: [notice('invalid-state', text, this.deps.kb.defaultChecklist?.id)] };
  }

  private async conflict(thread: string): Promise<Outcome> {
    const loaded = await this.load(thread);
    if (loaded.kind !== 'live') return { replies: [notice('stale', 'That step already moved on.')] };
    return { replies: [this.staleNotice(loaded.checklist, loaded.state, 'That step already moved on.')] };
  }

  private staleNotice(checklist: Checklist, state: SessionState, lead: string): Reply {
    const current = checklist.criteria[state.answers.length];
    const where = current
      ? `The current question is ${state.answers.length + 1} of ${checklist.criteria.length}: "${current.question}"`
      : 'This decision is finished; its verdict is in the thread.';
    return notice('stale', `${lead} ${where}`);
  }

  private current(checklist: Checklist, state: SessionState, preface?: string): Reply {
    if (state.status === 'done') return verdictReply(this.deps.kb, checklist, state, evaluate(checklist, answersOf(state)));
    const answered = state.answers.length;
    const lead = preface ?? `Question ${answered + 1} of ${checklist.criteria.length}${answered > 0 ? `, ${answered} answered so far` : ''}.`;
    return questionReply(this.deps.kb, checklist, state, lead);
  }

  private why(criterionId: string): Reply {
    for (const checklist of this.deps.kb.checklists) {
      const criterion = checklist.criteria.find((c) => c.id === criterionId);
      if (criterion) return whyReply(this.deps.kb, criterion);
    }
    return notice('unknown-action', 'That question is no longer part of any checklist.');
  }

  private async save(state: SessionState, revision: number | null): Promise<boolean> {
    return this.deps.store.compareAndSet(sessionKey(state.thread), revision, state, this.deps.ttlMs + GRACE_MS);
  }
}

export function answersOf(state: SessionState): Answers {
  return Object.fromEntries(state.answers.map((a) => [a.criterion, a.value]));
}
