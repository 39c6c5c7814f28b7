import { ChannelType } from 'discord.js';
import { isRecord } from './raw-payload.js';

/**
 * Discord documents MESSAGE_CREATE's `channel_type` and an interaction's `channel` as optional,
 * but discord.js needs both: without `channel_type` it cannot build a DM channel it has not cached
 * and drops the DM; without `channel` an interaction has no channel id (it ignores `channel_id`).
 * Runs on the raw dispatch, before discord.js reads it, and fills only what is missing from what
 * the payload itself says.
 */
export function fillOptionalFields(packet: unknown): void {
  if (!isRecord(packet) || !isRecord(packet.d)) return;
  const d = packet.d;
  // Outside a guild a bot is only sent DMs (ephemeral messages are never dispatched).
  if (packet.t === 'MESSAGE_CREATE' && d.guild_id === undefined && d.channel_type === undefined) d.channel_type = ChannelType.DM;
  if (packet.t === 'INTERACTION_CREATE' && d.channel === undefined && typeof d.channel_id === 'string') {
    d.channel =
      typeof d.guild_id === 'string'
        ? { id: d.channel_id, guild_id: d.guild_id }
        : { id: d.channel_id, type: ChannelType.DM, recipients: isRecord(d.user) ? [d.user] : [] };
  }
}
