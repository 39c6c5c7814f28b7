import type { LookupTables } from '../core/lookup/lookup-index.js';

/**
 * Each article's lookup tables as JSON and back, for the knowledge-base cache. Maps and Sets become
 * tagged arrays; everything else in them is arrays, plain objects and primitives. The concepts and
 * outside terms they index are not among them: those are the content's own, stored beside them, and
 * the knowledge base points the tables at the very objects it hands out.
 */
export type EncodedIndex = Record<string, unknown>;

function encode(value: unknown): unknown {
  if (value instanceof Map) return { $map: [...value].map(([k, v]) => [encode(k), encode(v)]) };
  if (value instanceof Set) return { $set: [...value].map(encode) };
  if (Array.isArray(value)) return value.map(encode);
  // Functions over the tables (an index's `kin`, `correct`) are rebuilt on load, never stored: dropped
  // here by name of the rule rather than left for JSON.stringify to drop silently.
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (typeof v === 'function' ? [] : [[k, encode(v)]])));
  }
  return value;
}

/** In place, walking the parsed JSON once: far quicker than JSON.parse's reviver. */
function decode(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = decode(value[i]);
    return value;
  }
  if (typeof value !== 'object' || value === null) return value;
  const tagged = value as Partial<Record<'$map' | '$set', unknown[]>>;
  if (Array.isArray(tagged.$map)) return new Map((tagged.$map as Array<[unknown, unknown]>).map(([k, v]) => [decode(k), decode(v)]));
  if (Array.isArray(tagged.$set)) return new Set(tagged.$set.map(decode));
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) record[key] = decode(record[key]);
  return record;
}

export function encodeTables(tables: readonly LookupTables[]): EncodedIndex[] {
  return tables.map((t) => encode(t) as EncodedIndex);
}

/** The tables as `encodeTables` was given them (entries come only from this build). */
export function decodeTables(encoded: readonly EncodedIndex[]): LookupTables[] {
  return encoded.map((t) => decode(t) as LookupTables);
}
