import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discordRegisterCommand } from '../../../src/adapters/discord/register-cli.js';
import { UsageError } from '../../../src/cli/io.js';
import { readConfig, type Config } from '../../../src/config.js';
import { FakeDiscord } from './helpers/fake-discord.js';
import { APP_ID, GUILD_ID } from './helpers/payloads.js';
import { captureIo } from '../../helpers/io.js';
import { realKb } from '../../helpers/kb.js';

const TOKEN = 'registration-secret-token';

describe('archbot discord register', () => {
  let fake: FakeDiscord;
  beforeEach(async () => {
    fake = new FakeDiscord();
    await fake.start();
  });
  afterEach(async () => {
    await fake.close();
  });

  function config(env: Record<string, string> = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID }): Config {
    const read = readConfig({ ...env, DISCORD_API_URL: fake.apiUrl });
    if (!read.ok) throw new Error(read.errors.join('; '));
    return read.config;
  }

  async function run(args: string[], cfg = config()) {
    const io = captureIo();
    const code = await discordRegisterCommand(args, cfg, io, realKb);
    return { code, out: io.out(), err: io.err() };
  }

  it('puts /arch with its subcommands in one bulk overwrite, and the same body again on a second run', async () => {
    const first = await run([]);
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toMatch(/Registered 1 command/);
    // The invite asks for the bot and its commands, with only the permissions archbot uses.
    const invite = new URL(/https:\S+/.exec(first.out)?.[0] ?? 'https://missing.invalid');
    expect(Object.fromEntries(invite.searchParams)).toEqual({ client_id: APP_ID, scope: 'bot applications.commands', permissions: '309237730304' });
    const second = await run([]);
    expect(second.code).toBe(0);

    const puts = fake.calls.filter((c) => c.method === 'PUT');
    expect(puts.map((c) => c.path)).toEqual([`/applications/${APP_ID}/commands`, `/applications/${APP_ID}/commands`]);
    expect(fake.calls.filter((c) => c.method !== 'PUT')).toEqual([]);
    expect(puts[1]?.body).toEqual(puts[0]?.body);
    const [command, ...others] = puts[0]?.body as Array<{ name: string; options: Array<{ name: string; options?: Array<{ name: string; autocomplete?: boolean; required?: boolean }> }> }>;
    expect(others).toEqual([]);
    expect(command?.name).toBe('arch');
    expect(command?.options.map((o) => o.name)).toEqual(['ask', 'decide', 'topics', 'help']);
    expect(command?.options[0]?.options?.[0]).toMatchObject({ name: 'question', autocomplete: true, required: true });
  });

  it('registers in one server with --guild', async () => {
    for (const args of [['--guild', GUILD_ID], [`--guild=${GUILD_ID}`]]) {
      const { code, out } = await run(args);
      expect(code).toBe(0);
      expect(out).toMatch(new RegExp(`in server ${GUILD_ID}`));
    }
    expect(fake.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      `PUT /applications/${APP_ID}/guilds/${GUILD_ID}/commands`,
      `PUT /applications/${APP_ID}/guilds/${GUILD_ID}/commands`,
    ]);
  });

  it('names the missing setting and exits 2 without calling Discord', async () => {
    const noToken = await run([], config({ DISCORD_APPLICATION_ID: APP_ID }));
    expect(noToken).toMatchObject({ code: 2, out: '' });
    expect(noToken.err).toMatch(/DISCORD_TOKEN is not set/);
    const noApp = await run([], config({ DISCORD_TOKEN: TOKEN }));
    expect(noApp.code).toBe(2);
    expect(noApp.err).toMatch(/DISCORD_APPLICATION_ID is not set/);
    expect(fake.calls).toEqual([]);
  });

  it('throws a usage error for unknown arguments and a bad server id', async () => {
    await expect(run(['--global'])).rejects.toThrow(UsageError);
    await expect(run(['--guild'])).rejects.toThrow(/--guild needs a server id/);
    await expect(run(['--guild', 'my-server'])).rejects.toThrow(/numeric server id/);
    expect(fake.calls).toEqual([]);
  });

  it('explains a refused token with exit 1 and never prints it', async () => {
    fake.override('PUT', /commands$/, { status: 401, body: { message: '401: Unauthorized', code: 0 } });
    const { code, out, err } = await run([]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/HTTP 401[\s\S]*DISCORD_TOKEN/);
    expect(err).not.toContain(TOKEN);
  });
});
