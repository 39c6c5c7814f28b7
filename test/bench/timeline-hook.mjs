// Preloaded into both bots when the reply bench runs with REPLY_TIMELINE=1 (node --import): for each
// mention answered while no other was open (one at a time), the time from the mention reaching the
// bot to its reply's request starting out, in the bot's own process. The bench's own latency also
// holds what lies outside the bots (the loopback, the fake reading a larger or smaller body); this
// tells the two apart. Printed as one `bench-timeline` line when the process exits. (`subscribe`, not
// `channel(name).subscribe`: Node 20 may collect a channel object nothing else holds, and its subscribers with it.)
import { subscribe } from 'node:diagnostics_channel';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

/** When each open mention arrived, oldest first; null for one of a burst (sent within a millisecond of the one before, or while it was open). */
const open = [];
const inside = [];
let last = -Infinity;
const arrived = () => {
  const now = performance.now();
  open.push(open.length === 0 && now - last >= 1 ? now : null);
  last = now;
};
const replied = () => {
  if (open.length === 0) return;
  const at = open.shift();
  // Only a mention that came and went alone: in a burst, which reply answers which arrival is not known here.
  if (at !== null && open.length === 0) inside.push(performance.now() - at);
};

// Slack: an event POSTed to the bot's HTTP server; the reply is a Web API call, over node:http (archbot) or
// Node's fetch (the Web API client's own, in the thinnest bot: undici, below).
subscribe('http.server.request.start', ({ request }) => {
  if (request.method === 'POST' && request.url?.startsWith('/slack/events')) arrived();
});
subscribe('http.client.request.start', ({ request }) => {
  if (request.path?.includes('chat.postMessage')) replied();
});

// Discord: a mention's dispatch, as discord.js emits it to Raw listeners (archbot reads it there); the
// reply is a REST POST, timed when its headers are written. Only in a bot given a Discord token.
if (process.env.DISCORD_TOKEN) {
  const { Client } = createRequire(import.meta.url)('discord.js');
  const emit = Client.prototype.emit;
  Client.prototype.emit = function (event, packet, ...rest) {
    if (event === 'raw' && packet?.t === 'MESSAGE_CREATE' && packet.d?.author?.bot !== true) arrived();
    return emit.call(this, event, packet, ...rest);
  };
}
subscribe('undici:client:sendHeaders', ({ request }) => {
  if (request.method === 'POST' && (/\/channels\/\d+\/messages$/.test(request.path) || request.path.includes('chat.postMessage'))) replied();
});

process.on('exit', () => {
  if (inside.length === 0) return;
  const sorted = inside.sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(3);
  process.stdout.write(`bench-timeline n=${sorted.length} p50=${at(0.5)} p90=${at(0.9)} p99=${at(0.99)}\n`);
});
