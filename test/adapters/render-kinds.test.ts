import { describe, expect, it } from 'vitest';
import { messageText, renderReply as toDiscord } from '../../src/adapters/discord/render-embeds.js';
import { renderReply as toSlack } from '../../src/adapters/slack/render-blocks.js';
import { renderText } from '../../src/adapters/terminal/render-text.js';
import { make, notice } from '../../src/core/make-reply.js';
import { REPLY } from '../../src/core/texts.js';
import type { Choice, Reply } from '../../src/core/types.js';
import { rawTextOf, blocksSchema } from './slack/helpers/blocks.js';

const citation = { concept: 'etcd', title: 'etcd', source: 'What Kubernetes actually solves' };
const related: Choice[] = [{ label: 'API server', action: { type: 'topic', concept: 'api-server' }, group: 'related' }];
const progress = { step: 2, total: 6 };
const sections = [{ heading: 'Reasons', text: '- one server' }];

/** One reply of every kind, each with every field its kind can carry. */
const EVERY_KIND: Reply[] = [
  make.answer({ title: 'etcd', body: 'A key-value store.', citation, choices: related, concept: 'etcd', ephemeral: true, sharedBy: { id: 'U0ALICE', name: 'alice' } }),
  // Titles and bodies the bot really says come from the catalogue, so these show its current wording.
  make.clarify({ title: REPLY.clarify.title, quote: 'the store', body: '1. **etcd**', choices: related, ephemeral: true }),
  make.unknown({ title: REPLY.unknown.title, quote: 'sourdough', body: REPLY.unknown.body('containers'), choices: related, ephemeral: true }),
  make.outside({ title: 'DaemonSet: not covered here', quote: 'daemonset', body: 'Not covered.', choices: related, ephemeral: true }),
  make.smalltalk({ body: 'Hi! Ask away.', choices: [], ephemeral: false }),
  make.topics({ title: 'Topics I know (3)', body: 'Ask about any.', sections, choices: related, ephemeral: true }),
  make.help({ title: 'How to use archbot', body: 'Ask a question.', choices: [], ephemeral: true }),
  make.question({ title: 'Docker or Kubernetes?', body: '**How many hosts?**', progress, choices: related, citation }),
  make.answered({ title: 'Docker or Kubernetes?', body: 'alice chose **One server**.', progress }),
  make.why({ title: 'Why this matters', body: 'Hosts decide it.', sections, citation, ephemeral: true }),
  make.verdict({ title: 'Verdict: Docker is enough', body: 'Stay simple.', sections, fields: [{ label: 'Verdict', value: 'docker' }], choices: related, citation, concept: 'etcd' }),
  notice('stale', 'That step already moved on.'),
];

/** What each platform shows of a reply, as plain text. */
const shown = {
  slack: (reply: Reply): string => {
    const message = toSlack(reply);
    return `${message.text}\n${rawTextOf(blocksSchema.parse(message.blocks))}`;
  },
  discord: (reply: Reply): string => toDiscord(reply).map((m) => messageText(m)).join('\n'),
  terminal: (reply: Reply): string => renderText(reply),
};

describe('every reply kind on every platform', () => {
  for (const [platform, show] of Object.entries(shown)) {
    it(`${platform} shows each kind's title, progress, quote, sections, sharer and source where it has them`, () => {
      for (const reply of EVERY_KIND) {
        const text = show(reply);
        expect(text, reply.kind).toContain(reply.body.replace(/\*\*/g, '').split(' ')[0]);
        if ('title' in reply) expect(text, reply.kind).toContain(reply.title.split(' ')[0]);
        if ('progress' in reply) expect(text, reply.kind).toContain('(2/6)');
        if ('quote' in reply) expect(text, reply.kind).toContain(reply.quote);
        if ('sections' in reply && reply.sections.length > 0) expect(text, reply.kind).toContain('Reasons');
        if ('citation' in reply) expect(text, reply.kind).toContain('What Kubernetes actually solves');
        if (reply.kind === 'answer') expect(text).toMatch(/shared by (<@U0ALICE>|alice)/);
        // A notice never shows a quote or a title: it is one short line.
        if (reply.kind === 'notice') expect(text.trim().split('\n')).toHaveLength(platform === 'slack' ? 2 : 1);
      }
    });
  }
});
