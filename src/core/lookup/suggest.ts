import Fuse from 'fuse.js';
import type { Concept } from '../content/schema.js';
import { keyOf } from './normalize.js';
import type { LookupResult } from './result.js';

/** One suggestion: a concept, and the alias that matched when it was not the title. */
export interface Suggestion {
  concept: Concept;
  matched?: string;
}

interface Name {
  concept: Concept;
  name: string;
  lower: string;
  key: string;
}

/** Fuse's score runs 0 (perfect) to 1; past this a name is not what was typed. */
const FUZZY_THRESHOLD = 0.4;

/**
 * Suggestions as someone types (a platform's autocomplete): names equal to the text first (so "k8s"
 * puts Kubernetes on top), then names starting with it, then names containing it, then names fuse.js
 * finds close to it (half-typed and misspelt: "kubrnet", "etdc"), then what the lookup makes of the
 * text as a question. Built once per knowledge base, on the first keystroke, not at start-up; the
 * lookup's own hot path never uses fuse.js.
 */
export class Suggester {
  private readonly names: Name[];
  private fuse: Fuse<Name> | undefined;

  constructor(
    private readonly concepts: readonly Concept[],
    private readonly topics: () => readonly Concept[],
    private readonly lookup: (text: string) => LookupResult,
  ) {
    this.names = concepts.flatMap((concept) =>
      [concept.title, ...concept.aliases].map((name) => ({ concept, name, lower: name.toLowerCase(), key: keyOf(name) })),
    );
  }

  suggest(typed: string, limit: number): Suggestion[] {
    const text = typed.replace(/\s+/g, ' ').trim().toLowerCase();
    if (text === '') return this.topics().slice(0, limit).map((concept) => ({ concept }));

    const picked = new Map<string, Suggestion>();
    const pick = (concept: Concept, matched?: string): void => {
      if (picked.has(concept.id)) return;
      picked.set(concept.id, matched === undefined || matched === concept.title ? { concept } : { concept, matched });
    };
    const key = keyOf(text);
    const tiers: Array<(name: Name) => boolean> = [
      (name) => name.lower === text || (key !== '' && name.key === key),
      (name) => name.lower.startsWith(text),
      (name) => name.lower.includes(text),
    ];
    for (const test of tiers) {
      for (const concept of this.concepts) {
        if (picked.has(concept.id)) continue;
        const match = this.names.find((name) => name.concept === concept && test(name));
        if (match) pick(concept, match.name);
      }
    }
    if (picked.size < limit) for (const hit of this.fuzzy(text)) pick(hit.concept, hit.name);
    const found = this.lookup(typed);
    if (found.status === 'answer') pick(found.concept);
    if (found.status === 'clarify') for (const c of found.candidates) pick(c.concept);
    return [...picked.values()].slice(0, limit);
  }

  /** Names close to the text, best first; the first (best) name of each concept. */
  private fuzzy(text: string): Name[] {
    this.fuse ??= new Fuse(this.names, {
      keys: ['lower'],
      includeScore: true,
      threshold: FUZZY_THRESHOLD,
      // A name may sit anywhere in a long alias ("the kubernetes api server").
      ignoreLocation: true,
      minMatchCharLength: 2,
    });
    return this.fuse.search(text.slice(0, 64)).map((result) => result.item);
  }
}
