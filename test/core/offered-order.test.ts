import { describe, expect, it } from 'vitest';
import { homeView } from '../../src/adapters/slack/home-view.js';
import { suggestChecklists } from '../../src/adapters/discord/autocomplete.js';
import { KnowledgeBase } from '../../src/core/knowledge-base.js';
import type { InboundEvent, Reply } from '../../src/core/types.js';
import { kbWithTestChecklist, testBot } from '../helpers/kb.js';
import { anyReply } from '../helpers/replies.js';

// The shipped checklist and the test's own, read in the other order: the marked default is no longer
// first in file order, yet every place that offers checklists must still put it first. (Any other
// checklist under content/ is left out, so the order checked is these two's whatever the article holds.)
const TWO = ['docker-vs-kubernetes', 'swarm-or-compose'];
function defaultReadLast(): KnowledgeBase {
  const kb = kbWithTestChecklist();
  const checklists = kb.checklists.filter((c) => TWO.includes(c.id)).reverse();
  return new KnowledgeBase({ concepts: [...kb.concepts], checklists, outsideTerms: [...kb.outsideTerms], articles: [...kb.articles] });
}

const text = (t: string): InboundEvent => ({ platform: 'terminal', thread: 'terminal:c', place: 'dm', actor: { id: 'u1' }, input: { type: 'text', text: t } });
const starts = (reply: Reply): string[] =>
  (anyReply(reply).choices ?? []).flatMap((c) => (c.action.type === 'start' ? [c.action.checklist] : []));

describe('checklists are offered in one order everywhere: the default first', () => {
  const kb = defaultReadLast();
  const order = TWO;

  it('holds for the decide offer, topics and help, whatever order the files were read in', async () => {
    expect(kb.checklists.map((c) => c.id)).toEqual([...order].reverse());
    expect(kb.offeredChecklists().map((c) => c.id)).toEqual(order);
    for (const command of ['decide', 'topics', 'help']) {
      const { bot } = testBot({ kb });
      const [reply] = (await bot.handle(text(command))).replies;
      expect(starts(reply as Reply), command).toEqual(order);
    }
    const { bot } = testBot({ kb });
    const [help] = (await bot.handle(text('help'))).replies;
    const body = anyReply(help as Reply).body ?? '';
    expect(body.indexOf('Docker alone, or Kubernetes?')).toBeLessThan(body.indexOf('Compose or Swarm?'));
  });

  it('holds for the Slack Home tab buttons and Discord checklist autocomplete', () => {
    // Only the actions block has elements; its buttons carry plain-text labels.
    const actions = homeView(kb).blocks as { type: string; elements?: { text?: { text: string } }[] }[];
    const buttons = actions.flatMap((b) => (b.type === 'actions' ? (b.elements ?? []).map((e) => e.text?.text) : []));
    expect(buttons).toEqual(['Start a decision: Docker alone, or Kubernetes?', 'Start a decision: Compose or Swarm?']);
    expect(suggestChecklists(kb, '').map((c) => c.value)).toEqual(order);
  });
});
