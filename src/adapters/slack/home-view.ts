import type { types } from '@slack/bolt';
import { encodeAction } from '../../core/actions.js';
import type { KnowledgeBase } from '../../core/knowledge-base.js';
import { escapeText, splitMrkdwn, truncateMrkdwn } from './escape.js';

// The App Home tab: what a person sees when they open the bot in the sidebar. It explains the
// Slack surfaces (command, mention, DM), lists the topics and offers a decision, started in a DM.

/** Home tabs allow 100 blocks. */
const MAX_BLOCKS = 100;

export function homeView(kb: KnowledgeBase): types.HomeView {
  const checklist = kb.defaultChecklist;
  const usage = [
    'I answer questions about Docker and Kubernetes and walk teams through a decision.',
    '',
    '• `/arch what is etcd`: a private answer, with a button to share it in the channel',
    '• mention me in a channel: I answer in a thread',
    '• message me here (the *Messages* tab): questions and decisions, just us',
    checklist ? `• \`/arch decide\`: run "${escapeText(checklist.title)}" in a channel thread, one question at a time` : '',
  ]
    .filter((line, i) => line !== '' || i === 1)
    .join('\n');
  const topics = kb.topics.map((c) => escapeText(c.title)).join(' · ');
  const blocks: types.KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'archbot', emoji: true } },
    { type: 'section', text: { type: 'mrkdwn', text: usage } },
  ];
  if (checklist) {
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: encodeAction({ type: 'start', checklist: checklist.id }),
          text: { type: 'plain_text', text: truncateMrkdwn(`Start a decision: ${checklist.title}`, 75), emoji: true },
          style: 'primary',
        },
      ],
    });
  }
  blocks.push({ type: 'divider' }, { type: 'header', text: { type: 'plain_text', text: `Topics I know (${kb.concepts.length})`, emoji: true } });
  for (const piece of splitMrkdwn(topics, 3000)) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: piece } });
  return { type: 'home', blocks: blocks.slice(0, MAX_BLOCKS) };
}
