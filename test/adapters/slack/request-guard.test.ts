import { describe, expect, it } from 'vitest';
import { buttonsOf } from './helpers/blocks.js';
import { read } from './helpers/fake-slack.js';
import { useSlackHarness, type SlackHarness } from './helpers/harness.js';
import { createInFlight } from '../../../src/server/shutdown.js';
import { ALICE, CHANNEL_ID, DM_CHANNEL_ID, appMention, blockActionsForm, directMessage, eventCallback } from './helpers/payloads.js';
import { plausibleHeaders, rawPost } from './helpers/raw-request.js';
import { signature, SIGNING_SECRET } from './helpers/signed-request.js';

// /slack/events as anyone on the internet can reach it: unsigned floods, oversized bodies, replays
// and signed nonsense, against real Bolt behind the shared HTTP server.

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';
const now = (): number => Math.floor(Date.now() / 1000);

describe('slack request guard', () => {
  let h: SlackHarness;
  useSlackHarness((started) => (h = started));

  const warnings = (message: string) => h.logger.lines.filter((l) => l.level === 'warn' && l.message === message);

  it('refuses a correctly signed request dated 6 minutes or a year ahead, and answers nothing', async () => {
    for (const ahead of [6 * 60, 365 * 24 * 3600]) {
      const res = await h.event(appMention('what is etcd'), { timestamp: now() + ahead });
      expect(res.status).toBe(401);
    }
    expect((await h.event(appMention('what is etcd'), { timestamp: now() - 6 * 60 })).status).toBe(401);
    await h.barrier();
    expect(h.fake.visible(CHANNEL_ID)).toEqual([]);
  });

  it('answers a signed `null`, an event_callback with `event: null` and a click with no user with 400 and one warning each', async () => {
    const click = JSON.parse(new URLSearchParams(blockActionsForm({ actionId: 'ab2:topic:etcd', label: 'etcd', user: ALICE })).get('payload') ?? '{}') as Record<string, unknown>;
    delete click.user;
    const bodies: Array<[string, string]> = [
      ['null', JSON_TYPE],
      [JSON.stringify({ ...eventCallback({}), event: null }), JSON_TYPE],
      [new URLSearchParams({ payload: JSON.stringify(click) }).toString(), FORM],
    ];
    for (const [body, type] of bodies) {
      const res = await h.post(body, type);
      expect(res.status).toBe(400);
    }
    expect(warnings('slack: signed request with a malformed body refused')).toHaveLength(3);
    await h.barrier();
    expect(h.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('refuses a declared 3.9 MB body with 413 before reading any of it', async () => {
    const { req, response } = rawPost(h.eventsUrl, plausibleHeaders({ 'content-length': '3900000' }));
    expect((await response).status).toBe(413);
    req.destroy();
  });

  it('cuts a body sent without a declared length once it passes 1 MiB', async () => {
    const { req, response } = rawPost(h.eventsUrl, plausibleHeaders({ 'transfer-encoding': 'chunked' }), Buffer.alloc(1024 * 1024 + 1, 0x20));
    expect((await response).status).toBe(413);
    req.destroy();
  });

  it('refuses requests with missing or malformed signature headers before reading their body', async () => {
    const cases = [
      { 'content-type': JSON_TYPE, 'content-length': '1000' },
      plausibleHeaders({ 'content-length': '1000', 'x-slack-signature': 'v0=not-hex' }),
      plausibleHeaders({ 'content-length': '1000', 'x-slack-request-timestamp': 'yesterday' }),
    ];
    for (const headers of cases) {
      const { req, response } = rawPost(h.eventsUrl, headers);
      expect((await response).status).toBe(401);
      req.destroy();
    }
  });

  it('reads at most 32 bodies at once and answers the next with 503 and Retry-After', async () => {
    let seen = 0;
    h.server.server.on('request', () => (seen += 1));
    const slow = Array.from({ length: 32 }, () => rawPost(h.eventsUrl, plausibleHeaders({ 'content-length': '1000' })));
    await h.fake.waitFor(() => seen === 32, 'the server to have all 32 slow requests');
    const extra = rawPost(h.eventsUrl, plausibleHeaders({ 'content-length': '1000' }));
    const refused = await extra.response;
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBe('1');
    for (const s of [...slow, extra]) s.req.destroy();
    // The slots come back once those senders are gone: a real event is answered.
    await h.barrier();
  });

  it('posts a replayed, signed "Share in channel" click once and tells the repeats it was already shared', async () => {
    await h.command('what is etcd');
    const answer = await h.fake.waitFor(() => h.fake.ephemeralFor(ALICE.id).find((m) => /key-value/.test(read(m).text)), 'the private answer');
    const share = buttonsOf(answer.blocks).find((b) => /Share in channel/.test(b.label));
    const responseUrl = h.fake.responseUrl({ channel: CHANNEL_ID, user: ALICE.id, source: answer.ts });
    const body = blockActionsForm({
      message: { ts: answer.ts, channel: CHANNEL_ID, ephemeral: true, text: answer.text, blocks: answer.blocks },
      actionId: share?.actionId ?? '',
      label: 'Share in channel',
      user: ALICE,
      responseUrl,
    });
    // One captured request, sent ten times: same body, same timestamp, same signature.
    const timestamp = now();
    const headers = { 'content-type': FORM, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature(SIGNING_SECRET, timestamp, body) };
    const responses = await Promise.all(Array.from({ length: 10 }, () => fetch(h.eventsUrl, { method: 'POST', headers, body })));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
    const already = () => h.fake.ephemeralFor(ALICE.id).filter((m) => /already shared/.test(read(m).text));
    await h.fake.waitFor(() => already().length === 9, 'the nine repeats to be told');
    expect(h.fake.visible(CHANNEL_ID).filter((m) => /shared by/.test(read(m).text))).toHaveLength(1);
  });
});

describe('slack events at shutdown', () => {
  let h: SlackHarness;
  let accepting = true;
  const inFlight = createInFlight();
  useSlackHarness((started) => (h = started), () => {
    accepting = true;
    return { intake: { track: (work) => inFlight.track(work), accepting: () => accepting } };
  });

  it('refuses with 503 (so Slack redelivers) an event whose body was still arriving when shutdown began, and logs it', async () => {
    let seen = 0;
    h.server.server.on('request', () => (seen += 1));
    const body = JSON.stringify(eventCallback(directMessage('what is etcd')));
    const timestamp = now();
    const headers = { 'content-type': JSON_TYPE, 'content-length': String(Buffer.byteLength(body)), 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature(SIGNING_SECRET, timestamp, body) };
    const { req, response } = rawPost(h.eventsUrl, headers, body.slice(0, 20));
    await h.fake.waitFor(() => seen === 1, 'the server to have the request');
    // SIGTERM: stop accepting, then wait for what is in flight, as installShutdown does.
    accepting = false;
    const drained = inFlight.drain();
    req.end(body.slice(20));
    expect((await response).status).toBe(503);
    await drained;
    expect(h.logger.lines.filter((l) => /refused \(503\) an event whose body was still arriving/.test(l.message))).toHaveLength(1);
    expect(h.fake.visible(DM_CHANNEL_ID)).toEqual([]);
  });
});
