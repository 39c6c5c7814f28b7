import type { webApi } from '@slack/bolt';
import type { SlackMessage } from './render-blocks.js';

/** The chat methods a reply goes out through. */
type ChatMethod = 'chat.postMessage' | 'chat.postEphemeral' | 'chat.update';

/**
 * Calls a chat method with the message's blocks already JSON text. Slack receives the same form
 * field either way (the Web API client JSON-encodes any object argument), but given objects the
 * client also walks and copies every block for a debug line it builds whatever the log level
 * (`http request body: …`): with a reply's blocks that was most of the call's own CPU time.
 */
export function chatCall(client: webApi.WebClient, method: ChatMethod, args: Record<string, unknown>, message: SlackMessage): Promise<webApi.WebAPICallResult> {
  return client.apiCall(method, { ...args, text: message.text, blocks: JSON.stringify(message.blocks) });
}

/** The `ts` of the message a chat call posted, when Slack returned one. */
export function postedTs(result: webApi.WebAPICallResult): string | undefined {
  const ts = (result as { ts?: unknown }).ts;
  return typeof ts === 'string' ? ts : undefined;
}
