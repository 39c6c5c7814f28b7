// What archbot uses of Bolt, taken from Bolt's own files rather than its entry point: `@slack/bolt`
// loads every receiver Bolt ships, Express's and AWS Lambda's with their dependencies, which archbot
// never runs (it runs HTTPReceiver or SocketModeReceiver). Loading what is here takes 111 ms of CPU
// against the entry point's 163, and a Slack bot reaches `archbot is running` with about 100 ms less
// CPU. Types still come from '@slack/bolt'.
// Bolt's files are CommonJS, read with `require` so that every runner (Node, the test runner's
// transform) hands back the same `exports` objects; each is the same object the entry point exports.
import { createRequire } from 'node:module';
import type * as Bolt from '@slack/bolt';

const load = createRequire(import.meta.url);
const app = load('@slack/bolt/dist/App.js') as { default: typeof Bolt.App; LogLevel: typeof Bolt.LogLevel };

export const App = app.default;
export const LogLevel = app.LogLevel;
export const HTTPReceiver = (load('@slack/bolt/dist/receivers/HTTPReceiver.js') as { default: typeof Bolt.HTTPReceiver }).default;
export const SocketModeReceiver = (load('@slack/bolt/dist/receivers/SocketModeReceiver.js') as { default: typeof Bolt.SocketModeReceiver }).default;
export const verifySlackRequest = (load('@slack/bolt/dist/receivers/verify-request.js') as { verifySlackRequest: typeof Bolt.verifySlackRequest }).verifySlackRequest;
