import { describe, expect, it } from 'vitest';
import { copyContent, edit, problems } from './content-copy.js';

const addAlias = (alias: string) => (text: string) => text.replace(/^aliases:\n/m, `aliases:\n  - "${alias}"\n`);

describe('a name shared by two concepts is reported once, against the file that introduced it', () => {
  it("blames the alias, not the concept whose id it repeats, even when that concept's file comes later", () => {
    const dir = copyContent();
    edit(dir, 'concepts/etcd.yaml', addAlias('pod'));
    expect(problems(dir)).toEqual([
      'content/concepts/etcd.yaml, "etcd", field aliases[0]: "pod" is already a name of "pod" (its id, in content/concepts/pod.yaml); ' +
        'a name must lead to one concept',
    ]);
  });

  it('blames a title that repeats another concept id, whatever the file order', () => {
    const dir = copyContent();
    edit(dir, 'concepts/etcd.yaml', (t) => t.replace('title: "etcd"', 'title: "Raft"'));
    expect(problems(dir)).toEqual([
      'content/concepts/etcd.yaml, "etcd", field title: "Raft" is already a name of "raft" (its id, in content/concepts/raft.yaml); ' +
        'a name must lead to one concept',
    ]);
  });

  it('blames the later file in sorted order when two aliases clash', () => {
    const dir = copyContent();
    edit(dir, 'concepts/etcd.yaml', addAlias('cluster brain'));
    edit(dir, 'concepts/api-server.yaml', addAlias('Cluster  Brain'));
    expect(problems(dir)).toEqual([
      'content/concepts/etcd.yaml, "etcd", field aliases[0]: "cluster brain" is already a name of "api-server" ' +
        '(its aliases[0], in content/concepts/api-server.yaml); a name must lead to one concept',
    ]);
  });

  it('flags the same alias twice in one file, differing only in case', () => {
    const dir = copyContent();
    edit(dir, 'concepts/etcd.yaml', addAlias('Etcd Store'));
    expect(problems(dir)).toEqual([
      'content/concepts/etcd.yaml, "etcd", field aliases[1]: "etcd store" is a duplicate alias within this file: ' +
        'it repeats aliases[0] "Etcd Store"',
    ]);
  });
});
