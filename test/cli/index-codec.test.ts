import { describe, expect, it } from 'vitest';
import { decodeTables, encodeTables } from '../../src/cli/index-codec.js';
import type { LookupTables } from '../../src/core/lookup/lookup-index.js';
import { loadContent } from '../../src/core/content/load-content.js';
import { KnowledgeBase } from '../../src/core/knowledge-base.js';
import { SHIPPED_ARTICLE } from '../helpers/shipped-article.js';

/** Through the cache's own steps: encoded, written as JSON text, parsed and decoded. */
const roundTrip = (tables: LookupTables[]): LookupTables[] => decodeTables(JSON.parse(JSON.stringify(encodeTables(tables))) as ReturnType<typeof encodeTables>);

describe('the lookup tables as the knowledge-base cache keeps them', () => {
  it('come back equal: Maps and Sets at any depth, inside arrays and objects, beside plain values', () => {
    const odd = {
      plain: new Map([['pod', [{ terms: ['pod'], entry: 0, at: 0 }]]]),
      nested: new Map([['pod', new Map([[0, 3], [2, 1.5]])]]),
      setInArray: new Map([['kinds', [{ names: new Set(['a', 'b']) }, { names: new Set<string>() }]]]),
      setOfLists: new Set([[1, 2], [3]]),
      numbers: new Map([[1, 'one'], [2, 'two']]),
      list: [{ entry: 1, weight: 0.5 }],
      empty: new Map(),
      text: 'a $map is not a Map',
    };
    const back = roundTrip([odd as unknown as LookupTables])[0] as unknown as typeof odd;
    expect(back).toEqual(odd);
    expect(back.nested.get('pod')).toBeInstanceOf(Map);
    expect(back.setInArray.get('kinds')?.[0]?.names).toBeInstanceOf(Set);
  });

  it('drop the functions over the tables, which are rebuilt on load', () => {
    const withFunction = { exact: new Map([['etcd', 0]]), kin: () => 'x' };
    expect(roundTrip([withFunction as unknown as LookupTables])).toEqual([{ exact: new Map([['etcd', 0]]) }]);
  });

  it('come back equal for the shipped content', () => {
    const loaded = loadContent({ dir: SHIPPED_ARTICLE });
    if (!loaded.ok) throw new Error('the shipped content does not load');
    const tables = new KnowledgeBase(loaded.value).lookupTables();
    // The functions over the tables (`kin`, `plain`) are rebuilt on load.
    const data = tables.map((t) => Object.fromEntries(Object.entries(t).filter(([, value]) => typeof value !== 'function')));
    expect(roundTrip(tables)).toEqual(data);
  });
});
