import type { Concept } from '../content/schema.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { terms } from '../lookup/normalize.js';
import { stem } from '../stem.js';
import { namedIn, type ConceptTerms } from './concept-terms.js';
import { nameWords } from './follow-up-neighbours.js';
import { widen } from './follow-up-words.js';

// "built from what?", "runs where?": a question about what stands at the other end
// of a relation with the last answer. Its own text usually says so in a sentence ("a running
// instance of an image", "runs on every node"), or a neighbour's does ("containers are started from").

/** How far after the relation word the thing at its other end may be named. */
const WINDOW = 6;
/** How close before the relation word its subject is named. */
const SUBJECT = 2;
/** Words that put what follows as a place. */
const LOCATIVE = /^(?:on|in|at|inside|into|onto|within|across)$/;

function sentences(concept: Concept): string[][] {
  return `${concept.summary}. ${concept.body}`
    .split(/[.;:!?\n]+/)
    .map((s) => terms(s))
    .filter((s) => s.length > 0);
}

/** Positions in a sentence where one of the relation's words (or its family) stands. */
function relationAt(sentence: readonly string[], relation: ReadonlySet<string>): number[] {
  return sentence.flatMap((t, i) => (relation.has(stem(t)) ? [i] : []));
}

/** The concept named first (longest name at the earliest word) in a run of words. */
function firstNamed(index: ConceptTerms, words: readonly string[]): string | undefined {
  for (let start = 0; start < words.length; start++) {
    for (let length = Math.min(4, words.length - start); length > 0; length--) {
      const id = index.names.get(words.slice(start, start + length).join(' '));
      if (id !== undefined) return id;
    }
  }
  return undefined;
}

/** The concept named last (nearest the end) in a run of words. */
function lastNamed(index: ConceptTerms, words: readonly string[]): string | undefined {
  for (let end = words.length; end > 0; end--) {
    for (let length = Math.min(4, end); length > 0; length--) {
      const id = index.names.get(words.slice(end - length, end).join(' '));
      if (id !== undefined) return id;
    }
  }
  return undefined;
}

/**
 * The neighbour at the other end of the relation the question names (`words`: its content words,
 * the verb or noun of the relation), or undefined when no sentence links the two that way.
 */
export function relationTarget(
  kb: KnowledgeBase,
  index: ConceptTerms,
  last: Concept,
  words: readonly string[],
  neighbours: readonly string[],
  /** "what lives in it?" asks for the relation's subject: named just before its word ("where *images* live"). */
  subject = false,
  /** Only what the last answer's own sentences say, not a neighbour's sentences naming it. */
  ownPage = false,
): Concept | undefined {
  const relation = new Set(words.flatMap((w) => widen(w)));
  if (relation.size === 0) return undefined;
  const near = new Set(neighbours.filter((id) => id !== last.id));
  const votes = new Map<string, number>();
  const vote = (id: string): void => void votes.set(id, (votes.get(id) ?? 0) + 1);
  // The last answer's own sentences: "an instance *of an image*" names the other end after the relation word.
  for (const sentence of sentences(last)) {
    for (const at of relationAt(sentence, relation)) {
      // The first thing named after the relation word is its other end; a neighbour or nothing.
      const found = subject ? lastNamed(index, sentence.slice(Math.max(0, at - SUBJECT), at)) : firstNamed(index, sentence.slice(at + 1, at + 1 + WINDOW));
      if (found !== undefined && near.has(found)) vote(found);
    }
  }
  // A neighbour's sentences that name the last answer and then the relation: "containers are *started from*" it.
  for (const id of subject || ownPage ? [] : near) {
    const concept = kb.concept(id);
    if (!concept) continue;
    for (const sentence of sentences(concept)) {
      for (const at of relationAt(sentence, relation)) {
        const before = sentence.slice(Math.max(0, at - WINDOW), at).join(' ');
        if (!namedIn(index, before).includes(last.id)) continue;
        // "decides which *node* each new pod should run on": a third thing the sentence names is the other end, not
        // the page the sentence is on.
        // The page's own name ("a *container registry* is where images live") names no third thing.
        const own = new Set(nameWords(kb, id));
        const rest = sentence.slice(Math.max(0, at - WINDOW), at).filter((t) => !own.has(t)).join(' ');
        const third = namedIn(index, rest).filter((other) => other !== id && other !== last.id && near.has(other));
        vote(third.length === 1 ? (third[0] as string) : id);
      }
    }
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const [best, next] = ranked;
  if (!best || (next && next[1] === best[1])) return undefined;
  return kb.concept(best[0]);
}

/**
 * "who starts containers there?" after nodes: the neighbour whose own sentence names it
 * before the verb and the thing named after it ("the container runtime … actually runs containers").
 */
export function agentOf(kb: KnowledgeBase, index: ConceptTerms, last: Concept, verbs: readonly string[], object: string, neighbours: readonly string[]): Concept | undefined {
  const relation = new Set(verbs.flatMap((w) => widen(w)));
  const found = neighbours.filter((id) => {
    const concept = kb.concept(id);
    if (!concept || id === last.id || id === object) return false;
    return sentences(concept).some((sentence) =>
      relationAt(sentence, relation).some((at) => namedIn(index, sentence.slice(0, at).join(' ')).includes(id) && firstNamed(index, sentence.slice(at + 1, at + 1 + WINDOW)) === object),
    );
  });
  return found.length === 1 ? kb.concept(found[0] as string) : undefined;
}

/**
 * Where a thing the last answer tells of is kept or runs, by the last answer's own sentences: one that names the
 * thing and then the relation's word, with the place either just before the word ("the image, *a registry* holds
 * it") or the first thing named after it ("pods run on *nodes*"). A neighbour of the last answer, never the thing.
 */
export function placeOf(kb: KnowledgeBase, index: ConceptTerms, last: Concept, words: readonly string[], thing: string, neighbours: readonly string[]): string | undefined {
  const relation = new Set(words.flatMap((w) => widen(w)));
  const keeps = new Set(widen('kept'));
  // The last answer's own name ("a *container registry* is where …") names no thing.
  const own = new Set(nameWords(kb, last.id));
  const near = new Set(neighbours.filter((id) => id !== last.id && id !== thing));
  const votes = new Map<string, number>();
  for (const sentence of sentences(last)) {
    for (const at of relationAt(sentence, relation)) {
      if (!namedIn(index, sentence.slice(Math.max(0, at - WINDOW), at).filter((t) => !own.has(t)).join(' ')).includes(thing)) continue;
      // "a registry *holds* it": the one keeping it is named just before; before "live" or "run" is the thing itself.
      const holder = keeps.has(stem(sentence[at] ?? '')) ? lastNamed(index, sentence.slice(Math.max(0, at - SUBJECT), at)) : undefined;
      // After the word, only a place: "run *on* nodes", never what it is made from ("run from images").
      const placed = LOCATIVE.test(sentence[at + 1] ?? '') ? firstNamed(index, sentence.slice(at + 2, at + 2 + WINDOW)) : undefined;
      const found = holder !== undefined && near.has(holder) ? holder : placed;
      if (found !== undefined && near.has(found)) votes.set(found, (votes.get(found) ?? 0) + 1);
    }
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const [best, next] = ranked;
  return best && !(next && next[1] === best[1]) ? best[0] : undefined;
}
