import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/core/content/issues.js';
import { loadContent } from '../../../src/core/content/load-content.js';
import { copyContent, edit } from './content-copy.js';

function linesFrom(dir: string, cwd: string): string[] {
  const loaded = loadContent({ dir, cwd });
  expect(loaded.ok).toBe(false);
  return loaded.issues.map(formatIssue);
}

describe('paths in content messages', () => {
  it('are relative to the working directory when the content is under it', () => {
    const dir = copyContent();
    edit(dir, 'concepts/etcd.yaml', () => '');
    expect(linesFrom(dir, dirname(dirname(dir)))).toEqual([
      `${join(basename(dirname(dir)), 'content', 'concepts', 'etcd.yaml')}: the file is empty`,
    ]);
  });

  it('are absolute when the content is elsewhere', () => {
    const dir = copyContent();
    edit(dir, 'concepts/etcd.yaml', () => '');
    const elsewhere = mkdtempSync(join(tmpdir(), 'archbot-cwd-'));
    expect(linesFrom(dir, elsewhere)).toEqual([`${join(dir, 'concepts', 'etcd.yaml')}: the file is empty`]);
  });

  it('name a content folder that does not exist, with nothing else', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'archbot-none-')), 'contnet');
    expect(linesFrom(dir, '/')).toEqual([
      `${dir}: the content folder does not exist; it should hold one folder per article, each with article.yaml, concepts/*.yaml and checklists/*.yaml`,
    ]);
  });

  it('name a missing or empty concepts folder, without blaming the checklist for every concept it names', () => {
    const dir = copyContent();
    rmSync(join(dir, 'concepts'), { recursive: true });
    expect(linesFrom(dir, dirname(dir))).toEqual(['content/concepts: the concepts folder does not exist']);
    mkdirSync(join(dir, 'concepts'));
    expect(linesFrom(dir, dirname(dir))).toEqual(['content/concepts: has no concept files (*.yaml)']);
  });
});
