import { keyOf } from '../lookup/normalize.js';

export type SessionCommand = 'back' | 'restart' | 'cancel' | 'status' | 'why' | 'help';

const WORDS: Record<SessionCommand, string[]> = {
  back: ['back', 'go back', 'undo', 'previous', 'change my answer', 'change last answer'],
  restart: ['restart', 'start over', 'reset', 'start again', 'from the top'],
  cancel: ['cancel', 'stop', 'abort', 'nevermind', 'never mind', 'cancel decision'],
  status: ['status', 'where are we', 'progress', 'where was i'],
  why: ['why', 'why does this matter', 'why does that matter', 'why is this important', 'why do you ask', 'explain'],
  help: ['help', 'options', 'commands'],
};

const LOOKUP = new Map<string, SessionCommand>(
  Object.entries(WORDS).flatMap(([command, words]) => words.map((w) => [keyOf(w), command as SessionCommand])),
);

/** A control word typed during a decision ("back", "start over", "why?"), or undefined. */
export function sessionCommand(text: string): SessionCommand | undefined {
  return LOOKUP.get(keyOf(text));
}
