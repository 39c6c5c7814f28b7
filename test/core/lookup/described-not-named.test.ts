import { describe, expect, it } from 'vitest';
import type { LookupResult } from '../../../src/core/lookup/lookup.js';
import { realKb } from '../../helpers/kb.js';

const kb = realKb();
const said = (r: LookupResult): string =>
  r.status === 'answer' ? r.concept.id : r.status === 'outside' ? `outside:${r.term.id}` : r.status;
const ask = (q: string): string => said(kb.lookup(q));

describe('a Docker part described by what it does, not named', () => {
  it('tells the command you type from the background service that does the work', () => {
    expect(ask('which program sees my docker command before the engine')).toBe('docker-client');
    expect(ask('does the docker cli actually start the containers or just pass the request on')).toBe('docker-client');
    expect(ask('which part of docker has root power over all containers on a host')).toBe('docker-daemon');
    expect(ask("error: can't reach the docker socket, what is supposed to be listening")).toBe('docker-daemon');
  });

  it('reads Kubernetes leaving Docker behind, told in everyday words for a change, as the dockershim page', () => {
    expect(ask('kubernetes will stop supporting docker, is that so')).toBe('oci');
    expect(ask('docker no longer works in kubernetes?')).toBe('oci');
  });

  it('reads "docker does not grow past one machine" as its limits', () => {
    expect(ask("is it fair that plain docker doesn't grow beyond one server")).toBe('docker-limits');
  });

  it('sends "what is each of them responsible for" to the comparison and "one tool against the other" to the mistake', () => {
    expect(ask('my lead says we are moving from docker to kubernetes, what is each of them responsible for')).toBe('docker-vs-kubernetes');
    expect(ask('what does each of the two tools own')).toBe('docker-vs-kubernetes');
    expect(ask('are docker and kubernetes one sort of product')).toBe('mistake-interchangeable');
    expect(ask('is it wrong to frame it as one tool against the other')).toBe('mistake-interchangeable');
  });

  it('knows what the packaged bundle and its running copy are called in Docker', () => {
    expect(ask('in docker terms what do you call the bundle of my app and everything it needs')).toBe('image');
    expect(ask('will one build behave the same on my laptop and in production')).toBe('image');
    expect(ask('what do we call a started running copy of my packaged app in docker')).toBe('container');
  });

  it('reads a move off a platform or VMs by what the team needs next', () => {
    expect(ask('we are leaving a paas for one rented server, can compose run our web and worker processes')).toBe('docker-compose');
    expect(ask('we kept our own discovery tool before kubernetes, do we still need it')).toBe('service-discovery');
  });

  it('reads a move off bare metal as kubernetes or its timing, and keeps nodes for the machine itself', () => {
    expect(ask('we run everything on bare metal, when would kubernetes be worth switching to')).toBe('when-kubernetes-is-worth-it');
    expect(ask('our apps sit directly on bare metal machines, what does kubernetes give us')).toBe('kubernetes');
    expect(ask('is a node bare metal or a vm')).toBe('node');
  });

  it('finds the node agent and the kinds of systems kubernetes is for when neither is named', () => {
    expect(ask('on each worker machine what is in charge of keeping the pods up')).toBe('kubelet');
    expect(ask('which process on a worker takes orders from the control plane and launches pods')).toBe('kubelet');
    expect(ask('what sorts of architectures is kubernetes designed for')).toBe('kubernetes-use-cases');
  });

  it('reads "no more night restarts?" as self-healing and "hold off at first" as adopting kubernetes too early', () => {
    expect(ask('after we move to kubernetes will anyone still be woken at night to bring crashed services back')).toBe('self-healing');
    expect(ask('why is the usual advice to hold off on kubernetes early on')).toBe('mistake-kubernetes-too-early');
  });
});
