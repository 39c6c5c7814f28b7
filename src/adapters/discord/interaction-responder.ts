import { MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction, type InteractionReplyOptions } from 'discord.js';
import { NO_PINGS } from './channel-messages.js';
import type { DiscordMessage } from './render-embeds.js';
import { LIMITS } from './limits.js';
import { truncate } from '../shared/text.js';

export type RepliableInteraction = ButtonInteraction | ChatInputCommandInteraction;

function payload(message: DiscordMessage): Pick<InteractionReplyOptions, 'content' | 'embeds' | 'components' | 'allowedMentions'> {
  return {
    content: message.content ? truncate(message.content, LIMITS.content) : '',
    embeds: message.embeds,
    components: message.components,
    allowedMentions: NO_PINGS,
  };
}

const flagsOf = (message: DiscordMessage): MessageFlags.Ephemeral | undefined => (message.ephemeral ? MessageFlags.Ephemeral : undefined);

/**
 * Answers one interaction with as many messages as the core produced, choosing the right call
 * for each: the first message is the interaction's response (callback), later ones are
 * follow-ups; after a defer, the first goes where the defer pointed. Returns message ids so a
 * thread can be opened on one.
 */
export class InteractionResponder {
  /** deferReply was used: the first message must edit the "thinking…" placeholder. */
  private placeholder = false;

  constructor(private readonly interaction: RepliableInteraction) {}

  get acknowledged(): boolean {
    return this.interaction.deferred || this.interaction.replied;
  }

  /** For commands running late. `ephemeral` cannot change afterwards, so it is decided up front. */
  async deferReply(ephemeral: boolean): Promise<void> {
    if (this.acknowledged) return;
    await this.interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    this.placeholder = true;
  }

  /** For clicks running late: acknowledges without changing the clicked message yet. */
  async deferUpdate(): Promise<void> {
    if (this.acknowledged || !this.interaction.isButton()) return;
    await this.interaction.deferUpdate();
  }

  /** Replaces the clicked message (callback type 7, UPDATE_MESSAGE), or edits it after a deferUpdate. */
  async update(message: DiscordMessage): Promise<void> {
    if (!this.interaction.isButton()) return;
    if (this.acknowledged) await this.interaction.editReply(payload(message));
    else await this.interaction.update(payload(message));
  }

  /** Sends one message; resolves with its id when Discord returned one. */
  async send(message: DiscordMessage): Promise<string | undefined> {
    const flags = flagsOf(message);
    if (!this.acknowledged) {
      const response = await this.interaction.reply({ ...payload(message), ...(flags ? { flags } : {}), withResponse: true });
      return response.resource?.message?.id;
    }
    if (this.placeholder) {
      this.placeholder = false;
      return (await this.interaction.editReply(payload(message))).id;
    }
    return (await this.interaction.followUp({ ...payload(message), ...(flags ? { flags } : {}) })).id;
  }

  /**
   * An interaction that produced nothing to show still needs acknowledging, or Discord shows a
   * failure: a click is acknowledged as is; a command (a flood held back by the rate limit) gets a
   * private placeholder that is removed at once, so nothing is posted.
   */
  async finish(): Promise<void> {
    if (this.acknowledged) return;
    if (this.interaction.isButton()) {
      await this.interaction.deferUpdate();
      return;
    }
    await this.interaction.deferReply({ flags: MessageFlags.Ephemeral });
    await this.interaction.deleteReply();
  }
}
