import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyContent, edit, problems } from './content-copy.js';

const FIELDS = 'fields are: id, title, aliases, keywords, asked, summary, body, related, source, featured, list, deeper';

// api-server, control-plane and raft all list etcd in `related`; none of them may be blamed for etcd's fault.
describe('one broken concept file gives one message, not one per reference to it', () => {
  const cases: Array<[string, (text: string) => string, string]> = [
    [
      'invalid YAML',
      (t) => t.replace('title: "etcd"', 'title: [etcd'),
      'content/concepts/etcd.yaml, "etcd": not valid YAML at line 3, column 1: missed comma between flow collection entries',
    ],
    [
      'a value holding ": " unquoted',
      (t) => t.replace('title: "etcd"', 'title: etcd: the cluster store'),
      'content/concepts/etcd.yaml, "etcd": not valid YAML at line 2, column 12: bad indentation of a mapping entry; a value containing ": " must be quoted',
    ],
    ['a missing field', (t) => t.replace(/^title: .*\n/m, ''), 'content/concepts/etcd.yaml, "etcd", field title: is required'],
    ['an empty file', () => '', 'content/concepts/etcd.yaml: the file is empty'],
    ['a file of comments only', () => '# todo: write etcd\n', 'content/concepts/etcd.yaml: the file is empty'],
    [
      'a misspelt key',
      (t) => t.replace(/^summary:/m, 'sumary:'),
      `content/concepts/etcd.yaml, "etcd", field sumary: unknown field "sumary"; did you mean "summary"? (${FIELDS})`,
    ],
    [
      'an id that does not match the file name',
      (t) => t.replace(/^id: etcd$/m, 'id: etcd-store'),
      'content/concepts/etcd.yaml, "etcd-store", field id: must match the file name ("etcd")',
    ],
    [
      "an id that is another concept's",
      (t) => t.replace(/^id: etcd$/m, 'id: raft'),
      'content/concepts/etcd.yaml, "raft", field id: must match the file name ("etcd"); "raft" is already the id of content/concepts/raft.yaml',
    ],
    [
      'an id that is not kebab-case',
      (t) => t.replace(/^id: etcd$/m, 'id: Etcd Store'),
      'content/concepts/etcd.yaml, "Etcd Store", field id: must be kebab-case: lowercase letters, digits and single hyphens',
    ],
    [
      'a list instead of fields',
      () => '- etcd\n- raft\n',
      `content/concepts/etcd.yaml: the file must be a set of \`field: value\` lines (${FIELDS}), not a list`,
    ],
  ];

  it.each(cases)('%s', (_name, change, expected) => {
    const dir = copyContent();
    edit(dir, 'concepts/etcd.yaml', change);
    expect(problems(dir)).toEqual([expected]);
  });

  it('still reports a real dangling reference next to the broken file', () => {
    const dir = copyContent();
    edit(dir, 'concepts/etcd.yaml', (t) => t.replace(/^title: .*\n/m, ''));
    edit(dir, 'concepts/raft.yaml', (t) => t.replace('related: [docker-swarm, etcd,', 'related: [docker-swarms, etcd,'));
    expect(problems(dir)).toEqual([
      'content/concepts/etcd.yaml, "etcd", field title: is required',
      'content/concepts/raft.yaml, "raft", field related[0]: unknown concept id "docker-swarms"',
    ]);
  });

  it('does not blame the checklist for a concept file that failed', () => {
    const dir = copyContent();
    edit(dir, 'concepts/rolling-update.yaml', (t) => t.replace(/^summary:/m, 'Summary:'));
    expect(problems(dir)).toEqual([
      `content/concepts/rolling-update.yaml, "rolling-update", field Summary: unknown field "Summary"; did you mean "summary"? (${FIELDS})`,
    ]);
  });
});

describe('field messages speak to the author', () => {
  it('says what type a field needs, and to quote a number meant as text', () => {
    const dir = copyContent();
    edit(dir, 'concepts/etcd.yaml', (t) => t.replace('title: "etcd"', 'title: 2024').replace('featured: false', 'featured: "no"'));
    expect(problems(dir)).toEqual([
      'content/concepts/etcd.yaml, "etcd", field title: must be text, not a number (2024); put it in quotes',
      'content/concepts/etcd.yaml, "etcd", field featured: must be true or false, not text ("no")',
    ]);
  });

  it('names an empty field and a field that is too long', () => {
    const dir = copyContent();
    edit(dir, 'concepts/etcd.yaml', (t) => t.replace('title: "etcd"', 'title:').replace(/^summary: .*$/m, `summary: "${'x'.repeat(201)}"`));
    expect(problems(dir)).toEqual([
      'content/concepts/etcd.yaml, "etcd", field title: has no value; it must be text',
      'content/concepts/etcd.yaml, "etcd", field summary: must be at most 200 characters (it has 201)',
    ]);
  });

  it('lists the fields for a key that resembles none of them, without inventing a missing one', () => {
    const dir = copyContent();
    edit(dir, 'concepts/etcd.yaml', (t) => `${t}colour: blue\n`);
    expect(problems(dir)).toEqual([`content/concepts/etcd.yaml, "etcd", field colour: unknown field "colour" (${FIELDS})`]);
  });

  it('words checklist problems the same way, with the full path of the field', () => {
    const dir = copyContent();
    edit(dir, 'checklists/docker-vs-kubernetes.yaml', (t) => t.replace(/^( {4})question:/m, '$1questoin:'));
    expect(problems(dir)).toEqual([
      'content/checklists/docker-vs-kubernetes.yaml, "docker-vs-kubernetes", field criteria[0].questoin: ' +
        'unknown field "questoin"; did you mean "question"? (fields are: id, question, why, concept, options)',
    ]);
  });

  it('reports a file it cannot read as a file, not as bad YAML', () => {
    const dir = copyContent();
    mkdirSync(join(dir, 'concepts', 'notes.yaml'));
    expect(problems(dir)).toEqual(['content/concepts/notes.yaml: cannot be read: is a folder, not a file']);
  });
});
