// The thinnest Discord bot on discord.js, the bench's reference: replies "ok" to every message that
// mentions it. Same settings archbot reads (DISCORD_TOKEN, DISCORD_API_URL: the REST base, from which
// the gateway address is asked); prints "ready" once the gateway session is READY.
// THIN_REPLY=file.json: answers with that message ({ embeds, components, allowed_mentions }) instead,
// to measure what a reply as rich as archbot's costs by itself.
import { readFileSync } from 'node:fs';
import { Client, Events, GatewayIntentBits } from 'discord.js';

const rich = process.env.THIN_REPLY ? JSON.parse(readFileSync(process.env.THIN_REPLY, 'utf8')) : undefined;
const reply = rich ? { embeds: rich.embeds, components: rich.components, allowedMentions: { parse: [] } } : 'ok';

const client = new Client({
  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
  rest: { api: process.env.DISCORD_API_URL },
});
// THIN_DROP_UNREAD=1: drops what it never answers on the raw dispatch, as archbot does
// (src/adapters/discord/unread-messages.ts), so discord.js builds no Message for its own echoed replies.
if (process.env.THIN_DROP_UNREAD === '1') {
  client.on(Events.Raw, (packet) => {
    const d = packet?.d;
    if (packet?.t !== 'MESSAGE_CREATE' || !client.user) return;
    if (d.author?.bot || d.webhook_id || (d.guild_id && !d.mentions?.some((m) => m.id === client.user.id))) packet.t = 'THIN_UNREAD';
  });
}
client.on(Events.MessageCreate, (message) => {
  if (message.author.bot || !client.user || !message.mentions.has(client.user)) return;
  message.reply(reply).catch((err) => console.error(err));
});
client.once(Events.ClientReady, () => console.log('ready'));
process.on('SIGTERM', () => void client.destroy().then(() => process.exit(0)));
await client.login(process.env.DISCORD_TOKEN);
