import type { LoadedSession } from '../checklist/session-repository.js';
import { errorMessage } from '../errors.js';
import type { ConversationDeps } from './deps.js';
import type { ThreadState } from './routes.js';
import type { LoadedContext } from './thread-context.js';

/** A thread as the router sees it: its state, plus what was read to decide it. */
export interface ThreadView {
  thread: string;
  state: ThreadState;
  session: LoadedSession;
  context: LoadedContext;
}

const NOTHING: LoadedContext = { context: undefined, revision: null };

/**
 * Reads the thread's session and context (in parallel: one round trip). When the store fails,
 * the thread is `unavailable`: questions are still answered from the in-memory knowledge base,
 * without context, and decisions say they are paused.
 */
export async function viewThread(deps: ConversationDeps, thread: string, useContext: boolean): Promise<ThreadView> {
  let session: LoadedSession;
  let context: LoadedContext;
  try {
    [session, context] = await Promise.all([deps.sessions.load(thread), useContext ? deps.contexts.load(thread) : Promise.resolve(NOTHING)]);
  } catch (err) {
    deps.logger.warn({ thread, err: errorMessage(err) }, 'session store unavailable; answering without sessions or thread context');
    return { thread, state: 'unavailable', session: { kind: 'none' }, context: NOTHING };
  }
  return { thread, state: stateOf(session, context), session, context };
}

function stateOf(session: LoadedSession, loaded: LoadedContext): ThreadState {
  if (session.kind === 'expired' || session.kind === 'invalid') return 'lapsed';
  const { context } = loaded;
  if (session.kind === 'live') {
    if (session.state.status === 'active') return 'step';
    // A finished decision is what `why` refers to, unless the thread has moved on to questions since.
    return !context || context.at <= session.state.updatedAt ? 'verdict' : 'moved-on';
  }
  if (context?.offer && context.offer.length > 0) return 'offer';
  return context && context.concepts.length > 0 ? 'context' : 'idle';
}
