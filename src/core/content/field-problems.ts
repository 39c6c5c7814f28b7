import * as z from 'zod';
import { editDistance } from '../lookup/edit-distance.js';
import { formatPath } from './issues.js';

/** One thing wrong inside a file, worded for a content author rather than a programmer. */
export interface FieldProblem {
  /** Dotted path of the field; absent when the whole file is wrong. */
  field?: string;
  message: string;
}

export type Validated<T> = { ok: true; data: T } | { ok: false; problems: FieldProblem[] };

/**
 * Validates a parsed YAML document. zod's own wording ("expected string, received undefined")
 * is for programmers; authors get "is required", "unknown field", "the file is empty".
 */
export function validate<T>(raw: unknown, schema: z.ZodType<T>): Validated<T> {
  if (raw === undefined || raw === null) return { ok: false, problems: [{ message: 'the file is empty' }] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    const fields = schema instanceof z.ZodObject ? ` (${fieldList(Object.keys(schema.shape))})` : '';
    return {
      ok: false,
      problems: [{ message: `the file must be a set of \`field: value\` lines${fields}, not ${describeValue(raw)}` }],
    };
  }

  // The error map sees each issue's schema; the final issues do not, so what later steps need is kept here.
  const allowedKeys = new Map<string, string[]>();
  const missing = new Set<string>();
  const result = schema.safeParse(raw, {
    error: (iss) => {
      const path = iss.path ?? [];
      if (iss.code === 'unrecognized_keys' && iss.inst instanceof z.ZodObject) {
        allowedKeys.set(pathKey(path), Object.keys(iss.inst.shape));
      }
      if (iss.code === 'invalid_type' && iss.input === undefined) missing.add(pathKey(path));
      return messageFor(iss);
    },
  });
  if (result.success) return { ok: true, data: result.data };

  // A misspelt key also leaves the real field missing: one typo, one message.
  const explained = new Set<string>();
  const unknown = new Map<z.core.$ZodIssue, FieldProblem[]>();
  for (const issue of result.error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const allowed = allowedKeys.get(pathKey(issue.path)) ?? [];
    unknown.set(
      issue,
      issue.keys.map((key) => {
        const guess = closest(key, allowed);
        const guessKey = guess === undefined ? '' : pathKey([...issue.path, guess]);
        const typo = guess !== undefined && missing.has(guessKey);
        if (typo) explained.add(guessKey);
        return {
          field: formatPath([...issue.path, key]),
          message: `unknown field "${key}"${typo ? `; did you mean "${guess}"?` : ''} (${fieldList(allowed)})`,
        };
      }),
    );
  }
  const problems = result.error.issues.flatMap((issue): FieldProblem[] => {
    const typoed = unknown.get(issue);
    if (typoed) return typoed;
    if (issue.code === 'invalid_type' && explained.has(pathKey(issue.path))) return [];
    const field = formatPath(issue.path);
    return [field === '' ? { message: issue.message } : { field, message: issue.message }];
  });
  return { ok: false, problems };
}

function messageFor(iss: z.core.$ZodRawIssue): string | undefined {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return 'is required';
      if (iss.input === null) return `has no value; it must be ${expectedNoun(iss.expected)}`;
      return (
        `must be ${expectedNoun(iss.expected)}, not ${describeValue(iss.input)}` +
        (iss.expected === 'string' && ['number', 'boolean'].includes(typeof iss.input) ? '; put it in quotes' : '')
      );
    case 'too_small':
      return sizeMessage('at least', iss.origin, Number(iss.minimum), iss.input);
    case 'too_big':
      return sizeMessage('at most', iss.origin, Number(iss.maximum), iss.input);
    case 'invalid_value':
      return `must be one of ${iss.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_key':
      return `the name "${String(iss.path?.at(-1) ?? iss.input)}" ${iss.issues[0]?.message ?? 'is not allowed'}`;
    case 'invalid_union':
      return 'is not in any of the accepted forms';
    case 'unrecognized_keys':
      // Replaced per key by `validate`, which knows the allowed fields; kept readable in case it is not.
      return `unknown field(s) ${iss.keys.map((k) => `"${k}"`).join(', ')}`;
    default:
      return undefined;
  }
}

function sizeMessage(bound: 'at least' | 'at most', origin: string, limit: number, input: unknown): string | undefined {
  if (origin === 'string') {
    if (bound === 'at least' && limit === 1) return 'must not be empty';
    const has = typeof input === 'string' ? ` (it has ${input.length})` : '';
    return `must be ${bound} ${limit} characters${has}`;
  }
  if (origin === 'array') {
    if (bound === 'at least' && limit === 1) return 'must list at least one item';
    const has = Array.isArray(input) ? ` (it has ${input.length})` : '';
    return `must list ${bound} ${limit} items${has}`;
  }
  if (origin === 'number' || origin === 'int') return `must be ${bound} ${limit}`;
  return undefined;
}

function expectedNoun(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
    case 'record':
      return 'a set of `name: value` lines';
    default:
      return expected;
  }
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length <= 30 ? `text ("${value}")` : 'text';
  if (typeof value === 'number') return `a number (${value})`;
  if (typeof value === 'boolean') return `${value}`;
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object' && value !== null) return 'a set of `name: value` lines';
  return typeof value;
}

function fieldList(keys: string[]): string {
  return `fields are: ${keys.join(', ')}`;
}

function pathKey(path: ReadonlyArray<PropertyKey>): string {
  return JSON.stringify(path.map(String));
}

/** The allowed key a misspelling most likely meant: case-insensitive, up to two edits, transpositions count once. */
function closest(key: string, allowed: string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of allowed) {
    // Past two edits no key is suggested, so the distance may stop counting there.
    const distance = editDistance(key.toLowerCase(), name, 2);
    if (distance <= Math.min(2, Math.floor(name.length / 3)) && (!best || distance < best.distance)) {
      best = { name, distance };
    }
  }
  return best?.name;
}
