import * as z from 'zod';
import { optionalText, unsetIfEmpty, wholeNumber, issuesAsErrors } from './config-fields.js';
import type { PlatformDescriptor } from './adapters/descriptor.js';
import { platformDescriptors, type PLATFORMS } from './adapters/registry.js';

/**
 * archbot's own settings: the server, stores, logging, limits. Each chat platform's variables live
 * in its descriptor (src/adapters/<platform>/descriptor.ts) and are read alongside these.
 */
export const coreConfigSchema = z.object({
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
});

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
type PlatformConfig = UnionToIntersection<z.infer<(typeof PLATFORMS)[number]['configSchema']>>;

/** Every setting: archbot's own and each platform's, read once at start from an env object the caller passes in. */
export type Config = z.infer<typeof coreConfigSchema> & PlatformConfig;

/** Every variable archbot reads (a deploy file that sets another one has a typo). */
export function configKeys(): string[] {
  return [coreConfigSchema, ...platformDescriptors.map((p) => p.configSchema)].flatMap((schema) => Object.keys(schema.shape));
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/** Errors name the variable and the rule it broke, never the value (it may be a secret). */
export function readConfig(env: Record<string, string | undefined>): ConfigResult {
  const errors: string[] = [];
  const values: Record<string, unknown> = {};
  for (const schema of [...platformDescriptors.map((p) => p.configSchema), coreConfigSchema]) {
    const known = Object.fromEntries(Object.keys(schema.shape).map((k) => [k, env[k]]));
    const result = schema.safeParse(known);
    if (result.success) Object.assign(values, result.data);
    else errors.push(...issuesAsErrors(result.error.issues));
  }
  // Rules across a platform's own variables apply once each variable reads well on its own.
  if (errors.length === 0) for (const p of platformDescriptors) errors.push(...issuesAsErrors(p.crossCheck?.(values) ?? []));
  // Every schema behind `Config` parsed without an error, so `values` holds each one's output.
  return errors.length === 0 ? { ok: true, config: values as Config } : { ok: false, errors };
}

/** A platform's own variables (its descriptor's schema) and the log level: what its adapter and its command are given. */
export function platformSettings(platform: PlatformDescriptor, config: Config): Record<string, unknown> & { LOG_LEVEL: Config['LOG_LEVEL'] } {
  const values: Record<string, unknown> = config;
  const own = Object.keys(platform.configSchema.shape).map((key) => [key, values[key]]);
  return { ...Object.fromEntries(own), LOG_LEVEL: config.LOG_LEVEL };
}
