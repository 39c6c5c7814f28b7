import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseEvalFile, scoreCases } from '../../../src/cli/eval.js';
import { realKb } from '../../helpers/kb.js';

const kb = realKb();
const idOf = (q: string): string => {
  const r = kb.lookup(q);
  return r.status === 'answer' ? r.concept.id : r.status;
};

describe('lookup', () => {
  it('answers exact names, aliases and titles', () => {
    expect(idOf('etcd')).toBe('etcd');
    expect(idOf('k8s')).toBe('kubernetes');
    expect(idOf('dockerd')).toBe('docker-daemon');
    expect(idOf('kube-apiserver')).toBe('api-server');
    expect(idOf('master node')).toBe('control-plane');
    expect(idOf('what is kubectl')).toBe('api-server');
  });

  // A platform's own markup (mentions, channel links) is its adapter's to remove: see the adapter tests.
  it('strips chat noise and question phrasing', () => {
    expect(idOf(':thinking_face: what is etcd? https://etcd.io/docs')).toBe('etcd');
    expect(idOf('🤔 explain the <b>kubelet</b> pls :pray:')).toBe('kubelet');
    expect(idOf('hey bot, tell me about docker swarm')).toBe('docker-swarm');
  });

  it('reads "have we outgrown docker" as asking when to switch, not as the mistake of staying too long', () => {
    expect(idOf('have we outgrown docker yet')).toBe('when-kubernetes-is-worth-it');
    expect(idOf('we keep patching our docker hosts with bash scripts, is that a mistake')).toBe('mistake-docker-beyond-limits');
  });

  it('reads "swarm managers" as the managers of a swarm: how they agree is raft, what they are is still swarm', () => {
    expect(idOf('how do swarm managers settle on one version of the truth')).toBe('raft');
    expect(idOf('swarm managers: how do they agree on changes')).toBe('raft');
    expect(idOf('what do swarm managers do')).toBe('docker-swarm');
    // A part that does not speak of the members is not what they do: etcd, not the api server its page names.
    expect(idOf('how do etcd members decide which write wins')).toBe('etcd');
    // "controller manager" is a name, not the managers of a controller.
    expect(idOf('the controller manager, what does it run')).toBe('controller-manager');
  });

  it('finds costs, the registry and autoscaling described by what they mean for a team, not named', () => {
    // The extra systems a cluster brings are its cost, even when the control plane is named among them.
    expect(idOf('what extra infra comes with a cluster besides the control plane')).toBe('kubernetes-costs');
    // The place images wait between build and deploy, and the one a failing pull cannot reach.
    expect(idOf('which service keeps the images our pipeline builds until deploy time')).toBe('registry');
    expect(idOf('the image pull fails on every node, what holds the images')).toBe('registry');
    // Copies added and dropped as traffic changes.
    expect(idOf('adding and dropping copies of a service as traffic changes, how')).toBe('autoscaling');
  });

  it('reads a network partition as consensus, and no everyday phrase as a name of it', () => {
    expect(idOf('what does a swarm do when the network partitions')).toBe('raft');
    expect(kb.lookup('who leads the project').status).toBe('unknown');
  });

  it('finds a concept described by what it does, in the everyday words its keywords list', () => {
    expect(idOf('who is permitted to change things in our cluster')).toBe('rbac');
    expect(idOf('is kubernetes simple to operate')).toBe('kubernetes-costs');
    // The same words about anything else are not ours.
    expect(kb.lookup('is my dog permitted in the office').status).toBe('unknown');
    // An idiom with no word of the trade is not ours, whatever page it once described.
    expect(kb.lookup('our project runs out of steam after 2 sprints').status).toBe('unknown');
  });

  it('finds the running container and the image it starts from when they are described, not named', () => {
    expect(idOf('what do you call the running copy of an image')).toBe('container');
    expect(idOf('what does docker ps list')).toBe('container');
    expect(idOf('which artifact moves unchanged from test to prod')).toBe('image');
  });

  it('reads "the boring choice" as the simplest tool', () => {
    expect(idOf("what's the boring choice here")).toBe('simplest-tool');
    // The same everyday words elsewhere are still not ours.
    expect(kb.lookup('is it time for lunch').status).toBe('unknown');
  });

  it('reads "it costs nothing, right?" as a question about what Kubernetes costs, without taking "open source" or "allowed" for ours', () => {
    expect(idOf('kubernetes is open source so it costs nothing right')).toBe('kubernetes-costs');
    // "free" alone is left out: "is this app free" is no question about Kubernetes.
    expect(kb.lookup('is this app free').status).toBe('unknown');
    expect(idOf('is docker open source')).not.toBe('kubernetes-costs');
    expect(idOf('are devs allowed to use docker at work')).not.toBe('rbac');
  });

  it('answers a description without any name when it points at one concept far above the rest', () => {
    expect(idOf('adding and removing capacity as demand changes')).toBe('autoscaling');
    // Still not through everyday words alone.
    expect(kb.lookup('battery capacity drops in winter').status).toBe('unknown');
  });

  it('forgives typos, plurals and hyphen or space variants', () => {
    expect(idOf('kubernets')).toBe('kubernetes');
    expect(idOf('contianer')).toBe('container');
    expect(idOf('etdc')).toBe('etcd');
    expect(idOf('pods')).toBe('pod');
    expect(idOf('kube proxy')).toBe('kube-proxy');
    expect(idOf('docker-compose')).toBe('docker-compose');
  });

  it('lands comparisons on the comparison concept or the first one named', () => {
    expect(idOf('docker vs kubernetes')).toBe('docker-vs-kubernetes');
    expect(idOf('k8s or docker?')).toBe('docker-vs-kubernetes');
    expect(idOf('image vs container')).toBe('image');
    expect(idOf('difference between a pod and a container')).toBe('pod');
    // A slip in a name next to the "vs" still names it.
    expect(idOf('kubernets vs dokcer which one is better')).toBe('docker-vs-kubernetes');
    // Whether the two compete is the comparison page's question.
    expect(idOf('is kubernetes a competitor of docker')).toBe('docker-vs-kubernetes');
  });

  it('says unknown to off-topic questions instead of guessing', () => {
    for (const q of ["what's the weather", 'tell me a joke', 'how do I center a div', 'tcp vs udp', 'asdf qwer', '', '<script>alert(1)</script>', 'call me at 555 1234']) {
      expect(idOf(q), q).toBe('unknown');
    }
  });

  it('asks "did you mean" with at most three candidates when two concepts fit equally', () => {
    const r = kb.lookup('node');
    expect(r.status).toBe('answer');
    // "manager" names part of the controller manager, Swarm's manager nodes and Raft's managers alike.
    const ambiguous = kb.lookup('manager');
    expect(ambiguous.status).toBe('clarify');
    if (ambiguous.status !== 'clarify') return;
    expect(ambiguous.candidates.length).toBeGreaterThanOrEqual(2);
    expect(ambiguous.candidates.length).toBeLessThanOrEqual(3);
    expect(ambiguous.candidates.map((c) => c.concept.id)).toContain('controller-manager');
  });

  it('scores at least 95% in-scope and 100% unknown on the project question set', () => {
    const file = fileURLToPath(new URL('../../fixtures/questions.tsv', import.meta.url));
    const cases = parseEvalFile(readFileSync(file, 'utf8'));
    expect(cases.length).toBeGreaterThanOrEqual(120);
    const score = scoreCases(kb, cases);
    const misses = score.misses.map((m) => `${m.line}: ${m.question} -> ${m.got} (want ${m.expected})`);
    expect(score.unknown.correct, misses.join('\n')).toBe(score.unknown.total);
    expect(score.inScope.correct / score.inScope.total, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
