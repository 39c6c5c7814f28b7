import { describe, expect, it } from 'vitest';
import { conceptSchema } from '../../../src/core/content/schema.js';
import { KnowledgeBase } from '../../../src/core/knowledge-base.js';
import type { LookupResult } from '../../../src/core/lookup/lookup.js';
import { realKb } from '../../helpers/kb.js';

const kb = realKb();
const said = (r: LookupResult): string =>
  r.status === 'answer' ? r.concept.id : r.status === 'outside' ? `outside:${r.term.id}` : r.status;
const ask = (q: string): string => said(kb.lookup(q));

describe('a lookup that knows what it covers', () => {
  it('names a neighbouring term it does not cover, with the nearest topics it does', () => {
    const r = kb.lookup('what is a daemonset');
    expect(r.status).toBe('outside');
    if (r.status !== 'outside') return;
    expect(r.term.id).toBe('daemonset');
    expect(r.nearest.map((c) => c.id)).toEqual(['pod', 'node', 'scheduler']);
    expect(ask('should I run postgres in a StatefulSet')).toBe('outside:statefulset');
    expect(ask('replicasets vs pods')).toBe('outside:replicaset');
    // Named by an everyday word that none of our concepts uses, with no concept named beside it.
    expect(ask('can helm roll back a bad release')).toBe('outside:helm');
    // A term whose words are ours ("state", "metrics") is still the term when named whole.
    expect(ask('what is kube-state-metrics')).toBe('outside:kube-state-metrics');
    // Named plainly beside concepts named only by everyday words ("pods", "images"), the term is the subject.
    expect(ask('do pods in a statefulset get stable names')).toBe('outside:statefulset');
    expect(ask('check our images for cves using trivy')).toBe('outside:image-scanning');
    // Linux swap, not swapping Docker for Kubernetes.
    expect(ask('how do i disable swap for the kubelet')).toBe('outside:swap-memory');
    expect(ask('can i just swap docker for kubernetes')).toBe('mistake-interchangeable');
    // The runtime page names CRI-O as an example; asked about alone, it is a term of its own.
    expect(ask('what is cri-o')).toBe('outside:cri-o');
    expect(ask('what runtime does kubernetes use, containerd or cri-o?')).toBe('container-runtime');
  });

  it('answers a covered concept set against a term its own text speaks of, and only then', () => {
    // Self-healing's text explains restart policies, so it says how the two relate.
    expect(ask('docker restart policies versus self healing in kubernetes')).toBe('self-healing');
    expect(ask('self healing or a restart policy, which should we rely on')).toBe('self-healing');
    // Pages that never mention the other term leave the question about that term.
    expect(ask('docker swarm vs nomad')).toBe('outside:nomad');
    expect(ask('docker daemon vs podman')).toBe('outside:podman');
    expect(ask('kube-proxy vs ingress')).toBe('outside:ingress');
    expect(ask('rolling update vs canary')).toBe('outside:canary');
    expect(ask('docker compose vs kompose')).toBe('outside:kompose');
    expect(ask('nomad vs kubernetes')).toBe('outside:nomad');
    expect(ask('docker vs podman')).toBe('outside:podman');
    expect(ask('replicasets vs pods')).toBe('outside:replicaset');
  });

  it('does not answer everyday senses of its words carried by words every question uses', () => {
    // "best", "many", "fit" are keywords somewhere, but say little next to a salon or a crate.
    expect(ask('best scheduler app for my hair salon')).toBe('unknown');
    expect(ask('which scheduler app works best for a yoga studio')).toBe('unknown');
    expect(ask('how many crates fit in a shipping container')).toBe('unknown');
    expect(ask('what does the scheduler pick a node with')).toBe('scheduler');
  });

  it('reads "app" as an everyday word of today, not as a word of our trade', () => {
    // Film subtitles rarely say "app"; someone planning meals or a run is not asking about containers.
    expect(ask('which app do you use for meal planning')).toBe('unknown');
    expect(ask('is there an app to track my running')).toBe('unknown');
    // Beside a word of our trade, the same words still find the concept.
    expect(ask('how does the scheduler choose a node for my app')).toBe('scheduler');
    expect(ask('does the scheduler spread my app across nodes')).toBe('scheduler');
  });

  it('does not read words its own concepts use as a neighbouring term', () => {
    expect(ask('what happens to my containers when a docker host dies')).toBe('docker-limits');
    expect(ask('who keeps a deployment at the right number of replicas')).toBe('controller-manager');
  });

  it('says unknown when the subject is a word it has never seen, never answering through a side word', () => {
    expect(ask('what does the zorbulator do in kubernetes')).toBe('unknown');
    expect(ask('how do I configure flurbnik with docker')).toBe('unknown');
  });

  it('does not answer off-topic questions that share one word with a concept', () => {
    expect(ask('my grandmother keeps a recipe registry for cookies')).toBe('unknown');
    expect(ask('a rubber raft for the lake')).toBe('unknown');
    // A name of several words is one thing named, so one foreign word beside it is half the question.
    expect(ask('control plane turbulence')).toBe('unknown');
    expect(ask('service discovery aquarium')).toBe('unknown');
    expect(ask('what is kube-controller-manager responsible for')).toBe('controller-manager');
    // Our names in their everyday sense, with no word of the trade around them.
    expect(ask('how many dolphins live in a pod')).toBe('unknown');
    expect(ask('best container for keeping rice dry')).toBe('unknown');
    // No name at all, only our everyday words weakly pointing at a concept, beside a word we never use.
    expect(ask('the cost of a flat in vienna this year')).toBe('unknown');
    expect(ask('a rolling board for making noodles')).toBe('unknown');
  });

  it('reads "the article" and what it "says" as the knowledge base itself, not a subject', () => {
    expect(ask('what does the article say about etcd')).toBe('etcd');
  });

  it('reads an everyday word of ours right before "interview" or "post" as which one, not as the subject', () => {
    for (const q of ['job interviews', 'what is a job post', 'the job interview', 'a pod interview']) expect(ask(q), q).toBe('unknown');
    // The word alone, or asked about, is still ours; so is a name nobody uses in everyday English.
    expect(ask('can a job run in parallel')).toBe('outside:job');
    expect(ask('what does the article say about jobs')).toBe('outside:job');
    expect(ask('kubernetes interview questions')).toBe('kubernetes');
    // The interview is the occasion, the name after it the subject; a word not ours before "post" stays a stray.
    expect(ask('i have a job interview, explain kubernetes to me')).toBe('kubernetes');
    expect(ask('does my blog post about pods make sense')).toBe('unknown');
  });

  it('meets greetings, thanks and acknowledgements as small talk, not as misses', () => {
    for (const q of ['hi', 'hello!', 'thanks a lot', 'ok', 'lol', 'good morning', 'bye for now', "what's up"]) {
      expect(ask(q), q).toBe('smalltalk');
    }
    expect(ask('hi, what is etcd')).toBe('etcd');
    expect(ask('thanks, and how does the scheduler pick a node')).toBe('scheduler');
  });

  it('meets a held-down letter and the acknowledgements of chat as small talk too', () => {
    for (const q of ['hiii', 'thanksss', 'goood morning', 'np', 'got it, thanks', 'makes sense', 'sounds good, cheers', 'never mind']) {
      expect(ask(q), q).toBe('smalltalk');
    }
    expect(ask('never mind the pods, what is a node')).toBe('node');
  });

  it('mends typos in short and multi-word names', () => {
    expect(ask('api servr')).toBe('api-server');
    expect(ask('kube prxy')).toBe('kube-proxy');
    expect(ask('wat is a pdo')).toBe('pod');
    expect(ask('what does the contol plane do')).toBe('control-plane');
    // "sever" is an English word (and shares a stem with "several"), but here a slip in a name.
    expect(ask('whats the api sever')).toBe('api-server');
    // A slip in a word of chat is not an unseen subject.
    expect(ask('wht is the kubelet')).toBe('kubelet');
    expect(ask('how deos the scheduler pick a node')).toBe('scheduler');
    // One changed letter in a four-letter word that is no English word; a swapped pair reads first.
    expect(ask('what is etzd')).toBe('etcd');
    expect(ask('waht are pods')).toBe('pod');
    expect(ask('grpc vs rest')).toBe('unknown');
  });

  it('reads a name shortened to its consonants as that name, only a word of the trade and only one', () => {
    expect(ask('dkr vs k8s')).toBe('docker-vs-kubernetes');
    expect(ask('how does the schdlr pick a node')).toBe('scheduler');
    expect(ask('what does the kblt do')).toBe('kubelet');
    // Not an everyday word ("mtl" is no "metal"), nor a guess between two ("prt": "port" or "private"); inside a name of
    // several words the rest of the name says which ("crn job" is a cron job, "prt mapping" port mapping).
    expect(ask('mtls between pods')).toBe('unknown');
    expect(ask('crn job in k8s')).toBe('outside:cronjob');
    expect(ask('api srv')).toBe('api-server');
  });

  it('answers every concept id, title and alias as itself, and every outside term as outside', () => {
    expect(kb.concepts).toHaveLength(41);
    for (const c of kb.concepts) {
      for (const name of [c.id, c.title, ...c.aliases]) expect(ask(name), name).toBe(c.id);
    }
    for (const t of kb.outsideTerms) expect(ask(t.term), t.term).toBe(`outside:${t.id}`);
  });
});

describe('questions people ask about a concept (its asked list)', () => {
  const concept = (id: string, asked: string[]) =>
    conceptSchema.parse({
      id,
      title: id === 'lighthouse' ? 'Lighthouse' : 'Harbour master',
      summary: id === 'lighthouse' ? 'A tower with a lamp that guides ships at night.' : 'The person who runs a port.',
      body: id === 'lighthouse' ? 'A lighthouse shows ships where the rocks are.' : 'The harbour master assigns berths to ships.',
      source: 'Test',
      asked,
    });

  it('are used in ranking: a paraphrase of one finds its concept, and without them it would not', () => {
    const question = 'which tower warns sailors about the rocks after dark';
    const without = new KnowledgeBase({ concepts: [concept('lighthouse', []), concept('harbour-master', [])], checklists: [] });
    expect(said(without.lookup(question))).not.toBe('lighthouse');
    const withAsked = new KnowledgeBase({
      concepts: [
        concept('lighthouse', ['what warns sailors about rocks after dark', 'which tower guides ships at night']),
        concept('harbour-master', ['who decides where my boat can moor']),
      ],
      checklists: [],
    });
    expect(said(withAsked.lookup(question))).toBe('lighthouse');
    expect(said(withAsked.lookup('who decides where boats moor'))).toBe('harbour-master');
  });
});
