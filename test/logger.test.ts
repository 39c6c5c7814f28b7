import { describe, expect, it } from 'vitest';
import { createLogger, redact, type LogLevel } from '../src/logger.js';

const SIGNING_SECRET = '8f14e45fceea167a5a36dedd4bea2543';
const BOT_TOKEN = 'xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx';
const APP_TOKEN = 'xapp-1-A012345-6789012345-0123456789abcdef';
const DISCORD_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GaBcDe.0123456789abcdefghijklmnopqrstuvwxyzAB';

function capture(level: LogLevel, secrets: string[] = []) {
  const lines: string[] = [];
  const logger = createLogger({ level, secrets, write: (line) => lines.push(line) });
  const parsed = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, lines, parsed };
}

describe('createLogger', () => {
  it('writes one JSON object per line with level, time, msg and the fields', () => {
    const { logger, lines, parsed } = capture('debug');
    logger.info({ thread: 'slack:T1:C1:1.2', count: 3 }, 'answered');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.endsWith('\n')).toBe(true);
    const [entry] = parsed();
    expect(entry).toMatchObject({ level: 'info', msg: 'answered', thread: 'slack:T1:C1:1.2', count: 3 });
    expect(Number.isNaN(Date.parse(String(entry?.time)))).toBe(false);
  });

  it('never prints a configured secret or a platform token, wherever it is logged', () => {
    const secretWithQuote = 'pa"ss\\word-42';
    const { logger, lines } = capture('debug', [SIGNING_SECRET, secretWithQuote]);
    logger.error({ request: { headers: { 'x-signing': SIGNING_SECRET } } }, `signature check with ${SIGNING_SECRET}`);
    logger.warn({ err: new Error(`auth failed for ${BOT_TOKEN}`) }, 'slack call failed');
    logger.info({ deep: [{ tokens: [APP_TOKEN, DISCORD_TOKEN] }] }, 'connecting');
    logger.debug({ pasted: `user wrote Bot ${DISCORD_TOKEN} in chat`, quoted: secretWithQuote }, 'message');
    logger.error({ url: 'redis://:hunter2-long@redis:6379/0' }, 'redis down');
    const output = lines.join('');
    expect(lines).toHaveLength(5);
    for (const secret of [SIGNING_SECRET, BOT_TOKEN, APP_TOKEN, DISCORD_TOKEN, 'hunter2-long', 'pa\\"ss\\\\word-42']) {
      expect(output).not.toContain(secret);
    }
    expect(output).toContain('[redacted]');
    // What is left around the secret stays readable.
    expect(output).toContain('redis://:[redacted]@redis:6379/0');
    expect(output).toContain('auth failed for [redacted]');
  });

  it('keeps an error field readable: type and message, not an empty object', () => {
    const { logger, parsed } = capture('info');
    logger.error({ err: new TypeError('bad payload') }, 'handler failed');
    expect(parsed()[0]?.err).toMatchObject({ type: 'TypeError', message: 'bad payload' });
  });

  it('drops lines below the configured level', () => {
    const { logger, parsed } = capture('warn');
    logger.debug({}, 'd');
    logger.info({}, 'i');
    logger.warn({}, 'w');
    logger.error({}, 'e');
    expect(parsed().map((e) => [e.level, e.msg])).toEqual([
      ['warn', 'w'],
      ['error', 'e'],
    ]);
  });

  it('writes nothing at level silent', () => {
    const { logger, lines } = capture('silent');
    logger.error({ fatal: true }, 'even errors');
    expect(lines).toEqual([]);
  });

  it('survives fields that cannot be turned into JSON directly', () => {
    const { logger, parsed } = capture('info');
    const loop: Record<string, unknown> = { name: 'loop' };
    loop.self = loop;
    logger.info({ loop, big: 10n }, 'odd fields');
    expect(parsed()[0]).toMatchObject({ msg: 'odd fields', loop: { name: 'loop' } });
  });
});

describe('redact', () => {
  it('ignores very short configured secrets so ordinary words stay readable', () => {
    expect(redact('the cat sat', ['cat'])).toBe('the cat sat');
  });

  it('masks Slack and Discord tokens with no secrets configured', () => {
    expect(redact(`a ${BOT_TOKEN} b ${DISCORD_TOKEN} c`)).toBe('a [redacted] b [redacted] c');
  });
});
