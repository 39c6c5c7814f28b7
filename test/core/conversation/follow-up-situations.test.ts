import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from '../../../src/core/conversation/follow-up.js';
import { kb, read } from './read-follow-up.js';
import { withStatement } from '../../../src/core/conversation/follow-up-shape.js';
import { adviceFromFacts } from '../../../src/core/conversation/situation-facts.js';
import { kbWithTestChecklist, twoArticleKb } from '../../helpers/kb.js';

describe('reading a follow-up against the last answer: situations, advice and their counterparts', () => {
  it('keeps a situation put to the last answer ("what if …", "suppose …") on it when its page is where that case is told', () => {
    expect(read('etcd', 'suppose one of its members crashes?')).toBe('etcd');
    expect(read('raft', 'and if three of the managers die?')).toBe('raft');
    expect(read('scheduler', 'and if every machine is full?')).toBe('scheduler');
    expect(read('kubelet', 'what happens when it stops on a node?')).toBe('kubelet');
    // A page the case reaches on its own, beside the last answer, tells it: a crashed container is self-healing's case.
    // A fresh question for the lookup, which answers it with self-healing.
    expect(read('kubelet', 'what happens if a container crashes?')).toBeUndefined();
    const own = kb.lookup('what happens if a container crashes?');
    expect(own.status === 'answer' ? own.concept.id : own.status).toBe('self-healing');
    // A word keying one neighbour, which the last page barely uses, makes the case that neighbour's.
    expect(read('docker-limits', 'and what happens once people cover that gap with shell scripts?')).toBe('mistake-docker-beyond-limits');
    // "manage" fits anything: that Swarm's page speaks of managers does not make it a second neighbour keyed by the case.
    expect(read('docker-limits', 'and if we just managed everything with a few bash scripts?')).toBe('mistake-docker-beyond-limits');
    expect(read('docker-limits', 'what if we manage it all with scripts?')).toBe('mistake-docker-beyond-limits');
    // A what-if naming its own subject beyond the last answer's neighbours is a question of its own.
    expect(read('docker-swarm', 'what if we need autoscaling?')).toBeUndefined();
    expect(read('docker-compose', 'what if we need rolling updates?')).toBeUndefined();
    expect(read('when-docker-is-enough', 'what if we need rbac?')).toBeUndefined();
  });

  it('answers a fact that argues against the advice just given with the page of that fact, not with the advice', () => {
    expect(read('when-docker-is-enough', 'our traffic is spiky')).toBe('autoscaling');
    expect(read('when-docker-is-enough', 'what happens when traffic spikes?')).toBe('autoscaling');
    // A fact on the advice's own side stays on it.
    expect(read('when-docker-is-enough', 'and we have one server and steady traffic')).toBe('when-docker-is-enough');
  });

  it('reads "what about when <situation>?" after advice by the verdict the situation leans to, a count\'s thing being no subject of its own', () => {
    expect(read('when-docker-is-enough', 'what about when we run 30 services across 6 machines?')).toBe('when-kubernetes-is-worth-it');
    expect(read('when-kubernetes-is-worth-it', 'how about when it all sits on a single host with two services')).toBe('when-docker-is-enough');
    // One fact leaning nowhere, naming the thing it counts: no advice, and never that one fact's tool page.
    expect(read('when-kubernetes-is-worth-it', 'what if we only had two services?')).not.toBe('docker-compose');
    expect(read('when-kubernetes-is-worth-it', 'only two services though')).not.toBe('docker-compose');
  });

  it('puts a fact told after advice ("and we run twelve servers") to that advice, or to the verdict it clearly leans to', () => {
    expect(read('when-kubernetes-is-worth-it', 'and we run twelve servers')).toBe('when-kubernetes-is-worth-it');
    expect(read('when-kubernetes-is-worth-it', 'how about if our traffic is really spiky?')).toBe('when-kubernetes-is-worth-it');
    expect(read('when-kubernetes-is-worth-it', 'we only have one server though')).toBe('when-docker-is-enough');
  });

  it('keys a neighbour by a word of its own names and keywords, not by a word of another part\'s name it lists', () => {
    // "server" is a word of "API server", a keyword of the control plane naming another part; "only" a piece of "read-only".
    expect(read('kubernetes', 'and what if there is just the one server?')).not.toBe('control-plane');
    expect(read('registry', 'what if there is just the one server?')).not.toBe('image');
    // A word of a keyword of the neighbour's own still keys it: one server is Compose's case after Swarm.
    expect(read('docker-swarm', 'and if we only ever have one server?')).toBe('docker-compose');
  });

  it('reads "what if <situation>?" after a thing a decision is about by the verdict the situation leans to', () => {
    expect(read('kubernetes', 'and what if we only had a single server?')).toBe('when-docker-is-enough');
    expect(read('kubernetes', 'suppose we run everything on one box')).toBe('when-docker-is-enough');
    expect(read('docker', 'what if we grow to twenty servers?')).toBe('when-kubernetes-is-worth-it');
    // A situation naming a thing of its own is about that thing.
    expect(read('kubernetes', 'what if a node dies?')).not.toBe('when-docker-is-enough');
  });

  it('reads "what if <situation>?" after a verdict\'s page by the verdict the situation leans to', () => {
    // Leaning nowhere clearly: the advice page itself, which weighs that fact.
    expect(read('when-kubernetes-is-worth-it', 'and what if our traffic is bursty?')).toBe('when-kubernetes-is-worth-it');
    expect(read('when-docker-is-enough', 'what if we grow to ten servers?')).toBe('when-kubernetes-is-worth-it');
    // A situation naming a thing of its own is about that thing.
    expect(read('when-docker-is-enough', 'what if a node dies?')).not.toBe('when-kubernetes-is-worth-it');
  });

  it('turns a negated follow-up to the counterpart of the last answer', () => {
    expect(read('when-kubernetes-is-worth-it', "and when isn't it?")).toBe('when-docker-is-enough');
  });

  it('reads a question of need as one about whether the thing is worth it', () => {
    expect(['when-kubernetes-is-worth-it', 'mistake-kubernetes-too-early', 'when-docker-is-enough', 'kubernetes-costs']).toContain(read('kubernetes', 'do we really need it?'));
  });

  it('turns a follow-up negating the last answer\'s own words to its counterpart', () => {
    expect(read('when-docker-is-enough', 'and when is it not enough?')).toBe('when-kubernetes-is-worth-it');
  });

  it('reads "and if none of that applies?" after a page of conditions as its counterpart page', () => {
    expect(read('when-kubernetes-is-worth-it', 'what if none of this fits us?')).toBe('when-docker-is-enough');
    expect(read('when-docker-is-enough', 'and if none of those is true for us?')).toBe('when-kubernetes-is-worth-it');
  });

  it('reads facts then a closing "would that qualify?" as asking whether they are a case of the last answer', () => {
    expect(read('when-kubernetes-is-worth-it', 'we run 30 services across 6 machines, is that enough?')).toBe('when-kubernetes-is-worth-it');
    expect(read('when-docker-is-enough', 'two apps and one small vps, so we are good, right?')).toBe('when-docker-is-enough');
    expect(read('when-docker-is-enough', 'two apps on one vps and a nightly deploy, would that qualify?')).toBe('when-docker-is-enough');
    // A question first is no statement of facts.
    expect(read('etcd', 'what is a pod, is it like a container?')).not.toBe('etcd');
    // Facts with a page of their own are what the check is about.
    expect(read('pod', 'we use docker swarm, is that bad?')).toBe('docker-swarm');
    expect(read('kubernetes', 'we deploy with bash scripts over ssh, is that ok?')).toBe('mistake-docker-beyond-limits');
    expect(read('etcd', 'our deploy scripts keep breaking, is that normal?')).toBe('mistake-docker-beyond-limits');
    expect(read('pod', 'we run 40 microservices with their own release cycles, does that count?')).toBe('when-kubernetes-is-worth-it');
    // Facts that, read with the last page's name, land on that page are a case of it, whatever their few words reach alone.
    expect(read('mistake-kubernetes-too-early', 'we are four developers, does that apply to us?')).toBe('mistake-kubernetes-too-early');
  });

  it('keeps "so that\'s like a container?" on the last answer: a statement asked as a question, with the pronoun as its subject', () => {
    expect(read('pod', "so that's like a container?")).toBe('pod');
    // "its" is also the possessive: "its control plane, …" is about the control plane.
    expect(read('kubernetes', 'its control plane, what runs there?')).toBe('control-plane');
  });

  it('reads "my own" and a "that" after a negated verb as pointing back', () => {
    expect(read('registry', 'can I host my own?')).toBe('registry');
    expect(read('simplest-tool', "isn't that just being lazy?")).toBe('simplest-tool');
    // A "that" ending the message has no clause after it: a pronoun.
    expect(read('image', 'so where would I keep that?')).toBe('registry');
  });

  it('reads only whether-questions after a statement as advice for that situation, not a how-to ("how do we …")', () => {
    const said = ['team', 'three', 'developer', 'one', 'small', 'app'];
    /** What the bot answers: the follow-up's reading, else the question looked up as it is. */
    const answered = (text: string): string | undefined => {
      const found = kb.lookup(text);
      const own = found.status === 'answer' ? found.concept : undefined;
      return (resolveFollowUp(kb, text, ['when-kubernetes-is-worth-it'], own, [], said)?.concept ?? own)?.id;
    };
    expect(answered('how do we store images?')).toBe('registry');
    expect(answered('can we roll back?')).toBe('rolling-update');
    expect(answered('is kubernetes overkill for us?')).toBe('mistake-kubernetes-too-early');
  });

  it('answers advice after a described situation with the verdict page its facts lean to', () => {
    const advice = (said: string[], text: string): string | undefined => resolveFollowUp(kb, text, ['autoscaling'], undefined, [], said)?.concept.id;
    expect(advice(['30', 'machine', 'traffic', 'bursty'], 'would we need kubernetes?')).toBe('when-kubernetes-is-worth-it');
    expect(advice(['everything', 'single', 'vps'], 'should we go for kubernetes?')).toBe('when-docker-is-enough');
    // The bot's own advice asked outright is advice all the same.
    expect(advice(['30', 'machine', 'traffic', 'bursty'], 'so would you advise it?')).toBe('when-kubernetes-is-worth-it');
  });

  it('advises from the checklist about the thread\'s topic when a second checklist of the article leans elsewhere', () => {
    const two = kbWithTestChecklist();
    // One server, few services, outages fine, steady traffic: the shipped checklist leans to Docker alone; the test
    // checklist (Compose or Swarm?, offered on Swarm) is told of several machines and leans to Swarm.
    const situation = {
      'docker-vs-kubernetes/hosts': 'one',
      'docker-vs-kubernetes/services': 'few',
      'docker-vs-kubernetes/downtime': 'acceptable',
      'docker-vs-kubernetes/traffic': 'steady',
      'swarm-or-compose/machines': 'more',
    };
    const advice = (on: string): string | undefined => adviceFromFacts(two, 'so what now', { situation, on: two.concept(on) })?.id;
    expect(advice('when-docker-is-enough')).toBe('when-docker-is-enough');
    expect(advice('docker-swarm')).toBe('docker-swarm');
    // A topic neither checklist is offered on: the article's default checklist advises.
    expect(advice('etcd')).toBe('when-docker-is-enough');
  });

  it('advises after a statement from the checklists of the article the thread is on, not every article\'s', () => {
    const two = twoArticleKb();
    const said = 'we are one team and we ship everything in one go, one server too'.split(' ');
    const asked = 'what should we do?';
    const after = (last: string): string | undefined => withStatement(two, asked, two.lookup(asked), said, {}, two.concept(last))?.concept.id;
    expect(after('monolith')).toBe('modular-monolith');
    expect(after('docker')).toBe('when-docker-is-enough');
  });
});
