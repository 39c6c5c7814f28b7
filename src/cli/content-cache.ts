import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Content, loadContent } from '../core/content/load-content.js';
import type { LookupTables } from '../core/lookup/lookup-index.js';
import { decodeTables, encodeTables, INDEX_FORMAT, type EncodedIndex } from './index-codec.js';

type Loaded = ReturnType<typeof loadContent>;

/**
 * The loader's result; from the cache, each article's lookup tables too; read afresh with a cache in
 * use, `keep` to store the tables once the knowledge base has built them.
 */
export interface LoadedKnowledge {
  loaded: Loaded;
  tables?: LookupTables[];
  keep?: (tables: readonly LookupTables[]) => void;
}

/**
 * The content as the loader validated it, and the lookup index over it, kept on disk between runs:
 * reading YAML, checking it against the schemas and indexing it was most of `archbot ask`'s start-up
 * (160 + 76 ms of CPU, against a few ms to read the same back as JSON). An entry is used only when it came from this very build (the loader
 * and the schemas it validated with) and every file under the content folder still has the bytes it
 * had when the entry was written; any edit, new file or deleted file makes the next run read the
 * YAML again.
 */
export interface ContentCache {
  /** The folder the entries live in (created when first written). */
  dir: string;
  /** Which build wrote an entry; dist/build.json's id. */
  build: string;
}

interface Entry {
  build: string;
  /** How the tables are laid out (index-codec.ts's INDEX_FORMAT). */
  format: number;
  /** The content folder the entry was read from, absolute. */
  dir: string;
  files: string;
  content: Content;
  indexes: EncodedIndex[];
}

/**
 * The shipped content folder, the one the loader reads when no folder is given (its
 * DEFAULT_CONTENT_DIR; a test holds the two equal). Named here so that an entry is keyed by, and
 * checked against, the folder this very checkout reads without importing the loader, which a cache
 * hit never needs: two checkouts of the same build share a cache folder (same HOME) but not content.
 */
const PACKAGE_CONTENT_DIR = fileURLToPath(new URL('../../content', import.meta.url));

/** At most this many entries (one per content folder); the least recently written go first. */
const MAX_ENTRIES = 16;

/**
 * Where entries are kept: `$XDG_CACHE_HOME/archbot`, else `~/.cache/archbot`; and the build's
 * identity. Undefined (no cache) when running the TypeScript sources, which have no build id: a
 * developer's edit to the loader must always be seen.
 */
export function contentCache(env: Record<string, string | undefined>): ContentCache | undefined {
  let build: string;
  try {
    const parsed: unknown = JSON.parse(readFileSync(new URL('../build.json', import.meta.url), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || !('id' in parsed) || typeof parsed.id !== 'string') return undefined;
    build = parsed.id;
  } catch {
    return undefined;
  }
  const base = env.XDG_CACHE_HOME || (homedir() ? join(homedir(), '.cache') : '');
  return base ? { dir: join(base, 'archbot'), build } : undefined;
}

/**
 * Every file under `dir`, by path and bytes, as one digest: an edit, a new file or a removed one
 * changes it, whatever the file system does with times (coarse mtimes, copies into an image).
 * Reading the bytes costs a few milliseconds; parsing them as YAML costs a hundred and more.
 */
export function contentSignature(dir: string): string {
  const hash = createHash('sha256');
  const walk = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      if (statSync(path).isDirectory()) {
        hash.update(`${prefix}${entry.name}/\n`);
        walk(path, `${prefix}${entry.name}/`);
      } else {
        const bytes = readFileSync(path);
        hash.update(`${prefix}${entry.name}\0${bytes.length}\0`).update(bytes);
      }
    }
  };
  walk(dir, '');
  return hash.digest('hex');
}

function signatureOf(dir: string): string | undefined {
  try {
    return contentSignature(dir);
  } catch {
    return undefined;
  }
}

function entryFile(cache: ContentCache, folder: string): string {
  const key = createHash('sha256').update(folder).digest('hex').slice(0, 16);
  return join(cache.dir, `content-${key}.json`);
}

function readEntry(file: string, build: string): Entry | undefined {
  try {
    const entry = JSON.parse(readFileSync(file, 'utf8')) as Partial<Entry>;
    if (entry.build !== build || entry.format !== INDEX_FORMAT || typeof entry.dir !== 'string' || typeof entry.files !== 'string') return undefined;
    const content = entry.content;
    if (!content || !Array.isArray(content.concepts) || !Array.isArray(content.checklists) || !Array.isArray(entry.indexes)) return undefined;
    return entry as Entry;
  } catch {
    // Missing, half-written by a process that died, or not ours: read the YAML instead.
    return undefined;
  }
}

/** Written to a temporary file and renamed: a reader never sees half an entry. */
function writeEntry(cache: ContentCache, file: string, entry: Entry): void {
  try {
    mkdirSync(cache.dir, { recursive: true, mode: 0o700 });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(entry), { mode: 0o600 });
    renameSync(temporary, file);
    const entries = readdirSync(cache.dir)
      .filter((name) => name.startsWith('content-'))
      .map((name) => ({ path: join(cache.dir, name), at: statSync(join(cache.dir, name)).mtimeMs }))
      .sort((a, b) => b.at - a.at);
    for (const stale of entries.slice(MAX_ENTRIES)) rmSync(stale.path, { force: true });
  } catch {
    // A read-only home or a full disk: the content was read anyway; the next run reads it again.
  }
}

/**
 * The loader's result for `dir` (the default content folder when undefined), with each article's
 * lookup tables when they come from the cache: that is when nothing under the folder changed since
 * this build last read it. Otherwise the loader reads it, and a valid result is kept once the
 * knowledge base hands its tables to `keep`. Invalid content is never kept, so its problems are
 * reported every run.
 */
export async function loadContentCached(dir: string | undefined, cache: ContentCache | undefined): Promise<LoadedKnowledge> {
  const folder = resolve(dir ?? PACKAGE_CONTENT_DIR);
  const file = cache && entryFile(cache, folder);
  const entry = cache && file ? readEntry(file, cache.build) : undefined;
  // The entry must have been read from this folder: another checkout's entry, however fresh, is not ours.
  if (entry && entry.dir === folder && signatureOf(folder) === entry.files) {
    try {
      return { loaded: { ok: true, value: entry.content, issues: [] }, tables: decodeTables(entry.indexes) };
    } catch {
      // Valid JSON but not tables this code can read: read the YAML below.
    }
  }

  const { loadContent } = await import('../core/content/load-content.js');
  // Taken before reading: an edit made while the loader reads leaves the entry out of date at once.
  const before = cache ? signatureOf(folder) : undefined;
  const loaded = loadContent(dir === undefined ? {} : { dir });
  if (!cache || !file || !loaded.ok || before === undefined) return { loaded };
  const content = loaded.value;
  return { loaded, keep: (tables) => writeEntry(cache, file, { build: cache.build, format: INDEX_FORMAT, dir: folder, files: before, content, indexes: encodeTables(tables) }) };
}
