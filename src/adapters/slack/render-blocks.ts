import type { types } from '@slack/bolt';
import { encodeAction } from '../../core/actions.js';
import { choicesOf } from '../../core/reply.js';
import type { Choice, ChoiceGroup, Progress, Reply } from '../../core/types.js';
import { frameOf, type ReplyFrame } from '../shared/reply-frame.js';
import { quotedWords } from '../shared/text.js';
import { escapeText, splitMrkdwn, toMrkdwn, truncateMrkdwn } from './escape.js';
import { REPLY } from '../../core/texts.js';
import type { PlatformLimits } from '../descriptor.js';
import { SLACK_LIMITS } from './limits.js';
import { SLACK_TEXT } from './texts.js';

// Slack's published limits; a message breaking any of them is rejected outright (invalid_blocks),
// so the renderer enforces them instead of trusting content sizes. The text length, buttons per
// row and button id size are the descriptor's (`PlatformLimits`), passed in by the adapter.
export const LIMITS = {
  blocks: 50,
  headerText: 150,
  buttonText: 75,
  fieldsPerSection: 10,
  fieldText: 2000,
  fallbackText: 3000,
} as const;

/** What chat.postMessage / chat.update / respond() take: blocks plus the plain-text fallback. */
export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

/** Groups are rendered as separate rows of buttons, in this order. */
const GROUP_ORDER: ChoiceGroup[] = ['options', 'navigation', 'share', 'related', 'feedback'];

const mrkdwn = (text: string): types.MrkdwnElement => ({ type: 'mrkdwn', text });
const section = (text: string): types.SectionBlock => ({ type: 'section', text: mrkdwn(text) });
const context = (text: string, limits: PlatformLimits): types.ContextBlock => ({ type: 'context', elements: [mrkdwn(truncateMrkdwn(text, limits.textLength))] });

/** "Title (1/6)": progress sits in the header so it is visible without opening anything. */
function headerText(title: string, progress?: Progress): string {
  const shown = progress ? ` (${progress.step}/${progress.total})` : '';
  return truncateMrkdwn(title, LIMITS.headerText - shown.length) + shown;
}

/** The reply's frame, its title as Slack's header: progress in it, within the header's limit. */
type Frame = ReplyFrame & { header?: string };

function slackFrame(reply: Reply): Frame {
  const frame = frameOf(reply);
  return frame.title === undefined ? frame : { ...frame, header: headerText(frame.title, frame.progress) };
}

/** The person's own words, escaped: this is the one place user text is echoed back. */
function quoteText(quote: string): string {
  return escapeText(quotedWords(quote))
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function bodyBlocks(body: string, frame: Frame, limits: PlatformLimits): types.KnownBlock[] {
  const blocks: types.KnownBlock[] = [];
  if (body) blocks.push(...splitMrkdwn(toMrkdwn(body), limits.textLength).map(section));
  for (const s of frame.sections ?? []) {
    const text = `*${escapeText(s.heading)}*\n${toMrkdwn(s.text)}`;
    blocks.push(...splitMrkdwn(text, limits.textLength).map(section));
  }
  const fields = (frame.fields ?? []).map((f) => mrkdwn(truncateMrkdwn(`*${escapeText(f.label)}*\n${toMrkdwn(f.value)}`, LIMITS.fieldText)));
  for (let i = 0; i < fields.length; i += LIMITS.fieldsPerSection) {
    blocks.push({ type: 'section', fields: fields.slice(i, i + LIMITS.fieldsPerSection) });
  }
  return blocks;
}

function button(choice: Choice, actionId: string): types.Button {
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: truncateMrkdwn(choice.label, LIMITS.buttonText), emoji: true },
    ...(choice.style ? { style: choice.style } : {}),
  };
}

/** One actions block per group (`buttonsPerRow` at most each); action ids must be unique in a message. */
function actionBlocks(choices: readonly Choice[], limits: PlatformLimits): types.ActionsBlock[] {
  const seen = new Set<string>();
  const blocks: types.ActionsBlock[] = [];
  for (const group of GROUP_ORDER) {
    const buttons: types.Button[] = [];
    for (const choice of choices.filter((c) => c.group === group)) {
      const id = encodeAction(choice.action, limits.buttonIdBytes);
      if (seen.has(id)) continue;
      seen.add(id);
      buttons.push(button(choice, id));
    }
    for (let i = 0; i < buttons.length; i += limits.buttonsPerRow) {
      blocks.push({ type: 'actions', elements: buttons.slice(i, i + limits.buttonsPerRow) });
    }
  }
  return blocks;
}

/** Renders one neutral reply as a Block Kit message within every Slack limit. */
export function renderReply(reply: Reply, limits: PlatformLimits = SLACK_LIMITS): SlackMessage {
  const frame = slackFrame(reply);
  const { header } = frame;
  const head: types.KnownBlock[] = [];
  if (header) head.push({ type: 'header', text: { type: 'plain_text', text: header, emoji: true } });
  if (frame.sharedBy) head.push(context(REPLY.answer.sharedBy(`<@${escapeText(frame.sharedBy.id)}>`), limits));
  if (frame.quote !== undefined && frame.quote.trim() !== '') head.push(section(quoteText(frame.quote)));

  const tail: types.KnownBlock[] = [...actionBlocks(choicesOf(reply), limits)];
  if (frame.citation) {
    const { source, article } = frame.citation;
    tail.push(context(`${REPLY.citation.source(escapeText(source))}${article ? ` · ${escapeText(article)}` : ''}`, limits));
  }

  let body = bodyBlocks(reply.body, frame, limits);
  const room = LIMITS.blocks - head.length - tail.length;
  if (body.length > room) {
    // Only bodies this long could ever overflow; the buttons and citation matter more than the tail.
    body = [...body.slice(0, Math.max(0, room - 1)), context(SLACK_TEXT.shortened, limits)];
  }
  const blocks = [...head, ...body, ...tail].slice(0, LIMITS.blocks);
  return { text: fallbackText(reply.body, frame), blocks };
}

/** Notifications and screen readers use `text`; it is escaped like everything else. */
function fallbackText(body: string, frame: Frame): string {
  const parts = [frame.header ? escapeText(frame.header) : undefined, body ? toMrkdwn(body) : undefined].filter(
    (p): p is string => p !== undefined && p !== '',
  );
  const first = frame.sections?.[0];
  const text = parts.join('\n') || (first ? escapeText(first.heading) : 'archbot');
  return truncateMrkdwn(text, LIMITS.fallbackText);
}
