import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_DIR } from '../../src/core/content/load-content.js';
import { COMMANDS } from '../../src/cli/commands.js';
import { main } from '../../src/main.js';
import { captureIo } from '../helpers/io.js';
import { TEST_CHECKLISTS } from '../helpers/kb.js';
import { SHIPPED_ARTICLE } from '../helpers/shipped-article.js';

async function run(argv: string[], stdin = '', env: Record<string, string> = {}) {
  const io = captureIo(stdin);
  const code = await main(argv, { CONTENT_DIR: SHIPPED_ARTICLE, ...env }, io);
  return { code, out: io.out(), err: io.err() };
}

describe('archbot ask', () => {
  it('prints one JSON object for an answer', async () => {
    const { code, out } = await run(['ask', '--json', 'what is etcd']);
    expect(code).toBe(0);
    // `id` is the concept's own id; `article` says which article it comes from.
    expect(JSON.parse(out)).toEqual({ question: 'what is etcd', status: 'answer', id: 'etcd', article: 'docker-vs-kubernetes', title: 'etcd', score: 1 });
  });

  it('answers unknown for an off-topic question', async () => {
    const { out } = await run(['ask', '--json', "what's the weather like"]);
    expect(JSON.parse(out)).toEqual({ question: "what's the weather like", status: 'unknown' });
  });

  it('names an outside term with its nearest topics, and tells small talk apart', async () => {
    const outside = await run(['ask', '--json', 'what is a daemonset']);
    expect(JSON.parse(outside.out)).toEqual({
      question: 'what is a daemonset',
      status: 'outside',
      term: 'daemonset',
      nearest: [
        { id: 'pod', title: 'Pods' },
        { id: 'node', title: 'Nodes' },
        { id: 'scheduler', title: 'Scheduler' },
      ],
    });
    expect(JSON.parse((await run(['ask', '--json', 'thanks!'])).out)).toEqual({ question: 'thanks!', status: 'smalltalk' });
  });

  it('reads JSON Lines from stdin, one line out per line in, a blank line with its own status', async () => {
    const { code, out } = await run(['ask', '--json'], 'kubernets\n\ntell me a joke\nkube proxy\n');
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { status: string; id?: string });
    expect(lines.map((l) => l.id ?? l.status)).toEqual(['kubernetes', 'empty', 'unknown', 'kube-proxy']);
  });

  it('reads conversations with --thread: follow-ups lean on the turn before, a blank line starts afresh', async () => {
    const turns = 'what is etcd\nwhy?\n\nwhy?\nwhat is a pod\nwhy?\n';
    const { code, out } = await run(['ask', '--json', '--thread'], turns);
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { question: string; status: string; id?: string; via?: string; part?: string });
    expect(lines).toHaveLength(5);
    expect(lines.map((l) => l.id)).toEqual(['etcd', 'etcd', undefined, 'pod', 'pod']);
    expect(lines[1]?.via).toBe('thread');
    // A follow-up on the answer just given shows a deeper part of it, named beside the concept's id.
    expect(lines[1]).toMatchObject({ status: 'answer', id: 'etcd', part: 'why' });
    // A new conversation: nothing to lean on, so "why?" is about no answer at all.
    expect(lines[2]?.status).not.toBe('answer');
  });

  it('names an outside term with its nearest topics in a conversation too, as the one-line ask does', async () => {
    const { code, out } = await run(['ask', '--json', '--thread'], 'what is a container\nwhat is a daemonset\n');
    expect(code).toBe(0);
    const last = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { status: string; term?: string; nearest?: unknown[] };
    expect(last).toMatchObject({ status: 'outside', term: 'daemonset' });
    expect(last.nearest?.length).toBeGreaterThan(0);
  });

  it('refuses --thread without --json, with a usage error', async () => {
    const { code, err } = await run(['ask', '--thread']);
    expect(code).toBe(2);
    expect(err).toMatch(/--thread .* needs --json/);
  });

  it('prints the answer as text without --json', async () => {
    const { out } = await run(['ask', 'what', 'is', 'a', 'pod']);
    expect(out).toMatch(/^Pods\n/);
    expect(out).toMatch(/Source: "/);
  });

  it('exits 2 with a message on stderr for a missing question', async () => {
    const { code, err } = await run(['ask']);
    expect(code).toBe(2);
    expect(err).toMatch(/ask: give a question/);
  });
});

describe('archbot decide', () => {
  const all = ['hosts=several', 'services=many', 'downtime=unacceptable', 'traffic=fluctuating', 'team=automation', 'scripts=no'];

  it('prints the verdict, the rule, reasons, the other side, warnings and next steps as JSON', async () => {
    const { code, out } = await run(['decide', '--json', ...all]);
    expect(code).toBe(0);
    const result = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(result)).toEqual(['checklist', 'verdict', 'rule', 'reasons', 'against', 'counter', 'warnings', 'next']);
    expect(result.verdict).toBe('kubernetes');
    expect(result.reasons).toContainEqual(expect.objectContaining({ criterion: 'hosts', answer: 'several', concept: 'when-kubernetes-is-worth-it' }));
  });

  it('names the other side of a verdict: one server that needs zero-downtime deploys stays Docker, with a blue/green plan', async () => {
    const { out } = await run(['decide', '--json', 'hosts=one', 'services=few', 'downtime=unacceptable', 'traffic=fluctuating', 'team=simplicity', 'scripts=no']);
    const result = JSON.parse(out) as { verdict: string; against: Array<{ criterion: string }>; counter: Array<{ concept: string; text: string }> };
    expect(result.verdict).toBe('docker');
    expect(result.against.map((a) => a.criterion)).toEqual(['downtime', 'traffic']);
    expect(result.counter.map((c) => c.concept)).toEqual(['rolling-update', 'autoscaling']);
    expect(result.counter[0]?.text).toMatch(/blue\/green/);
  });

  it('exits 2 listing what is allowed for an unknown value, an unknown criterion and a missing one', async () => {
    const bad = await run(['decide', '--json', ...all.slice(1), 'hosts=lots']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/"lots" is not a value of hosts\. Allowed: hosts=one\|several/);
    const unknown = await run(['decide', '--json', ...all, 'color=blue']);
    expect(unknown.err).toMatch(/unknown criterion "color"\. Allowed: hosts=one\|several services=few\|many/);
    const missing = await run(['decide', '--json', ...all.slice(0, 5)]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/missing scripts=no\|yes/);
    expect(bad.out + unknown.out + missing.out).toBe('');
  });

  it("names the checklist that asks a criterion given without --checklist, when it is not the default's", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'archbot-decide-'));
    cpSync(SHIPPED_ARTICLE, join(dir, 'content'), { recursive: true });
    cpSync(join(TEST_CHECKLISTS, 'swarm-or-compose.yaml'), join(dir, 'content', 'checklists', 'swarm-or-compose.yaml'));
    const { code, err } = await run(['decide', '--json', 'machines=one', 'failover=no'], '', { CONTENT_DIR: join(dir, 'content') });
    expect(code).toBe(2);
    expect(err).toMatch(/machines is asked by swarm-or-compose: add --checklist swarm-or-compose/);
  });

  it('exits 2 for an unknown checklist', async () => {
    const { code, err } = await run(['decide', '--json', '--checklist', 'nope', ...all]);
    expect(code).toBe(2);
    expect(err).toMatch(/unknown checklist "nope"\. Available: .*docker-vs-kubernetes/);
  });

  it('runs the whole conversation from standard input', async () => {
    const { code, out } = await run(['decide'], 'one\n2\nyes\nsteady\n1\nno\n');
    expect(code).toBe(0);
    expect(out).toMatch(/\(1\/6\)/);
    expect(out).toMatch(/\(6\/6\)/);
    expect(out).toMatch(/Verdict: Docker is enough for now/);
  });
});

describe('archbot check, topics, help and errors', () => {
  it('summarises valid content', async () => {
    const { code, out } = await run(['check']);
    expect(code).toBe(0);
    expect(out).toMatch(/^content ok: \d+ concepts \(\d+ aliases\), \d+ checklist\(s\): .*docker-vs-kubernetes \(6 questions\)/);
  });

  it('fails with the file, concept and field of a broken content file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'archbot-check-'));
    cpSync(join(DEFAULT_CONTENT_DIR, 'docker-vs-kubernetes'), join(dir, 'content'), { recursive: true });
    const file = join(dir, 'content', 'concepts', 'pod.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^id: pod$/m, 'id: Pod Thing'));
    const { code, err } = await run(['check'], '', { CONTENT_DIR: join(dir, 'content') });
    expect(code).toBe(1);
    expect(err).toMatch(/concepts\/pod\.yaml, "Pod Thing", field id: must be kebab-case/);
  });

  it('refuses to start the terminal on broken content', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'archbot-start-'));
    cpSync(join(DEFAULT_CONTENT_DIR, 'docker-vs-kubernetes'), join(dir, 'content'), { recursive: true });
    writeFileSync(join(dir, 'content', 'concepts', 'x.yaml'), 'id: x\n');
    const { code, err } = await run([], 'what is etcd\n', { CONTENT_DIR: join(dir, 'content') });
    expect(code).toBe(1);
    expect(err).toMatch(/x\.yaml, "x", field title/);
  });

  it('lists topics and prints help', async () => {
    expect((await run(['topics'])).out).toMatch(/^\S+ +\S.*\n/);
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/archbot ask --json/);
    expect(help.out).toMatch(/archbot report/);
    const version = await run(['--version']);
    expect(version.out).toMatch(/^archbot \d+\.\d+\.\d+\n$/);
  });

  it('answers `decide --help` with how to run decide, not "unknown option"', async () => {
    const help = await run(['decide', '--help']);
    expect(help.code).toBe(0);
    expect(help.err).toBe('');
    expect(help.out).toMatch(/archbot decide \[--json\] \[--checklist ID\] criterion=value/);
    expect(help.out).not.toMatch(/archbot ask/);
    expect((await run(['report', '-h'])).out).toMatch(/archbot report \[--top N\]/);
  });

  it('answers `--help` for each of its own commands with that command\'s lines of the help text', async () => {
    for (const command of COMMANDS.keys()) {
      const help = await run([command, '--help']);
      expect(help.code, command).toBe(0);
      expect(help.out, command).toMatch(new RegExp(`^ {2}archbot ${command}\\b`, 'm'));
    }
  });

  it('exits 2 for an unknown command', async () => {
    const { code, err } = await run(['frobnicate']);
    expect(code).toBe(2);
    expect(err).toMatch(/unknown command "frobnicate"/);
  });

  it('names a bad environment variable without echoing its value', async () => {
    const { code, err } = await run(['ask', 'etcd'], '', { SLACK_BOT_TOKEN: 'not-a-token-s3cr3t', PORT: 'abc' });
    expect(code).toBe(1);
    expect(err).toMatch(/SLACK_BOT_TOKEN must start with xoxb-/);
    expect(err).toMatch(/PORT must be a port number/);
    expect(err).not.toMatch(/s3cr3t/);
  });
});
