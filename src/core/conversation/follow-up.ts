import type { Concept } from '../content/schema.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { isFiller, terms, tokenize } from '../lookup/normalize.js';
import { conceptTerms, namedIn, type ConceptTerms } from './concept-terms.js';

/** How a follow-up was read: the same concept again, a neighbour of it, or a comparison with it. */
export interface FollowUp {
  concept: Concept;
  how: 'same' | 'related' | 'comparison';
}

/** Words that lean on what was said before ("and what does *it* store?"). */
const ANAPHORS = new Set(['it', 'its', 'itself', 'they', 'them', 'their', 'theirs', 'this', 'that', 'these', 'those', 'there', 'such', 'same', 'he', 'she']);
/** Openings that continue a thread ("and the scheduler?", "what about backups?"). */
const LEADS_ON = /^(?:and|but|so|also|then|plus|ok(?:ay)? and|what about|how about|and what about)\b/;
/** Requests with no subject of their own ("why?", "tell me more", "an example?"). */
const CUES = new Set(
  `why how when where what which who more tell example instance elaborate detail else go continue further
   deeper expand clarify really mean meaning like practice real world use case used good bad`.split(/\s+/),
);
/** "how is that different from X", "compared to X", "X instead?": the thing the last answer is compared with. */
const COMPARED_WITH = /\b(?:different|differ|difference|differences|compare|compares|compared|comparison|versus|vs|instead of|better than|worse than|rather than|replace|alternative to)\b(?:\s+(?:from|to|with|than))?\s+(.+)$/;

/** Bonus for the concept just answered: an unclear follow-up is about it. */
const STAY = 0.6;
/** Bonus for the concept the question would get on its own, when it is one of the neighbours. */
const AGREES = 0.8;

/**
 * Reads a message against the thread's last answers. Returns undefined when it is a fresh
 * question (it names its own subject, or shows no sign of leaning on what came before): the
 * caller then looks it up as usual. `fresh` is what the lookup makes of the text on its own.
 */
export function resolveFollowUp(kb: KnowledgeBase, text: string, recent: readonly string[], fresh: Concept | undefined): FollowUp | undefined {
  const last = recent[0] === undefined ? undefined : kb.concept(recent[0]);
  if (!last) return undefined;
  const index = conceptTerms(kb);
  const lower = tokenize(text).join(' ');
  const tokens = lower.split(' ');
  const anaphor = tokens.some((t) => ANAPHORS.has(t));
  const named = namedIn(index, text).filter((id) => id !== last.id);

  const compared = COMPARED_WITH.exec(lower);
  if (compared && (anaphor || named.length <= 1)) {
    const other = namedIn(index, compared[1] ?? '').find((id) => id !== last.id);
    const otherTitle = other === undefined ? undefined : kb.concept(other)?.title;
    if (otherTitle) {
      const found = kb.lookup(`${last.title} vs ${otherTitle}`);
      if (found.status === 'answer') return { concept: found.concept, how: 'comparison' };
    }
  }
  if (named.length > 0 && !anaphor) return undefined;

  const neighbours = neighbourhood(kb, index, last);
  const content = terms(text).filter((t) => !isFiller(t) && !CUES.has(t) && !ANAPHORS.has(t) && !/^\d+$/.test(t));
  const cue = tokens.some((t) => CUES.has(t));
  // "why?", "an example?" lean on the last answer; "how do I bake bread" only shares the "how".
  const aboutNeighbours = neighbours.some((id) => overlap(index, id, content) > 0) && (fresh === undefined || neighbours.includes(fresh.id));
  const noSubject = content.length === 0 || aboutNeighbours;
  if (!anaphor && !LEADS_ON.test(lower) && !(cue && noSubject)) return undefined;

  const candidates = [...new Set([...neighbours, ...named])];
  let best = { id: last.id, score: -Infinity };
  for (const id of candidates) {
    let score = overlap(index, id, content);
    if (id === last.id) score += STAY;
    if (fresh?.id === id) score += AGREES;
    if (score > best.score) best = { id, score };
  }
  const concept = kb.concept(best.id) ?? last;
  return { concept, how: concept.id === last.id ? 'same' : 'related' };
}

/** The concept just answered, the ones it lists as related, and the ones that list it. */
function neighbourhood(kb: KnowledgeBase, index: ConceptTerms, concept: Concept): string[] {
  const ids = [concept.id, ...concept.related, ...(index.relatedFrom.get(concept.id) ?? [])];
  return [...new Set(ids)].filter((id) => kb.concept(id) !== undefined);
}

function overlap(index: ConceptTerms, id: string, content: readonly string[]): number {
  const row = index.weights.get(id);
  if (!row) return 0;
  let score = 0;
  for (const term of new Set(content)) score += (row.get(term) ?? 0) * (index.rarity.get(term) ?? 0);
  return score;
}
