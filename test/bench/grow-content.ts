// A knowledge base N times the size of the real one whose vocabulary grows like a real one would:
// every synthetic concept is written with other English words (and a few made-up product names),
// rather than cloning the same words with a suffix, which would hardly grow the vocabulary at all.
import type { Content } from '../../src/core/content/load-content.js';
import type { Concept, OutsideTerm } from '../../src/core/content/schema.js';
import { everydayEnglish } from '../../src/core/lookup/everyday-english.js';
import { seeded } from './typos.js';

export function grow(base: Content, factor: number, seed = 7): Content {
  const random = seeded(seed);
  // Past the first 2,000 (the words every text uses) and filtered to plain lower-case words.
  const pool = [...everydayEnglish().keys()].filter((w) => /^[a-z]{3,}$/.test(w)).slice(2_000);
  const syllables = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'qui', 'zen', 'dor', 'pel', 'sut', 'gra', 'bex', 'nor'];
  const pick = (): string => pool[Math.floor(random() * pool.length)] as string;
  const coined = (): string => Array.from({ length: 3 }, () => syllables[Math.floor(random() * syllables.length)]).join('');
  const phrase = (n: number): string => Array.from({ length: n }, pick).join(' ');
  // Every third word of a real text replaced: the same length and shape, a new vocabulary.
  const reword = (text: string): string => text.replace(/[A-Za-z]+/g, (w, offset: number) => (offset % 3 === 0 ? pick() : w));

  const concepts: Concept[] = [...base.concepts];
  const outsideTerms: OutsideTerm[] = [...(base.outsideTerms ?? [])];
  for (let copy = 1; copy < factor; copy++) {
    for (const c of base.concepts) {
      const name = `${coined()} ${pick()}`;
      concepts.push({
        ...c,
        id: `${c.id}-${copy}`.slice(0, 40),
        title: name,
        aliases: [coined(), `${pick()} ${coined()}`, phrase(2)],
        keywords: Array.from({ length: 6 }, () => phrase(1 + Math.floor(random() * 2))),
        asked: c.asked.map(reword),
        summary: reword(c.summary),
        body: reword(c.body),
        related: [],
        featured: false,
      });
    }
    for (const t of base.outsideTerms ?? []) {
      outsideTerms.push({ ...t, id: `${t.id}-${copy}`.slice(0, 40), term: coined(), aliases: [`${coined()} ${pick()}`], nearest: [] });
    }
  }
  return { concepts, checklists: [], outsideTerms };
}
