import { describe, expect, it } from 'vitest';
import { createBot } from '../../../src/core/bot.js';
import { contextKey } from '../../../src/core/conversation/thread-context.js';
import { openingWhatIs } from '../../../src/core/conversation/preface.js';
import { MemoryStore } from '../../../src/core/sessions/memory-store.js';
import type { FeedbackEvent, FeedbackLog, Outcome, Reply } from '../../../src/core/types.js';
import { memoryLogger, realKb, testBot } from '../../helpers/kb.js';
import { act, say, THREAD } from './helpers.js';
import { emptyReport } from '../../../src/stores/feedback-text.js';
import { anyReply, type AnyReply } from '../../helpers/replies.js';

const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const first = (outcome: Outcome): AnyReply => anyReply(outcome.replies[0] as Reply);

function collectingLog(): FeedbackLog & { events: FeedbackEvent[] } {
  const events: FeedbackEvent[] = [];
  return { events, record: async (e) => void events.push(e), report: async (query) => emptyReport(query) };
}

describe('follow-ups in a thread', () => {
  it('reads a follow-up that leans on the last answer against it, and a named subject as a fresh question', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('what is etcd'))).concept).toBe('etcd');
    expect(first(await bot.handle(say('and what does it store?'))).concept).toBe('etcd');
    expect(first(await bot.handle(say('what is the api server'))).concept).toBe('api-server');
    expect(first(await bot.handle(say('where does it keep the data?'))).concept).toBe('etcd');
    expect(first(await bot.handle(say('and the scheduler?'))).concept).toBe('scheduler');
    expect(first(await bot.handle(say('why?'))).concept).toBe('scheduler');
  });

  it('goes on through the parts of a thing after one of its parts was asked for ("and the machines doing the work?")', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('explain the kubernetes control plane'))).concept).toBe('control-plane');
    expect(first(await bot.handle(say('which bit of it does kubectl send requests to?'))).concept).toBe('api-server');
    expect(first(await bot.handle(say('and the boxes that run our apps?'))).concept).toBe('node');
    // Without the whole asked before, "the machines" are no API server, whose name only has the word "server" in it.
    const other = testBot().bot;
    expect(first(await other.handle(say('what is etcd'))).concept).toBe('etcd');
    expect(first(await other.handle(say('and what about the machines doing the work?'))).concept).not.toBe('api-server');
  });

  it('picks an item of a bulleted page by its place with a question after it, while a bare number stays on the page', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('what is a kubernetes node'))).concept).toBe('node');
    // A stray number lands on no arbitrary concept.
    expect(first(await bot.handle(say('1'))).concept).toBe('node');
    const other = testBot().bot;
    expect(first(await other.handle(say('what is a kubernetes node'))).concept).toBe('node');
    expect(first(await other.handle(say('and the third one, how does it work?'))).concept).toBe('container-runtime');
  });

  it('reads "back to X, …" as a question about X, an earlier turn\'s topic, whatever was answered since', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('what is docker swarm'))).concept).toBe('docker-swarm');
    expect(first(await bot.handle(say('and raft?'))).concept).toBe('raft');
    // The question read with the topic's name lands on the topic: its page answers.
    expect(first(await bot.handle(say('ok, going back to swarm: what do the manager nodes do?'))).concept).toBe('docker-swarm');
    // "the first one" is the earliest answer the thread remembers, whatever kind of thing the words name beside it.
    const other = testBot().bot;
    expect(first(await other.handle(say('what is etcd'))).concept).toBe('etcd');
    expect(first(await other.handle(say('and the kubelet?'))).concept).toBe('kubelet');
    expect(first(await other.handle(say('back to the first thing, what does it store?'))).concept).toBe('etcd');
  });

  it('reads a closing "what is X" after other clauses, or a name put after "the other thing", as a question about X', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('what is a node'))).concept).toBe('node');
    expect(first(await bot.handle(say('so the scheduler picks it, right? what is etcd then'))).concept).toBe('etcd');
    expect(first(await bot.handle(say('and the remaining component, the runtime?'))).concept).toBe('container-runtime');
    // "you said X, what is that?": the name said first is what the pronoun stands for.
    expect(first(await bot.handle(say('you just mentioned raft, what is that?'))).concept).toBe('raft');
  });

  it('reads a question about "here" or "our case" after a situation was told as advice on that situation', async () => {
    const { bot } = testBot();
    await bot.handle(say('40 services, each released on its own'));
    await bot.handle(say('10 nodes, load spikes every evening'));
    expect(first(await bot.handle(say('so a cluster pays off here?'))).concept).toBe('when-kubernetes-is-worth-it');
    // Only a judgement asked of the situation is advice: a question of its own that ends in "here" is not.
    const other = testBot().bot;
    await other.handle(say('we run 4 machines and 6 services'));
    expect(first(await other.handle(say('what does the scheduler do here'))).concept).toBe('scheduler');
    expect(first(await other.handle(say('and what is a pod here?'))).concept).toBe('pod');
  });

  it('reads "and the opposite?" as the other side of the last answer, and a change of subject with "totally" as one', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('when is docker enough'))).concept).toBe('when-docker-is-enough');
    expect(first(await bot.handle(say('and the reverse?'))).concept).toBe('when-kubernetes-is-worth-it');
    expect(first(await bot.handle(say('completely different question: what is a registry?'))).concept).toBe('registry');
    // "what problem does it solve?" asks what it is there for, not about its problems.
    expect(first(await bot.handle(say('what is etcd'))).concept).toBe('etcd');
    expect(first(await bot.handle(say('and what problems is that fixing?'))).concept).toBe('etcd');
    // Deciding who may do something is access control, whatever the thing done.
    expect(first(await bot.handle(say('what is a pod'))).concept).toBe('pod');
    expect(first(await bot.handle(say('how do we decide who can push changes to it?'))).concept).toBe('rbac');
    // Who is to be something, or to go somewhere, is no permission.
    const swarm = testBot().bot;
    expect(first(await swarm.handle(say('what is docker swarm'))).concept).toBe('docker-swarm');
    expect(first(await swarm.handle(say('so how does it decide who can be a manager?'))).concept).not.toBe('rbac');
    // Said of a component ("the scheduler decides who can …"), it is that component's work, not permissions.
    const sched = testBot().bot;
    expect(first(await sched.handle(say('what is the scheduler'))).concept).toBe('scheduler');
    expect(first(await sched.handle(say('so the scheduler decides who can get the free capacity?'))).concept).not.toBe('rbac');
    // The parts come from the knowledge base's names; a start-here topic deciding is the access question.
    expect(first(await sched.handle(say('what is raft'))).concept).toBe('raft');
    expect(first(await sched.handle(say('and how does etcd decide who can accept writes?'))).concept).not.toBe('rbac');
    expect(first(await sched.handle(say('how does kubernetes decide who can deploy?'))).concept).toBe('rbac');
    // "who is it for?" asks who should use it, not why it exists.
    expect(first(await bot.handle(say('what does kubernetes cost'))).concept).toBe('kubernetes-costs');
    expect(first(await bot.handle(say('ok, who is that for then?'))).concept).toBe('kubernetes-use-cases');
  });

  it('stays on the last answer for words that fit anything: an intensifier, or a quantity asked of it', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('docker vs kubernetes'))).concept).toBe('docker-vs-kubernetes');
    expect(first(await bot.handle(say('so what is the actual difference then?'))).concept).toBe('docker-vs-kubernetes');
    expect(first(await bot.handle(say('what is docker swarm'))).concept).toBe('docker-swarm');
    expect(first(await bot.handle(say('how many managers can it go up to?'))).concept).toBe('docker-swarm');
    // Not a quantity: the thing at the other end is asked for.
    expect(first(await bot.handle(say('what is a pod'))).concept).toBe('pod');
    expect(first(await bot.handle(say('where do they run?'))).concept).toBe('node');
  });

  it('reads "who does X to a thing named, then?" as the neighbour of the last answer that does it', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('what is the kubelet'))).concept).toBe('kubelet');
    expect(first(await bot.handle(say('and who really starts the containers then?'))).concept).toBe('container-runtime');
    expect(first(await bot.handle(say('what is oci'))).concept).toBe('oci');
    expect(first(await bot.handle(say('so what runs containers on each machine now?'))).concept).toBe('container-runtime');
    // Without the lean on what was just said, it is a question of its own.
    expect(first(await bot.handle(say('what is the kubelet'))).concept).toBe('kubelet');
    expect(first(await bot.handle(say('what is a container?'))).concept).toBe('container');
  });

  it('reads "what happens if we <do something>?" as the outcome the list of what goes wrong tells', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('what are the limits of docker'))).concept).toBe('docker-limits');
    expect(first(await bot.handle(say('what happens if we take docker beyond those with cron jobs?'))).concept).toBe('mistake-docker-beyond-limits');
    expect(first(await bot.handle(say('when is kubernetes worth it'))).concept).toBe('when-kubernetes-is-worth-it');
    expect(first(await bot.handle(say('what would happen if we meet all of them and remain on docker?'))).concept).toBe('mistake-docker-beyond-limits');
    // A course that no such page speaks of is read as before.
    expect(first(await bot.handle(say('what is etcd'))).concept).toBe('etcd');
    expect(first(await bot.handle(say('what happens if we drop its data?'))).concept).toBe('etcd');
  });

  it('weighs every mistake page on its own words for "what happens if we …", and reads a course that is no mistake as a question', async () => {
    const outcome = async (first_: string, then: string): Promise<string | undefined> => {
      const { bot } = testBot();
      await bot.handle(say(first_));
      return first(await bot.handle(say(then))).concept;
    };
    // The opposite mistake from the one just shown, and one not beside the last answer at all.
    expect(await outcome('what happens if we start with kubernetes too early', 'what happens if we stay on docker too long')).toBe('mistake-docker-beyond-limits');
    expect(await outcome('what is kubernetes', 'what happens if we stay on docker too long')).toBe('mistake-docker-beyond-limits');
    // Going managed is advice, and running Docker in production is no mistake: neither gets a mistake page.
    expect(await outcome('what does kubernetes cost', 'what happens if we go managed')).not.toMatch(/^mistake-/);
    expect(await outcome('what is docker', 'what happens if we put it in production')).not.toMatch(/^mistake-/);
  });

  it('does not take one everyday word of a course for a mistake page the last answer never led to', async () => {
    const outcome = async (first_: string, then: string): Promise<string | undefined> => {
      const { bot } = testBot();
      await bot.handle(say(first_));
      return first(await bot.handle(say(then))).concept;
    };
    // "deploy" is also a rolling update's word, and "need" only widens to the too-early page's "overkill".
    expect(await outcome('what is a rolling update', 'what happens if we deploy during peak')).toBe('rolling-update');
    expect(await outcome('what is a rolling update', 'what happens if we deploy')).toBe('rolling-update');
    expect(await outcome('what is docker compose', 'what happens if we need a second server')).not.toMatch(/^mistake-/);
    expect(await outcome('what is docker compose', 'what happens if we need one more')).not.toMatch(/^mistake-/);
    // A word only that page's names have still tells it, and so does a shared word with the tool the page names.
    expect(await outcome('what does k8s cost', 'so what happens if we adopt it too early?')).toBe('mistake-kubernetes-too-early');
    expect(await outcome('when is docker enough', 'what happens if we start with kubernetes anyway?')).toBe('mistake-kubernetes-too-early');
  });

  it('stays on the last answer when it is set against a tool it does not cover', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('what is self-healing'))).concept).toBe('self-healing');
    expect(first(await bot.handle(say('and how does that compare with a Nomad restart policy?'))).concept).toBe('self-healing');
    // It says first, in one line, that the tool is not covered, as "and nomad?" does in the same thread.
    const thread = testBot().bot;
    expect(first(await thread.handle(say('what is kubernetes'))).concept).toBe('kubernetes');
    const compared = first(await thread.handle(say('how does that compare with nomad?')));
    expect(compared.concept).toBe('kubernetes');
    const [note, ...rest] = (compared.body ?? '').split('\n\n');
    expect(note).toMatch(/Nomad\*\* is not covered by this knowledge base/);
    expect(note).not.toContain('\n');
    expect(rest.join('\n\n').length).toBeGreaterThan(0);
    const alone = first(await thread.handle(say('and nomad?')));
    expect(alone.kind).toBe('outside');
    expect(alone.body).toContain(note);
    // Asked alone, the tool is still named as outside what it covers.
    expect(first(await testBot().bot.handle(say('how is a pod different from a Nomad job?'))).kind).toBe('outside');
  });

  it('reads an outside tool\'s word said as a piece of what was answered ("the deployment part") against the thread', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('where does docker fall short?'))).concept).toBe('docker-limits');
    expect(first(await bot.handle(say('and the deployment part, how would k8s go about it differently?'))).concept).toBe('rolling-update');
    // The piece named first, as a clause of its own.
    const other = testBot().bot;
    expect(first(await other.handle(say('where does docker fall short?'))).concept).toBe('docker-limits');
    expect(first(await other.handle(say('the deployment bit: how would kubernetes do that differently'))).concept).toBe('rolling-update');
    // Asked for by its name, the outside tool is still named as not covered, in the same thread.
    expect(first(await other.handle(say('what is a deployment?'))).kind).toBe('outside');
  });

  it('still names an outside tool said as "the X part" when the last answer never uses its word (helm, ingress, podman)', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('what is kubernetes'))).concept).toBe('kubernetes');
    expect(first(await bot.handle(say('and the helm part?'))).kind).toBe('outside');
    const service = testBot().bot;
    expect(first(await service.handle(say('what is a service'))).concept).toBe('service');
    expect(first(await service.handle(say('the ingress bit: how would nginx do it differently'))).kind).toBe('outside');
    const docker = testBot().bot;
    expect(first(await docker.handle(say('where does docker fall short?'))).concept).toBe('docker-limits');
    expect(first(await docker.handle(say('and the podman part?'))).kind).toBe('outside');
    // "helm" is an everyday word too ("at the helm"), but where Docker falls short says nothing of it.
    expect(first(await docker.handle(say('and the helm part, is it worth it?'))).kind).toBe('outside');
  });

  it('reads "so it\'s basically a vm, right?" as a claim about the last answer, "its limits" as its possessive', async () => {
    for (const claim of ["so it's basically a vm, right?", 'so its basically a vm, right?', 'so it\u2019s basically a vm, right?']) {
      const { bot } = testBot();
      expect(first(await bot.handle(say('what is docker'))).concept).toBe('docker');
      expect(first(await bot.handle(say(claim))).concept).toBe('docker');
    }
    const { bot } = testBot();
    expect(first(await bot.handle(say('what is docker'))).concept).toBe('docker');
    expect(first(await bot.handle(say('what are its limits'))).concept).toBe('docker-limits');
  });

  it('reads "separately," and "stepping back," in front of a question as a change of subject', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('what is the kubelet'))).concept).toBe('kubelet');
    expect(first(await bot.handle(say('separately, what does kubernetes cost?'))).concept).toBe('kubernetes-costs');
    expect(first(await bot.handle(say('what is etcd'))).concept).toBe('etcd');
    expect(first(await bot.handle(say('zooming out: how do docker and kubernetes differ?'))).concept).toBe('docker-vs-kubernetes');
  });

  it('reads "what is X, <a remark on where I met it>" as asking what X is', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('what is docker swarm'))).concept).toBe('docker-swarm');
    expect(first(await bot.handle(say("and what's etcd, my lead keeps bringing it up lol"))).concept).toBe('etcd');
    // A remark that asks something of its own, or names a thing of its own, is no remark.
    const any = (): boolean => true;
    expect(openingWhatIs('what is a pod, is it like a vm?', { hasSubject: any, namesAThing: () => false })).toBeUndefined();
    expect(openingWhatIs('what is a pod, the scheduler docs mention them', { hasSubject: any, namesAThing: (c) => c.includes('scheduler') })).toBeUndefined();
    expect(openingWhatIs('what is a pod, saw it in a talk', { hasSubject: any, namesAThing: () => false })).toBe('what is a pod');
  });

  it('reads past an acknowledgement in front of a question, and a "new question:" in front as a fresh start', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('what is a pod'))).concept).toBe('pod');
    expect(first(await bot.handle(say('makes sense. what kinds of systems is kubernetes best at?'))).concept).toBe('kubernetes-use-cases');
    expect(first(await bot.handle(say('thanks! and why?'))).concept).toBe('kubernetes-use-cases');
    expect(first(await bot.handle(say('what is docker swarm'))).concept).toBe('docker-swarm');
    expect(first(await bot.handle(say("switching: what's a node in kubernetes?"))).concept).toBe('node');
    expect(first(await bot.handle(say("got it thanks! quick one: what's a registry?"))).concept).toBe('registry');
    expect(first(await bot.handle(say("sorry, another thing - what's rbac?"))).concept).toBe('rbac');
    // "last one," announces the question; its "one" points back at nothing.
    expect(first(await bot.handle(say('thanks! last one, which tool should a small team start with?'))).concept).toBe('simplest-tool');
    expect(first(await bot.handle(say('what does kubernetes cost'))).concept).toBe('kubernetes-costs');
    // A name put first, then a pronoun standing for it: a question about that name.
    expect(first(await bot.handle(say('hmm ok. and the scheduler, what does that do?'))).concept).toBe('scheduler');
    expect(first(await bot.handle(say('what does kubernetes run'))).kind).toBe('answer');
    expect(first(await bot.handle(say('pods? what are those?'))).concept).toBe('pod');
    // A tail pointing back ("you mentioned it") is no part of the question.
    expect(first(await bot.handle(say('and what is the control plane, you mentioned it?'))).concept).toBe('control-plane');
  });

  it('reads a pronoun after a question as standing for its answer, not for the words of the question', async () => {
    const { bot } = testBot();
    // The question did not name its answer; the pronoun still stands for that answer, never for advice on the words asked.
    expect(first(await bot.handle(say('where is the state of the whole cluster kept'))).concept).toBe('etcd');
    expect(first(await bot.handle(say('do we need to snapshot it regularly?'))).concept).toBe('etcd');
    expect(first(await bot.handle(say('how can i limit what each user may do in kubernetes'))).concept).toBe('rbac');
    expect(first(await bot.handle(say('does that come out of the box?'))).concept).toBe('rbac');
  });

  it('reads a question naming a neighbour of the last answer, where its pronoun stands for that neighbour\'s things, as about that neighbour', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('what mistakes do teams make'))).concept).toBe('where-teams-go-wrong');
    expect(first(await bot.handle(say('how is seeing them as interchangeable harmful?'))).concept).toBe('mistake-interchangeable');
  });

  it('reads "time for kubernetes?" after a situation told as advice for that situation', async () => {
    const { bot } = testBot();
    await bot.handle(say('we have a single server and two services'));
    expect(first(await bot.handle(say('is it time to move to k8s?'))).concept).toBe('when-docker-is-enough');
  });

  it('reads a bare "kubernetes?" or "need docker?" after a described situation as advice for that situation', async () => {
    const { bot } = testBot();
    await bot.handle(say('2 svcs on a single vps'));
    expect(first(await bot.handle(say('need k8s?'))).concept).toBe('when-docker-is-enough');
    const other = testBot().bot;
    await other.handle(say('we have 12 servers and 30 svcs'));
    expect(first(await other.handle(say('k8s then?'))).concept).toBe('when-kubernetes-is-worth-it');
    // Without a situation told first, the name alone is a question about it.
    const fresh = testBot().bot;
    expect(first(await fresh.handle(say('k8s?'))).concept).toBe('kubernetes');
  });

  it('reads "where does it go?" after a question naming a thing and answered with the whole it is part of as the place of that thing', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('docker builds the image, then?'))).concept).toBe('how-they-work-together');
    expect(first(await bot.handle(say('so where does it sit?'))).concept).toBe('registry');
    // A question that named its answer: the pronoun is that answer.
    const other = testBot().bot;
    expect(first(await other.handle(say('what is a pod'))).concept).toBe('pod');
    expect(first(await other.handle(say('where does it run?'))).concept).toBe('node');
  });

  it('reads "is that one of the mistakes?" after a situation told as the mistake that situation is a case of', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('when is kubernetes worth it'))).concept).toBe('when-kubernetes-is-worth-it');
    await bot.handle(say('tiny team, kubernetes from day one'));
    expect(first(await bot.handle(say('is that one of the usual mistakes?'))).concept).toBe('mistake-kubernetes-too-early');
    // Told in the same message, before the question.
    const other = testBot().bot;
    expect(first(await other.handle(say('where do teams go wrong'))).concept).toBe('where-teams-go-wrong');
    expect(first(await other.handle(say('our cron scripts restart containers on five hosts. is that a mistake?'))).concept).toBe('mistake-docker-beyond-limits');
    // "the only mistake?" after one of them: the page listing them all.
    expect(first(await other.handle(say('is that the only mistake people make?'))).concept).toBe('where-teams-go-wrong');
  });

  it('reads a bare "why not?" after a plan told as why not go ahead with it, and after a question as leaning on its answer', async () => {
    const { bot } = testBot();
    await bot.handle(say('we are two devs and want kubernetes for the prototype'));
    expect(first(await bot.handle(say('but why not?'))).concept).toBe('mistake-kubernetes-too-early');
    const other = testBot().bot;
    expect(first(await other.handle(say('why not swarm?'))).kind).toBe('answer');
    expect(first(await other.handle(say('what is etcd'))).concept).toBe('etcd');
    expect(first(await other.handle(say('why not?'))).concept).not.toBe('mistake-kubernetes-too-early');
  });

  it('weighs a need put to advice with the facts the question before it told', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('We have nine services on three machines, is docker still fine?'))).concept).toBe('when-docker-is-enough');
    expect(first(await bot.handle(say('and what if we could never take the site down during a release?'))).concept).toBe('when-kubernetes-is-worth-it');
  });

  it('keeps a pronoun on the thing asked about before when, read so, the question lands on the last answer', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('what is a pod'))).concept).toBe('pod');
    expect(first(await bot.handle(say('the address changes on every restart'))).concept).toBe('service');
    // "it" is still the pod; how a client reaches a pod is what the Services page answers.
    expect(first(await bot.handle(say('how would a client reach it?'))).concept).toBe('service');
  });

  it('reads a question naming only Kubernetes after a statement it could not answer with the statement beside it', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say("our frontend can't reach the backend after every ip change"))).kind).toBe('unknown');
    expect(first(await bot.handle(say('how would k8s solve?'))).concept).toBe('service-discovery');
  });

  it('reads a follow-up after names shortened to their consonants as it reads it after the names spelt out', async () => {
    for (const [asked, spelt] of [
      ['dkr vs k8s', 'docker vs kubernetes'],
      ['k8s vs dkr', 'kubernetes vs docker'],
    ] as const) {
      for (const opening of [asked, spelt]) {
        const { bot } = testBot();
        expect(first(await bot.handle(say(opening))).concept).toBe('docker-vs-kubernetes');
        // The abbreviations were the comparison's names, not words a "which one" rests on ("dkr k8s tiny team" is Swarm).
        expect(first(await bot.handle(say('which one for a tiny team'))).concept).toBe('when-docker-is-enough');
      }
    }
  });

  it('reads "that" before a word that ends a clause as the pronoun: the peak just told of is the fact asked about', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('every black friday our traffic is 10x'))).kind).toBe('unknown');
    expect(first(await bot.handle(say('can k8s handle that alone?'))).concept).toBe('autoscaling');
  });

  it('picks an item of a list page by its place: "the first one" after the mistakes teams make', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('where do teams go wrong?'))).concept).toBe('where-teams-go-wrong');
    expect(first(await bot.handle(say('the second one'))).concept).toBe('mistake-docker-beyond-limits');
    expect(first(await bot.handle(say('what is etcd'))).concept).toBe('etcd');
    // A page that lists nothing: a bare number stays on it.
    expect(first(await bot.handle(say('2'))).concept).toBe('etcd');
  });

  it('reads "the second one" after a question that set two things side by side as the second thing named', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('etcd or raft?'))).concept).toBe('etcd');
    expect(first(await bot.handle(say('ok, the second one'))).concept).toBe('raft');
    expect(first(await bot.handle(say('scheduler versus kubelet, which decides placement'))).concept).toBe('scheduler');
    expect(first(await bot.handle(say('and the latter?'))).concept).toBe('kubelet');
  });

  it('asks the question before again of the name in "and X?", when that question was answered with another page', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('can docker scale replicas up and down with load by itself?'))).concept).toBe('autoscaling');
    expect(first(await bot.handle(say('and kubernetes?'))).concept).toBe('autoscaling');
    // Only the sentence that asks is asked again, not the scene set before it.
    expect(first(await bot.handle(say('We are putting together a handbook on picking the right tool. Where does Docker work best?'))).concept).toBe('docker-use-cases');
    expect(first(await bot.handle(say('and kubernetes?'))).concept).toBe('kubernetes-use-cases');
    // After an aspect page of the thing named ("when docker is enough"), "and kubernetes?" is that page's counterpart.
    for (const [asked, counterpart] of [
      ['when is docker enough', 'when-kubernetes-is-worth-it'],
      ['our team is 5 people. when is docker enough?', 'when-kubernetes-is-worth-it'],
      ['is docker enough for us?', 'when-kubernetes-is-worth-it'],
      ['where does docker fall short?', 'kubernetes-costs'],
    ] as const) {
      const thread = testBot().bot;
      await thread.handle(say(asked));
      for (const again of ['and kubernetes?', 'what about k8s?']) {
        await thread.handle(say(asked));
        expect(first(await thread.handle(say(again))).concept, `${asked} / ${again}`).toBe(counterpart);
      }
    }
    // A name alone without "and" is a question of its own.
    const other = testBot().bot;
    expect(first(await other.handle(say('can docker scale replicas up and down with load by itself?'))).concept).toBe('autoscaling');
    expect(first(await other.handle(say('kubernetes?'))).concept).toBe('kubernetes');
  });

  it('reads "the one that does X, what is it called?" as asking what does X', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('what is a node'))).concept).toBe('node');
    expect(first(await bot.handle(say('and the one that starts the containers there, what is it called?'))).concept).toBe('container-runtime');
  });

  it('reads "why needed?" or "why so hard?" as why the last answer is so, its "is it" left out', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('what is a pod'))).concept).toBe('pod');
    expect(first(await bot.handle(say('why needed?'))).concept).toBe('pod');
    expect(first(await bot.handle(say('what is rbac'))).concept).toBe('rbac');
    expect(first(await bot.handle(say('why so hard'))).concept).toBe('rbac');
    // A subject of its own after "why" is no such thing: "why raft" asks about raft.
    expect(first(await bot.handle(say('why raft'))).concept).toBe('raft');
  });

  it('reads "the running one" as the neighbour the last answer is told apart from by that word', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('what is an image'))).concept).toBe('image');
    expect(first(await bot.handle(say('and the running one?'))).concept).toBe('container');
    expect(first(await bot.handle(say('what is an image'))).concept).toBe('image');
    expect(first(await bot.handle(say("what's the running one called?"))).concept).toBe('container');
  });

  it('reads a neighbour named with the pronoun only placing it ("which pods sit behind it?") as about that neighbour', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('what is a service'))).concept).toBe('service');
    expect(first(await bot.handle(say('which pods sit behind it?'))).concept).toBe('pod');
    // A pronoun the name acts on keeps its own reading: "how do pods talk to it?" after etcd is not about pods.
    expect(first(await bot.handle(say('what is etcd'))).concept).toBe('etcd');
    expect(first(await bot.handle(say('how do pods talk to it?'))).concept).not.toBe('pod');
  });

  it('reads "and together, what are they called?" as the whole the things named in the question before make up', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('how do the api server and the scheduler split the work?'))).concept).toBe('api-server');
    expect(first(await bot.handle(say('and together, what are they called?'))).concept).toBe('control-plane');
  });

  it('starts the thread context over after "new question:": the situation and answers from before are forgotten', async () => {
    const { bot, store } = testBot();
    await bot.handle(say('we run about 30 machines now'));
    await bot.handle(say('what is etcd'));
    await bot.handle(say('our traffic is steady all day'));
    expect((await store.get(contextKey(THREAD)))?.value).toMatchObject({ facts: { 'docker-vs-kubernetes/traffic': 'steady' } });
    await bot.handle(say('new question: our traffic is steady all day'));
    const context = (await store.get(contextKey(THREAD)))?.value as { facts?: Record<string, string>; concepts?: string[] };
    expect(context.facts).toEqual({ 'docker-vs-kubernetes/traffic': 'steady' });
    expect(context.concepts).not.toContain('etcd');
  });

  it('reads a pronoun after a statement as standing for what was said, not only for the page it was answered with', async () => {
    const { bot, store } = testBot();
    await bot.handle(say("we're a team of 2 engineers, pre-launch, thinking of kubernetes"));
    // Only the words of a message that did not name its answer are kept, for the next pronoun.
    expect((await store.get(contextKey(THREAD)))?.value).toMatchObject({ said: expect.arrayContaining(['engineer', 'kubernete']) });
    expect(first(await bot.handle(say('why would that slow us down?'))).concept).toBe('mistake-kubernetes-too-early');
    await bot.handle(say('what is etcd'));
    expect((await store.get(contextKey(THREAD)))?.value).not.toHaveProperty('said');
  });

  it('keeps no words of a follow-up read through its pronoun: they were about the thread\'s thing, not a statement', async () => {
    const { bot, store } = testBot();
    await bot.handle(say('what is a pod'));
    expect(first(await bot.handle(say('where does it live?'))).kind).toBe('answer');
    expect((await store.get(contextKey(THREAD)))?.value).not.toHaveProperty('said');
  });

  it('reads a question after a statement that got no answer with the statement beside it, and a question naming its answer as it is', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('we are two developers building an mvp'))).kind).toBe('unknown');
    expect(first(await bot.handle(say('should we start on kubernetes?'))).concept).toBe('mistake-kubernetes-too-early');
    expect(first(await bot.handle(say('we are two developers building an mvp'))).kind).toBe('unknown');
    expect(first(await bot.handle(say('what is etcd'))).concept).toBe('etcd');
  });

  it('reads a pronoun after an unanswered statement of one fact the checklist knows as that fact, answered with its page', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('at month end our traffic jumps like crazy'))).kind).toBe('unknown');
    expect(first(await bot.handle(say('would kubernetes cope with that?'))).concept).toBe('autoscaling');
  });

  it('answers advice asked for oneself right after a statement for the situation the statement described', async () => {
    const { bot } = testBot();
    // The statement is answered with a page it does not name; the advice is for the situation, not that page.
    expect(first(await bot.handle(say('our whole team is three developers and one small app'))).kind).toBe('answer');
    expect(first(await bot.handle(say('is kubernetes overkill for us?'))).concept).toBe('mistake-kubernetes-too-early');
    expect(first(await bot.handle(say('we run a small team on a single server'))).concept).toBe('when-docker-is-enough');
    expect(first(await bot.handle(say('do we need kubernetes?'))).concept).toBe('when-docker-is-enough');
    // Without a statement before it, the same question is read as it is.
    expect(first(await bot.handle(say('what is etcd'))).concept).toBe('etcd');
    expect(first(await bot.handle(say('do we need kubernetes?'))).concept).toBe('when-kubernetes-is-worth-it');
  });

  it('offers what a pronoun with nothing before it may stand for, and leaves an off-topic one unknown', async () => {
    const { bot } = testBot();
    const offer = first(await bot.handle(say('where does it work best')));
    expect(offer.kind).toBe('clarify');
    // Picked by its place in the list as offered, whatever order the lookup ranks them in.
    const place = (offer.choices ?? []).findIndex((c) => c.label.endsWith('Where Kubernetes works best')) + 1;
    expect(place).toBeGreaterThan(0);
    expect(first(await bot.handle(say(String(place)))).concept).toBe('kubernetes-use-cases');
    const other = testBot().bot;
    expect(first(await other.handle(say('is it raining today?'))).kind).toBe('unknown');
  });

  it('reads small talk that points back with a question ("is that ok?") as a follow-up, and leaves it small talk with nothing before it', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('is that ok?'))).kind).toBe('smalltalk');
    expect(first(await bot.handle(say('what is a rolling update'))).concept).toBe('rolling-update');
    expect(first(await bot.handle(say('is that ok?'))).concept).toBe('rolling-update');
  });

  it('reads an idiom as the plain word it means ("what do we give up?" asks about costs)', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('where does kubernetes shine'))).concept).toBe('kubernetes-use-cases');
    expect(first(await bot.handle(say('and what do we give up for that?'))).concept).toBe('kubernetes-costs');
  });

  it('reads "the X\'s role" or "the role of X" as what X does, not as an access-control role', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('what is a node?'))).concept).toBe('node');
    expect(first(await bot.handle(say('and what is the runtime\'s role?'))).concept).toBe('container-runtime');
    expect(first(await bot.handle(say('what is the control plane made of?'))).concept).toBe('control-plane');
    expect(first(await bot.handle(say('and the role of the controller manager in there?'))).concept).toBe('controller-manager');
    // An access-control role stays one.
    expect(first(await bot.handle(say('what is an rbac role?'))).concept).toBe('rbac');
  });

  it('reads who an answer is for, described by where they come from, as how to say it, not what about', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('what is docker, for someone from the finance team?'))).concept).toBe('docker');
    expect(first(await bot.handle(say('explain kubernetes to readers with a data background'))).concept).toBe('kubernetes');
  });

  it('reads chat shorthand for "why?", "what do you mean?" or "in short?" as leaning on the last answer', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('what is etcd'))).concept).toBe('etcd');
    for (const typed of ['y?', 'wdym', 'tl;dr?', 'keep going', 'in plain english please', 'can you simplify']) {
      expect(first(await bot.handle(say(typed))).concept, typed).toBe('etcd');
    }
  });

  it('reads "under the hood" or "behind the scenes" as how the question is asked, not what about', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('what is self-healing'))).concept).toBe('self-healing');
    // The words alone would match a page that happens to say "under the hood".
    expect(first(await bot.handle(say('and how does it work under the hood, roughly?'))).concept).toBe('self-healing');
    expect(first(await bot.handle(say('what happens behind the scenes?'))).concept).toBe('self-healing');
  });

  it('keeps context per thread, in the session store under its own key, and forgets it after its TTL', async () => {
    let now = 1_000_000;
    const store = new MemoryStore(() => now);
    const bot = createBot({ kb: realKb(), store, logger: memoryLogger(), clock: () => now, contextTtlMs: 60_000 });
    await bot.handle(say('what is etcd'));
    expect((await store.get(contextKey(THREAD)))?.value).toMatchObject({ concepts: ['etcd'] });
    // Another thread has no context: "why?" there is a session word with no decision.
    expect(first(await bot.handle(say('why?', 'slack:T1:D2'))).code).toBe('no-session');
    now += 61_000;
    expect(first(await bot.handle(say('why?'))).code).toBe('no-session');
  });
});

describe('did you mean, answered', () => {
  async function offered(): Promise<{ bot: ReturnType<typeof createBot>; log: ReturnType<typeof collectingLog> }> {
    const store = new MemoryStore();
    const log = collectingLog();
    const bot = createBot({ kb: realKb(), store, logger: memoryLogger(), feedback: log });
    // The offer as the thread stores it after "Did you mean… 1. Kubernetes 2. Nodes".
    await store.compareAndSet(contextKey(THREAD), null, { v: 1, concepts: [], offer: ['kubernetes', 'node'], at: Date.now() }, 60_000);
    return { bot, log };
  }

  it('takes a number, the title typed, or the button, and counts which rank was taken', async () => {
    const { bot, log } = await offered();
    expect(first(await bot.handle(say('2'))).concept).toBe('node');
    expect(first(await bot.handle(say('the first one'))).concept).toBe('kubernetes');
    expect(first(await bot.handle(say('Nodes'))).concept).toBe('node');
    expect(first(await bot.handle(act({ type: 'action', action: { type: 'topic', concept: 'kubernetes' } }))).concept).toBe('kubernetes');
    await flush();
    const taken = log.events.filter((e) => e.kind === 'offer-taken');
    expect(taken.map((e) => (e.kind === 'offer-taken' ? `${e.concept}#${e.rank}` : ''))).toEqual(['node#2', 'kubernetes#1', 'node#2', 'kubernetes#1']);
  });

  it('takes a pick by part of a title, or "the last one", while the list is the thread\'s last offer', async () => {
    const store = new MemoryStore();
    const bot = createBot({ kb: realKb(), store, logger: memoryLogger() });
    await store.compareAndSet(contextKey(THREAD), null, { v: 1, concepts: [], offer: ['docker-compose', 'docker-swarm', 'kubernetes'], at: Date.now() }, 60_000);
    expect(first(await bot.handle(say('the compose one'))).concept).toBe('docker-compose');
    expect(first(await bot.handle(say('the last one'))).concept).toBe('kubernetes');
    // "docker" names two of them: not a pick, an ordinary question.
    expect(first(await bot.handle(say('docker'))).concept).toBe('docker');
  });

  it('takes a pick behind a word of assent ("yeah the first one"), and picks from the nearest topics shown beside an outside term', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('scaling'))).kind).toBe('clarify');
    expect(first(await bot.handle(say('yeah the first one'))).concept).toBe('autoscaling');
    expect(first(await bot.handle(say('what is a restart policy'))).kind).toBe('outside');
    expect(first(await bot.handle(say('the kubelet one'))).concept).toBe('kubelet');
    expect(first(await bot.handle(say('what is a restart policy'))).kind).toBe('outside');
    expect(first(await bot.handle(say('1'))).concept).toBe('self-healing');
  });

  it('takes a number written as a word or an ordinal ("two", "2nd", "option one")', async () => {
    const { bot } = await offered();
    expect(first(await bot.handle(say('two'))).concept).toBe('node');
    expect(first(await bot.handle(say('the 1st one'))).concept).toBe('kubernetes');
    expect(first(await bot.handle(say('2nd'))).concept).toBe('node');
    expect(first(await bot.handle(say('option one'))).concept).toBe('kubernetes');
  });

  it('reads a bare number with no list open as the last answer, the only thing it can point at', async () => {
    const { bot } = testBot();
    expect(first(await bot.handle(say('what is etcd'))).concept).toBe('etcd');
    expect(first(await bot.handle(say('1'))).concept).toBe('etcd');
    expect(first(await bot.handle(say('2'))).concept).toBe('etcd');
    // After a comparison, a number, "the first one please" or "the 2nd" is one of its sides.
    expect(first(await bot.handle(say('docker vs kubernetes'))).concept).toBe('docker-vs-kubernetes');
    expect(first(await bot.handle(say('the first one please'))).concept).toBe('docker');
    expect(first(await bot.handle(say('docker vs kubernetes'))).concept).toBe('docker-vs-kubernetes');
    expect(first(await bot.handle(say('2'))).concept).toBe('kubernetes');
    expect(first(await bot.handle(say('docker vs kubernetes'))).concept).toBe('docker-vs-kubernetes');
    expect(first(await bot.handle(say('and the 2nd?'))).concept).toBe('kubernetes');
  });

  it('says which numbers there were when the number is not one of them', async () => {
    const { bot } = await offered();
    const reply = first(await bot.handle(say('4')));
    expect(reply.code).toBe('bad-answer');
    expect(reply.body).toMatch(/1 to 2/);
  });

  it('remembers a real "did you mean" as the offer, so "1" answers it with its first candidate', async () => {
    const { bot } = testBot();
    const clarify = first(await bot.handle(say('scaling')));
    expect(clarify.kind).toBe('clarify');
    const firstChoice = clarify.choices?.[0]?.action;
    expect(first(await bot.handle(say('1'))).concept).toBe(firstChoice?.type === 'topic' ? firstChoice.concept : 'a topic button');
  });
});
