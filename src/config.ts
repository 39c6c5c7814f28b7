import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const url = optionalText.refine((v) => v === undefined || /^(https?|wss?):\/\/[^\s]+$/.test(v), {
  message: 'must be an http(s) URL',
});

/** An empty variable (`PORT=` in .env) means "not set": the default applies, never 0 or "". */
const unsetIfEmpty = (value: unknown): unknown => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** Whole numbers written as plain digits: `1e3` or `0x10` are typos, not numbers. */
const wholeNumber = (message: string) =>
  z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .trim()
      .regex(/^\d+$/, message)
      .transform(Number)
      .optional(),
  );

/** A Discord id (application, server): digits only. */
export const SNOWFLAKE = /^\d{5,25}$/;

/** One schema for every setting; read once at start from an env object the caller passes in. */
export const configSchema = z
  .object({
    SLACK_BOT_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xoxb-'), { message: 'must start with xoxb-' }),
    SLACK_APP_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xapp-'), { message: 'must start with xapp-' }),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_API_URL: url,
    DISCORD_TOKEN: optionalText,
    DISCORD_APPLICATION_ID: optionalText.refine((v) => v === undefined || SNOWFLAKE.test(v), { message: 'must be a numeric snowflake id' }),
    DISCORD_API_URL: url,
    PORT: wholeNumber('must be a port number (digits only)').pipe(z.number().max(65535, 'must be 0-65535').default(3000)),
    HOST: z.preprocess(unsetIfEmpty, z.string().trim().default('0.0.0.0')),
    LOG_LEVEL: z.preprocess(unsetIfEmpty, z.enum(['debug', 'info', 'warn', 'error', 'silent'], { message: 'must be one of debug, info, warn, error, silent' }).default('info')),
    SESSION_TTL_HOURS: z.preprocess(
      unsetIfEmpty,
      z.coerce.number({ message: 'must be a number of hours' }).positive('must be more than 0').max(24 * 365, 'must be at most a year').default(24),
    ),
    CONTENT_DIR: optionalText,
    DATA_DIR: z.preprocess(unsetIfEmpty, z.string().trim().default('./data')),
    REDIS_PREFIX: z.preprocess(unsetIfEmpty, z.string().trim().regex(/^[A-Za-z0-9:_-]{1,64}$/, 'must be 1-64 letters, digits, colons, dashes or underscores').default('archbot:')),
    RATE_LIMIT: wholeNumber('must be a whole number of messages (0 turns the limit off)').pipe(z.number().max(1000, 'must be at most 1000').default(5)),
    REDIS_URL: optionalText.refine((v) => v === undefined || /^rediss?:\/\//.test(v), { message: 'must start with redis:// or rediss://' }),
    // Insights page: off unless a password is set; failed logins from one address before a minute's lockout.
    INSIGHTS_PASSWORD: optionalText.refine((v) => v === undefined || v.length >= 8, { message: 'must be at least 8 characters' }),
    INSIGHTS_MAX_FAILED_LOGINS: wholeNumber('must be a whole number of failed logins a minute').pipe(z.number().min(1, 'must be at least 1').max(1000, 'must be at most 1000').default(5)),
    FEEDBACK_RETENTION_DAYS: wholeNumber('must be a whole number of days').pipe(z.number().min(1, 'must be at least 1').max(3650, 'must be at most 3650').default(90)),
  })
  .superRefine((env, ctx) => {
    if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_SIGNING_SECRET'], message: 'is required with SLACK_BOT_TOKEN unless SLACK_APP_TOKEN (Socket Mode) is set' });
    }
    if ((env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET) && !env.SLACK_BOT_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: 'is required when other Slack settings are set' });
    }
  });

export type Config = z.infer<typeof configSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/** Errors name the variable and the rule it broke, never the value (it may be a secret). */
export function readConfig(env: Record<string, string | undefined>): ConfigResult {
  const known = Object.fromEntries(Object.keys(configSchema.shape).map((k) => [k, env[k]]));
  const result = configSchema.safeParse(known);
  if (result.success) return { ok: true, config: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => `${String(issue.path[0] ?? 'environment')} ${issue.message}`),
  };
}
