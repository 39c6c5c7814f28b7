import type { types } from '@slack/bolt';
import { encodeAction } from '../../core/actions.js';
import { examplesOf, subjectOf } from '../../core/article-words.js';
import type { KnowledgeBase } from '../../core/knowledge-base.js';
import { REPLY } from '../../core/texts.js';
import { escapeText, splitMrkdwn, truncateMrkdwn } from './escape.js';
import { SLACK_TEXT } from './texts.js';

// The App Home tab: what a person sees when they open the bot in the sidebar. It explains the
// Slack surfaces (command, mention, DM), lists the topics and offers a decision, started in a DM.

/** Home tabs allow 100 blocks. */
const MAX_BLOCKS = 100;

export function homeView(kb: KnowledgeBase): types.HomeView {
  // The default first, then every other checklist, each startable by name. The buttons keep the
  // Home tab's own label ("Start a decision: …"), so they are built here, not from decideChoices.
  const checklists = kb.offeredChecklists();
  const main = checklists[0];
  const [example] = examplesOf(kb.articles, 1);
  const words = SLACK_TEXT.home;
  const usage = [
    words.intro(escapeText(subjectOf(kb.articles))),
    '',
    words.ask(example === undefined ? undefined : escapeText(example)),
    words.mention,
    words.message,
    main && checklists.length === 1 ? words.decide('/arch decide', escapeText(main.title)) : '',
    ...(checklists.length > 1 ? checklists.map((c) => words.decide(`/arch decide ${c.id}`, escapeText(c.title))) : []),
  ]
    .filter((line, i) => line !== '' || i === 1)
    .join('\n');
  // One article: its topics; several: each article's, under its title.
  const titles = (ids?: readonly string[]): string =>
    kb.topics.filter((c) => ids === undefined || ids.includes(c.id)).map((c) => escapeText(c.title)).join(' · ');
  const topics = kb.articles.length > 1 ? kb.articles.map((a) => `*${escapeText(a.title)}*\n${titles(a.concepts)}`).join('\n\n') : titles();
  const blocks: types.KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: words.header, emoji: true } },
    { type: 'section', text: { type: 'mrkdwn', text: usage } },
  ];
  if (checklists.length > 0) {
    blocks.push({
      type: 'actions',
      // An actions block holds at most 25 elements.
      elements: checklists.slice(0, 25).map((checklist, i) => ({
        type: 'button' as const,
        action_id: encodeAction({ type: 'start', checklist: checklist.id }),
        text: { type: 'plain_text' as const, text: truncateMrkdwn(`${REPLY.notice.start}: ${checklist.title}`, 75), emoji: true },
        ...(i === 0 ? { style: 'primary' as const } : {}),
      })),
    });
  }
  blocks.push({ type: 'divider' }, { type: 'header', text: { type: 'plain_text', text: REPLY.topics.title(kb.concepts.length), emoji: true } });
  for (const piece of splitMrkdwn(topics, 3000)) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: piece } });
  return { type: 'home', blocks: blocks.slice(0, MAX_BLOCKS) };
}
