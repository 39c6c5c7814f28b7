import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../../src/cli/decide.js';
import { parseScenarioFile, scoreScenarios } from '../../../src/cli/eval-scenarios.js';
import { evaluate } from '../../../src/core/checklist/evaluate.js';
import type { Checklist } from '../../../src/core/content/checklist-schema.js';
import { kbWithTestChecklist, realKb } from '../../helpers/kb.js';

const kb = realKb();
const checklist = kb.checklist('docker-vs-kubernetes') as Checklist;

function parse(line: string): Record<string, string> {
  return Object.fromEntries(line.split(/\s+/).map((pair) => pair.split('=') as [string, string]));
}

function allCombinations(c: Checklist): Array<Record<string, string>> {
  return c.criteria.reduce<Array<Record<string, string>>>(
    (acc, criterion) => acc.flatMap((partial) => criterion.options.map((o) => ({ ...partial, [criterion.id]: o.value }))),
    [{}],
  );
}

describe('the Docker-vs-Kubernetes verdict', () => {
  it('gives every one of the 64 combinations a verdict whose reasons and warnings cite real concepts', () => {
    const combos = allCombinations(checklist);
    expect(combos).toHaveLength(64);
    for (const answers of combos) {
      const result = evaluate(checklist, answers);
      expect(['docker', 'kubernetes']).toContain(result.verdict.id);
      expect(result.reasons.length).toBeGreaterThan(0);
      for (const cited of [...result.reasons, ...result.warnings]) expect(kb.concept(cited.concept)).toBeDefined();
      expect(result.next.length).toBeGreaterThan(0);
      for (const reason of result.reasons) expect(answers[reason.criterion]).toBe(reason.answer);
    }
  });

  it('recommends Docker when none of the four coordination signals is present, whatever the team', () => {
    for (const team of ['simplicity', 'automation']) {
      for (const scripts of ['no', 'yes']) {
        const r = evaluate(checklist, { hosts: 'one', services: 'few', downtime: 'acceptable', traffic: 'steady', team, scripts });
        expect(r.verdict.id).toBe('docker');
      }
    }
  });

  it('recommends Kubernetes once two coordination signals are present', () => {
    const r = evaluate(checklist, parse('hosts=several services=few downtime=unacceptable traffic=steady team=simplicity scripts=no'));
    expect(r.verdict.id).toBe('kubernetes');
    expect(r.warnings.map((w) => w.concept)).toContain('kubernetes-costs');
  });

  it('keeps Docker with one signal, and warns that it is too weak to justify Kubernetes', () => {
    const r = evaluate(checklist, parse('hosts=several services=few downtime=acceptable traffic=steady team=automation scripts=no'));
    expect(r.verdict.id).toBe('docker');
    expect(r.warnings.map((w) => w.concept)).toContain('mistake-kubernetes-too-early');
    expect(r.next.join(' ')).toMatch(/Swarm/);
  });

  it('tips to Kubernetes with one signal when scripts already orchestrate and the team wants automation', () => {
    const r = evaluate(checklist, parse('hosts=several services=few downtime=acceptable traffic=steady team=automation scripts=yes'));
    expect(r.verdict.id).toBe('kubernetes');
    expect(r.warnings.map((w) => w.concept)).toContain('mistake-docker-beyond-limits');
  });

  it('gives the architect verdict, citing the expected concepts, on every case of the project scenario file', () => {
    const file = fileURLToPath(new URL('../../fixtures/scenarios.tsv', import.meta.url));
    const cases = parseScenarioFile(readFileSync(file, 'utf8'));
    expect(cases.length).toBeGreaterThanOrEqual(20);
    const score = scoreScenarios(kb, cases);
    expect(score.misses).toEqual([]);
  });

  it('keeps Docker on one server with two signals, and tips to Kubernetes with three', () => {
    const two = evaluate(checklist, parse('hosts=one services=many downtime=unacceptable traffic=steady team=simplicity scripts=no'));
    expect(two.verdict.id).toBe('docker');
    expect(two.warnings.map((w) => w.text).join(' ')).toMatch(/one server/);
    const three = evaluate(checklist, parse('hosts=one services=many downtime=unacceptable traffic=fluctuating team=simplicity scripts=no'));
    expect(three.verdict.id).toBe('kubernetes');
  });

  it('matches the 64-row table printed in the README: verdicts, warnings and the other side, in values decide accepts', () => {
    const readme = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');
    const rows = [...readme.matchAll(/^\| (\d+) \| (\w+) \| (\w+) \| (\w+) \| (\w+) \| (\w+) \| (\w+) \| \*\*(\w+)\*\* \| ([^|]+) \| ([^|]+) \|$/gm)];
    expect(rows).toHaveLength(64);
    const cited = (cell: string | undefined): string[] => (cell?.trim() === '-' ? [] : (cell ?? '').split(',').map((c) => c.trim()).sort());
    for (const row of rows) {
      const words = checklist.criteria.map((c, i) => `${c.id}=${row[i + 2] ?? ''}`);
      // The same words `archbot decide` takes: a value it refuses fails here.
      const result = evaluate(checklist, parseAnswers(checklist, words));
      const where = `README row ${row[1]}`;
      expect(result.verdict.id, where).toBe(row[8]);
      expect(cited(row[9]), where).toEqual([...new Set(result.warnings.map((w) => w.concept))].sort());
      expect(cited(row[10]), where).toEqual([...new Set(result.counter.map((c) => c.concept))].sort());
    }
  });

  it('reads the verdict of a second checklist from its data file alone', () => {
    const other = kbWithTestChecklist().checklist('swarm-or-compose') as Checklist;
    expect(evaluate(other, { machines: 'one', failover: 'no' }).verdict.id).toBe('compose');
    const swarm = evaluate(other, { machines: 'one', failover: 'yes' });
    expect(swarm.verdict.id).toBe('swarm');
    expect(swarm.reasons).toEqual([expect.objectContaining({ criterion: 'failover', concept: 'raft' })]);
  });
});
