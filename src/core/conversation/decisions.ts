import { questionReply, staleReply } from '../checklist/checklist-replies.js';
import { evaluate } from '../checklist/evaluate.js';
import { parseAnswer } from '../checklist/parse-answer.js';
import { sessionCommand } from '../checklist/session-words.js';
import { defaultRestart, notice } from '../make-reply.js';
import { answersOf, newSession, step, type StepEnv, type StepInput, type StepResult } from '../checklist/step.js';
import type { Checklist } from '../content/checklist-schema.js';
import type { SessionState } from '../sessions/session-state.js';
import { errorMessage } from '../errors.js';
import type { Choice, InboundEvent, Outcome, Reply } from '../types.js';
import { answerQuestion } from './answer-question.js';
import { pickedNumber } from './classify.js';
import { feedbackBase, type ConversationDeps } from './deps.js';
import { answered } from './thread-context.js';
import type { ThreadView } from './thread-view.js';
import { NOTICE, REPLY } from '../texts.js';

export const unavailableNotice = (): Reply => notice('unavailable', NOTICE.unavailable.paused);

/** The store is down: the knowledge base still answers; anything for a decision hears it is paused. */
export function whilePaused(deps: ConversationDeps, event: InboundEvent, text: string): Outcome {
  const found = deps.kb.lookup(text);
  // "one server" may be a step's answer as much as a question: while the session cannot be read,
  // anything a checklist would take as an answer hears that decisions are paused.
  const stepAnswer = deps.kb.checklists.some((c) => c.criteria.some((criterion) => parseAnswer(criterion, text).ok));
  if (found.status === 'answer' && !stepAnswer && sessionCommand(text) === undefined && pickedNumber(text) === undefined) {
    return { replies: answerQuestion(deps, event, { question: text, ephemeral: event.place === 'channel' }).replies };
  }
  return { replies: [unavailableNotice()] };
}

/**
 * Checklist sessions around the pure `step`: the thin session repository reads and writes them
 * with compare-and-set, and a lost race is answered with the current question and its buttons.
 */
export class Decisions {
  constructor(private readonly deps: ConversationDeps) {}

  async start(event: InboundEvent, view: ThreadView, checklist: Checklist, force: boolean): Promise<Outcome> {
    if (view.state === 'unavailable') return { replies: [unavailableNotice()] };
    const loaded = view.session;
    if (loaded.kind === 'live' && loaded.state.status === 'active' && !force) {
      const { state } = loaded;
      const choices: Choice[] = [
        { label: REPLY.notice.continue, action: { type: 'continue', session: state.id }, group: 'navigation', style: 'primary' },
        { label: REPLY.notice.startOver, action: { type: 'restart', checklist: checklist.id }, group: 'navigation', style: 'danger' },
      ];
      const body = NOTICE['session-exists'].running(state.answers.length + 1, loaded.checklist.criteria.length);
      return { replies: [notice('session-exists', body, { choices })] };
    }
    const state = newSession(checklist, event.thread, event.actor, this.deps.newId(), this.deps.clock());
    const revision = loaded.kind === 'none' ? null : loaded.revision;
    if (!(await this.deps.sessions.save(state, revision))) return this.conflict(event.thread);
    this.counted(event, undefined, state, checklist);
    return { replies: [questionReply(this.deps.kb, checklist, state, checklist.intro)] };
  }

  /**
   * A decision started in a shared channel runs in a thread of its own: the announcement goes in
   * the channel, the first question is worked out now, and the session is kept once the adapter
   * says where the thread is. A new thread holds nothing yet, so the session is created there.
   */
  startInThread(event: InboundEvent, checklist: Checklist): Outcome {
    const draft = newSession(checklist, event.thread, event.actor, this.deps.newId(), this.deps.clock());
    const replies = [questionReply(this.deps.kb, checklist, draft, checklist.intro)];
    const opened = async (thread: string): Promise<Reply[]> => {
      const inThread: InboundEvent = { ...event, thread, place: 'thread' };
      try {
        const state = { ...draft, thread };
        if (!(await this.deps.sessions.save(state, null))) return (await this.conflict(thread)).replies;
        this.counted(inThread, undefined, state, checklist);
        return replies;
      } catch (err) {
        this.deps.logger.warn({ thread, err: errorMessage(err) }, 'could not keep a decision in the thread just opened');
        return [unavailableNotice()];
      }
    };
    return {
      replies: [notice('started', NOTICE.started.inThread(event.actor.name, checklist.title))],
      openThread: { title: checklist.title, opened },
    };
  }

  /** One input for the thread's live session; the view must hold it. */
  async run(event: InboundEvent, view: ThreadView, input: StepInput): Promise<Outcome> {
    const loaded = view.session;
    if (loaded.kind !== 'live') return { replies: [notice('no-session', NOTICE['no-session'].none, { restartWith: defaultRestart(this.deps.kb) })] };
    const { state, checklist, revision } = loaded;
    const result: StepResult = step(this.env(event, checklist), state, input);
    if (result.state === null) await this.deps.sessions.remove(event.thread);
    else if (result.state !== state && !(await this.deps.sessions.save(result.state, revision))) return this.conflict(event.thread);
    if (result.state) this.counted(event, state, result.state, checklist);
    const asked = result.ask === undefined ? [] : await this.ask(event, view, result.ask);
    return { replies: [...asked, ...result.replies], ...(result.update ? { update: result.update } : {}) };
  }

  /** A question asked while a step waits: answered like any other, and remembered as context. */
  private async ask(event: InboundEvent, view: ThreadView, text: string): Promise<Reply[]> {
    const recent = view.context.context?.concepts ?? [];
    const { context } = view.context;
    const result = answerQuestion(this.deps, event, { question: text, ephemeral: false, recent, said: context?.said, asked: context?.asked, unanswered: context?.unanswered });
    const concept = result.concept;
    if (concept) await this.deps.contexts.update(event.thread, view.context, (previous) => answered(previous, concept, this.deps.clock(), { said: result.said, asked: result.asked }));
    return result.replies;
  }

  /** Someone else moved first: say so, with the question that is current now and its buttons. */
  async conflict(thread: string): Promise<Outcome> {
    const loaded = await this.deps.sessions.load(thread);
    if (loaded.kind !== 'live') return { replies: [notice('stale', NOTICE.stale.movedOn)] };
    return { replies: [staleReply(this.deps.kb, loaded.checklist, loaded.state, NOTICE.stale.movedOn)] };
  }

  private env(event: InboundEvent, checklist: Checklist): StepEnv {
    return { kb: this.deps.kb, checklist, actor: event.actor, now: this.deps.clock(), freshId: this.deps.newId() };
  }

  /** Metrics and feedback for a move: a run started, a step reached, a verdict given. */
  private counted(event: InboundEvent, before: SessionState | undefined, after: SessionState, checklist: Checklist): void {
    const restarted = before !== undefined && before.id !== after.id;
    const moved = before === undefined || restarted || before.answers.length !== after.answers.length;
    if (!moved) return;
    if (before === undefined || restarted) this.deps.metrics?.session('started');
    const base = { ...feedbackBase(this.deps, event), session: after.id, checklist: checklist.id };
    if (after.status === 'done') {
      this.deps.metrics?.session('completed');
      this.deps.record({ ...base, kind: 'verdict', verdict: evaluate(checklist, answersOf(after)).verdict.id });
    } else {
      this.deps.record({ ...base, kind: 'step', step: after.answers.length + 1, of: checklist.criteria.length });
    }
  }
}
