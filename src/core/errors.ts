/** What went wrong, as one line: the message of an Error, or the thrown value as text. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * What went wrong, for a log line with the detail a maintainer needs: the stack, since in the core
 * a throw is a bug. Adapters use `apiErrorFields` (adapters/shared/error-fields.ts) instead: a
 * platform call fails on the network or by the platform's refusal, and its code and cause say why.
 */
export function errorFields(err: unknown): Record<string, unknown> {
  return err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : { value: String(err) };
}
