// Names typed with a nickname in place of a title word: "switch to kube" for "switch to kubernetes".

import type { Concept } from '../content/schema.js';
import { namesOf } from './lookup-index.js';
import { isFiller, terms } from './normalize.js';

/**
 * Every name of several words that holds a concept's one-word title ("switch to kubernetes"), once more with each of that
 * concept's one-word nicknames in its place ("switch to kube", "switch to k8s"), with the entry it names: people type the
 * nickname inside a name as readily as alone. The content need not spell out every such name; a name written there too
 * stays as written. In `terms` form.
 */
export function namesByNickname(concepts: readonly Concept[]): Array<{ terms: string[]; entry: number }> {
  const nicknames = new Map<string, string[]>();
  for (const concept of concepts) {
    const title = terms(concept.title).filter((t) => !isFiller(t));
    if (title.length !== 1) continue;
    const short = concept.aliases.map(terms).filter((a) => a.length === 1 && !isFiller(a[0] as string)).map((a) => a[0] as string);
    if (short.length > 0) nicknames.set(title[0] as string, short);
  }
  const out: Array<{ terms: string[]; entry: number }> = [];
  concepts.forEach((concept, entry) => {
    for (const name of namesOf(concept)) {
      // Titles are prose, not what people type (lookup-index.ts).
      if (name === concept.title) continue;
      const nameTerms = terms(name);
      if (nameTerms.length < 2) continue;
      nameTerms.forEach((t, at) => {
        for (const nick of nicknames.get(t) ?? []) out.push({ terms: nameTerms.map((w, k) => (k === at ? nick : w)), entry });
      });
    }
  });
  return out;
}
