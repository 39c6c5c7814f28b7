import { MessageFlags, type Interaction } from 'discord.js';
import { apiErrorFields } from '../shared/error-fields.js';
import { NO_PINGS } from './channel-messages.js';
import type { DiscordContext } from './discord-context.js';
import { NOTICE } from '../../core/texts.js';


/**
 * Interaction responses go to `/interactions/{id}/{token}/…` and `/webhooks/{app}/{token}/…`; the
 * token lets anyone answer as the bot for 15 minutes, so it never reaches a log.
 */
export function redactTokens(text: string): string {
  return text.replace(/\/(interactions|webhooks)\/(\d+)\/[^/?\s]+/g, '/$1/$2/[token]');
}

/**
 * The shared description of a failed platform call, plus what discord.js adds (a numeric code,
 * the HTTP status, the route) and the stack, since a failure here may also be our own bug; every
 * text in it has interaction tokens removed.
 */
function describe(err: unknown): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  if (err instanceof Error) {
    const { code, status, url } = err as Error & { code?: unknown; status?: unknown; url?: unknown };
    Object.assign(extra, typeof code === 'number' ? { code } : {}, { status, url, stack: err.stack });
  }
  const fields = apiErrorFields(err, extra);
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, typeof value === 'string' ? redactTokens(value) : value]));
}

/**
 * The one place a handler's failure ends: logged with context, the person told (if an
 * interaction is still waiting for its answer), and the process kept running. Event listeners
 * return nothing, so a rejection here would otherwise be unhandled.
 */
export function guard(
  ctx: DiscordContext,
  kind: string,
  work: () => Promise<void>,
  fields: Record<string, unknown>,
  interaction?: Interaction,
): void {
  // Stopping: nothing new is taken on (the gateway stays open only so replies in flight can finish).
  if (ctx.intake && !ctx.intake.accepting()) return;
  const handled = work().catch(async (err: unknown) => {
    ctx.logger.error({ ...fields, err: describe(err) }, `discord ${kind} handler failed`);
    // A REST failure carries the HTTP status Discord answered with; anything else is our own bug.
    if (err instanceof Error && typeof (err as { status?: unknown }).status === 'number') ctx.metrics?.platformApiError('discord');
    if (!interaction?.isRepliable() || interaction.replied) return;
    const sorry = { content: NOTICE.internal.sorry, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS } as const;
    try {
      // After a defer the person is looking at "thinking…" (or a click that did nothing yet).
      if (interaction.deferred) await interaction.followUp(sorry);
      else await interaction.reply(sorry);
    } catch (replyErr) {
      ctx.logger.warn({ ...fields, err: describe(replyErr) }, 'could not tell the user about the failure');
    }
  });
  void ctx.intake?.track(handled);
}
