// The least a signed body must be for Bolt to route it without throwing. Slack never sends less;
// anything that fails here is a bug or a forgery signed with a leaked secret, and gets a 400 and a
// warn line instead of an unhandled rejection or a 500 from deep inside Bolt.

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** An Events API body (JSON): an object; an `event_callback` carries an event with a type. */
function eventProblem(body: unknown): string | undefined {
  if (!isObject(body)) return 'the body is not a JSON object';
  if (body.type === 'url_verification') return isText(body.challenge) ? undefined : 'url_verification without a challenge';
  if (!isText(body.type)) return 'the body has no type';
  if (body.type === 'event_callback') {
    if (!isObject(body.event)) return 'event_callback without an event object';
    if (!isText(body.event.type)) return 'the event has no type';
  }
  return undefined;
}

/** An interaction (form field `payload`, JSON): who acted, and for a click, what was clicked. */
function interactionProblem(raw: string): string | undefined {
  const payload = parseJson(raw);
  if (!isObject(payload)) return 'the interaction payload is not a JSON object';
  if (!isText(payload.type)) return 'the interaction has no type';
  if (!isObject(payload.user) || !isText(payload.user.id)) return 'the interaction has no user';
  if (payload.type === 'block_actions') {
    const actions = payload.actions;
    if (!Array.isArray(actions) || actions.length === 0 || !actions.every((a) => isObject(a) && isText(a.action_id))) return 'block_actions without actions';
  }
  return undefined;
}

/** A slash command (form): the command, who ran it, and where. */
function commandProblem(form: URLSearchParams): string | undefined {
  for (const field of ['command', 'user_id', 'channel_id', 'team_id']) if (!isText(form.get(field))) return `the command has no ${field}`;
  return undefined;
}

/**
 * What is wrong with a signed body, or undefined when Bolt can route it. Content types follow
 * Bolt's own parsing: form-encoded for commands and interactions, JSON for everything else.
 */
export function payloadProblem(contentType: string | undefined, raw: string): string | undefined {
  if (contentType === 'application/x-www-form-urlencoded') {
    const form = new URLSearchParams(raw);
    if (form.get('ssl_check') === '1') return undefined;
    const payload = form.get('payload');
    if (payload !== null) return interactionProblem(payload);
    if (form.has('command')) return commandProblem(form);
    return 'a form body that is neither a command nor an interaction';
  }
  const body = parseJson(raw);
  return body === undefined ? 'the body is not JSON' : eventProblem(body);
}
