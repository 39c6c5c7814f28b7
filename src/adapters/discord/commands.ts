import {
  ApplicationIntegrationType,
  InteractionContextType,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { examplesOf, subjectOf } from '../../core/article-words.js';
import type { KnowledgeBase } from '../../core/knowledge-base.js';
import { REPLY } from '../../core/texts.js';
import type { CommandName } from '../../core/types.js';
import { truncate } from '../shared/text.js';
import { DISCORD_TEXT } from './texts.js';

export const COMMAND_NAME = 'arch';
export const QUESTION_OPTION = 'question';
export const CHECKLIST_OPTION = 'checklist';

/** Discord allows 100 characters in a command's or an option's description. */
const DESCRIPTION = 100;

/** The subcommands, in the order Discord lists them; each maps to the core's command of that name. */
export const SUBCOMMANDS: readonly CommandName[] = ['ask', 'decide', 'topics', 'help'];

/**
 * `/arch ask|decide|topics|help`. One command with subcommands keeps the bot to a single entry in
 * the slash menu. It is usable in servers and in the bot's DMs (contexts), installed to servers.
 * The descriptions come from the articles; the same content gives the same body, so registering
 * twice sends the same body twice.
 */
export function archCommand(kb: KnowledgeBase): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const describe = (text: string): string => truncate(text, DESCRIPTION);
  const examples = examplesOf(kb.articles, 2).join(', ');
  const only = kb.checklists.length === 1 ? kb.defaultChecklist : undefined;
  const words = DISCORD_TEXT.command;
  return new SlashCommandBuilder()
    .setName(COMMAND_NAME)
    .setDescription(describe(words.arch(subjectOf(kb.articles))))
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addSubcommand((sub) =>
      sub
        .setName('ask')
        .setDescription(words.ask)
        .addStringOption((option) =>
          option.setName(QUESTION_OPTION).setDescription(describe(words.question(examples))).setRequired(true).setAutocomplete(true),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName('decide')
        .setDescription(describe(words.decide(only?.title)))
        // Optional: without it, one checklist runs and several are offered as buttons.
        .addStringOption((option) => option.setName(CHECKLIST_OPTION).setDescription(words.checklist).setRequired(false).setAutocomplete(true)),
    )
    .addSubcommand((sub) => sub.setName('topics').setDescription(words.topics))
    .addSubcommand((sub) => sub.setName('help').setDescription(REPLY.help.title))
    .toJSON();
}

export function isSubcommand(name: string): name is CommandName {
  return (SUBCOMMANDS as readonly string[]).includes(name);
}
