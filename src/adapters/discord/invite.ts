import { OAuth2Scopes, PermissionsBitField, type PermissionsString } from 'discord.js';

/**
 * Exactly what archbot does in a server, and nothing more: see channels and post in them (with
 * embeds, which need Embed Links), reply to a mention (replies need Read Message History), open a
 * public thread for a decision and post in it. Slash-command responses need no permission at all.
 */
export const BOT_PERMISSIONS: readonly PermissionsString[] = [
  'ViewChannel',
  'SendMessages',
  'EmbedLinks',
  'ReadMessageHistory',
  'CreatePublicThreads',
  'SendMessagesInThreads',
];

/** The permissions integer the invite URL carries (309237730304). */
export function botPermissions(): string {
  return new PermissionsBitField([...BOT_PERMISSIONS]).bitfield.toString();
}

/** The link a server admin opens to add the bot with its slash commands. */
export function inviteUrl(applicationId: string): string {
  const query = new URLSearchParams({
    client_id: applicationId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '),
    permissions: botPermissions(),
  });
  return `https://discord.com/oauth2/authorize?${query.toString()}`;
}
