import * as z from 'zod';

// The zod pieces every settings schema is built from: archbot's own (config.ts) and each platform
// adapter's (its descriptor), so an empty variable or a typed number means the same everywhere.

export const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

export const url = optionalText.refine((v) => v === undefined || /^(https?|wss?):\/\/[^\s]+$/.test(v), {
  message: 'must be an http(s) URL',
});

/** An empty variable (`PORT=` in .env) means "not set": the default applies, never 0 or "". */
export const unsetIfEmpty = (value: unknown): unknown => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** Whole numbers written as plain digits: `1e3` or `0x10` are typos, not numbers. */
export const wholeNumber = (message: string) =>
  z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .trim()
      .regex(/^\d+$/, message)
      .transform(Number)
      .optional(),
  );

/** Errors name the variable and the rule it broke, never the value (it may be a secret). */
export function issuesAsErrors(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): string[] {
  return issues.map((issue) => `${String(issue.path[0] ?? 'environment')} ${issue.message}`);
}
