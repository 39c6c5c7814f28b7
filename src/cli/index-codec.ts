import type { LookupTables } from '../core/lookup/lookup-index.js';

/**
 * Each article's lookup tables as JSON and back, for the knowledge-base cache. Maps and Sets become
 * tagged objects holding their keys and values in one flat array (`{ $map: [k, v, k, v] }`,
 * `{ $set: [...] }`); everything else in them is arrays, plain objects and primitives. A Map or Set
 * whose contents hold no other Map or Set, most of them (a term's phrases, a term's postings), is
 * read back without looking inside its values: only one marked `$deep` has its contents decoded too.
 * Reading the tables back is on every start-up's path (`ask`, the terminal, the bots), so decoding
 * touches only the containers it must rebuild. The concepts and outside terms they index are not
 * among them: those are the content's own, stored beside them, and the knowledge base points the
 * tables at the very objects it hands out.
 */
export type EncodedIndex = Record<string, unknown>;

/**
 * The layout above. The cache also keeps entries apart by build, but an entry is read only when its
 * format is this one, whatever a build id comes to be made of: tables written in another layout
 * would decode into wrong Maps.
 */
export const INDEX_FORMAT = 2;

/** The encoded value, and whether a Map or Set lies anywhere within it (decoding must walk it). */
type Encoded = [value: unknown, tagged: boolean];

function encodeAll(values: Iterable<unknown>): [unknown[], boolean] {
  const out: unknown[] = [];
  let tagged = false;
  for (const value of values) {
    const [encoded, inner] = encode(value);
    out.push(encoded);
    tagged ||= inner;
  }
  return [out, tagged];
}

function encode(value: unknown): Encoded {
  if (value instanceof Map) {
    const [flat, deep] = encodeAll([...value].flat());
    return [deep ? { $map: flat, $deep: 1 } : { $map: flat }, true];
  }
  if (value instanceof Set) {
    const [items, deep] = encodeAll(value);
    return [deep ? { $set: items, $deep: 1 } : { $set: items }, true];
  }
  if (Array.isArray(value)) return encodeAll(value);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    let tagged = false;
    for (const [key, field] of Object.entries(value)) {
      // Functions over the tables (an index's `kin`, `correct`) are rebuilt on load, never stored:
      // dropped here by name of the rule rather than left for JSON.stringify to drop silently.
      if (typeof field === 'function') continue;
      const [encoded, inner] = encode(field);
      out[key] = encoded;
      tagged ||= inner;
    }
    return [out, tagged];
  }
  return [value, false];
}

/** A Map from a flat key, value, key, value array; `deep`: its keys and values are decoded first. */
function mapOf(flat: unknown[], deep: boolean): Map<unknown, unknown> {
  const map = new Map<unknown, unknown>();
  for (let i = 0; i < flat.length; i += 2) map.set(deep ? decode(flat[i]) : flat[i], deep ? decode(flat[i + 1]) : flat[i + 1]);
  return map;
}

/** In place, walking the parsed JSON down to its Maps and Sets only: far quicker than JSON.parse's reviver. */
function decode(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = decode(value[i]);
    return value;
  }
  const tagged = value as { $map?: unknown[]; $set?: unknown[]; $deep?: 1 };
  if (Array.isArray(tagged.$map)) return mapOf(tagged.$map, tagged.$deep === 1);
  if (Array.isArray(tagged.$set)) return new Set(tagged.$deep === 1 ? tagged.$set.map(decode) : tagged.$set);
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) record[key] = decode(record[key]);
  return record;
}

export function encodeTables(tables: readonly LookupTables[]): EncodedIndex[] {
  return tables.map((t) => encode(t)[0] as EncodedIndex);
}

/** The tables as `encodeTables` was given them (entries come only from this build). */
export function decodeTables(encoded: readonly EncodedIndex[]): LookupTables[] {
  return encoded.map((t) => decode(t) as LookupTables);
}
