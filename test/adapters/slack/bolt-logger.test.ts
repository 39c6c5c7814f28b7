import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { boltLogger } from '../../../src/adapters/slack/bolt-logger.js';
import { memoryLogger } from '../../helpers/kb.js';

describe('slack library logging', () => {
  it('cuts the secret part of response_urls out of payloads the Socket Mode client logs', () => {
    const logger = memoryLogger();
    const bolt = boltLogger(logger, LogLevel.DEBUG);
    bolt.setName('socket-mode:SocketModeClient:0');
    bolt.debug('Received a message on the WebSocket: {"response_url":"https:\\/\\/hooks.slack.com\\/commands\\/T0\\/1234\\/s3cretPart","text":"hi"}');
    bolt.warn({ response_url: 'https://hooks.slack.com/actions/T0/99/an0therSecret' });
    const written = JSON.stringify(logger.lines);
    expect(written).not.toMatch(/s3cretPart|an0therSecret/);
    expect(logger.lines.map((l) => l.message)).toEqual([
      'Received a message on the WebSocket: {"response_url":"https:\\/\\/hooks.slack.com\\/commands/…","text":"hi"}',
      '{"response_url":"https://hooks.slack.com/actions/…"}',
    ]);
    expect(logger.lines[0]?.fields).toEqual({ source: 'socket-mode:SocketModeClient:0' });
  });

  it('writes only lines at or above the configured level, and follows setLevel', () => {
    const logger = memoryLogger();
    const bolt = boltLogger(logger, LogLevel.WARN);
    bolt.info('starting');
    bolt.error(new Error('boom'));
    bolt.setLevel(LogLevel.DEBUG);
    bolt.debug('now visible');
    expect(logger.lines.map((l) => [l.level, l.message])).toEqual([
      ['error', 'Error: boom'],
      ['debug', 'now visible'],
    ]);
  });
});
