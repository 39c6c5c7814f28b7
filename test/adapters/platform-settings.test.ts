import { describe, expect, it } from 'vitest';
import { platformDescriptors } from '../../src/adapters/registry.js';
import { platformSettings, readConfig } from '../../src/config.js';

describe('what each platform adapter is built from', () => {
  it('is its own variables and the log level, never another platform’s token or archbot’s own secrets', () => {
    const read = readConfig({
      SLACK_BOT_TOKEN: 'xoxb-1-2-abc',
      SLACK_SIGNING_SECRET: 'signing-secret',
      DISCORD_TOKEN: 'discord-token-value',
      INSIGHTS_PASSWORD: 'insights-password',
      REDIS_URL: 'redis://:pw@localhost:6379',
      LOG_LEVEL: 'warn',
    });
    if (!read.ok) throw new Error(read.errors.join('; '));
    for (const platform of platformDescriptors) {
      const settings = platformSettings(platform, read.config);
      expect(Object.keys(settings).sort(), platform.name).toEqual([...Object.keys(platform.configSchema.shape), 'LOG_LEVEL'].sort());
      expect(settings.LOG_LEVEL).toBe('warn');
      const text = JSON.stringify(settings);
      for (const foreign of ['insights-password', 'redis://']) expect(text, platform.name).not.toContain(foreign);
    }
    const slack = platformSettings(platformDescriptors.find((p) => p.name === 'slack')!, read.config);
    expect(slack).toMatchObject({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc' });
    expect(JSON.stringify(slack)).not.toContain('discord-token-value');
  });
});
