// Discord drops an interaction that has no first response within 3 seconds. The bot's store (Redis,
// shared by replicas) is consulted for delivery dedupe and sessions; when it hangs, the first
// response must still leave in time.
import { afterEach, describe, expect, it } from 'vitest';
import { RedisStore } from '../../../src/stores/redis-store.js';
import { memoryLogger } from '../../helpers/kb.js';
import { dropPrefix, testPrefix } from '../../stores/helpers/redis-namespace.js';
import { useTestRedis } from '../../stores/helpers/use-test-redis.js';
import { proxiedRedis, type TcpProxy } from '../../stores/helpers/tcp-proxy.js';
import { callbacks, shownText, startHarness, type Harness } from './helpers/harness.js';
import { inChannel, slashCommand } from './helpers/payloads.js';

const redis = useTestRedis();

describe('discord with its store frozen', () => {
  let h: Harness | undefined;
  let proxy: TcpProxy | undefined;
  let store: RedisStore | undefined;
  const prefix = testPrefix();
  afterEach(async () => {
    proxy?.thaw();
    await h?.close();
    await store?.close();
    await proxy?.stop();
    await dropPrefix(redis.raw, prefix);
  });

  it('responds to a slash command while Redis answers nothing, and delivers the answer once it is back', async () => {
    const proxied = await proxiedRedis(redis.url);
    proxy = proxied.proxy;
    // A command timeout far beyond Discord's 3 s: only a response that does not wait on the store
    // can arrive while it is frozen.
    const redisStore = await RedisStore.connect(proxied.url, { logger: memoryLogger(), prefix, commandTimeoutMs: 60_000 });
    store = redisStore;
    h = await startHarness({ store: () => redisStore });

    proxy.freeze();
    const from = h.mark();
    h.fake.interact(slashCommand('ask', inChannel(), 'what is etcd'));
    await expect.poll(() => callbacks(h?.fake.calls.slice(from) ?? []).length, { timeout: 5_000 }).toBe(1);
    const [first] = callbacks(h.fake.calls.slice(from));
    // Either the answer itself or the "thinking…" deferral, whichever came first.
    expect([4, 5]).toContain(first?.body.type);
    proxy.thaw();
    await expect.poll(() => shownText(h?.fake.calls.slice(from) ?? []), { timeout: 10_000 }).toMatch(/key-value/);
  });
});
