import type { NoticeCode, Reply } from '../types.js';

/**
 * A short system message with a stable code. Notices are only for the person who caused them,
 * so they are ephemeral wherever the platform allows. `restartWith` adds a start button.
 */
export function notice(code: NoticeCode, text: string, restartWith?: string): Reply {
  return {
    kind: 'notice',
    code,
    body: text,
    // Everyone in the thread should see that a shared decision was cancelled.
    ephemeral: code !== 'cancelled',
    ...(restartWith
      ? { choices: [{ label: 'Start a decision', action: { type: 'start', checklist: restartWith }, group: 'navigation' }] }
      : {}),
  };
}
