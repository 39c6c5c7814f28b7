import { describe, expect, it } from 'vitest';
import { renderReply } from '../../../src/adapters/slack/render-blocks.js';
import { answerReply } from '../../../src/core/lookup-replies.js';
import { make } from '../../../src/core/make-reply.js';
import { REPLY } from '../../../src/core/texts.js';
import type { Choice, Reply } from '../../../src/core/types.js';
import { realKb } from '../../helpers/kb.js';
import { blocksSchema, buttonsOf, limitProblems, rawTextOf, type Block } from './helpers/blocks.js';

function render(reply: Reply): { text: string; blocks: Block[] } {
  const message = renderReply(reply);
  return { text: message.text, blocks: blocksSchema.parse(message.blocks) };
}

const topic = (n: number): Choice => ({ label: `Topic ${n}`, action: { type: 'topic', concept: `topic-${n}` }, group: 'related' });

describe('slack Block Kit rendering', () => {
  it('renders an answer as header, body, buttons for related topics and feedback, then the source', () => {
    const kb = realKb();
    const concept = kb.concept('etcd');
    if (!concept) throw new Error('content has no etcd concept');
    const { blocks, text } = render(answerReply(kb, concept, { ephemeral: true }));
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'etcd' } });
    expect(blocks[1]?.type).toBe('section');
    expect(blocks.at(-1)).toMatchObject({ type: 'context', elements: [{ text: 'Source: "What Kubernetes actually solves" · Docker vs Kubernetes' }] });
    const labels = buttonsOf(blocks).map((b) => b.label);
    expect(labels).toEqual(['Share in channel', 'Control plane', 'API server', 'Raft consensus', '👍 Helpful', '👎 Not helpful']);
    expect(text).toMatch(/^etcd\n/);
    expect(limitProblems(blocks)).toEqual([]);
  });

  it('splits a long body so no section passes 3,000 characters and the message stays within 50 blocks', () => {
    const paragraph = (i: number): string => `Paragraph ${i}: ${'containers & clusters '.repeat(40)}`;
    const body = Array.from({ length: 200 }, (_, i) => paragraph(i)).join('\n\n');
    const reply = make.answer({ title: 'Long', body, choices: [topic(1)], citation: { concept: 'x', title: 'X', source: 'Some section' }, concept: 'x', ephemeral: false });
    const { blocks } = render(reply);
    expect(body.length).toBeGreaterThan(150_000);
    expect(limitProblems(blocks)).toEqual([]);
    expect(blocks).toHaveLength(50);
    // What matters most survives the cut: the buttons, the source, and a word that it was cut.
    expect(buttonsOf(blocks).map((b) => b.label)).toEqual(['Topic 1']);
    expect(rawTextOf(blocks)).toMatch(/shortened to fit one Slack message[\s\S]*Source: "Some section"/);
    // A cut never splits an entity: every & in the text is a whole &amp;.
    for (const block of blocks) expect(block.text?.text ?? '').not.toMatch(/&(?!amp;|lt;|gt;)/);
  });

  it('cuts a single unbroken 10,000-character line into sections of at most 3,000', () => {
    const { blocks } = render(make.help({ title: 'Line', body: '<&>'.repeat(3_334), choices: [], ephemeral: false }));
    const sections = blocks.filter((b) => b.type === 'section').map((b) => b.text?.text ?? '');
    expect(sections.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...sections.map((s) => s.length))).toBeLessThanOrEqual(3_000);
    expect(sections.join('')).toBe('&lt;&amp;&gt;'.repeat(3_334));
  });

  it('escapes quoted user text so pings and links stay text', () => {
    const { blocks, text } = render(make.unknown({ title: REPLY.unknown.title, quote: 'hi <!channel> <@U0BOSS> <https://evil.example|click> a & b\u0007', body: REPLY.unknown.body('containers'), choices: [], ephemeral: true }));
    const raw = rawTextOf(blocks) + text;
    expect(raw).not.toMatch(/<[!@#]|<http/);
    expect(rawTextOf(blocks)).toContain('> hi &lt;!channel&gt; &lt;@U0BOSS&gt; &lt;https://evil.example|click&gt; a &amp; b');
    expect(rawTextOf(blocks)).not.toContain('\u0007');
  });

  it('turns the core Markdown into mrkdwn, with code left literal', () => {
    const { blocks } = render(make.smalltalk({ body: 'Use **bold**, *it* and `a **b** <c>`.\n- one\n- two', choices: [], ephemeral: false }));
    expect(blocks[0]?.text?.text).toBe('Use *bold*, _it_ and `a **b** &lt;c&gt;`.\n• one\n• two');
  });

  it('keeps headers, labels and button rows within Slack limits, with unique action ids', () => {
    const long = 'x'.repeat(400);
    const choices: Choice[] = [...Array.from({ length: 30 }, (_, i) => topic(i)), topic(3), { label: long, action: { type: 'share', concept: 'etcd' }, group: 'share' }];
    const { blocks } = render(make.question({ title: long, body: 'Pick one', progress: { step: 3, total: 6 }, choices }));
    expect(limitProblems(blocks)).toEqual([]);
    expect(blocks[0]?.text?.text).toMatch(/…? \(3\/6\)$/);
    expect(blocks[0]?.text?.text.length).toBeLessThanOrEqual(150);
    expect(buttonsOf(blocks)).toHaveLength(31);
    expect(blocks.filter((b) => b.type === 'actions')).toHaveLength(3);
    const fields = Array.from({ length: 12 }, (_, i) => ({ label: `F${i}`, value: 'v' }));
    const verdict = render(make.verdict({ title: 'Verdict', body: 'v', sections: [], fields, choices: [], concept: 'x' })).blocks;
    expect(limitProblems(verdict)).toEqual([]);
    expect(verdict.filter((b) => b.fields !== undefined).map((b) => b.fields?.length)).toEqual([10, 2]);
  });

  it('says who shared an answer with a Slack mention, which Slack shows as their name', () => {
    const { blocks } = render(make.answer({ title: 'etcd', body: 'text', choices: [], citation: { concept: 'etcd', title: 'etcd', source: 'S' }, concept: 'etcd', ephemeral: false, sharedBy: { id: 'U0ALICE', name: 'alice' } }));
    expect(rawTextOf(blocks)).toContain('shared by <@U0ALICE>');
  });
});
