import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, sep } from 'node:path';
import { load, YAMLException } from 'js-yaml';
import type { z } from 'zod';
import { validate } from './field-problems.js';
import type { ContentIssue } from './issues.js';
import { errorMessage } from '../errors.js';

export interface ParsedFile<T> {
  /** The path as shown in messages. */
  file: string;
  data: T;
}

export interface ReadResult<T> {
  parsed: ParsedFile<T>[];
  /**
   * Ids that files which failed would have defined (file name stem, and the `id` field when readable).
   * References to them are not reported again: the broken file already has its message.
   */
  broken: Set<string>;
}

/**
 * Relative to `cwd` when the path is inside it (what someone at a shell prompt can paste), else absolute.
 * From `/` everything is inside, but `tmp/x` would read as a local folder, so it stays absolute.
 */
export function displayPath(path: string, cwd: string): string {
  if (dirname(cwd) === cwd) return path;
  const rel = relative(cwd, path);
  if (rel === '' || isAbsolute(rel) || rel.split(sep)[0] === '..') return path;
  return rel;
}

/** Why a folder cannot be listed, worded for the person who named it; undefined when it can. */
export function folderProblem(dir: string): string | undefined {
  try {
    if (!statSync(dir).isDirectory()) return 'is not a folder';
    readdirSync(dir);
    return undefined;
  } catch (err) {
    return fsProblem(err);
  }
}

/** YAML files of one folder, in a stable order. A folder that cannot be listed is an empty list. */
export function listYamlFiles(dir: string): string[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) return [];
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith('.yaml') || n.endsWith('.yml'))
    .sort()
    .map((n) => join(dir, n));
}

export function stemOf(file: string): string {
  return basename(file, extname(file));
}

/**
 * Reads and validates each file; files that fail are reported and left out, so one bad file
 * yields every message at once instead of one per run.
 */
export function readValidated<T>(
  paths: string[],
  schema: z.ZodType<T>,
  show: (path: string) => string,
  issues: ContentIssue[],
): ReadResult<T> {
  const parsed: ParsedFile<T>[] = [];
  const broken = new Set<string>();
  for (const path of paths) {
    const file = show(path);
    const fail = (item: string | undefined, problems: { field?: string; message: string }[]): void => {
      broken.add(stemOf(path));
      if (item !== undefined) broken.add(item);
      for (const { field, message } of problems) {
        issues.push({ file, ...(item === undefined ? {} : { item }), ...(field === undefined ? {} : { field }), message });
      }
    };
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      fail(undefined, [{ message: `cannot be read: ${fsProblem(err)}` }]);
      continue;
    }
    let raw: unknown;
    try {
      raw = load(text);
    } catch (err) {
      fail(idInText(text), [{ message: yamlProblem(err, text) }]);
      continue;
    }
    const result = validate(raw, schema);
    if (result.ok) parsed.push({ file, data: result.data });
    else fail(idOf(raw), result.problems);
  }
  return { parsed, broken };
}

function yamlProblem(err: unknown, text: string): string {
  if (err instanceof YAMLException) {
    const problem = `not valid YAML at line ${err.mark.line + 1}, column ${err.mark.column + 1}: ${err.reason}`;
    // `summary: A, B: rest` reads to js-yaml as a second key on one line, which it calls bad indentation.
    const line = text.split(/\r?\n/)[err.mark.line] ?? '';
    const unquoted = err.reason === 'bad indentation of a mapping entry' && line.split(': ').length > 2;
    return unquoted ? `${problem}; a value containing ": " must be quoted` : problem;
  }
  return `not valid YAML: ${err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err)}`;
}

function fsProblem(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? err.code : undefined;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  return errorMessage(err);
}

function idOf(raw: unknown): string | undefined {
  if (typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' && raw.id !== '') {
    return raw.id;
  }
  return undefined;
}

/** The `id:` line of a file that is not valid YAML, so messages can still name the concept. */
function idInText(text: string): string | undefined {
  return /^id:[ \t]*["']?([^"'\s#]+)["']?[ \t]*(?:#.*)?$/m.exec(text)?.[1];
}
