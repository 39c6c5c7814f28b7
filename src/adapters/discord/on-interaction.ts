import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import { claimDelivery } from '../../core/sessions/claim-once.js';
import type { Outcome } from '../../core/types.js';
import { suggest, suggestChecklists } from './autocomplete.js';
import { CHECKLIST_OPTION, COMMAND_NAME, QUESTION_OPTION, isSubcommand } from './commands.js';
import { DEFER_AFTER_MS, withDeadline } from './deadline.js';
import { DEDUPE_MS, type DiscordContext } from './discord-context.js';
import { InteractionResponder } from './interaction-responder.js';
import { continueInThread } from './open-thread.js';
import { renderReply, type DiscordMessage } from './render-embeds.js';
import { placeOf, type Where } from './thread-id.js';
import { toInbound, whereOf } from './to-inbound.js';
import { NOTICE } from '../../core/texts.js';
import { DISCORD_TEXT } from './texts.js';

/**
 * Ids that fail to decode come from an older archbot, another bot's message copied over, or a
 * forgery. The core has no reply for "not an action at all", so this one is the adapter's.
 */
const FOREIGN_BUTTON = privateNotice(NOTICE['unknown-action'].button);
/** Only possible while Discord still lists a command that a newer registration removed. */
const FOREIGN_COMMAND = privateNotice(DISCORD_TEXT.unknownCommand);

function privateNotice(description: string): DiscordMessage {
  return { embeds: [{ description }], components: [], ephemeral: true };
}

/** Slash commands, button clicks and autocomplete; anything else (modals, menus) is not archbot's. */
export async function onInteraction(ctx: DiscordContext, interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) return autocomplete(ctx, interaction);
  if (!interaction.isChatInputCommand() && !interaction.isButton()) return;
  // Discord's 3 seconds run from arrival. The delivery claim (a round trip to a shared store) runs
  // inside that budget with the core's work, never before it: a stuck store must not hold back the
  // deferral. A claim settles within CLAIM_TIMEOUT_MS (1 s), before the deferral (2 s), so a
  // replica never defers an interaction that another replica then answers.
  const arrived = Date.now();
  const turn: Turn = {
    claimed: claimDelivery(ctx.store, `discord:${interaction.id}`, DEDUPE_MS, ctx.logger).then((first) => {
      if (!first) ctx.logger.info({ interaction: interaction.id }, 'discord: repeated delivery ignored');
      return first;
    }),
    budget: () => Math.max(0, DEFER_AFTER_MS - (Date.now() - arrived)),
  };
  if (interaction.isChatInputCommand()) return command(ctx, interaction, turn);
  return click(ctx, interaction, turn);
}

/** One interaction's claim on the delivery, and what is left of the time before it must be acknowledged. */
interface Turn {
  claimed: Promise<boolean>;
  budget(): number;
}

/** The core's outcome once this replica has claimed the delivery; undefined for a repeat. */
function ours<T>(turn: Turn, work: () => Promise<T>): Promise<T | undefined> {
  return turn.claimed.then((first) => (first ? work() : undefined));
}

async function autocomplete(ctx: DiscordContext, interaction: AutocompleteInteraction): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const ours = interaction.commandName === COMMAND_NAME;
  const typed = String(focused.value);
  const choices =
    ours && focused.name === QUESTION_OPTION ? suggest(ctx.bot.kb, typed) : ours && focused.name === CHECKLIST_OPTION ? suggestChecklists(ctx.bot.kb, typed) : [];
  await interaction.respond(choices);
}

function whereOfInteraction(interaction: ChatInputCommandInteraction | ButtonInteraction): Where {
  return whereOf(interaction.channel, interaction.channelId, interaction.guildId);
}

async function command(ctx: DiscordContext, interaction: ChatInputCommandInteraction, turn: Turn): Promise<void> {
  const responder = new InteractionResponder(interaction);
  const sub = interaction.options.getSubcommand(false) ?? '';
  if (interaction.commandName !== COMMAND_NAME || !isSubcommand(sub)) {
    if (await withDeadline(turn.claimed, turn.budget(), () => responder.deferReply(true))) await responder.send(FOREIGN_COMMAND);
    return;
  }
  const where = whereOfInteraction(interaction);
  const text = sub === 'ask' ? (interaction.options.getString(QUESTION_OPTION) ?? '') : sub === 'decide' ? (interaction.options.getString(CHECKLIST_OPTION) ?? '') : '';
  const event = toInbound(where, interaction.user, { type: 'command', name: sub, text });
  // If the core is slow, the placeholder must already be private or public; in a channel every
  // command but `decide` answers privately, so that is the guess.
  const ephemeralGuess = placeOf(where) === 'channel' && sub !== 'decide';
  const outcome = await withDeadline(
    ours(turn, () => ctx.bot.handle(event)),
    turn.budget(),
    () => responder.deferReply(ephemeralGuess),
  );
  if (outcome) await deliver(ctx, responder, where, outcome);
}

async function click(ctx: DiscordContext, interaction: ButtonInteraction, turn: Turn): Promise<void> {
  const responder = new InteractionResponder(interaction);
  const action = ctx.bot.decode(interaction.customId);
  if (!action) {
    if (!(await withDeadline(turn.claimed, turn.budget(), () => responder.deferReply(true)))) return;
    ctx.logger.info({ customId: interaction.customId.slice(0, 100) }, 'ignored an unknown discord button id');
    await responder.send(FOREIGN_BUTTON);
    return;
  }
  const where = whereOfInteraction(interaction);
  const event = toInbound(where, interaction.user, { type: 'action', action });
  const outcome = await withDeadline(
    ours(turn, () => ctx.bot.handle(event)),
    turn.budget(),
    () => responder.deferUpdate(),
  );
  if (outcome) await deliver(ctx, responder, where, outcome);
}

/**
 * An outcome, as Discord calls: the clicked message replaced (who chose what, buttons gone), then
 * each reply as the response or a follow-up, then, for a decision started in a channel, a thread
 * opened on the first reply where the decision continues.
 */
async function deliver(ctx: DiscordContext, responder: InteractionResponder, where: Where, outcome: Outcome): Promise<void> {
  if (outcome.update) {
    const [head, ...rest] = renderReply(outcome.update, ctx.limits, { buttons: false });
    if (head) await responder.update(head);
    for (const message of rest) await responder.send({ ...message, ephemeral: false });
  }
  const messages = outcome.replies.flatMap((reply) => renderReply(reply, ctx.limits));
  let firstId: string | undefined;
  for (const [i, message] of messages.entries()) {
    const id = await responder.send(message);
    if (i === 0) firstId = id;
  }
  await responder.finish();
  if (outcome.openThread && where.guildId !== null && !where.isThread) {
    if (!firstId) {
      ctx.logger.warn({ channel: where.channelId }, 'could not open a thread: the interaction response has no message id');
      return;
    }
    await continueInThread(ctx, where, firstId, outcome.openThread, (message) => responder.send(message));
  }
}
