import type { Logger } from './core/types.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

// Values that look like platform credentials are masked wherever they appear in a log line.
const SECRET_PATTERNS = [/xox[abposr]-[A-Za-z0-9-]+/g, /xapp-[A-Za-z0-9-]+/g, /[MN][A-Za-z\d_-]{23,25}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,40}/g];

export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 6) out = out.split(secret).join('[redacted]');
  for (const pattern of SECRET_PATTERNS) out = out.replace(pattern, '[redacted]');
  return out;
}

/** JSON lines on a stream, one object per event, secrets masked. */
export function createLogger(options: {
  level: LogLevel;
  write?: (line: string) => void;
  secrets?: readonly string[];
}): Logger {
  const write = options.write ?? ((line: string) => process.stderr.write(line));
  const emit = (level: Exclude<LogLevel, 'silent'>) => (fields: Record<string, unknown>, message: string) => {
    if (RANK[level] < RANK[options.level]) return;
    const line = JSON.stringify({ level, time: new Date().toISOString(), msg: message, ...fields });
    write(`${redact(line, options.secrets)}\n`);
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}
