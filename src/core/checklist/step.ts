import type { Checklist, Criterion } from '../content/checklist-schema.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { SESSION_VERSION, type SessionState } from '../sessions/session-state.js';
import type { Action, Actor, Reply } from '../types.js';
import { answeredReply, displayName, explainStepReply, questionReply, staleReply, whyReply } from './checklist-replies.js';
import { evaluate, type Answers } from './evaluate.js';
import { notice, restartChoice } from '../make-reply.js';
import { readStepInput } from './read-step-input.js';
import { sessionCommand } from './session-words.js';
import { explainVerdictReply, verdictReply } from './verdict-replies.js';
import { NOTICE, REPLY } from '../texts.js';

/** What can happen to a running session. Clicks arrive decoded; typed text is read by `readStepInput`. */
export type StepInput =
  | { type: 'answer'; criterion: string; value: string }
  | { type: 'text'; text: string }
  | { type: 'back'; answered?: number }
  | { type: 'cancel' }
  | { type: 'restart' }
  | { type: 'status' }
  | { type: 'why' }
  | { type: 'explain' }
  | { type: 'help' };

/** A click on a session's own button (answer, back, continue, explain, cancel), as the step it asks for. */
export function clickedStep(act: Extract<Action, { session: string }>): StepInput {
  return act.type === 'answer'
    ? { type: 'answer', criterion: act.criterion, value: act.value }
    : act.type === 'back'
      ? { type: 'back', ...(act.answered === undefined ? {} : { answered: act.answered }) }
      : act.type === 'continue'
        ? { type: 'status' }
        : act.type === 'explain'
          ? { type: 'explain' }
          : { type: 'cancel' };
}

/** Everything a step may read besides the state: all of it given, so a step is a pure function. */
export interface StepEnv {
  kb: KnowledgeBase;
  checklist: Checklist;
  actor: Actor;
  now: number;
  /** The id a restart gives the new run (drawn by the caller, so the step stays pure). */
  freshId: string;
}

export interface StepResult {
  /** The state to save; the same object when nothing changed; null when the session ends (cancel). */
  state: SessionState | null;
  replies: Reply[];
  /** Replaces the clicked question ("alice chose …"). */
  update?: Reply;
  /** Typed text that is a question of its own: answered as a lookup, shown before `replies`. */
  ask?: string;
}

export function answersOf(state: SessionState): Answers {
  return Object.fromEntries(state.answers.map((a) => [a.criterion, a.value]));
}

export function newSession(checklist: Checklist, thread: string, actor: Actor, id: string, now: number): SessionState {
  return { v: SESSION_VERSION, id, checklist: checklist.id, thread, status: 'active', answers: [], startedBy: actor, startedAt: now, updatedAt: now };
}

/** The reply that shows where a session stands: the current question, or the verdict. */
export function currentReply(kb: KnowledgeBase, checklist: Checklist, state: SessionState, preface?: string): Reply {
  if (state.status === 'done') return verdictReply(kb, checklist, state, evaluate(checklist, answersOf(state)));
  const answered = state.answers.length;
  const lead = preface ?? REPLY.question.position(answered + 1, checklist.criteria.length, answered);
  return questionReply(kb, checklist, state, lead);
}

/** The pure checklist: (state, input) -> (new state, replies). Persistence is the caller's. */
export function step(env: StepEnv, state: SessionState, input: StepInput): StepResult {
  const { kb, checklist } = env;
  const same = (...replies: Reply[]): StepResult => ({ state, replies });
  const current = state.status === 'active' ? checklist.criteria[state.answers.length] : undefined;
  switch (input.type) {
    case 'answer': {
      if (!current || current.id !== input.criterion) return same(staleReply(kb, checklist, state, NOTICE.stale.alreadyAnswered));
      if (!current.options.some((o) => o.value === input.value)) return same(notice('unknown-action', NOTICE['unknown-action'].notAnOption));
      return record(env, state, current, input.value, 'click');
    }
    case 'back':
      // A Back button drawn at another step (a double click, an older message) must not undo twice.
      if (input.answered !== undefined && input.answered !== state.answers.length) {
        return same(staleReply(kb, checklist, state, NOTICE.stale.backMoved));
      }
      if (state.answers.length === 0) return same(currentReply(kb, checklist, state, REPLY.question.firstQuestion));
      {
        const previous: SessionState = { ...state, answers: state.answers.slice(0, -1), status: 'active', updatedAt: env.now };
        return { state: previous, replies: [questionReply(kb, checklist, previous, REPLY.question.goingBack)] };
      }
    case 'cancel':
      return { state: null, replies: [notice('cancelled', NOTICE.cancelled.cancelled, { restartWith: restartChoice(kb, checklist.id) })] };
    case 'restart': {
      const fresh = newSession(checklist, state.thread, env.actor, env.freshId, env.now);
      return { state: fresh, replies: [questionReply(kb, checklist, fresh, checklist.intro)] };
    }
    case 'status':
      return same(currentReply(kb, checklist, state));
    case 'why':
      return same(current ? whyReply(kb, current) : explainVerdictReply(kb, checklist, state, evaluate(checklist, answersOf(state))));
    case 'explain':
      if (state.status !== 'done') return same(staleReply(kb, checklist, state, NOTICE.stale.noVerdict));
      return same(explainVerdictReply(kb, checklist, state, evaluate(checklist, answersOf(state))));
    case 'help':
      return same(currentReply(kb, checklist, state, REPLY.question.help));
    case 'text': {
      if (current) return typed(env, state, current, input.text);
      // After the verdict only session words mean anything here ("why", "back", "restart").
      const command = sessionCommand(input.text);
      return command ? step(env, state, { type: command }) : same(currentReply(kb, checklist, state));
    }
  }
}

/** Typed text at a step: only a clear answer that is not a question is recorded. */
function typed(env: StepEnv, state: SessionState, current: Criterion, text: string): StepResult {
  const { kb, checklist } = env;
  const reading = readStepInput(current, text, checklist.criteria);
  switch (reading.kind) {
    case 'control':
      return step(env, state, { type: reading.command });
    case 'unsure':
      return { state, replies: [explainStepReply(kb, checklist, state)] };
    case 'question': {
      // The step waits while the question is answered; saying so once per step is enough.
      const at = state.answers.length;
      if (state.waitNoted === at) return { state, replies: [], ask: text };
      const waiting = notice('still-waiting', NOTICE['still-waiting'].waits(at + 1, checklist.criteria.length));
      return { state: { ...state, waitNoted: at, updatedAt: env.now }, replies: [waiting], ask: text };
    }
    case 'answer':
      return record(env, state, current, reading.value, 'text');
    case 'unclear': {
      const options = current.options.map((o, i) => `${i + 1}. ${o.label}`).join(', ');
      const count = reading.problem === 'count-or-number';
      const { question: words } = REPLY;
      const why = { 'count-or-number': words.countedOrNumber, 'more-than-one': words.ambiguous, 'no-match': words.noMatch }[reading.problem];
      const retry = notice('bad-answer', NOTICE['bad-answer'].unclear(why, count ? words.countHint : words.chooseHint, options));
      return { state, replies: [retry, questionReply(kb, checklist, state)] };
    }
  }
}

function record(env: StepEnv, state: SessionState, criterion: Criterion, value: string, via: 'click' | 'text'): StepResult {
  const { kb, checklist, actor, now } = env;
  const option = criterion.options.find((o) => o.value === value);
  if (!option) return { state, replies: [notice('unknown-action', NOTICE['unknown-action'].notAnOption)] };
  const answers = [...state.answers, { criterion: criterion.id, value, by: actor, at: now }];
  const done = answers.length >= checklist.criteria.length;
  const next: SessionState = { ...state, answers, status: done ? 'done' : 'active', updatedAt: now };
  const reply = done
    ? verdictReply(kb, checklist, next, evaluate(checklist, answersOf(next)))
    : questionReply(kb, checklist, next, via === 'text' ? REPLY.question.noted(option.label, displayName(actor)) : undefined);
  return {
    state: next,
    replies: [reply],
    ...(via === 'click' ? { update: answeredReply(checklist, criterion, option, actor, answers.length) } : {}),
  };
}
