import {
  ApplicationIntegrationType,
  InteractionContextType,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandName } from '../../core/types.js';

export const COMMAND_NAME = 'arch';
export const QUESTION_OPTION = 'question';

/** The subcommands, in the order Discord lists them; each maps to the core's command of that name. */
export const SUBCOMMANDS: readonly CommandName[] = ['ask', 'decide', 'topics', 'help'];

/**
 * `/arch ask|decide|topics|help`. One command with subcommands keeps the bot to a single entry in
 * the slash menu. It is usable in servers and in the bot's DMs (contexts), installed to servers.
 * The definition is a constant, so registering it twice sends the same body twice.
 */
export function archCommand(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return new SlashCommandBuilder()
    .setName(COMMAND_NAME)
    .setDescription('Docker and Kubernetes answers, and a guided decision between them')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addSubcommand((sub) =>
      sub
        .setName('ask')
        .setDescription('Ask a question; only you see the answer until you share it')
        .addStringOption((option) =>
          option.setName(QUESTION_OPTION).setDescription('For example: what is etcd, docker vs kubernetes').setRequired(true).setAutocomplete(true),
        ),
    )
    .addSubcommand((sub) => sub.setName('decide').setDescription('Decide between Docker and Kubernetes, one question at a time'))
    .addSubcommand((sub) => sub.setName('topics').setDescription('Everything I can answer'))
    .addSubcommand((sub) => sub.setName('help').setDescription('How to use archbot'))
    .toJSON();
}

export function isSubcommand(name: string): name is CommandName {
  return (SUBCOMMANDS as readonly string[]).includes(name);
}
