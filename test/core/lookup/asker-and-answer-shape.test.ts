import { describe, expect, it } from 'vitest';
import { realKb, testBot } from '../../helpers/kb.js';
import { say } from '../conversation/helpers.js';

// Words around the question that say who asks, how long to answer, or how big the team is: never what is asked. Every phrasing here was made up for this file, some by a reviewer.
const kb = realKb();
const idOf = (q: string): string => {
  const r = kb.lookup(q);
  return r.status === 'answer' ? r.concept.id : r.status === 'outside' ? `outside:${r.term.id}` : r.status;
};

describe('who asks, how to answer, and the setting told', () => {
  it('reads a label saying who asks ("cto:", "qa lead here:") as chat, never what is asked', () => {
    expect(idOf('cto: is autoscaling worth it')).toBe('autoscaling');
    expect(idOf('qa lead here: what does a rolling update do')).toBe('rolling-update');
    expect(idOf('sre asking: why does etcd want an odd number of members')).toBe('raft');
    // A label that names a concept of ours is the subject, not who asks.
    expect(idOf('swarm manager: how many should we run')).toBe('docker-swarm');
  });

  it('reads a person typed by handle ("@ravi") as who speaks, never as an unseen subject', () => {
    expect(idOf('@ravi wants to know what etcd keeps')).toBe('etcd');
    expect(idOf('is kube-proxy on every node? @omar thinks it only runs on masters')).toBe('kube-proxy');
    // An address or a scoped package is no handle: its words stay.
    expect(kb.lookup('mail ops@example.com about etcd').status).toBe(kb.lookup('mail ops example com about etcd').status);
  });

  it('reads an @ before one of our names as pointing at that name, never as a person', () => {
    expect(idOf('@etcd')).toBe('etcd');
    expect(idOf('@kubelet what do you do')).toBe('kubelet');
    expect(idOf('does @kubelet restart pods')).toBe('kubelet');
    expect(idOf('is @kube-proxy on every node')).toBe('kube-proxy');
    expect(idOf('what does @etcd store')).toBe('etcd');
  });

  it('answers "@raft?" after etcd in a thread with raft, as "raft?" is', async () => {
    const { bot } = testBot();
    await bot.handle(say('what is etcd'));
    const reply = (await bot.handle(say('@raft?'))).replies[0] as { concept?: string };
    expect(reply.concept).toBe('raft');
  });

  it('reads the question after a line saying where the message comes from, not that line', () => {
    expect(idOf('retro notes from friday: which piece keeps the cluster state?')).toBe('etcd');
    expect(idOf('forwarded from the support inbox: where does docker on its own shine?')).toBe('docker-use-cases');
    // Without a question mark, any word that opens a question does (read-question.ts OPENS_QUESTION): "whos" too.
    expect(idOf('notes from standup: whos in charge of scheduling pods')).toBe('scheduler');
    // A lead-in naming something of ours, or one the question points back at, may be the subject: kept.
    expect(idOf('sidecars: when do they start?')).toBe('outside:sidecar');
    expect(idOf('hand-rolled deploy scripts instead of an orchestrator: why is that bad?')).toBe('mistake-docker-beyond-limits');
    // A lead-in that says no source is the setting the answer depends on: read with the question.
    expect(idOf('zero downtime required: what do we use')).toBe('rolling-update');
    expect(idOf('tiny team, one box: do we need an orchestrator')).toBe('when-docker-is-enough');
  });

  it('reads a line saying what the answer is for ("exam prep:", "plain words:") as where it comes from, a task after it as asked', () => {
    expect(idOf('exam prep: list what the control plane is made of')).toBe('control-plane');
    expect(idOf('cheat sheet: explain etcd')).toBe('etcd');
  });

  it('reads how long the answer should be ("in one paragraph", "in three bullet points", "sum up") as chat', () => {
    expect(idOf('docker in a few lines')).toBe('docker');
    // Minutes, seconds and lines are a length only after a verb asking for one, or after a name alone.
    expect(idOf('how does a pod start in a few seconds')).toBe('pod');
    expect(idOf('deploy in one line')).toBe('rolling-update');
    expect(idOf('the kubelet in three bullet points')).toBe('kubelet');
    expect(idOf('explain etcd in two minutes')).toBe('etcd');
    expect(idOf('sum up swarm in a couple of lines')).toBe('docker-swarm');
    // Nor is a prompt to start ("…: go", "… shoot") at the end.
    expect(idOf('rbac in plain words. shoot')).toBe('rbac');
    expect(idOf('kubernetes, go!')).toBe('kubernetes');
    expect(idOf('where do teams go')).toBe('where-teams-go-wrong');
  });

  it('reads a one-person team ("solo dev", "lone founder") and a company at its start ("pre-seed") as the small setting it is', () => {
    expect(['when-docker-is-enough', 'mistake-kubernetes-too-early']).toContain(idOf("i'm a solo dev, do i need kubernetes"));
    expect(['when-docker-is-enough', 'mistake-kubernetes-too-early']).toContain(idOf('as a lone founder do i need an orchestrator'));
    expect(idOf('we are a pre-seed team, kubernetes from day one?')).toBe('mistake-kubernetes-too-early');
    // Not with a headcount past a handful beside it, nor from one person's skill; "bootstrapped" is a cluster's.
    expect(idOf('we are 5 founders and 40 engineers, do we need kubernetes')).toBe('when-kubernetes-is-worth-it');
    expect(idOf('only one engineer knows kubernetes, should we use it')).toBe('when-docker-is-enough');
    expect(kb.lookup('how is a kubernetes cluster bootstrapped').status).not.toBe('answer');
    // A team counted in any word of the shared table for people (chat-words.ts), staff as well as makers.
    expect(idOf('we are 3 employees, do we need kubernetes')).toBe('when-docker-is-enough');
  });

  it('leaves "the real work" and a "when i …" clause to the names around them', () => {
    expect(idOf('do the nodes do the real work')).toBe('node');
    expect(idOf('what talks to the daemon when i type docker run')).toBe('docker-client');
    expect(idOf('what checks permissions when i run kubectl')).toBe('api-server');
  });
});
