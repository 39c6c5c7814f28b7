import { afterEach, describe, expect, it } from 'vitest';
import type { ResponseLike } from 'discord.js';
import { BACKOFF_MS, withBackoff } from '../../../src/adapters/discord/rest-backoff.js';
import { inChannel, slashCommand } from './helpers/payloads.js';
import { callbacks, startHarness, textOf, type Harness } from './helpers/harness.js';

const response = (status: number): ResponseLike => new Response(status === 204 ? null : '{}', { status }) as unknown as ResponseLike;

function scripted(outcomes: Array<number | Error>) {
  const calls: string[] = [];
  const slept: number[] = [];
  const makeRequest = async (url: string): Promise<ResponseLike> => {
    calls.push(url);
    const next = outcomes.shift() ?? 200;
    if (next instanceof Error) throw next;
    return response(next);
  };
  const sleep = async (ms: number): Promise<void> => void slept.push(ms);
  return { calls, slept, request: withBackoff(makeRequest, BACKOFF_MS, sleep) };
}

describe('discord REST backoff', () => {
  it('waits 250 ms, then 1 s, before retrying a 5xx', async () => {
    const { calls, slept, request } = scripted([503, 502, 200]);
    expect((await request('https://discord.test/x', { method: 'POST', body: '{}' })).status).toBe(200);
    expect(calls).toHaveLength(3);
    expect(slept).toEqual([250, 1_000]);
  });

  it('gives up with the last 5xx once the waits are spent', async () => {
    const { calls, request } = scripted([500, 500, 500, 200]);
    expect((await request('https://discord.test/x', { method: 'GET' })).status).toBe(500);
    expect(calls).toHaveLength(3);
  });

  it('retries a connection that never opened, but not a timeout (Discord may have acted on it)', async () => {
    const refused = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    const ok = scripted([refused, 200]);
    expect((await ok.request('https://discord.test/x', { method: 'POST', body: '{}' })).status).toBe(200);
    expect(ok.calls).toHaveLength(2);
    const timeout = Object.assign(new Error('This operation was aborted'), { name: 'AbortError' });
    const once = scripted([timeout, 200]);
    await expect(once.request('https://discord.test/x', { method: 'POST', body: '{}' })).rejects.toThrow(/aborted/);
    expect(once.calls).toHaveLength(1);
  });
});

describe('discord.js with the backoff', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('answers a command through a brief 503 outage, trying again only after waiting', async () => {
    const bot = (h = await startHarness());
    bot.fake.failNext('POST', /\/callback$/, 503, 2);
    const from = bot.mark();
    bot.fake.interact(slashCommand('ask', inChannel(), 'what is etcd'));
    await bot.fake.settle(from, { count: 3 });
    const attempts = bot.fake.calls.slice(from).filter((c) => c.path.endsWith('/callback'));
    expect(attempts).toHaveLength(3);
    expect(textOf(callbacks(attempts).at(-1)?.body.data)).toMatch(/key-value/);
    // discord.js on its own tries again within a millisecond or two; these waits are deliberate.
    const gaps = attempts.slice(1).map((c, i) => c.at - (attempts[i]?.at ?? 0));
    expect(gaps[0]).toBeGreaterThanOrEqual(200);
    expect(gaps[1]).toBeGreaterThanOrEqual(900);
  });
});
