import { describe, expect, it } from 'vitest';
import { realKb } from '../../helpers/kb.js';

// Questions that guess, offer alternatives or ask what a name is: the thing guessed about is the answer. Every phrasing here was made up for this file, some by a reviewer.
const kb = realKb();
const idOf = (q: string): string => {
  const r = kb.lookup(q);
  return r.status === 'answer' ? r.concept.id : r.status === 'outside' ? `outside:${r.term.id}` : r.status;
};

describe('guesses, alternatives and definitions', () => {
  it('answers "x: a or b?" about x, the thing named before the alternatives offered for it', () => {
    expect(idOf('kubelet - does it schedule pods or just run them')).toBe('kubelet');
    expect(idOf('is the scheduler inside the kubelet or part of the control plane')).toBe('scheduler');
    // Two things named side by side, or a setting before them, are still the ones compared.
    expect(idOf('in kubernetes, does the pod or the container get the ip')).toBe('pod');
    expect(kb.lookup('are docker and swarm rivals or partners').status).not.toBe('answer');
  });

  it('answers an analogy checked ("is x like a …", "x is like …", "x = …") about x, whatever world the likeness is from', () => {
    expect(idOf('is etcd kind of like a phone book for the cluster')).toBe('etcd');
    expect(idOf('the api server is like a receptionist?')).toBe('api-server');
    // After a setting told before a colon or a dash.
    expect(idOf('coming from vms: is an image basically a golden disk?')).toBe('image');
    expect(idOf('we come from heroku - is a pod kind of like a dyno?')).toBe('pod');
    // Not when the thing guessed about holds a real word foreign to us.
    expect(kb.lookup('is the control plane of a glider similar to its ailerons').status).not.toBe('answer');
    // Nor a likeness between an everyday word of ours and nothing of ours: a raft likened to a canoe is a boat.
    expect(kb.lookup('is a raft kind of like a canoe').status).not.toBe('answer');
    expect(kb.lookup('is a raft like a boat').status).not.toBe('answer');
  });

  it('answers a likeness told as a claim to confirm ("x is basically a y, right?") about x, unless y is a term we do not cover', () => {
    expect(idOf('docker is basically a vm, right?')).toBe('docker');
    expect(idOf('docker is just chroot with extra steps, right?')).toBe('docker');
    expect(idOf('kubernetes is basically an operating system for the datacenter, right?')).toBe('kubernetes');
    // A judgement of x, not a likeness: the question as a whole.
    expect(idOf('kubernetes is basically overkill for a team of three, right?')).toBe('mistake-kubernetes-too-early');
    // With an article too: a waste, a nightmare, a mess is a judgement, never the bare page of x.
    expect(idOf('kubernetes is basically a waste of time for a team of three, right?')).not.toBe('kubernetes');
    expect(idOf('kubernetes is basically a nightmare to upgrade, right?')).not.toBe('kubernetes');
    expect(idOf('docker is basically a mess on mac, right?')).not.toBe('docker');
    // While a thing our pages speak of is a likeness, everyday as its words are.
    expect(idOf('an image is just a zip file, right?')).toBe('image');
    // A term we do not cover is the subject, with the topics nearest it offered.
    expect(idOf('a pod is just a helm release?')).toBe('outside:helm-chart');
  });

  it('reads "what is x meant for" as what x is used for, and "before you actually need it" as too early', () => {
    expect(idOf('what is swarm meant for')).toBe('docker-swarm');
    expect(idOf('what was docker designed for')).toBe('docker');
    expect(idOf('the cost of moving to kubernetes before you actually need it')).toBe('mistake-kubernetes-too-early');
  });

  it('reads choosing against a tool ("would we not pick x", "when not x") as skipping it, only when a person chooses', () => {
    expect(idOf('in which cases would we not pick kubernetes')).toBe('when-docker-is-enough');
    expect(idOf('when not kubernetes?')).toBe('when-docker-is-enough');
    expect(idOf('should a team not adopt kubernetes at all sometimes')).toBe('when-docker-is-enough');
    // A tool that does not need another is no choice against it.
    expect(idOf("docker doesn't need kubernetes to run containers, right?")).not.toBe('when-docker-is-enough');
  });

  it('answers a last clause asking only what a name is ("…, what is a node anyway") with that name, whatever the story before', () => {
    expect(idOf('our grafana shows five nodes notready, what is a node anyway')).toBe('node');
    expect(idOf('the logs mention the kube proxy - so what is the kube proxy?')).toBe('kube-proxy');
    // Or what a name is, told by what the asker did with it.
    expect(idOf('what is the control loop you described')).toBe('control-loop');
    expect(idOf('qa here: what exactly is the `docker` cli i just set up')).toBe('docker-client');
  });
});
