import type { Action, Result } from './types.js';

// Choices travel through platform button ids, which every platform limits (the tightest in use to
// 100 characters). Ids are kebab-case and at most 40 characters, session ids 8, so the
// longest encoding ("ab1:ans:" + 8 + 40 + 40 + separators) stays under 100.
export const ACTION_PREFIX = 'ab1:';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SESSION = /^[a-z0-9]{1,12}$/;

export function encodeAction(action: Action): string {
  const parts = ((): string[] => {
    switch (action.type) {
      case 'answer':
        return ['ans', action.session, action.criterion, action.value];
      case 'why':
        return ['why', action.session, action.criterion];
      case 'explain':
        return ['expl', action.session];
      case 'back':
        return action.answered === undefined ? ['back', action.session] : ['back', action.session, String(action.answered)];
      case 'cancel':
        return ['cancel', action.session];
      case 'continue':
        return ['cont', action.session];
      case 'restart':
        return ['rst', action.checklist];
      case 'start':
        return ['start', action.checklist];
      case 'topic':
        return ['topic', action.concept];
      case 'share':
        return ['share', action.concept];
      case 'feedback':
        return ['fb', action.concept, action.vote];
    }
  })();
  return ACTION_PREFIX + parts.join(':');
}

type Decoded = Result<Action, 'unknown-action'>;

const bad = (raw: string): Decoded => ({
  ok: false,
  code: 'unknown-action',
  message: `unrecognised action id "${raw.slice(0, 100)}"`,
});

/** Reads back what `encodeAction` wrote; anything else (forged, truncated, from an old version) is refused. */
export function decodeAction(raw: string): Decoded {
  if (!raw.startsWith(ACTION_PREFIX) || raw.length > 100) return bad(raw);
  const [verb, ...args] = raw.slice(ACTION_PREFIX.length).split(':');
  const ids = (...patterns: RegExp[]): boolean =>
    args.length === patterns.length && args.every((a, i) => (patterns[i] as RegExp).test(a));
  const [a = '', b = ''] = args;
  switch (verb) {
    case 'ans':
      return ids(SESSION, ID, ID) ? ok({ type: 'answer', session: a, criterion: b, value: args[2] ?? '' }) : bad(raw);
    case 'why':
      return ids(SESSION, ID) ? ok({ type: 'why', session: a, criterion: b }) : bad(raw);
    case 'back':
      if (ids(SESSION)) return ok({ type: 'back', session: a });
      return ids(SESSION, /^\d{1,2}$/) ? ok({ type: 'back', session: a, answered: Number(b) }) : bad(raw);
    case 'expl':
      return ids(SESSION) ? ok({ type: 'explain', session: a }) : bad(raw);
    case 'cancel':
      return ids(SESSION) ? ok({ type: 'cancel', session: a }) : bad(raw);
    case 'cont':
      return ids(SESSION) ? ok({ type: 'continue', session: a }) : bad(raw);
    case 'rst':
      return ids(ID) ? ok({ type: 'restart', checklist: a }) : bad(raw);
    case 'start':
      return ids(ID) ? ok({ type: 'start', checklist: a }) : bad(raw);
    case 'topic':
      return ids(ID) ? ok({ type: 'topic', concept: a }) : bad(raw);
    case 'share':
      return ids(ID) ? ok({ type: 'share', concept: a }) : bad(raw);
    case 'fb':
      return ids(ID, /^(up|down)$/) ? ok({ type: 'feedback', concept: a, vote: b as 'up' | 'down' }) : bad(raw);
    default:
      return bad(raw);
  }
}

function ok(action: Action): Decoded {
  return { ok: true, value: action };
}
