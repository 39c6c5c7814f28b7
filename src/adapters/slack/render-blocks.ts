import type { types } from '@slack/bolt';
import { encodeAction } from '../../core/actions.js';
import type { Choice, ChoiceGroup, Reply } from '../../core/types.js';
import { quotedWords } from '../shared/text.js';
import { escapeText, splitMrkdwn, toMrkdwn, truncateMrkdwn } from './escape.js';

// Slack's published limits; a message breaking any of them is rejected outright (invalid_blocks),
// so the renderer enforces them instead of trusting content sizes.
export const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  buttonText: 75,
  buttonsPerBlock: 25,
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
const context = (text: string): types.ContextBlock => ({ type: 'context', elements: [mrkdwn(truncateMrkdwn(text, LIMITS.sectionText))] });

/** "Title (1/6)": progress sits in the header so it is visible without opening anything. */
function headerText(reply: Reply): string | undefined {
  if (!reply.title) return undefined;
  const progress = reply.progress ? ` (${reply.progress.step}/${reply.progress.total})` : '';
  return truncateMrkdwn(reply.title, LIMITS.headerText - progress.length) + progress;
}

/** The person's own words, escaped: this is the one place user text is echoed back. */
function quoteText(quote: string): string {
  return escapeText(quotedWords(quote))
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function bodyBlocks(reply: Reply): types.KnownBlock[] {
  const blocks: types.KnownBlock[] = [];
  if (reply.body) blocks.push(...splitMrkdwn(toMrkdwn(reply.body), LIMITS.sectionText).map(section));
  for (const s of reply.sections ?? []) {
    const text = `*${escapeText(s.heading)}*\n${toMrkdwn(s.text)}`;
    blocks.push(...splitMrkdwn(text, LIMITS.sectionText).map(section));
  }
  const fields = (reply.fields ?? []).map((f) => mrkdwn(truncateMrkdwn(`*${escapeText(f.label)}*\n${toMrkdwn(f.value)}`, LIMITS.fieldText)));
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

/** One actions block per group (25 buttons at most each); action ids must be unique in a message. */
function actionBlocks(choices: readonly Choice[]): types.ActionsBlock[] {
  const seen = new Set<string>();
  const blocks: types.ActionsBlock[] = [];
  for (const group of GROUP_ORDER) {
    const buttons: types.Button[] = [];
    for (const choice of choices.filter((c) => c.group === group)) {
      const id = encodeAction(choice.action);
      if (seen.has(id)) continue;
      seen.add(id);
      buttons.push(button(choice, id));
    }
    for (let i = 0; i < buttons.length; i += LIMITS.buttonsPerBlock) {
      blocks.push({ type: 'actions', elements: buttons.slice(i, i + LIMITS.buttonsPerBlock) });
    }
  }
  return blocks;
}

/** Renders one neutral reply as a Block Kit message within every Slack limit. */
export function renderReply(reply: Reply): SlackMessage {
  const head: types.KnownBlock[] = [];
  const header = headerText(reply);
  if (header) head.push({ type: 'header', text: { type: 'plain_text', text: header, emoji: true } });
  if (reply.sharedBy) head.push(context(`shared by <@${escapeText(reply.sharedBy.id)}>`));
  if (reply.quote !== undefined && reply.quote.trim() !== '' && reply.kind !== 'notice') head.push(section(quoteText(reply.quote)));

  const tail: types.KnownBlock[] = [...actionBlocks(reply.choices ?? [])];
  if (reply.citation) {
    const { source, article } = reply.citation;
    tail.push(context(`Source: "${escapeText(source)}"${article ? ` · ${escapeText(article)}` : ''}`));
  }

  let body = bodyBlocks(reply);
  const room = LIMITS.blocks - head.length - tail.length;
  if (body.length > room) {
    // Only bodies this long could ever overflow; the buttons and citation matter more than the tail.
    body = [...body.slice(0, Math.max(0, room - 1)), context('_(shortened to fit one Slack message)_')];
  }
  const blocks = [...head, ...body, ...tail].slice(0, LIMITS.blocks);
  return { text: fallbackText(reply, header), blocks };
}

/** Notifications and screen readers use `text`; it is escaped like everything else. */
function fallbackText(reply: Reply, header: string | undefined): string {
  const parts = [header ? escapeText(header) : undefined, reply.body ? toMrkdwn(reply.body) : undefined].filter(
    (p): p is string => p !== undefined && p !== '',
  );
  const text = parts.join('\n') || (reply.sections?.[0] ? escapeText(reply.sections[0].heading) : 'archbot');
  return truncateMrkdwn(text, LIMITS.fallbackText);
}
