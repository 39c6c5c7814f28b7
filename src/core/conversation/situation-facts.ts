import { factsIn, leanOf } from '../checklist/lean-of-facts.js';
import { looksLikeQuestion } from '../checklist/read-step-input.js';
import type { Checklist } from '../content/checklist-schema.js';
import type { Concept } from '../content/schema.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import type { SituationFacts } from './thread-context.js';

// The situation a thread describes, as checklist facts ("checklist/criterion" -> value), and the verdict page they lean to.

/**
 * The page of the verdict the facts in `text` lean to, the thread's earlier facts (`situation`) beside them (a fact in
 * `text` wins). With the article the thread is on (`on`, its last answer), only its checklists, in order: those offered
 * on or about `on`, its default, the rest; the first that leans advises, so a second checklist never silences the
 * default (another article's option words are no facts here: its "even" would cancel this one's advice). Without
 * `on`, every checklist, and only a page they all agree on.
 */
export function adviceFromFacts(
  kb: KnowledgeBase,
  text: string,
  { situation = {}, on }: { situation?: SituationFacts; on?: Concept | undefined } = {},
): Concept | undefined {
  const leaning = (c: Checklist): string | undefined => leanOf(c, { ...factsFor(c.id, situation), ...factsIn(c, text) })?.concept;
  const article = on && kb.articleOf(on.id);
  if (on === undefined || article === undefined) {
    const pages = new Set(kb.checklists.flatMap((c) => leaning(c) ?? []));
    return pages.size === 1 ? kb.concept([...pages][0] as string) : undefined;
  }
  const [offered, main] = [kb.offersFor(on.id), kb.defaultChecklistOf(article)];
  const rank = (c: Checklist): number => (offered.includes(c) || c.concept === on.id ? 0 : c === main ? 1 : 2);
  const page = kb.checklists.filter((c) => kb.articleOfChecklist(c.id) === article).sort((a, b) => rank(a) - rank(b)).map(leaning).find((p) => p !== undefined);
  return page === undefined ? undefined : kb.concept(page);
}

/** The situation's facts ("checklist/criterion" -> value) as one checklist's answers. */
function factsFor(checklist: string, situation: SituationFacts): Record<string, string> {
  const prefix = `${checklist}/`;
  return Object.fromEntries(Object.entries(situation).flatMap(([key, value]) => (key.startsWith(prefix) ? [[key.slice(prefix.length), value]] : [])));
}

/** The facts a statement gives ("our two services share a single server"), keyed "checklist/criterion"; a question gives none. */
export function situationIn(kb: KnowledgeBase, text: string): SituationFacts {
  if (looksLikeQuestion(text)) return {};
  return Object.fromEntries(kb.checklists.flatMap((c) => Object.entries(factsIn(c, text)).map(([criterion, value]) => [`${c.id}/${criterion}`, value])));
}
