import { describe, expect, it } from 'vitest';
import { configKeys, readConfig } from '../src/config.js';

const read = (env: Record<string, string>) => readConfig(env);

describe('reading the environment', () => {
  it('treats an empty variable as unset, so the documented default applies', () => {
    const result = read({ PORT: '', RATE_LIMIT: '', LOG_LEVEL: '', HOST: ' ', DATA_DIR: '', SESSION_TTL_HOURS: '', SLACK_BOT_TOKEN: '' });
    expect(result).toMatchObject({ ok: true, config: { PORT: 3000, RATE_LIMIT: 5, LOG_LEVEL: 'info', HOST: '0.0.0.0', DATA_DIR: './data', SESSION_TTL_HOURS: 24 } });
    if (result.ok) expect(result.config.SLACK_BOT_TOKEN).toBeUndefined();
  });

  it('accepts plain digits only for numbers, and 0 where 0 means something', () => {
    expect(read({ PORT: '8080', RATE_LIMIT: '0' })).toMatchObject({ ok: true, config: { PORT: 8080, RATE_LIMIT: 0 } });
    for (const port of ['0x10', '1e3', '-1', '70000', 'abc']) {
      const result = read({ PORT: port });
      expect(result.ok, port).toBe(false);
      if (!result.ok) expect(result.errors.join(' ')).toMatch(/^PORT must be/);
    }
  });

  it('names every bad variable and the rule, never the value', () => {
    const result = read({ SLACK_BOT_TOKEN: 'hunter2-secret', LOG_LEVEL: 'loud', REDIS_URL: 'http://pw@host', SESSION_TTL_HOURS: '-3' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.errors.join('\n');
    expect(text).toMatch(/SLACK_BOT_TOKEN must start with xoxb-/);
    expect(text).toMatch(/LOG_LEVEL must be one of/);
    expect(text).toMatch(/REDIS_URL must start with redis:\/\//);
    expect(text).toMatch(/SESSION_TTL_HOURS must be more than 0/);
    for (const value of ['hunter2-secret', 'loud', 'pw@host', '-3']) expect(text).not.toContain(value);
  });

  it('requires the setting that completes a half-configured Slack app', () => {
    const result = read({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([expect.stringMatching(/^SLACK_SIGNING_SECRET is required with SLACK_BOT_TOKEN unless SLACK_APP_TOKEN/)]);
  });
});

describe('platform settings, read by each descriptor', () => {
  it("names a platform's bad variable and never its value", () => {
    const result = read({ DISCORD_TOKEN: 'tok', DISCORD_APPLICATION_ID: 'my-secret-app' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual(['DISCORD_APPLICATION_ID must be a numeric snowflake id']);
  });

  it("knows every platform's variables next to archbot's own", () => {
    for (const key of ['SLACK_BOT_TOKEN', 'SLACK_API_URL', 'DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'PORT', 'REDIS_URL']) expect(configKeys()).toContain(key);
  });
});
