import type { Checklist } from '../content/checklist-schema.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { make, notice } from '../make-reply.js';
import { NOTICE, REPLY } from '../texts.js';
import { decideChoices } from '../guide-replies.js';
import type { HelpReply, Reply } from '../types.js';

/**
 * The "Which decision?" list as the thread's offer: its entries, in the order shown, marked apart from concept ids
 * so that a bare number ("2") answers it as it answers a "did you mean" (handlers' take-offer starts the one picked).
 */
export const CHECKLIST_IN_OFFER = 'checklist:';

/** A thread keeps at most this many offered entries (thread-context.ts); `decide N` reaches the rest. */
const OFFER_KEPT = 5;

export type ChecklistChoice = { ok: true; checklist: Checklist; offer?: undefined } | { ok: false; reply: Reply; offer?: string[] };

/**
 * Which checklist `decide NAME` means: one named by id, title or its number in the offer runs; with
 * none named, the only checklist runs, and several are offered (buttons, or a numbered list).
 */
export function chooseChecklist(kb: KnowledgeBase, named: string, ephemeral: boolean): ChecklistChoice {
  const name = named.trim();
  if (name === '' && kb.checklists.length > 1) return { ok: false, reply: offerReply(kb, ephemeral), offer: kb.offeredChecklists().slice(0, OFFER_KEPT).map((c) => `${CHECKLIST_IN_OFFER}${c.id}`) };
  // `decide 2` (or a bare `2`, see CHECKLIST_IN_OFFER) after the numbered offer, for where typing is the only way to pick.
  const numbered = /^\d{1,2}$/.test(name) ? kb.offeredChecklists()[Number(name) - 1] : undefined;
  const checklist = name === '' ? kb.defaultChecklist : (numbered ?? kb.findChecklist(name));
  if (checklist) return { ok: true, checklist };
  const known = kb.checklists.map((c) => c.id);
  return { ok: false, reply: notice('unknown-action', NOTICE['unknown-action'].noChecklist(name, known)) };
}

/** Every checklist, the main article's default first, each with the article it belongs to when there are several. */
export function offerReply(kb: KnowledgeBase, ephemeral: boolean): HelpReply {
  const all = kb.offeredChecklists();
  const several = kb.articles.length > 1;
  const line = (c: Checklist, i: number): string => {
    const article = several ? kb.articleOfChecklist(c.id) : undefined;
    return REPLY.help.whichLine(i + 1, c.title, article?.title, c.id);
  };
  return make.help({
    title: REPLY.help.whichTitle,
    body: `${all.map(line).join('\n')}\n\n${REPLY.help.whichTail}`,
    choices: decideChoices(kb),
    ephemeral,
  });
}
