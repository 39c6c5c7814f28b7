import { ownId } from '../content/concept-id.js';
import type { Concept } from '../content/schema.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { isFiller, singular, terms } from '../lookup/normalize.js';
import { stem } from '../stem.js';
import { namedIn, type ConceptTerms } from './concept-terms.js';
import { ANAPHORS, FIRST_SIDE, OPENERS, SECOND_SIDE, WEAK, widen } from './follow-up-words.js';

// The last answer's surroundings, for reading a follow-up: its neighbours and theirs, the sides of a
// comparison, counterparts, and how much of a question each of them explains.

/** Before a final pronoun, these make it the subject ("what is it", "where does it") rather than the object. */
export const BE_OR_DO = new Set(['is', 'are', 'was', 'were', 'does', 'do', 'did', 'can', 'could', 'should', 'will', 'would', 'isnt', 'arent', 'doesnt']);
const WEAK_WEIGHT = 0.25;
/** The first word that carries meaning is usually what is asked about ("which *hosts* can it choose?"). */
const HEAD = 2;

/** After a comparison ("x vs y"), "the first one" and "the latter" name its sides. */
export function sideOf(kb: KnowledgeBase, last: Concept, lower: string): Concept | undefined {
  const pick = FIRST_SIDE.test(lower) ? 0 : SECOND_SIDE.test(lower) ? 1 : undefined;
  return pick === undefined ? undefined : comparisonSide(kb, last, pick);
}

/** Side `pick` (0 or 1) of a comparison ("x vs y"), when the last answer is one. */
export function comparisonSide(kb: KnowledgeBase, last: Concept, pick: number): Concept | undefined {
  const pair = [last.title, ...last.aliases].map((n) => n.toLowerCase().split(/\s+(?:vs\.?|versus)\s+/)).find((p) => p.length === 2);
  const name = pair?.[pick];
  if (name === undefined) return undefined;
  const found = kb.lookup(name);
  return found.status === 'answer' ? found.concept : undefined;
}

export function nameWords(kb: KnowledgeBase, id: string): string[] {
  const concept = kb.concept(id);
  return concept ? [ownId(concept.id).replace(/-/g, ' '), concept.title, ...concept.aliases].flatMap((n) => terms(n)) : [];
}

/**
 * The concept just answered, the ones it lists as related, the ones that list it, and the ones
 * about an aspect of it (named after it: "docker" -> "docker-limits", "when-docker-is-enough").
 */
export function neighbourhood(kb: KnowledgeBase, index: ConceptTerms, concept: Concept): string[] {
  const ids = [concept.id, ...concept.related, ...(index.relatedFrom.get(concept.id) ?? []), ...(index.aspects.get(concept.id) ?? [])];
  return [...new Set(ids)].filter((id) => kb.concept(id) !== undefined);
}

/**
 * The concept's name right after a verb like "does" or "is" (and an article): the subject of the question
 * ("does *the proxy* …", "where do *images* fit …"), not its object ("why not use containers").
 */
export function namedAsSubject(kb: KnowledgeBase, tokens: readonly string[], id: string): boolean {
  const words = new Set(nameWords(kb, id));
  return tokens.some((t, i) => {
    const before = ['the', 'a', 'an', 'my', 'our', 'your'].includes(tokens[i - 1] ?? '') ? tokens[i - 2] : tokens[i - 1];
    return words.has(singular(t)) && BE_OR_DO.has(before ?? '');
  });
}

/** A pronoun right after a verb like "is", "can" or "does" is what the question is about ("can *it* have"). */
export function pronounSubject(tokens: readonly string[]): boolean {
  // "so *that's* like a container?": a statement asked as a question opens on the pronoun and its verb.
  const opening = tokens.find((t) => !OPENERS.has(t));
  return (opening !== undefined && CONTRACTED.has(opening)) || tokens.some((t, i) => i > 0 && ANAPHORS.has(t) && t !== 'there' && BE_OR_DO.has(tokens[i - 1] ?? ''));
}

/** A pronoun and "is"/"are" typed as one word ("that's", "they're"), apostrophe dropped. */
// Not "its": with the apostrophe dropped, "it's" and the possessive ("its control plane") are the same word.
const CONTRACTED = new Set(['thats', 'theyre']);


/** A comparison page ("x vs y") whose sides are the two concepts or the wholes they are aspects of. */
export function comparisonOfWholes(kb: KnowledgeBase, index: ConceptTerms, a: string, b: string): Concept | undefined {
  const withWholes = (id: string): string[] => [id, ...wholesOf(index, id)];
  for (const x of withWholes(a)) {
    for (const y of withWholes(b)) {
      const [cx, cy] = [kb.concept(x), kb.concept(y)];
      if (x === y || !cx || !cy) continue;
      const found = kb.lookup(`${cx.title} vs ${cy.title}`);
      if (found.status === 'answer' && /\s(?:vs\.?|versus)\s/i.test(found.concept.title)) return found.concept;
    }
  }
  return undefined;
}

/** The wholes a concept is an aspect of ("kubernetes-costs" -> "kubernetes"). */
export function wholesOf(index: ConceptTerms, id: string): string[] {
  return [...index.aspects].filter(([, parts]) => parts.includes(id)).map(([whole]) => whole);
}

/**
 * The last answer is an aspect of one of the knowledge base's start-here subjects ("when Kubernetes
 * is worth it") and `id` an aspect of other such subjects only ("where Docker falls short"): a
 * follow-up that names neither is still about the first. Smaller wholes ("containers" for the
 * container runtime) are parts of one picture, not separate subjects.
 */
export function offSubject(kb: KnowledgeBase, index: ConceptTerms, last: string, id: string, named: readonly string[]): boolean {
  const subjects = (of: string): string[] => wholesOf(index, of).filter((w) => kb.concept(w)?.featured === true);
  const lastWholes = subjects(last);
  const wholes = subjects(id);
  return lastWholes.length > 0 && wholes.length > 0 && !wholes.some((w) => lastWholes.includes(w) || named.includes(w));
}

/** A sibling of the last answer: named with the same first word, each listing the other as related. */
export function isCounterpart(kb: KnowledgeBase, last: Concept, id: string): boolean {
  const other = kb.concept(id);
  const lead = last.id.split('-');
  return other !== undefined && id !== last.id && lead.length > 1 && id.startsWith(`${lead[0]}-`) && other.related.includes(last.id) && last.related.includes(id);
}

/** The neighbours' own neighbours, not already among them. */
export function outerRing(kb: KnowledgeBase, index: ConceptTerms, neighbours: readonly string[]): string[] {
  const near = new Set(neighbours);
  const far = neighbours.flatMap((id) => {
    const concept = kb.concept(id);
    return concept ? [...concept.related, ...(index.relatedFrom.get(id) ?? [])] : [];
  });
  return [...new Set(far)].filter((id) => !near.has(id) && kb.concept(id) !== undefined);
}

/** How much of the question's content a concept explains, rare words and names counting most. */
export function overlap(index: ConceptTerms, id: string, content: readonly string[]): number {
  const row = index.weights.get(id);
  if (!row) return 0;
  let score = 0;
  const seen = new Set<string>();
  content.forEach((term, i) => {
    const weight = Math.max(0, ...widen(term).map((s) => (row.get(s) ?? 0) * (index.rarity.get(s) ?? 0)));
    const key = widen(term).join(' ');
    if (seen.has(key)) return;
    seen.add(key);
    score += weight * (i === 0 ? HEAD : 1) * (WEAK.has(term) ? WEAK_WEIGHT : 1);
  });
  return score;
}

/** Sentences of a page that must name a thing for the page to cover a question set in that thing. */
const COVERED = 2;

/** The page says enough about another concept ("and in docker?" after self-healing, which tells how Docker fares). */
export function covers(index: ConceptTerms, concept: Concept, id: string): boolean {
  return `${concept.summary}. ${concept.body}`.split(/[.;:!?\n]+/).filter((s) => namedIn(index, s).includes(id)).length >= COVERED;
}

/** Whether any concept uses the word at all. */
export function knownAnywhere(index: ConceptTerms, term: string): boolean {
  const s = stem(term);
  for (const row of index.weights.values()) if (row.has(s)) return true;
  return false;
}

/** The words of an id that say what aspect it is about, once the whole's own words are taken out. */
function aspectWords(id: string, whole: string): string[] {
  const wholeWords = new Set(whole.split('-'));
  return id
    .split('-')
    .filter((w) => !wholeWords.has(w) && !isFiller(w))
    .flatMap((w) => widen(w));
}

/**
 * "and kubernetes?" after "where Docker works best": the same aspect of the thing now named, when
 * the last answer is an aspect of another whole ("docker-use-cases" -> "kubernetes-use-cases",
 * "docker-limits" -> "kubernetes-costs": words of one family count as the same aspect).
 */
export function parallelAspect(kb: KnowledgeBase, index: ConceptTerms, last: Concept, named: string): Concept | undefined {
  const wholes = [...index.aspects].filter(([, parts]) => parts.includes(last.id)).map(([whole]) => whole);
  if (wholes.length === 0 || wholes.includes(named)) return undefined;
  const wanted = new Set(wholes.flatMap((whole) => aspectWords(last.id, whole)));
  let best: { id: string; shared: number } | undefined;
  for (const id of index.aspects.get(named) ?? []) {
    if (id === last.id) continue;
    const shared = new Set(aspectWords(id, named).filter((w) => wanted.has(w))).size;
    if (shared > 0 && (best === undefined || shared > best.shared)) best = { id, shared };
  }
  return best === undefined ? undefined : kb.concept(best.id);
}

/** A neighbour must explain the question this many times better than a farther concept beside it to win. */
const NEARER = 2;

/**
 * The question read with the name put back lands beyond the last answer's neighbours (a question
 * about holding the declared state, after kubernetes -> the controller manager); a neighbour right beside that
 * concept that explains the question far better is the nearer answer (the control loop).
 */
export function nearerThan(kb: KnowledgeBase, index: ConceptTerms, found: Concept, last: Concept, neighbours: readonly string[], words: readonly string[]): Concept {
  if (neighbours.includes(found.id)) return found;
  const content = words.filter((t) => !isFiller(t));
  const far = overlap(index, found.id, content);
  const beside = neighbours
    .filter((id) => id !== last.id && (found.related.includes(id) || kb.concept(id)?.related.includes(found.id) === true))
    .map((id) => ({ id, score: overlap(index, id, content) }))
    .sort((a, b) => b.score - a.score)[0];
  return beside !== undefined && beside.score > NEARER * far ? (kb.concept(beside.id) ?? found) : found;
}

/**
 * "what about sudden load?" after kubernetes: a concept one step further out, when it explains the
 * question far better (its overlap times `far` above `toBeat`) than anything next to the last answer. Only the words nothing
 * near the last answer explains count there ("what keeps its pods running?" after node stays with node);
 * words of a general family ("need", "problem") or that fit anything do not reach that far.
 */
export function fartherOut(kb: KnowledgeBase, index: ConceptTerms, neighbours: readonly string[], content: readonly string[], toBeat: number, far: number): string | undefined {
  const unexplained = content.filter((term) => widen(term).length === 1 && !WEAK.has(term) && neighbours.every((id) => overlap(index, id, [term]) === 0));
  let best: { id: string; score: number } | undefined;
  for (const id of unexplained.length > 0 ? outerRing(kb, index, neighbours) : []) {
    const score = far * overlap(index, id, unexplained);
    if (score > (best?.score ?? toBeat)) best = { id, score };
  }
  return best?.id;
}
