import type { LogLevel as BoltLevel, Logger as BoltLogger } from '@slack/bolt';
import { LogLevel } from './bolt.js';
import type { LogLevel as OurLevel } from '../../logger.js';
import type { Logger } from '../../core/types.js';

// Bolt and its Socket Mode client log through this, so their lines come out as our JSON lines
// (and through our logger's secret masking) instead of bare console output.

export function boltLogLevel(level: OurLevel): BoltLevel {
  switch (level) {
    case 'debug':
      return LogLevel.DEBUG;
    case 'info':
      return LogLevel.INFO;
    case 'warn':
      return LogLevel.WARN;
    default:
      return LogLevel.ERROR;
  }
}

/**
 * A response_url lets anyone who holds it post into the conversation for half an hour, and the
 * Socket Mode client logs whole payloads at debug level: the URL's secret part is cut.
 */
function redact(text: string): string {
  return text.replace(/(https:(?:\\?\/){2}hooks\.slack\.com(?:\\?\/)(?:commands|actions|app))[^\s"']*/g, '$1/…');
}

function describe(part: unknown): string {
  if (part instanceof Error) return redact(`${part.name}: ${part.message}`);
  if (typeof part === 'string') return redact(part);
  try {
    return redact(JSON.stringify(part));
  } catch {
    return redact(String(part));
  }
}

const RANK: Record<BoltLevel, number> = { [LogLevel.DEBUG]: 0, [LogLevel.INFO]: 1, [LogLevel.WARN]: 2, [LogLevel.ERROR]: 3 };

export function boltLogger(logger: Logger, initial: BoltLevel): BoltLogger {
  let level = initial;
  let name = 'bolt';
  const at =
    (lineLevel: BoltLevel, write: Logger['info']) =>
    (...parts: unknown[]): void => {
      if (RANK[lineLevel] >= RANK[level]) write({ source: name }, parts.map(describe).join(' '));
    };
  return {
    debug: at(LogLevel.DEBUG, (f, m) => logger.debug(f, m)),
    info: at(LogLevel.INFO, (f, m) => logger.info(f, m)),
    warn: at(LogLevel.WARN, (f, m) => logger.warn(f, m)),
    error: at(LogLevel.ERROR, (f, m) => logger.error(f, m)),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next) => {
      name = next;
    },
  };
}
