import type { RecordedCall as DiscordCall } from '../adapters/discord/helpers/fake-discord.js';
import { FakeDiscord } from '../adapters/discord/helpers/fake-discord.js';
import { BOT_ID, CHANNEL_ID as DISCORD_CHANNEL, GUILD_ID, botUser, message, person } from '../adapters/discord/helpers/payloads.js';
import { FakeSlack, type RecordedCall as SlackCall } from '../adapters/slack/helpers/fake-slack.js';
import { ALICE, BOB, CHANNEL_ID as SLACK_CHANNEL, appMention, eventCallback } from '../adapters/slack/helpers/payloads.js';
import { postSigned } from '../adapters/slack/helpers/signed-request.js';
import { Replies } from './latency.js';

// The same questions, people and pacing for archbot and the thinnest bot, on the test suite's fakes.
const QUESTIONS = ['what is etcd', 'what is a pod', 'kubernetes vs docker swarm', 'how does kube proxy route traffic', 'what is a sidecar'];
export const question = (i: number): string => QUESTIONS[i % QUESTIONS.length] ?? 'what is etcd';

/** Calls `seen` for every call the fake records, as it is recorded (before the fake answers it). */
function watch<T>(calls: T[], seen: (call: T) => void): void {
  const push = calls.push.bind(calls);
  calls.push = (...items: T[]): number => {
    for (const item of items) seen(item);
    return push(...items);
  };
}

export interface Driver {
  /** Sends mention `i` (optionally with this text) and resolves with the ms until its reply reached Slack/Discord. */
  mention(i: number, text?: string): Promise<number>;
  close(): Promise<void>;
}

export async function slackFake(): Promise<{ fake: FakeSlack; driver: (eventsUrl: string) => Driver }> {
  const fake = new FakeSlack();
  await fake.start();
  const replies = new Replies();
  watch<SlackCall>(fake.calls, (call) => {
    if (call.method === 'chat.postMessage' && typeof call.args.thread_ts === 'string') replies.arrived(call.args.thread_ts);
  });
  return {
    fake,
    driver: (eventsUrl) => ({
      async mention(i, text = question(i)) {
        const event = appMention(text, { user: i % 2 === 0 ? ALICE : BOB, channel: SLACK_CHANNEL });
        const reply = replies.expect(event.ts);
        const res = await postSigned(eventsUrl, JSON.stringify(eventCallback(event)), 'application/json');
        if (res.status !== 200) throw new Error(`the bot refused the event: ${res.status}`);
        return reply;
      },
      close: () => fake.close(),
    }),
  };
}

export async function discordFake(): Promise<{ fake: FakeDiscord; driver: () => Driver }> {
  const fake = new FakeDiscord();
  await fake.start();
  const replies = new Replies();
  watch<DiscordCall>(fake.calls, (call) => {
    const ref = (call.body as { message_reference?: { message_id?: string } } | undefined)?.message_reference?.message_id;
    if (call.method === 'POST' && /^\/channels\/\d+\/messages$/.test(call.path)) replies.arrived(ref);
  });
  return {
    fake,
    driver: () => ({
      async mention(i, text = question(i)) {
        const author = i % 2 === 0 ? person() : person('400000000000000002', 'grace');
        const sent = message({ channel_id: DISCORD_CHANNEL, guild_id: GUILD_ID, author, content: `<@${BOT_ID}> ${text}`, mentions: [botUser()] });
        const reply = replies.expect(String(sent.id));
        fake.dispatch('MESSAGE_CREATE', sent);
        return reply;
      },
      close: () => fake.close(),
    }),
  };
}
