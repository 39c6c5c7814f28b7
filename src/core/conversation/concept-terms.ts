import { namesOf } from '../lookup/lookup-index.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { isFiller, keyOf, terms } from '../lookup/normalize.js';
import { oncePer } from '../once-per.js';
import { stem } from '../stem.js';

/**
 * A small index of its own for reading follow-ups against a handful of concepts (the one just
 * answered and its neighbours): term weights per concept and how rare each term is. Kept apart
 * from the lookup's index so either can change without the other.
 */
export interface ConceptTerms {
  /** concept id -> stemmed term -> field weight (name 3, keyword 2, summary 1, body 0.5). */
  weights: Map<string, Map<string, number>>;
  /** term -> rarity in (0, 1]. */
  rarity: Map<string, number>;
  /**
   * concept id -> each of its names and keywords as stemmed words (`all`), and the words that key the concept
   * alone (`alone`): not a piece of a hyphenated word ("only" of "read-only"), nor a word of another concept's
   * name listed as a keyword ("server" of "API server" among the control plane's keywords).
   */
  keys: Map<string, Array<{ all: string[]; alone: string[]; weight: number }>>;
  /** Name keys (id, title, aliases) -> concept id, for finding a concept named inside a follow-up. */
  names: Map<string, string>;
  /** Concepts whose `related` lists this one: the way back from a part to its whole. */
  relatedFrom: Map<string, string[]>;
  /** Concepts whose id contains this one's whole id as words: its aspects ("docker" -> "docker-limits"). */
  aspects: Map<string, string[]>;
}

const NAME_WEIGHT = 3;
const KEYWORD_WEIGHT = 2;

/** The same for every message: worked out once per knowledge base. */
export function conceptTerms(kb: KnowledgeBase): ConceptTerms {
  return termsOnce(kb);
}

const termsOnce = oncePer(termsOf);

function termsOf(kb: KnowledgeBase): ConceptTerms {
  const weights = new Map<string, Map<string, number>>();
  const keys = new Map<string, Array<{ all: string[]; alone: string[]; weight: number }>>();
  const names = new Map<string, string>();
  const relatedFrom = new Map<string, string[]>();
  const df = new Map<string, number>();
  for (const concept of kb.concepts) {
    const row = new Map<string, number>();
    const add = (text: string, weight: number): void => {
      for (const t of terms(text)) if (!isFiller(t)) row.set(stem(t), Math.max(row.get(stem(t)) ?? 0, weight));
    };
    for (const name of namesOf(concept)) {
      add(name, NAME_WEIGHT);
      const key = keyOf(name);
      if (key !== '' && !names.has(key)) names.set(key, concept.id);
    }
    for (const keyword of concept.keywords) add(keyword, KEYWORD_WEIGHT);
    add(concept.summary, 1);
    add(concept.body, 0.5);
    weights.set(concept.id, row);
    for (const t of row.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    for (const other of concept.related) relatedFrom.set(other, [...(relatedFrom.get(other) ?? []), concept.id]);
  }
  for (const concept of kb.concepts) {
    const stems = (text: string): string[] => terms(text).filter((t) => !isFiller(t)).map(stem);
    const own = (key: string): boolean => (names.get(keyOf(key)) ?? concept.id) === concept.id;
    const key = (k: string, weight: number): { all: string[]; alone: string[]; weight: number } => ({
      all: stems(k),
      alone: own(k) ? k.split(/\s+/).filter((w) => !w.includes('-')).flatMap(stems) : [],
      weight,
    });
    const keyed = [...namesOf(concept).map((k) => key(k, NAME_WEIGHT)), ...concept.keywords.map((k) => key(k, KEYWORD_WEIGHT))];
    keys.set(concept.id, keyed.filter((k) => k.all.length > 0));
  }
  const n = kb.concepts.length;
  const rarity = new Map([...df].map(([t, count]): [string, number] => [t, Math.log(1 + n / count) / Math.log(1 + n)]));
  const aspects = new Map<string, string[]>();
  for (const whole of kb.concepts) {
    const words = `-${whole.id}-`;
    const parts = kb.concepts.filter((c) => c.id !== whole.id && `-${c.id}-`.includes(words)).map((c) => c.id);
    if (parts.length > 0) aspects.set(whole.id, parts);
  }
  return { weights, keys, rarity, names, relatedFrom, aspects };
}

/**
 * How much a word (stemmed) keys a concept by itself: 3 as a word of one of its names, 2 of a keyword, else 0 (see
 * `keys`). With `whole`, only a name or keyword that is that one word counts.
 */
export function keyWeight(index: ConceptTerms, id: string, word: string, whole = false): number {
  const keyed = (index.keys.get(id) ?? []).filter((k) => (whole ? k.all.length === 1 && k.all[0] === word : k.alone.includes(word)));
  return Math.max(0, ...keyed.map((k) => k.weight));
}

/** Every name of a concept in the text's words: where it starts and how many words it takes. */
function namesFound(index: ConceptTerms, text: string): Array<{ id: string; start: number; length: number }> {
  const words = terms(text);
  const found: Array<{ id: string; start: number; length: number }> = [];
  for (let start = 0; start < words.length; start++) {
    for (let length = Math.min(5, words.length - start); length > 0; length--) {
      const part = words.slice(start, start + length);
      if (part.every(isFiller)) continue;
      const id = index.names.get(part.join(' '));
      if (id) found.push({ id, start, length });
    }
  }
  return found;
}

/** Concepts named outright in the text (by id, title or alias), longest names first. */
export function namedIn(index: ConceptTerms, text: string): string[] {
  const found = namesFound(index, text).sort((a, b) => b.length - a.length);
  return [...new Set(found.map((f) => f.id))];
}

/**
 * Concepts named outright in the text in the order they are said ("x vs y": x, then y), the longest name at a place
 * and none inside another ("container runtime" is not also "container").
 */
export function namedInOrder(index: ConceptTerms, text: string): string[] {
  const ids: string[] = [];
  let end = 0;
  for (const { id, start, length } of namesFound(index, text)) {
    // namesFound gives each place's longest name first.
    if (start < end) continue;
    end = start + length;
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}
