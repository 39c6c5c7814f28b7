import { afterEach, describe, expect, it } from 'vitest';
import { buttonsOf } from './helpers/blocks.js';
import { blockActions, directMessage, documentedProblems, envelope, homeOpened, mention, sharedFile, slashCommand, type ClickOptions, type Install, type Json } from './helpers/documented.js';
import { read, type FakeMessage } from './helpers/fake-slack.js';
import { useSlackHarness, type SlackHarness } from './helpers/harness.js';
import { ALICE, APP_ID, BOB, BOT_ID, BOT_USER_ID, CHANNEL_ID, DM_CHANNEL_ID, TEAM_ID, nextTs, type Person } from './helpers/payloads.js';
import { DECIDE } from '../../helpers/decide.js';

// The adapter against Slack's documented request bodies (full field sets, Enterprise Grid variants,
// threads, files, auto-formatted links), with every call it makes checked against Slack's argument
// rules and Block Kit limits. References: docs.slack.dev/interactivity/implementing-slash-commands,
// /apis/events-api, /reference/events/app_mention, /reference/events/message.im,
// /reference/events/app_home_opened, /reference/interaction-payloads/block_actions-payload,
// /reference/block-kit/blocks, api.slack.com/docs/formatting.

const FORM = 'application/x-www-form-urlencoded';
const JSON_BODY = 'application/json';

describe('slack adapter with documented payloads', () => {
  let h: SlackHarness;
  useSlackHarness((started) => (h = started));
  afterEach(() => {
    expect(documentedProblems(h.fake.calls)).toEqual([]);
  });

  const dm = (): FakeMessage[] => h.fake.visible(DM_CHANNEL_ID);
  const event = (body: Json, install: Install = 'workspace', extShared = false) => h.handled(() => h.post(envelope(body, { install, extShared }), JSON_BODY));
  const command = (text: string, channel: string, install: Install = 'workspace', user: Person = ALICE) => {
    const responseUrl = h.fake.responseUrl({ channel, user: user.id, source: undefined });
    return h.handled(() => h.post(slashCommand({ text, user, channel, responseUrl, install }), FORM));
  };
  /** Clicks the button labelled `label` on `message` (or on the Home tab when undefined) with a documented payload. */
  const click = (message: FakeMessage | undefined, label: RegExp, user: Person, install: Install, extra: Partial<ClickOptions> = {}) => {
    const buttons = buttonsOf(message ? message.blocks : (h.fake.homeViews.get(user.id) ?? []));
    const button = buttons.find((b) => label.test(b.label));
    if (!button) throw new Error(`no button matching ${label}: ${buttons.map((b) => b.label).join(' | ')}`);
    const responseUrl = message && h.fake.responseUrl({ channel: message.channel, user: user.id, source: message.ts });
    const options: ClickOptions = { user, button, install, ...(message ? { message } : {}), ...(responseUrl ? { responseUrl } : {}), ...extra };
    return h.handled(() => h.post(blockActions(options), FORM));
  };
  const firstQuestion = (channel: string, threadTs?: string) =>
    h.fake.visible(channel, threadTs).find((m) => m.threadTs !== undefined && /\(1\/6\)/.test(read(m).text));

  it('answers a slash command with every documented field, Grid ones included, privately through its response_url', async () => {
    await command('what is etcd', CHANNEL_ID, 'grid');
    const [answer] = h.fake.ephemeralFor(ALICE.id);
    expect(answer && read(answer).text).toMatch(/^etcd\n[\s\S]*key-value/);
    expect(h.fake.callsTo('response_url')[0]?.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(h.fake.visible(CHANNEL_ID)).toEqual([]);
  });

  it("acknowledges Slack's ssl_check on the command URL and posts nothing", async () => {
    const res = await h.post('ssl_check=1&token=Jhj5dZrVaK7ZwHHjRyZWjbDl', FORM);
    expect(res.status).toBe(200);
    await h.barrier();
    expect(h.fake.callsTo('response_url')).toEqual([]);
    expect(h.fake.ephemeralFor(ALICE.id)).toEqual([]);
  });

  it('keeps /arch private in a DM between two people, where the bot is no member and cannot post', async () => {
    // Slack gives the command the people's own DM (D…, "directmessage"); chat.postMessage there fails.
    const theirDm = 'D0ALICEBOB';
    h.fake.notInChannel.add(theirDm);
    await command('what is etcd', theirDm);
    expect(h.fake.visible(theirDm).map((m) => read(m).text.split('\n')[0])).toEqual([]);
    expect(h.fake.ephemeralFor(ALICE.id).map((m) => read(m).text.split('\n')[0])).toEqual(['etcd']);
  });

  it('answers an app_mention with rich-text blocks in a thread under it, in a shared channel of a Grid org', async () => {
    const bold = [{ type: 'text', text: ' what is ' }, { type: 'text', text: 'etcd', style: { bold: true } }, { type: 'text', text: '?' }];
    const asked = mention('what is *etcd*?', bold, ALICE, CHANNEL_ID, { user_team: TEAM_ID, source_team: TEAM_ID });
    await event(asked, 'grid', true);
    const [reply] = h.fake.visible(CHANNEL_ID, asked.ts);
    expect(reply && read(reply).text).toMatch(/^etcd\n[\s\S]*key-value/);
    expect(h.fake.visible(CHANNEL_ID).filter((m) => m.threadTs === undefined)).toEqual([]);
  });

  it('reads a link Slack formatted in a mention as what the person typed ("etcd.io")', async () => {
    // Slack detects URLs server-side and sends `<http://etcd.io|etcd.io>`: the full URL, a pipe, then the typed text.
    const link = { type: 'link', url: 'http://etcd.io', text: 'etcd.io' };
    const asked = mention('what is <http://etcd.io|etcd.io>', [{ type: 'text', text: ' what is ' }, link], ALICE, CHANNEL_ID);
    await event(asked);
    const [reply] = h.fake.visible(CHANNEL_ID, asked.ts);
    expect(reply && read(reply).text.split('\n')[0]).toBe('etcd');
  });

  it('continues a channel decision when a member of a Grid workspace clicks an answer in its thread', async () => {
    await command(DECIDE, CHANNEL_ID, 'grid');
    const question = firstQuestion(CHANNEL_ID);
    if (!question) throw new Error('no first question in a thread');
    await click(question, /Several machines/, BOB, 'grid');
    expect(read(question).text).toContain('bob chose *Several machines*');
    expect(h.fake.visible(CHANNEL_ID, question.threadTs).map((m) => /\(2\/6\)/.test(read(m).text))).toContain(true);
  });

  it('publishes the Home tab for a documented app_home_opened, and nothing for the Messages tab', async () => {
    await h.post(envelope(homeOpened(BOB, 'messages', 'D0BOB')), JSON_BODY);
    await h.post(envelope(homeOpened(ALICE, 'home', DM_CHANNEL_ID)), JSON_BODY);
    const home = await h.fake.waitFor(() => h.fake.homeViews.get(ALICE.id), 'the Home tab');
    expect(buttonsOf(home).map((b) => b.label)).toContainEqual(expect.stringMatching(/^Start a decision/));
    await h.barrier();
    expect(h.fake.callsTo('views.publish').map((c) => c.args.user_id)).toEqual([ALICE.id]);
  });

  it('answers a DM written in a thread of the DM inside that thread', async () => {
    const parent = nextTs();
    await event(directMessage('what is a pod', ALICE, DM_CHANNEL_ID, { thread_ts: parent, parent_user_id: ALICE.id }));
    expect(dm().map((m) => [m.threadTs, read(m).text.split('\n')[0]])).toEqual([[parent, expect.stringMatching(/Pod/)]]);
  });

  it('answers what a person wrote under a subtype: a file attached (file_share), a thread reply also sent to the DM (thread_broadcast)', async () => {
    const withFile = directMessage('what is etcd', ALICE, DM_CHANNEL_ID, { subtype: 'file_share', files: [sharedFile(ALICE)], upload: false, display_as_bot: false });
    const root = { type: 'message', user: ALICE.id, text: 'hello', ts: nextTs(), team: TEAM_ID, reply_count: 1, reply_users_count: 1, latest_reply: nextTs(), reply_users: [ALICE.id] };
    const alsoSent = directMessage('what is a pod', ALICE, DM_CHANNEL_ID, { subtype: 'thread_broadcast', thread_ts: root.ts, root: { ...root, thread_ts: root.ts } });
    await h.post(envelope(withFile), JSON_BODY);
    await h.post(envelope(alsoSent), JSON_BODY);
    await h.fake.waitFor(() => dm()[1], 'answers to both messages', 1_500);
    const answered = Object.fromEntries(dm().map((m) => [read(m).text.split('\n')[0], m.threadTs]));
    expect(answered).toEqual({ etcd: undefined, Pods: root.ts });
  });

  it('keeps a whole DM decision, the topic list and the help within Slack\'s argument rules and Block Kit limits', async () => {
    await command('topics', CHANNEL_ID);
    await command('help', CHANNEL_ID);
    for (const typed of [DECIDE, 'one server', 'a few', 'yes', 'steady', 'few moving parts', 'no']) await event(directMessage(typed, ALICE, DM_CHANNEL_ID));
    expect(read(dm().at(-1) as FakeMessage).text).toMatch(/Verdict: Docker is enough for now/);
    expect(h.fake.ephemeralFor(ALICE.id)).toHaveLength(2);
    // afterEach checks every call made here against the documented rules.
  });

  it('stays silent for an edit, another bot and its own echo, each in its documented shape', async () => {
    const original = nextTs();
    const now = nextTs();
    const edited = {
      type: 'message',
      subtype: 'message_changed',
      hidden: true,
      message: { type: 'message', user: ALICE.id, text: 'what is a pod', edited: { user: ALICE.id, ts: now }, ts: original, team: TEAM_ID },
      previous_message: { type: 'message', user: ALICE.id, text: 'what is etcd', ts: original, team: TEAM_ID },
      channel: DM_CHANNEL_ID,
      ts: now,
      event_ts: now,
      channel_type: 'im',
    };
    const otherBot = { type: 'message', subtype: 'bot_message', text: 'what is etcd', ts: nextTs(), username: 'deploy-bot', bot_id: 'B0OTHER', channel: DM_CHANNEL_ID, event_ts: now, channel_type: 'im' };
    const profile = { id: BOT_ID, app_id: APP_ID, name: 'archbot', deleted: false, team_id: TEAM_ID, updated: 1_712_000_000, icons: {} };
    const echo = directMessage('what is etcd', { id: BOT_USER_ID, name: 'archbot' }, DM_CHANNEL_ID, { bot_id: BOT_ID, app_id: APP_ID, bot_profile: profile });
    for (const body of [edited, otherBot, echo]) expect((await h.post(envelope(body), JSON_BODY)).status).toBe(200);
    await h.barrier();
    expect(dm()).toEqual([]);
  });

  it('treats a click on a thread parent as a click at the top level: a related topic is answered privately', async () => {
    await command('what is etcd', CHANNEL_ID);
    const [answer] = h.fake.ephemeralFor(ALICE.id);
    if (!answer) throw new Error('no private answer');
    await click(answer, /Share in channel/, ALICE, 'workspace');
    const [shared] = h.fake.visible(CHANNEL_ID);
    if (!shared) throw new Error('the answer was not shared');
    // People replied under the shared answer: Slack now sends it with thread_ts equal to its own ts.
    await click(shared, /^Control plane$/, BOB, 'workspace', { replies: 2 });
    expect(h.fake.ephemeralFor(BOB.id).map((m) => read(m).text.split('\n')[0])).toEqual(['Control plane']);
    expect(h.fake.visible(CHANNEL_ID, shared.ts)).toEqual([]);
  });
});
