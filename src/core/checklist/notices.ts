import type { NoticeCode, Reply } from '../types.js';

/** What everyone in the thread should see: a shared decision was cancelled, or is still waiting. */
const FOR_EVERYONE = new Set<NoticeCode>(['cancelled', 'still-waiting']);

/**
 * A short system message with a stable code. Notices are only for the person who caused them,
 * so they are ephemeral wherever the platform allows. `restartWith` adds a start button.
 */
export function notice(code: NoticeCode, text: string, restartWith?: string): Reply {
  return {
    kind: 'notice',
    code,
    body: text,
    ephemeral: !FOR_EVERYONE.has(code),
    ...(restartWith
      ? { choices: [{ label: 'Start a decision', action: { type: 'start', checklist: restartWith }, group: 'navigation' }] }
      : {}),
  };
}
