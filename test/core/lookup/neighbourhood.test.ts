import { describe, expect, it } from 'vitest';
import type { LookupResult } from '../../../src/core/lookup/lookup.js';
import { realKb } from '../../helpers/kb.js';

const kb = realKb();
const said = (r: LookupResult): string =>
  r.status === 'answer' ? r.concept.id : r.status === 'outside' ? `outside:${r.term.id}` : r.status;
const ask = (q: string): string => said(kb.lookup(q));

describe('terms of the neighbourhood the knowledge base does not cover', () => {
  it('are named as not covered, not answered with a concept that shares a word', () => {
    expect(ask('can i schedule a cron job in k8s')).toBe('outside:cronjob');
    expect(ask('how do I limit memory for one container')).toBe('outside:requests-limits');
    expect(ask('what does the overlay2 storage driver do')).toBe('outside:storage-drivers');
    expect(ask('what does docker init generate')).toBe('outside:docker-init');
    expect(ask('can I write my own scheduler plugin')).toBe('outside:scheduling-framework');
    expect(ask('what is a virtual kubelet')).toBe('outside:virtual-kubelet');
    expect(ask('docker compose profiles for dev and test')).toBe('outside:compose-profiles');
    expect(ask('what is the pause container in a pod')).toBe('outside:pause-container');
    expect(ask('are secrets encrypted at rest in etcd, how do i turn on etcd encryption')).toBe('outside:secrets-encryption');
    expect(ask('how do i give a pod image pull secrets for a private registry')).toBe('outside:image-pull-secrets');
    expect(ask('can a pod ask for a gpu')).toBe('outside:device-plugins');
    expect(ask('what is jaeger used for')).toBe('outside:distributed-tracing');
    expect(ask('what is falco')).toBe('outside:runtime-security');
    expect(ask('global vs replicated service in swarm')).toBe('outside:swarm-service');
    expect(ask('cmd vs entrypoint, which one runs')).toMatch(/^outside:dockerfile-(?:cmd|entrypoint)$/);
    expect(ask('is there a way to try kubernetes locally')).toBe('outside:kind');
    expect(ask('what is the safest way to upgrade a cluster')).toBe('outside:cluster-upgrades');
    expect(ask('how can i open a shell in a running pod')).toBe('outside:kubectl-exec');
    expect(ask('how do i persist data in a docker container')).toBe('outside:docker-volume');
    expect(ask('how do i check docker disk usage')).toBe('outside:docker-prune');
    // Infrastructure-as-code and platform tools around a cluster.
    expect(ask('can crossplane create my cloud databases from the cluster')).toBe('outside:crossplane');
    expect(ask('should i learn terraform or kubernetes first')).toBe('outside:terraform');
    expect(ask('what is an ansible playbook')).toBe('outside:ansible');
    // Runtimes and machines around containers: system containers, micro VMs, checkpointing, the Windows Linux layer.
    expect(ask('what is lxc and is it still used')).toBe('outside:lxc');
    expect(ask('is lxd still maintained')).toBe('outside:lxc');
    // Linux containers in plain words are containers, the page we have, not LXC.
    expect(ask('what are linux containers')).toBe('container');
    expect(ask('how do linux containers work')).toBe('container');
    expect(ask('do firecracker microvms replace containers')).toBe('outside:firecracker');
    expect(ask('what is criu used for')).toBe('outside:criu');
    expect(ask('does docker on windows need wsl2')).toBe('outside:wsl');
    // A per-node agent described rather than named is the DaemonSet.
    expect(ask('how do i run a log collector on each machine of my cluster')).toBe('outside:daemonset');
    expect(ask('i want exactly one pod per node for monitoring')).toBe('outside:daemonset');
  });

  it('leave the covered questions that use the same words to their concepts', () => {
    expect(ask('is it bad to keep adding cron jobs and scripts on top of our docker hosts')).toBe('mistake-docker-beyond-limits');
    expect(ask('my pod is stuck pending, which component picks its node')).toBe('scheduler');
    expect(ask('which component receives my request when I run kubectl apply')).toBe('api-server');
  });

  it('does not bend everyday words into the new names', () => {
    expect(ask('how do i break my apartment lease early')).toBe('unknown');
    expect(ask('how to weave a basket')).toBe('unknown');
    expect(ask('my router keeps dropping wifi, fix?')).toBe('unknown');
    expect(ask('the united federation of planets')).toBe('unknown');
  });
});
