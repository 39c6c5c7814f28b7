import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import type { z } from 'zod';
import { formatPath, type ContentIssue } from './issues.js';

export interface ParsedFile<T> {
  file: string;
  data: T;
}

/** YAML files of one folder, in a stable order. A missing folder is an empty list. */
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

/**
 * Reads and validates each file; files that fail are reported and left out, so one bad file
 * yields every message at once instead of one per run.
 */
export function readValidated<T>(
  files: string[],
  schema: z.ZodType<T>,
  root: string,
  issues: ContentIssue[],
): ParsedFile<T>[] {
  const out: ParsedFile<T>[] = [];
  for (const path of files) {
    const file = relative(root, path) || path;
    let raw: unknown;
    try {
      raw = load(readFileSync(path, 'utf8'));
    } catch (err) {
      issues.push({ file, message: `not valid YAML: ${(err as Error).message.split('\n')[0]}` });
      continue;
    }
    const item = idOf(raw);
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const problem of result.error.issues) {
        issues.push({
          file,
          ...(item === undefined ? {} : { item }),
          field: formatPath(problem.path) || '(file)',
          message: problem.message,
        });
      }
      continue;
    }
    out.push({ file, data: result.data });
  }
  return out;
}

function idOf(raw: unknown): string | undefined {
  if (typeof raw === 'object' && raw !== null && 'id' in raw) {
    const id = (raw as { id: unknown }).id;
    if (typeof id === 'string') return id;
  }
  return undefined;
}
