import type { InputKind } from './classify.js';

/**
 * Where a thread stands when an input arrives:
 * - `idle`: nothing remembered; `context`: it answered something recently; `offer`: its last
 *   "did you mean" can be answered by number;
 * - `step`: a decision waits on a question; `verdict`: a decision finished and nothing came after;
 *   `moved-on`: a decision finished, then questions came (so `why` is about the last answer);
 * - `lapsed`: the decision here expired or could not be read;
 * - `unavailable`: the store cannot be reached, so only what needs no store works.
 */
export type ThreadState = 'idle' | 'context' | 'offer' | 'step' | 'verdict' | 'moved-on' | 'lapsed' | 'unavailable';

export type HandlerName =
  /** A click, dispatched by its action type. */
  | 'action'
  /** `decide`, `topics`, `help`, `ask …`. */
  | 'command'
  /** A lookup; follow-ups are read against the thread context. */
  | 'ask'
  /**
   * Right after a verdict: a request leaning on what came last ("tell me more", "go on") is about the verdict and
   * explains it; anything else is asked afresh, since the thread's earlier answers predate the decision.
   */
  | 'after-verdict'
  /** A number picks from the thread's last "did you mean" (with none open, it stays on the last answer). */
  | 'take-offer'
  /** The checklist's pure step (answers, session words, questions asked mid-decision). */
  | 'step'
  /** A session word where no decision runs. */
  | 'no-session'
  /** Meant for a decision that expired or was unreadable: say so; anything else is asked. */
  | 'lapsed'
  /** The store is down: answered from the knowledge base if it can be, else "decisions are paused". */
  | 'unavailable';

type Row = Record<ThreadState, HandlerName>;
const all = (handler: HandlerName): Row => ({
  idle: handler, context: handler, offer: handler, step: handler, verdict: handler, 'moved-on': handler, lapsed: handler, unavailable: handler,
});

/** The whole routing: one cell per input kind and thread state. Tested cell by cell. */
export const ROUTES: Record<InputKind, Row> = {
  click: all('action'),
  command: all('command'),
  // "ask the owner" at a step is the person's doubt about the question; anywhere else, the ask command.
  'handing-on': { ...all('command'), step: 'step' },
  help: { ...all('command'), step: 'step' },
  control: { ...all('no-session'), step: 'step', verdict: 'step', 'moved-on': 'step', lapsed: 'lapsed', unavailable: 'unavailable' },
  why: { ...all('ask'), idle: 'no-session', step: 'step', verdict: 'step', lapsed: 'lapsed', unavailable: 'unavailable' },
  number: { ...all('ask'), context: 'take-offer', offer: 'take-offer', 'moved-on': 'take-offer', step: 'step', verdict: 'after-verdict', lapsed: 'lapsed', unavailable: 'unavailable' },
  question: { ...all('ask'), step: 'step', verdict: 'after-verdict' },
  text: { ...all('ask'), step: 'step', verdict: 'after-verdict', lapsed: 'lapsed', unavailable: 'unavailable' },
};

export function route(kind: InputKind, state: ThreadState): HandlerName {
  return ROUTES[kind][state];
}
