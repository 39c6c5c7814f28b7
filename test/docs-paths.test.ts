import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The README, CONTRIBUTING.md and docs/ send a new maintainer to files by their path ("the routing table,
// `src/core/conversation/routes.ts`"); a file renamed or split since leaves them searching for one that is gone.

const DOCS = ['README.md', 'CONTRIBUTING.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** A path into the repository's own folders, as the docs write one (not the tail of a URL or of another repository's path). */
const PATH = /(?<![\w/.-])(?:src|test|content|deploy|bench|scripts)\/[A-Za-z0-9_./<>*-]+/g;

/**
 * Paths the docs name on purpose though no such file is there: a pattern ("src/adapters/<platform>/") or an example
 * of what a content author would add.
 */
const NOT_FILES = /[<>*]|^content\/adrs\/$/;

describe('the docs', () => {
  it('name only files and folders that exist', () => {
    const missing = DOCS.flatMap((doc) =>
      [...readFileSync(doc, 'utf8').matchAll(PATH)]
        // A full stop or comma after a path is the sentence's.
        .map((m) => m[0].replace(/[.,]+$/, ''))
        .filter((path) => !NOT_FILES.test(path) && !existsSync(path))
        .map((path) => `${doc}: ${path}`),
    );
    expect([...new Set(missing)]).toEqual([]);
  });
});
