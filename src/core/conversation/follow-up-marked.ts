import { ownId } from '../content/concept-id.js';
import type { Concept } from '../content/schema.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { namesOf } from '../lookup/lookup-index.js';
import { isFiller, terms } from '../lookup/normalize.js';
import { stem } from '../stem.js';
import { keyWeight, type ConceptTerms } from './concept-terms.js';
import { neighbourhood, wholesOf } from './follow-up-neighbours.js';
import type { Reading } from './follow-up-reading.js';
import type { Ruling } from './follow-up-ruling.js';

// "the docker one", "the frozen thing": one of the last answer's neighbours marked by a word, read from the shape of the
// whole message (a reader of the table in follow-up.ts) and by which neighbour the word marks.

/** "the docker one" after a page listing several mistakes: the one of its neighbours named by that word. */
export function markedByAWord(r: Reading): Ruling {
  const marked = markedOne(r.kb, r.index, r.last, r.tokens);
  return marked ? { concept: marked, how: 'related', rule: 'marked-one' } : undefined;
}

/** "the docker one", "tell me about the early one", "and the one about X": a word marking one of several. */
const MARKED_ONE =
  /^(?:(?:and|ok|okay|so|what about|how about|tell me about|tell me more about|more on|explain|whats|what is)\s+)*(?:the )?(?:(?:one|ones) (?:about|on|for|with) )?(\w+(?: \w+)?)(?: (?:one|ones|thing|part|bit))?$/;

/**
 * After a page that lists several things of a kind (a set of options, say), "the docker one" or
 * "what's the runtime bit?" picks the neighbour whose id carries the word, when exactly one does (else
 * whose title does). A word that is the last answer's own (or names nothing beside it) picks nothing.
 */
function markedOne(kb: KnowledgeBase, index: ConceptTerms, last: Concept, tokens: readonly string[]): Concept | undefined {
  // "frozen one called?": what the one marked is called is the one marked.
  const said = tokens.join(' ').replace(/(?: is)?(?: it)? called$/, '');
  const match = MARKED_ONE.exec(said);
  const typed = match?.[1]?.replace(/ (?:ones?|thing|part|bit)$/, '');
  // "the proxy thing" points at one by a word of its name as much as "the proxy one" does; without "the" only "one" does.
  if (typed === undefined || !/\b(?:ones?|thing|part|bit)$|\bones? (?:about|on|for|with)\b/.test(said) || (!/\bthe\b/.test(said) && !/ ones?$/.test(said))) return undefined;
  const words = typed.split(' ').filter((w) => !isFiller(w)).map(stem);
  if (words.length === 0) return undefined;
  const beside = neighbourhood(kb, index, last).filter((id) => id !== last.id && !namesOnly(kb, id, typed));
  const carries = (names: (id: string) => string[]): string[] => beside.filter((id) => words.every((w) => names(id).map(stem).includes(w)));
  const byId = carries((id) => ownId(id).split('-'));
  const byTitle = byId.length > 0 ? byId : carries((id) => terms(kb.concept(id)?.title ?? ''));
  // "the frozen one" after a page on A: the neighbour its own summary tells apart by that word, beside the last answer's name
  // ("B is a frozen form of an A").
  const found = byTitle.length > 0 ? byTitle : carries((id) => describedBeside(kb, id, last));
  return found.length === 1 ? kb.concept(found[0] as string) : undefined;
}

/** Words of a summary this close before the last answer's name describe the concept against it. */
const DESCRIBED_WITHIN = 4;

/** The words of a concept's summary that come shortly before the last answer's name: "B is a *frozen form of an* A". */
function describedBeside(kb: KnowledgeBase, id: string, last: Concept): string[] {
  const words = terms(kb.concept(id)?.summary ?? '');
  // By the last answer's id, its own name: an alias may hold another concept's word ("container image").
  const lastWords = new Set(ownId(last.id).split('-'));
  return words.filter((_, i) => words.slice(i + 1, i + 1 + DESCRIBED_WITHIN).some((w) => lastWords.has(w)));
}

/** The text is that concept's own name ("kubernetes" is not a kubernetes one beside itself). */
function namesOnly(kb: KnowledgeBase, id: string, typed: string): boolean {
  const concept = kb.concept(id);
  return concept !== undefined && namesOf(concept).some((n) => terms(n).join(' ') === terms(typed).join(' '));
}

/** "what is that component?", "what's this thing exactly?": a question about what the last answer is, calling it by a kind. */
const THAT_KIND =
  /^(?:(?:and|ok|okay|so|sorry|wait|but)\s+)*(?:what|whats)(?: (?:is|s))?(?: (?:exactly|actually|really))? (?:that|this) (?:component|thing|piece|part|tool|concept|term|process|program|bit|service|one)(?: (?:exactly|actually|again|then|now))*$/;

/**
 * "what is that component?" after the API server: naming nothing and calling the last answer by a kind of thing, it asks
 * what the last answer is; a neighbour that happens to be a component is not "that" one.
 */
export function thatKindItself(r: Reading): Ruling {
  return THAT_KIND.test(r.lower) ? { concept: r.last, how: 'same', rule: 'that-kind' } : undefined;
}

/** "more on the scaling bit", "and the networking side?": a piece of what was just said, by a word of it. */
const PIECE_OF =
  /^(?:(?:and|ok|okay|so|now|what about|how about|tell me (?:more )?about|more on|explain|whats|what is|go deeper (?:on|into))\s+)*the (\w+(?: \w+)?) (?:part|bit|side|piece|stuff|thing)(?: of (?:it|that|this|them))?$/;

/**
 * "ok, more on the scaling bit" after Kubernetes: a word the last answer speaks of, asked for as a piece of it. The
 * one page that lists that word whole as a name or keyword, other than the last answer and what it is an aspect of, and
 * not an aspect of another subject (where Docker falls short lists "scaling" too, but it is about Docker): that page.
 * Several such pages, or none, leave it to the readers after.
 */
export function pieceOfTheLast(r: Reading): Ruling {
  const typed = PIECE_OF.exec(r.lower)?.[1];
  if (typed === undefined || r.everyName().length > 0) return undefined;
  const words = typed.split(' ').filter((w) => !isFiller(w)).map(stem);
  if (words.length === 0) return undefined;
  const own = new Set([r.last.id, ...wholesOf(r.index, r.last.id)]);
  const lists = (id: string): boolean => words.every((w) => keyWeight(r.index, id, w, true) > 0 || ownId(id).split('-').map(stem).includes(w));
  const ofAnother = (id: string): boolean => wholesOf(r.index, id).some((whole) => !own.has(whole));
  const pages = r.kb.concepts.filter((c) => !own.has(c.id) && !ofAnother(c.id) && lists(c.id));
  const [only, ...more] = pages;
  return only !== undefined && more.length === 0 ? { concept: only, how: 'related', rule: 'piece-of-last' } : undefined;
}
