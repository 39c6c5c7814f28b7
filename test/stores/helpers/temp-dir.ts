import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/** A fresh directory under the OS temp dir, and a function that removes it. */
export function tempDir(prefix = 'archbot-store-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/**
 * A fresh directory for each test of the file (a data directory, say), removed after the test: the function gives the
 * current test's, so call it inside a test or hook.
 */
export function tempDirPerTest(prefix: string): () => string {
  let current: { path: string; remove(): void } | undefined;
  beforeEach(() => {
    current = tempDir(prefix);
  });
  afterEach(() => {
    current?.remove();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('tempDirPerTest: read the directory inside a test or hook');
    return current.path;
  };
}
