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
  const nicknames = new Map(nicknamesByTitle(concepts).map(({ title, nicknames }) => [title, nicknames]));
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

/**
 * Each concept whose title is one word ("Kubernetes") with its one-word nicknames ("kube", "k8s"), by its entry: the one
 * table both nickname rules read, the names made above and the lookup's postings (a nickname carries its title's words).
 */
export function nicknamesByTitle(concepts: readonly Concept[]): Array<{ entry: number; title: string; nicknames: string[] }> {
  return concepts.flatMap((concept, entry) => {
    const title = terms(concept.title).filter((t) => !isFiller(t));
    const nicknames = concept.aliases.map(terms).filter((a) => a.length === 1 && !isFiller(a[0] as string)).map((a) => a[0] as string);
    return title.length === 1 && nicknames.length > 0 ? [{ entry, title: title[0] as string, nicknames }] : [];
  });
}
