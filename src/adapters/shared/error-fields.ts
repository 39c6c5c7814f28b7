/**
 * What a failed platform call is, for one log line: never the request (it carries tokens) or the
 * payload. The core's `errorFields` keeps the stack for the unexpected; an adapter's failures are
 * mostly the network or the platform saying no, so the code and the socket's own cause say more.
 * `extra` adds a platform's own detail (Slack's API error code).
 */
export function apiErrorFields(err: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  if (!(err instanceof Error)) return { error: String(err) };
  const code = (err as { code?: unknown }).code;
  // "fetch failed" says nothing; the socket's own error (ECONNRESET, other side closed) says why.
  const cause = networkCause(err);
  return { error: err.message, name: err.name, ...(typeof code === 'string' ? { code } : {}), ...extra, ...(cause ? { cause } : {}) };
}

function networkCause(err: Error): string | undefined {
  let current: unknown = (err as { original?: unknown }).original ?? err.cause;
  for (let depth = 0; depth < 3 && current instanceof Error; depth += 1) {
    const code = (current as { code?: unknown }).code;
    const inner: unknown = current.cause;
    if (!(inner instanceof Error)) return typeof code === 'string' ? `${code}: ${current.message}` : current.message;
    current = inner;
  }
  return undefined;
}
