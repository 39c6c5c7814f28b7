// The thinnest Slack bot on Bolt, the bench's reference: HTTP mode, answers every mention with "ok"
// in its thread. Same settings archbot reads (SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL,
// PORT); prints "ready" once it listens. Plain JavaScript, so nothing stands between it and Bolt.
// THIN_REPLY=file.json: answers with that message ({ text, blocks }) instead, to measure what a reply
// as rich as archbot's costs by itself.
import { readFileSync } from 'node:fs';
import bolt from '@slack/bolt';

const reply = process.env.THIN_REPLY ? JSON.parse(readFileSync(process.env.THIN_REPLY, 'utf8')) : { text: 'ok' };

const app = new bolt.App({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  logLevel: bolt.LogLevel.ERROR,
});
app.event('app_mention', async ({ event, client }) => {
  await client.chat.postMessage({ channel: event.channel, thread_ts: event.thread_ts ?? event.ts, ...reply });
});
await app.start(Number(process.env.PORT));
console.log('ready');
process.on('SIGTERM', () => void app.stop().then(() => process.exit(0)));
