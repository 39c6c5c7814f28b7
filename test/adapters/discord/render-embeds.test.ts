import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { renderReply } from '../../../src/adapters/discord/render-embeds.js';
import { DISCORD_LIMITS } from '../../../src/adapters/discord/limits.js';
import { make } from '../../../src/core/make-reply.js';
import type { Choice } from '../../../src/core/types.js';

const paragraph = (n: number): string => `Paragraph ${n}. ${'Containers share the host kernel. '.repeat(12).trim()}`;
const size = (e: APIEmbed): number =>
  (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

describe('discord rendering', () => {
  it('splits a long answer across embeds and messages within Discord limits, buttons on the last', () => {
    const body = Array.from({ length: 60 }, (_, i) => paragraph(i + 1)).join('\n\n');
    const choices: Choice[] = [{ label: '👍 Helpful', action: { type: 'feedback', concept: 'etcd', vote: 'up' }, group: 'feedback' }];
    const citation = { concept: 'etcd', title: 'etcd', source: 'What Kubernetes actually solves' };
    const reply = make.answer({ title: 'etcd', body, citation, choices, concept: 'etcd', ephemeral: false });
    const messages = renderReply(reply);
    const embeds = messages.flatMap((m) => m.embeds);
    expect(body.length).toBeGreaterThan(4_096 * 2);
    expect(embeds.length).toBeGreaterThan(2);
    for (const embed of embeds) expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4_096);
    for (const m of messages) {
      expect(m.embeds.length).toBeLessThanOrEqual(10);
      expect(m.embeds.reduce((n, e) => n + size(e), 0)).toBeLessThanOrEqual(6_000);
    }
    // Nothing lost, nothing cut mid-paragraph, and the reading order kept.
    expect(embeds.map((e) => e.description).join('\n\n')).toBe(body);
    expect(embeds[0]?.title).toBe('etcd');
    expect(embeds.at(-1)?.footer?.text).toMatch(/^Source: "What Kubernetes actually solves"/);
    expect(messages.slice(0, -1).every((m) => m.components.length === 0)).toBe(true);
    expect(messages.at(-1)?.components[0]?.components[0]).toMatchObject({ label: '👍 Helpful', custom_id: 'ab2:fb:etcd:up' });
  });

  it('keeps message content under 2,000 characters and button ids namespaced and under 100', () => {
    const options: Choice[] = Array.from({ length: 7 }, (_, i) => ({
      label: `Option ${i + 1} ${'with a very long label '.repeat(6)}`,
      action: { type: 'answer', session: 'abcdefgh', criterion: 'c'.repeat(40), value: `${'v'.repeat(38)}-${i}` },
      group: 'options',
    }));
    const reply = make.answer({ title: 'Q', body: 'Pick one', choices: options, concept: 'q', citation: { concept: 'q', title: 'Q', source: 'S' }, ephemeral: false, sharedBy: { id: '4'.repeat(3_000) } });
    const [message] = renderReply(reply);
    expect(message?.content?.length).toBeLessThanOrEqual(2_000);
    const rows = message?.components ?? [];
    expect(rows.map((r) => r.components.length)).toEqual([5, 2]);
    for (const button of rows.flatMap((r) => r.components)) {
      expect(button.custom_id.startsWith('ab2:ans:')).toBe(true);
      expect(button.custom_id.length).toBeLessThan(100);
      expect(button.label?.length).toBeLessThanOrEqual(80);
    }
  });

  it('renders the message a click replaced without buttons', () => {
    const reply = make.answered({
      title: 'Docker alone, or Kubernetes?',
      body: '**Does it run on one server?**\n\n<@1> chose **One server**.',
      progress: { step: 1, total: 6 },
    });
    const [message] = renderReply(reply, DISCORD_LIMITS, { buttons: false });
    expect(message?.components).toEqual([]);
    expect(message?.embeds[0]).toMatchObject({ title: 'Docker alone, or Kubernetes? (1/6)', description: expect.stringMatching(/<@1> chose \*\*One server/) });
  });
});
