import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContentCached } from '../../src/cli/content-cache.js';
import { INDEX_FORMAT } from '../../src/cli/index-codec.js';
import type { Io } from '../../src/cli/io.js';
import { loadKnowledgeBase } from '../../src/cli/load-kb.js';
import { DEFAULT_CONTENT_DIR, loadContent } from '../../src/core/content/load-content.js';
import { KnowledgeBase } from '../../src/core/knowledge-base.js';
import { seeded, withTypos } from '../bench/typos.js';

// `archbot ask` as users run it (bin/archbot.mjs over dist/, rebuilt by vitest's global setup), on a
// copy of the shipped content, with the knowledge-base cache in a folder of the test's own.

const BIN = fileURLToPath(new URL('../../bin/archbot.mjs', import.meta.url));
const QUESTIONS = fileURLToPath(new URL('../fixtures/questions.tsv', import.meta.url));
let root: string;
let content: string;
let cacheHome: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'archbot-cache-'));
  content = join(root, 'content');
  cacheHome = join(root, 'cache');
  cpSync(DEFAULT_CONTENT_DIR, content, { recursive: true });
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function ask(question: string): Promise<{ code: number | null; out: string; err: string }> {
  const env = { ...process.env, ARCHBOT_ENV_FILE: 'none', SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '', CONTENT_DIR: content, XDG_CACHE_HOME: cacheHome };
  const child = spawn(process.execPath, [BIN, 'ask', question], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out, err })));
}

/** A file under the copied content, found by name wherever the content's layout puts it. */
function contentFile(name: string, dir = content): string | undefined {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      const found = contentFile(name, path);
      if (found) return found;
    } else if (entry === name) return path;
  }
  return undefined;
}

function cacheEntries(): string[] {
  const dir = join(cacheHome, 'archbot');
  try {
    return readdirSync(dir).map((name) => join(dir, name));
  } catch {
    return [];
  }
}

const ETCD = 'etcd is the replicated key-value database';
const quiet: Io = { stdin: process.stdin, stdout: { write: () => true }, stderr: { write: () => true }, interactive: false };

describe('the knowledge-base cache', () => {
  it('answers from the cache while nothing under the content folder changed', async () => {
    const first = await ask('what is etcd');
    expect(first.out).toContain(ETCD);
    const [entry] = cacheEntries();
    expect(entry).toBeDefined();
    // Proof the second run reads the entry rather than the YAML: a marker only the entry holds.
    writeFileSync(entry as string, readFileSync(entry as string, 'utf8').replaceAll(ETCD, 'CACHED etcd'));
    const second = await ask('what is etcd');
    expect(second.code).toBe(0);
    expect(second.out).toContain('CACHED etcd');
  });

  it('sees an edit to a concept file on the next run', async () => {
    expect((await ask('what is etcd')).out).toContain(ETCD);
    const file = contentFile('etcd.yaml') as string;
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll(ETCD, 'etcd is the EDITED key-value database'));
    const after = await ask('what is etcd');
    expect(after.out).toContain('etcd is the EDITED key-value database');
    expect(after.out).not.toContain(ETCD);
  });

  it('sees a concept file removed on the next run', async () => {
    expect((await ask('what is etcd')).out).toContain(ETCD);
    const etcd = contentFile('etcd.yaml') as string;
    // Other concepts refer to etcd; a removed file must show as a broken reference, not a stale answer.
    rmSync(etcd);
    const after = await ask('what is etcd');
    expect(after.code).toBe(1);
    expect(after.err).toMatch(/problem/);
    expect(after.out).not.toContain(ETCD);
  });

  it('never keeps invalid content: its problems are reported on every run', async () => {
    const file = contentFile('etcd.yaml') as string;
    writeFileSync(file, 'id: etcd\ntitle: [unclosed\n');
    for (let run = 0; run < 2; run++) {
      const result = await ask('what is etcd');
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/etcd\.yaml.*not valid YAML/);
    }
    expect(cacheEntries()).toEqual([]);
  });

  it('reads the YAML again when an entry is damaged', async () => {
    await ask('what is etcd');
    const [entry] = cacheEntries();
    writeFileSync(entry as string, '{"build": "half a file');
    const after = await ask('what is etcd');
    expect(after.code).toBe(0);
    expect(after.out).toContain(ETCD);
  });

  it('answers when the cache folder cannot be made', async () => {
    // A file where the folder should be (a permission would not stop a root user).
    writeFileSync(cacheHome, '');
    const result = await ask('what is etcd');
    expect(result.code).toBe(0);
    expect(result.out).toContain(ETCD);
  });

  it('gives back the content exactly as the loader validated it, and an index that answers alike', async () => {
    const cache = { dir: join(cacheHome, 'archbot'), build: 'test' };
    const fresh = loadContent({ dir: content });
    if (!fresh.ok) throw new Error('the shipped content does not load');
    await loadKnowledgeBase(quiet, content, cache);
    expect(cacheEntries()).toHaveLength(1);
    const { loaded, tables } = await loadContentCached(content, cache);
    if (!loaded.ok) throw new Error('the cached content does not load');
    expect(loaded.value).toEqual(fresh.value);
    expect(tables?.length).toBeGreaterThan(0);
    const built = new KnowledgeBase(fresh.value);
    const readBack = new KnowledgeBase(loaded.value, tables);
    // Every question of the project set, and each again with typos (the spelling corrector's work).
    const random = seeded(13);
    const questions = readFileSync(QUESTIONS, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')[1] ?? '');
    for (const question of [...questions, ...questions.map((q) => withTypos(q, random))]) {
      expect(readBack.lookup(question), question).toEqual(built.lookup(question));
    }
  });

  it('never serves an entry another build wrote', async () => {
    await loadKnowledgeBase(quiet, content, { dir: join(cacheHome, 'archbot'), build: 'old' });
    const [entry] = cacheEntries();
    writeFileSync(entry as string, readFileSync(entry as string, 'utf8').replaceAll(ETCD, 'OLD BUILD etcd'));
    const { loaded } = await loadContentCached(content, { dir: join(cacheHome, 'archbot'), build: 'new' });
    expect(JSON.stringify(loaded.ok && loaded.value)).toContain(ETCD);
  });

  it('never serves tables laid out in another format, even by the same build', async () => {
    const cache = { dir: join(cacheHome, 'archbot'), build: 'same' };
    await loadKnowledgeBase(quiet, content, cache);
    const [entry] = cacheEntries();
    const written = JSON.parse(readFileSync(entry as string, 'utf8')) as { format: number; indexes: unknown[] };
    expect(written.format).toBe(INDEX_FORMAT);
    writeFileSync(entry as string, JSON.stringify({ ...written, format: INDEX_FORMAT - 1 }));
    const { tables } = await loadContentCached(content, cache);
    // Read from the YAML again (no tables handed back), and kept afresh in this format.
    expect(tables).toBeUndefined();
    await loadKnowledgeBase(quiet, content, cache);
    expect((JSON.parse(readFileSync(entry as string, 'utf8')) as { format: number }).format).toBe(INDEX_FORMAT);
    expect((await loadContentCached(content, cache)).tables?.length).toBeGreaterThan(0);
  });

  it('keeps two checkouts of the same build apart when they share a home: each answers from its own content', async () => {
    // Two copies of the installed bot (same dist/, so the same build id), one with an edited etcd
    // page, both reading their shipped content (no CONTENT_DIR) and one cache folder.
    const REPO = fileURLToPath(new URL('../../', import.meta.url));
    const checkout = (name: string): string => {
      const dir = join(root, name);
      mkdirSync(dir);
      for (const part of ['bin', 'dist', 'content', 'package.json']) cpSync(join(REPO, part), join(dir, part), { recursive: true });
      symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'));
      return dir;
    };
    const first = checkout('first');
    const second = checkout('second');
    const etcd = contentFile('etcd.yaml', join(second, 'content')) as string;
    writeFileSync(etcd, readFileSync(etcd, 'utf8').replaceAll(ETCD, 'etcd is the SECOND key-value database'));
    const askIn = (dir: string): Promise<string> => {
      const env = { ...process.env, ARCHBOT_ENV_FILE: 'none', SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '', CONTENT_DIR: '', XDG_CACHE_HOME: cacheHome };
      const child = spawn(process.execPath, [join(dir, 'bin/archbot.mjs'), 'ask', 'what is etcd'], { env, stdio: ['ignore', 'pipe', 'ignore'] });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      return new Promise((done) => child.on('exit', () => done(out)));
    };
    expect(await askIn(first)).toContain(ETCD);
    expect(await askIn(second)).toContain('etcd is the SECOND key-value database');
    expect(await askIn(first)).toContain(ETCD);
    // Each checkout's entry is used on its next run (the cache still works for the shipped content).
    for (const entry of cacheEntries()) writeFileSync(entry, readFileSync(entry, 'utf8').replaceAll('key-value database', 'CACHED database'));
    expect(await askIn(first)).toContain('CACHED database');
    expect(await askIn(second)).toContain('CACHED database');
  });
});
