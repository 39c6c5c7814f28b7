// The thinnest Discord bot on discord.js, the bench's reference: replies "ok" to every message that
// mentions it. Same settings archbot reads (DISCORD_TOKEN, DISCORD_API_URL: the REST base, from which
// the gateway address is asked); prints "ready" once the gateway session is READY.
import { Client, Events, GatewayIntentBits } from 'discord.js';

const client = new Client({
  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
  rest: { api: process.env.DISCORD_API_URL },
});
client.on(Events.MessageCreate, (message) => {
  if (message.author.bot || !client.user || !message.mentions.has(client.user)) return;
  message.reply('ok').catch((err) => console.error(err));
});
client.once(Events.ClientReady, () => console.log('ready'));
process.on('SIGTERM', () => void client.destroy().then(() => process.exit(0)));
await client.login(process.env.DISCORD_TOKEN);
