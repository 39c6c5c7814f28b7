import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content/load-content.js';
import { copyContent, edit, problems } from './content-copy.js';

const FILE = 'outside-terms.yaml';

/** Where the DaemonSet entry sits in the copy, so messages can be predicted without hard-coding the file's order. */
function positionOf(dir: string, id: string): number {
  const data = load(readFileSync(join(dir, FILE), 'utf8')) as { terms: Array<{ id: string }> };
  const at = data.terms.findIndex((t) => t.id === id);
  expect(at).toBeGreaterThanOrEqual(0);
  return at;
}

const entry = /( {2}- id: daemonset\n {4}term: DaemonSet\n {4}aliases: \[)/;

describe('archbot check validates outside-terms.yaml like every other content file', () => {
  it('refuses an alias that is also the name of a concept, naming file, term and field', () => {
    const dir = copyContent();
    const at = positionOf(dir, 'daemonset');
    edit(dir, FILE, (t) => t.replace(entry, '$1Etcd Store, '));
    expect(problems(dir)).toEqual([
      `content/${FILE}, "daemonset", field terms[${at}].aliases[0]: "Etcd Store" is a name of the concept "etcd"; ` +
        'a term the knowledge base covers cannot also be outside it',
    ]);
  });

  it('refuses a nearest topic that does not exist', () => {
    const dir = copyContent();
    const at = positionOf(dir, 'daemonset');
    edit(dir, FILE, (t) => t.replace(/( {2}- id: daemonset\n(?: {4}.*\n)*? {4}nearest: \[)pod\b/, '$1podz'));
    expect(problems(dir)).toEqual([`content/${FILE}, "daemonset", field terms[${at}].nearest[0]: unknown concept id "podz"`]);
  });

  it('refuses a name that leads to two outside terms', () => {
    const dir = copyContent();
    const at = positionOf(dir, 'daemonset');
    edit(dir, FILE, (t) => t.replace(entry, '$1statefulset, '));
    expect(problems(dir)).toEqual([
      `content/${FILE}, "daemonset", field terms[${at}].aliases[0]: "statefulset" is already a name of the outside term "statefulset" (its id); a name must lead to one term`,
    ]);
  });

  it('says which term lacks a required field, in plain words', () => {
    const dir = copyContent();
    const at = positionOf(dir, 'daemonset');
    edit(dir, FILE, (t) => t.replace(/( {2}- id: daemonset\n(?: {4}.*\n)*?) {4}about: .*\n/, '$1'));
    expect(problems(dir)).toEqual([`content/${FILE}, "daemonset", field terms[${at}].about: is required`]);
  });

  it('names the file when it is not a list of terms', () => {
    const dir = copyContent();
    edit(dir, FILE, () => 'daemonset: not covered\n');
    const found = problems(dir);
    expect(found).toHaveLength(2);
    expect(found.join('\n')).toMatch(/outside-terms\.yaml, field daemonset: unknown field "daemonset" \(fields are: terms\)/);
    expect(found.join('\n')).toMatch(/outside-terms\.yaml, field terms: is required/);
  });

  it('loads a knowledge base that has no outside-terms file at all', () => {
    const dir = copyContent();
    rmSync(join(dir, FILE));
    const loaded = loadContent({ dir });
    expect(loaded.ok).toBe(true);
    expect(loaded.ok && loaded.value.outsideTerms).toEqual([]);
  });
});
