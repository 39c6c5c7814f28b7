import { pino } from 'pino';
import { platformDescriptors } from './adapters/registry.js';
import type { Logger } from './core/types.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const MASK = '[redacted]';

// Values that look like platform credentials are masked wherever they appear in a log line, even
// when nobody listed them as secrets (a token pasted into a chat message, a header echoed in an error).
// Each platform's descriptor knows its own credentials' shapes.
const SECRET_PATTERNS: readonly RegExp[] = platformDescriptors.flatMap((p) => p.secretPatterns);
// Passwords in connection URLs such as redis://:pass@host or rediss://user:pass@host.
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/]*:)[^\s@/]+@/gi;

// Shorter "secrets" would mask ordinary words and make logs unreadable.
const MIN_SECRET_LENGTH = 6;

/** The exact strings to mask for these secrets: each one, and its escaped form inside a JSON line. */
function needlesOf(secrets: readonly string[]): string[] {
  const needles = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    needles.add(secret);
    needles.add(JSON.stringify(secret).slice(1, -1));
  }
  return [...needles];
}

function maskAll(text: string, needles: readonly string[]): string {
  let out = text;
  for (const needle of needles) out = out.split(needle).join(MASK);
  for (const pattern of SECRET_PATTERNS) out = out.replace(pattern, MASK);
  return out.replace(URL_PASSWORD, `$1${MASK}@`);
}

/** Masks configured secret values and anything shaped like a platform token. */
export function redact(text: string, secrets: readonly string[] = []): string {
  return maskAll(text, needlesOf(secrets));
}

/**
 * JSON lines (level, time, msg and the fields), secrets masked. Built on pino with a synchronous
 * destination, so a line is written before the call returns: nothing is lost when shutdown calls
 * `process.exit`, and tests can capture lines through `write`.
 */
export function createLogger(options: {
  level: LogLevel;
  write?: (line: string) => void;
  secrets?: readonly string[];
}): Logger {
  const write = options.write ?? ((line: string) => void process.stderr.write(line));
  // Worked out once: the hook runs on every line.
  const needles = needlesOf(options.secrets ?? []);
  const log = pino(
    {
      level: options.level,
      // Logs are collected per container or pod, which already records the host and process.
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // `err` and `error` fields keep an Error's type, message and stack instead of `{}`.
      serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
      // Masking the finished line covers the message, nested fields and error messages and stacks alike.
      hooks: { streamWrite: (line) => maskAll(line, needles) },
    },
    { write },
  );
  return {
    debug: (fields, message) => log.debug(fields, message),
    info: (fields, message) => log.info(fields, message),
    warn: (fields, message) => log.warn(fields, message),
    error: (fields, message) => log.error(fields, message),
  };
}
