import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { formatIssue } from '../../../src/core/content/issues.js';
import { DEFAULT_CONTENT_DIR, loadContent } from '../../../src/core/content/load-content.js';

/** A copy of the real content, in a temp folder, that a test may break. */
export function copyContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'archbot-content-'));
  cpSync(join(DEFAULT_CONTENT_DIR, 'docker-vs-kubernetes'), join(dir, 'content'), { recursive: true });
  return join(dir, 'content');
}

/** Rewrites one file of the copy; fails the test if the edit changed nothing, so a stale pattern cannot pass silently. */
export function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
}

/** What `archbot check` would print, one line per problem, with paths as seen from the copy's parent folder. */
export function problems(dir: string): string[] {
  const loaded = loadContent({ dir, cwd: dirname(dir) });
  expect(loaded.ok).toBe(false);
  return loaded.issues.map(formatIssue);
}
