import { escapeMarkdown, type APIEmbed, type APIEmbedField } from 'discord.js';
import { choicesOf, isEphemeral } from '../../core/reply.js';
import type { Reply, ReplyKind } from '../../core/types.js';
import type { PlatformLimits } from '../descriptor.js';
import { DISCORD_LIMITS, LIMITS } from './limits.js';
import { renderButtons, type ButtonRow } from './render-components.js';
import { frameOf, titled } from '../shared/reply-frame.js';
import { quotedWords, splitText, truncate } from '../shared/text.js';
import { REPLY } from '../../core/texts.js';

/** One Discord message, ready for a channel post, an interaction response or a follow-up. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
  /** Only the person who caused it should see it (honoured on interaction responses). */
  ephemeral: boolean;
}

const COLOR: Record<ReplyKind, number> = {
  answer: 0x5865f2,
  clarify: 0xfee75c,
  unknown: 0x99aab5,
  outside: 0x99aab5,
  smalltalk: 0x5865f2,
  topics: 0x5865f2,
  help: 0x5865f2,
  question: 0x3498db,
  answered: 0x99aab5,
  why: 0x3498db,
  verdict: 0x57f287,
  notice: 0x99aab5,
};

/** People's own words, shown back as a quote: no Markdown of theirs, and at most a line or two. */
function quoted(text: string): string {
  return `> ${escapeMarkdown(quotedWords(text.replace(/\s+/g, ' ').trim()))}`;
}

function embedSize(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + fields + (embed.footer?.text.length ?? 0);
}

/**
 * A reply as one message or, when it is longer than one message may carry, several: the body is
 * split into embeds of at most 4,096 characters, embeds are packed at most 10 and 6,000
 * characters to a message, and the buttons go on the last one. `buttons: false` renders the
 * message a click replaced (who chose what, no buttons left to press twice).
 */
export function renderReply(reply: Reply, limits: PlatformLimits = DISCORD_LIMITS, options: { buttons?: boolean } = {}): DiscordMessage[] {
  const frame = frameOf(reply);
  const title = frame.title === undefined ? undefined : titled(frame.title, frame.progress);

  const parts: string[] = [];
  if (frame.quote !== undefined) parts.push(quoted(frame.quote));
  if (reply.body) parts.push(reply.body);
  const fields: APIEmbedField[] = [];
  for (const section of frame.sections ?? []) {
    // Short sections read best as fields; a long one stays whole in the description.
    if (section.text.length <= LIMITS.fieldValue) fields.push({ name: truncate(section.heading, LIMITS.fieldName), value: section.text });
    else parts.push(`**${section.heading}**\n${section.text}`);
  }
  for (const field of frame.fields ?? []) {
    fields.push({ name: truncate(field.label, LIMITS.fieldName), value: truncate(field.value || '-', LIMITS.fieldValue), inline: true });
  }

  const color = COLOR[reply.kind];
  const embeds: APIEmbed[] = splitText(parts.join('\n\n'), limits.textLength).map((description) => ({ color, description }));
  if (embeds.length === 0) embeds.push({ color });
  const first = embeds[0] as APIEmbed;
  if (title) first.title = truncate(title, LIMITS.title);

  const footer = frame.citation ? { text: truncate(`${REPLY.citation.source(frame.citation.source)}${frame.citation.article ? ` · ${frame.citation.article}` : ''}`, LIMITS.footer) } : undefined;
  const room = LIMITS.embedTotal - (footer?.text.length ?? 0);
  let last = embeds[embeds.length - 1] as APIEmbed;
  for (const field of fields) {
    const count = last.fields?.length ?? 0;
    if (count >= LIMITS.fieldsPerEmbed || embedSize(last) + field.name.length + field.value.length > room) {
      last = { color };
      embeds.push(last);
    }
    (last.fields ??= []).push(field);
  }
  if (footer) last.footer = footer;

  const messages = pack(embeds).map((group): DiscordMessage => ({ embeds: group, components: [], ephemeral: isEphemeral(reply) }));
  const head = messages[0] as DiscordMessage;
  if (frame.sharedBy) head.content = truncate(REPLY.answer.sharedBy(`<@${frame.sharedBy.id}>`), LIMITS.content);
  if (options.buttons !== false) (messages[messages.length - 1] as DiscordMessage).components = renderButtons(choicesOf(reply), limits);
  return messages;
}

/** Groups embeds into messages of at most 10 embeds and 6,000 characters. */
function pack(embeds: APIEmbed[]): APIEmbed[][] {
  const groups: APIEmbed[][] = [];
  let current: APIEmbed[] = [];
  let size = 0;
  for (const embed of embeds) {
    const n = embedSize(embed);
    if (current.length > 0 && (current.length >= LIMITS.embedsPerMessage || size + n > LIMITS.embedTotal)) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(embed);
    size += n;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Every piece of text a message shows, in reading order: what the contract suite and logs read. */
export function messageText(message: { content?: string | null; embeds?: APIEmbed[] }): string {
  const lines: string[] = [];
  if (message.content) lines.push(message.content);
  for (const embed of message.embeds ?? []) {
    if (embed.title) lines.push(embed.title);
    if (embed.description) lines.push(embed.description);
    for (const field of embed.fields ?? []) lines.push(field.name, field.value);
    if (embed.footer?.text) lines.push(embed.footer.text);
  }
  return lines.join('\n');
}
