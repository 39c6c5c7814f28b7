import { describe, expect, it } from 'vitest';
import { copyContent, edit, problems } from '../content/content-copy.js';

const FILE = 'checklists/docker-vs-kubernetes.yaml';

describe('archbot check on the two sides of a verdict', () => {
  it('names a counter-signal that cites no known concept', () => {
    const dir = copyContent();
    edit(dir, FILE, (t) => t.replace('  - concept: docker-swarm\n    when: { verdict: docker, all: [hosts=several] }', '  - concept: swarm-mode\n    when: { verdict: docker, all: [hosts=several] }'));
    expect(problems(dir)).toEqual(['content/checklists/docker-vs-kubernetes.yaml, "docker-vs-kubernetes", field counter_signals[0].concept: unknown concept id "swarm-mode"']);
  });

  it('names a counter-signal that no combination of answers can ever show', () => {
    const dir = copyContent();
    // Several machines and Docker with zero-downtime deploys: two signals on several hosts is always Kubernetes.
    edit(dir, FILE, (t) => t.replace('when: { verdict: docker, all: [downtime=unacceptable] }', 'when: { verdict: docker, all: [downtime=unacceptable, hosts=several] }'));
    expect(problems(dir)).toEqual([
      'content/checklists/docker-vs-kubernetes.yaml, "docker-vs-kubernetes", field counter_signals[2].when: matches no combination of answers and verdict, so it is never shown',
    ]);
  });

  it('names a rule that never fires, because an earlier rule decides every combination it matches', () => {
    const dir = copyContent();
    // A new first rule as broad as the old first one: the old one (now rules[1]) is left nothing to decide.
    edit(dir, FILE, (t) => t.replace('rules:\n', 'rules:\n  - verdict: kubernetes\n    when: { all: [hosts=several], score: { coordination: { min: 2 } } }\n    explain: Taken first.\n'));
    expect(problems(dir)).toEqual([
      'content/checklists/docker-vs-kubernetes.yaml, "docker-vs-kubernetes", field rules[1].when: decides no combination of answers (an earlier rule takes every one it matches), so it never fires',
    ]);
  });

  it('names a warning that no combination of answers and verdict can ever show', () => {
    const dir = copyContent();
    // Docker on several machines with zero-downtime deploys cannot happen (two signals there is Kubernetes).
    edit(dir, FILE, (t) => t.replace('when: { verdict: docker, all: [team=automation] }', 'when: { verdict: docker, all: [team=automation, downtime=unacceptable, hosts=several] }'));
    expect(problems(dir)).toEqual([
      'content/checklists/docker-vs-kubernetes.yaml, "docker-vs-kubernetes", field warnings[3].when: matches no combination of answers and verdict, so it is never shown',
    ]);
  });

  it('walks every combination and names one that reaches no verdict', () => {
    const dir = copyContent();
    edit(dir, FILE, (t) => t.replace(/ {2}- verdict: docker\n {4}explain: [^\n]+\n/, '  - verdict: docker\n    when: { all: [hosts=one] }\n'));
    const found = problems(dir);
    expect(found).toContain('content/checklists/docker-vs-kubernetes.yaml, "docker-vs-kubernetes", field rules[3]: the last rule must have no `when`, so every set of answers gets a verdict');
    expect(found.some((p) => /field rules: some answers reach no verdict, for example hosts=several services=few downtime=acceptable traffic=steady/.test(p))).toBe(true);
  });

  it('refuses an option count without min or max', () => {
    const dir = copyContent();
    edit(dir, FILE, (t) => t.replace('count: { max: 1 }', 'count: {}'));
    expect(problems(dir).join('\n')).toMatch(/criteria\[0\]\.options\[0\]\.count/);
  });
});
