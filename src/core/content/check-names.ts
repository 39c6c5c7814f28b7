import { keyOf } from '../lookup/normalize.js';
import type { ContentIssue } from './issues.js';
import type { ParsedFile } from './read-files.js';
import type { Concept } from './schema.js';

/** One name a concept answers to, and where it was written. */
interface Claim {
  concept: string;
  file: string;
  fileOrder: number;
  field: string;
  /** 0 id, 1 title, 2 alias: a concept's own id and title outrank anyone's alias. */
  rank: number;
  position: number;
  name: string;
}

/**
 * Every name (id, title, alias) must lead to one concept. When two concepts share a name, the
 * claim that introduced the clash is blamed, once: an alias before a title before an id, and
 * between equals the file later in sorted order.
 */
export function checkNames(files: ParsedFile<Concept>[], issues: ContentIssue[]): void {
  const byKey = new Map<string, Claim[]>();
  const found: Array<{ claim: Claim; message: string }> = [];
  files.forEach(({ file, data }, fileOrder) => {
    const names = [
      { name: data.id.replace(/-/g, ' '), field: 'id', rank: 0 },
      { name: data.title, field: 'title', rank: 1 },
      ...data.aliases.map((name, i) => ({ name, field: `aliases[${i}]`, rank: 2 })),
    ];
    names.forEach(({ name, field, rank }, position) => {
      const claim = { concept: data.id, file, fileOrder, field, rank, position, name };
      const key = keyOf(name);
      if (key === '') found.push({ claim, message: 'has no letters or digits to match on' });
      else byKey.set(key, [...(byKey.get(key) ?? []), claim]);
    });
    found.push(...repeatedAliases(file, fileOrder, data));
  });

  for (const claims of byKey.values()) {
    claims.sort(byPrecedence);
    const owner = claims[0];
    if (!owner) continue;
    const blamed = new Set<string>([owner.concept]);
    for (const claim of claims) {
      // Several names of one concept meeting ("Pod", "pods") is how aliases are meant to work.
      if (blamed.has(claim.concept)) continue;
      blamed.add(claim.concept);
      found.push({
        claim,
        message:
          `"${claim.name}" is already a name of "${owner.concept}" (its ${owner.field}, in ${owner.file}); ` +
          'a name must lead to one concept',
      });
    }
  }

  found.sort((a, b) => a.claim.fileOrder - b.claim.fileOrder || a.claim.position - b.claim.position);
  for (const { claim, message } of found) {
    issues.push({ file: claim.file, item: claim.concept, field: claim.field, message });
  }
}

/**
 * The same alias twice in one file, differing only in case or spacing ("etcd store", "Etcd  Store").
 * Looser matches such as plurals ("pod", "pods") are kept: they are different things to type.
 */
function repeatedAliases(file: string, fileOrder: number, data: Concept): Array<{ claim: Claim; message: string }> {
  const seen = new Map<string, number>();
  const out: Array<{ claim: Claim; message: string }> = [];
  data.aliases.forEach((name, i) => {
    const key = name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      return;
    }
    out.push({
      claim: { concept: data.id, file, fileOrder, field: `aliases[${i}]`, rank: 2, position: i + 2, name },
      message: `"${name}" is a duplicate alias within this file: it repeats aliases[${first}] "${data.aliases[first] ?? ''}"`,
    });
  });
  return out;
}

function byPrecedence(a: Claim, b: Claim): number {
  return a.rank - b.rank || a.fileOrder - b.fileOrder || a.position - b.position;
}
