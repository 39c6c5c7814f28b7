import { describe, expect, it } from 'vitest';
import { realKb, SHIPPED_ARTICLE } from '../../helpers/kb.js';

// Shapes of question that wrap the subject in other words: what the asker already knows, the story of
// their situation, a slip in a name, a word about who is asking or how to answer. Every phrasing here
// was made up for this file.
const kb = realKb();
const idOf = (q: string): string => {
  const r = kb.lookup(q);
  return r.status === 'answer' ? r.concept.id : r.status === 'outside' ? `outside:${r.term.id}` : r.status;
};

describe('question shapes', () => {
  it('reads a question wrapped in a request ("could anyone explain …") as if asked plainly', () => {
    // The request's own words ("anyone", "role" beside "explain") never pick a concept.
    expect(idOf('could someone explain pods')).toBe('pod');
    expect(idOf('could anyone explain the role of a registry')).toBe('registry');
    expect(idOf('kindly explain what etcd stores')).toBe('etcd');
    expect(idOf("i'm trying to understand what an image holds")).toBe('image');
    expect(idOf('would it be fair to say the kubelet looks after the pods on its node')).toBe('kubelet');
    // Asked as politely as one asks a colleague, with no question word at all.
    expect(idOf('would you mind explaining the scheduler')).toBe('scheduler');
    expect(idOf('any chance you could describe what raft is for')).toBe('raft');
    expect(idOf('would you mind telling me what a pod is')).toBe('pod');
    expect(idOf('would you mind walking me through the scheduler')).toBe('scheduler');
    // With the wrapper gone, "setting up" is installing, which no page covers: never "up" as in scaling up.
    expect(idOf('could you walk me through setting up a cluster')).toBe('unknown');
    expect(idOf('could you walk me through how the scheduler picks a node')).toBe('scheduler');
    expect(idOf('setting up a cluster autoscaler')).toBe('autoscaling');
  });

  it('reads "ctr", as people shorten it in a search box, as a container', () => {
    expect(idOf('what is a ctr')).toBe('container');
    expect(idOf('one compose file for several ctrs')).toBe('docker-compose');
  });

  it('weighs a story told before the question less than the question that names what it asks', () => {
    // "manager" of the story is no controller manager: the question names what it asks.
    expect(idOf("i'm a manager on the sales side and hear about k8s daily. could somebody explain what kubernetes is?")).toBe('kubernetes');
    // A question that leans on the story ("is that normal?") still asks about what the story says.
    expect(idOf('we restart the kubelet by hand on every node each night. is that normal?')).toBe('kubelet');
    expect(idOf('someone told me raft keeps swarm managers in agreement. true?')).toBe('raft');
  });

  it('reads a thing\'s shortfalls told in idioms as its downsides', () => {
    expect(idOf('at what size does plain docker run out of gas')).toBe('docker-limits');
    expect(idOf('which gaps does plain docker leave for a growing team')).toBe('docker-limits');
    expect(idOf('what does docker not do well')).toBe('docker-limits');
    // Whose shortfalls is told by the name beside them; with no name of ours they are no tool's.
    expect(idOf('where does kubernetes run out of gas')).toBe('kubernetes-costs');
    expect(idOf('what are the gaps in our alerting')).not.toBe('docker-limits');
    // The gap between what was declared and what runs is no shortfall.
    expect(idOf('what are the gaps between what i declared and what actually runs')).not.toBe('docker-limits');
  });

  it('reads "do we still need X if we use Y" as whether X stays beside Y, not whether to adopt X', () => {
    expect(idOf('does one still need docker if the cluster uses containerd and kubernetes')).toBe('how-they-work-together');
    // No condition naming something of ours: the question is about X itself.
    expect(idOf('do we still need a registry')).toBe('registry');
    expect(idOf('does a team still need a registry when it builds in ci')).toBe('registry');
  });

  it('leaves out a hyphenated role saying who asks ("on-call:"), as any other job title', async () => {
    const { loadContent } = await import('../../../src/core/content/load-content.js');
    const { buildLookupIndex } = await import('../../../src/core/lookup/lookup-index.js');
    const { withoutAsker } = await import('../../../src/core/lookup/asker-label.js');
    const loaded = loadContent({ dir: SHIPPED_ARTICLE });
    if (!loaded.ok) throw new Error('content does not load');
    const index = buildLookupIndex(loaded.value.concepts);
    expect(withoutAsker(index, 'on-call: is a pod restart normal').trim()).toBe('is a pod restart normal');
    expect(withoutAsker(index, 'co-founder here: what does it cost').trim()).toBe('what does it cost');
    // A hyphenated name of ours before the colon is the subject, not who asks.
    expect(withoutAsker(index, 'kube-proxy: what does it do')).toBe('kube-proxy: what does it do');
    expect(idOf('on-call here: what does etcd hold')).toBe('etcd');
  });

  it('reads one question asked word for word of two names as comparing them', () => {
    expect(idOf('what job does docker do, and what job does kubernetes do?')).toBe('docker-vs-kubernetes');
    expect(idOf('what does docker handle vs what does kubernetes handle')).toBe('docker-vs-kubernetes');
    // No page compares the two: the question is read as before.
    expect(idOf('what does a pod hold and what does a node hold')).toBe('pod');
  });

  it('answers the question after a "but", not what the asker says they already know', () => {
    expect(idOf('pods make sense to me now, but what is a kubelet?')).toBe('kubelet');
    // No question word after the "but": the whole is read as before.
    expect(idOf('in k8s the unit you deploy is not a bare container but a wrapper around one')).toBe('pod');
  });

  it('keeps what "it", "one" or "the limits" after a "but" stand for, named before it', () => {
    expect(idOf('rolling updates sound nice but what if one fails?')).toBe('rolling-update');
    expect(idOf('self healing is cool but what are the limits?')).toBe('self-healing');
    expect(idOf('we like docker compose but how do we scale it?')).toBe('docker-compose');
    expect(idOf('the control plane is managed by aws but what do we still have to run?')).toBe('control-plane');
  });

  it('reads a situation told in sentences, then a question, as that question about the names it used', () => {
    expect(idOf('we build a recipe site with two coders and an intern, and the cto is keen on kubernetes. would running it be pricey? ta')).toBe(
      'kubernetes-costs',
    );
    // The question alone when the situation names nothing of ours.
    expect(idOf('I am preparing for an interview at a bank. what is etcd used for?')).toBe('etcd');
    // A question about something else after a sentence naming ours stays unknown.
    expect(idOf('we deploy with docker every day. how often should I water a cactus?')).toBe('unknown');
  });

  it('answers about the thing when a question asks which whole or place it belongs to', () => {
    expect(idOf('is kube-proxy really a piece of the worker node?')).toBe('kube-proxy');
    expect(idOf('would you count the controller manager among the control plane parts')).toBe('controller-manager');
    expect(idOf('etcd belongs to the control plane, right?')).toBe('etcd');
    expect(idOf('is the kubelet living on the control plane')).toBe('kubelet');
    expect(idOf('kubelt - where does it run, masters or workers?')).toBe('kubelet');
    expect(idOf('is self healing one of the reasons teams pick k8s')).toBe('self-healing');
  });

  it('answers a closing "what is it" about the thing named last before it', () => {
    expect(idOf('the tutorial keeps mentioning the kubelet on every page. what is it exactly?')).toBe('kubelet');
    expect(idOf('our architect drew docker, then swarm, then raft on the board - what does that mean for us')).toBe('raft');
    // A term we do not cover named last is still that term.
    expect(idOf('somebody set up a pod disruption budget. what does it do?')).toBe('outside:pdb');
    // After a comma the words before describe the thing rather than name it, and are read as such.
    expect(idOf('the command line program that talks to the docker daemon, what is it')).toBe('docker-client');
  });

  it('answers a question that offers its answers to choose from with one of them, or with any when it leaves the choice open', () => {
    expect(idOf('what stores the cluster state, etcd or the api server?')).toBe('etcd');
    expect(idOf('who picks a node for a new pod? the kubelet or the scheduler?')).toBe('scheduler');
    expect(idOf('which part of the control plane stores the state? the scheduler? something else?')).toBe('etcd');
    // Offered after a colon or a dash, as quick chat sets them apart.
    expect(idOf('what keeps the cluster state: the api server or etcd?')).toBe('etcd');
    expect(idOf('who picks a node for a new pod - the kubelet or the scheduler?')).toBe('scheduler');
    expect(idOf('what pulls images and starts containers on a node — the kubelet or the runtime?')).toBe('container-runtime');
  });

  it('reads a one-word nickname ("kube") inside a longer name as the title it stands for ("when is kubernetes worth it")', () => {
    expect(idOf('when is kube worth it')).toBe('when-kubernetes-is-worth-it');
    expect(idOf('is it time we moved to kube')).toBe('when-kubernetes-is-worth-it');
    // Two names sharing a word ("adopt k8s", "k8s too early") are two things named, the shared word starting the second.
    expect(idOf('adopting kube too early, whats the danger')).toBe('mistake-kubernetes-too-early');
  });

  it('reads a closing "what\'s a pod?" as asking what that name is, typed with an apostrophe or without', () => {
    expect(idOf('if a container is a running process, then what\'s the image?')).toBe('image');
    expect(idOf('the docs keep saying the pod got evicted, so what\'s a pod exactly?')).toBe('pod');
    expect(idOf('the docs keep saying the pod got evicted, so whats a pod exactly?')).toBe('pod');
  });

  it('reads a closing clause that names a tool but points back ("which docker tool does that?") as asking about what was described', () => {
    expect(idOf('several services described together in one yaml on my laptop: which docker tool handles that?')).toBe('docker-compose');
  });

  it('reads how many parts a whole can hold as a question about the whole', () => {
    expect(idOf('roughly how many pods can a single node run?')).toBe('node');
    expect(idOf('how many worker nodes could one kubernetes cluster support')).toBe('kubernetes');
  });

  it("answers about the thing when a question asks its role or place in a whole, or where it fits among other parts", () => {
    // The whole is named in full too ("control plane"), and would win as a last clause read alone.
    expect(idOf('what is the role of etcd in the control plane')).toBe('etcd');
    expect(idOf('etcd role in the control plane')).toBe('etcd');
    expect(idOf('for my notes, where does the kubelet fit among the node parts?')).toBe('kubelet');
    // A person's role is no thing of ours.
    expect(idOf("what's my role on the platform team")).not.toBe('etcd');
  });

  it('leaves "x is part of y" alone when it is a condition or a question of its own follows', () => {
    expect(idOf('when the scheduler is part of the control plane, who restarts it after a crash')).not.toBe('scheduler');
    // A reason is setting too, as a condition is (read-question.ts: REASON_WORDS).
    expect(idOf('since the scheduler is part of the control plane, who restarts it after a crash')).not.toBe('scheduler');
  });

  it('leaves "x is part of / among y" alone when y is a reason or a set of things done, not a thing', () => {
    expect(idOf('is the kubelet part of why people find kubernetes hard?')).toBe('kubernetes-costs');
    expect(idOf('are services among the things kubernetes heals by itself')).toBe('self-healing');
  });

  it('takes a start-here page as the whole counted only in place of an answer about the parts', () => {
    // "how many servers can docker handle" asks where Docker stops, which the whole question already finds.
    expect(idOf('how many servers can plain docker handle')).toBe('docker-limits');
  });

  it('leaves "how many x can y hold" to the rest of the question when it says where or what for', () => {
    expect(idOf('how many pods can kubernetes run on one node')).toBe('node');
    expect(idOf('how many containers can docker handle on a single host')).toBe('docker-limits');
    expect(idOf('how many nodes should a swarm have for fault tolerance')).toBe('raft');
  });

  it('reads "what is it" as the one thing the sentence before it names, a start-here page named beside it being the setting', () => {
    expect(idOf('i keep seeing the control loop in the kubernetes docs. what is it')).toBe('control-loop');
    // Two things named: the ranking says which, not the one named last.
    expect(idOf('the docker client cannot reach the daemon. what does that mean')).toBe('docker-client');
  });

  it('reads a claim put up to be checked as a question about the thing it names first', () => {
    // The claim's other words ("cost", "vm") would pick another page.
    expect(idOf('would it be fair to say the scheduler is just a cost we pay for kubernetes?')).toBe('scheduler');
    expect(idOf('the control plane is basically one big vm?')).toBe('control-plane');
    // Asked as a question, the thing right after "is": the other things named are what it is compared with or put beside.
    expect(idOf('is kube-proxy a load balancer in front of services?')).toBe('kube-proxy');
    expect(idOf('is the api server on every worker, or with the scheduler and etcd?')).toBe('api-server');
  });

  it('leaves a claim about a start-here page, one that asks a question of its own or one naming what we do not cover, to the whole question', () => {
    expect(idOf('is it fair to say docker is fine for local development?')).not.toBe('docker');
    expect(idOf('the scheduler is slow on big clusters, why?')).not.toBe('scheduler');
    // A term we do not cover, or a word we have never seen, in what the claim says is its subject, as in any question.
    expect(idOf('a pod is just a helm release?')).toBe('outside:helm-chart');
    expect(idOf('etcd is slower than consul?')).toBe('unknown');
  });

  it('reads a claim someone holds ("my lead says …") as the claim, the person left out', () => {
    expect(idOf('my lead says etcd is just a cache, is that right')).toBe('etcd');
    expect(idOf('our architect keeps saying that pods are basically vms')).toBe('pod');
    // A machine that "says" something is no person: the swarm manager stays a swarm manager.
    expect(idOf('the swarm manager says raft lost quorum')).toBe('raft');
  });

  it('does not answer when a thing was made, by whom, or how old it is: no page tells its history', () => {
    expect(idOf('how old is kubernetes')).toBe('unknown');
    expect(idOf('who invented docker')).toBe('unknown');
    expect(idOf('what year did kubernetes come out')).toBe('unknown');
    // The age of things inside a cluster is not history.
    expect(idOf('how old are pods in a rolling update')).toBe('rolling-update');
  });

  it('reads a claim put up to be judged ("true or false: …") as the claim', () => {
    expect(idOf('true or false: the scheduler is part of the control plane')).toBe('scheduler');
    expect(idOf('myth or fact - etcd belongs to the control plane')).toBe('etcd');
  });

  it('corrects a slip to the word that keeps its first letter when two are as close', () => {
    // "nodeaffinity" is one edit away too.
    expect(idOf('how does podeaffinity work')).toBe('outside:pod-affinity');
  });

  it('reads a comparison with a slip in "difference" or "between" as a comparison', () => {
    expect(idOf('whats the actual diffrence betwen docker and k8s')).toBe('docker-vs-kubernetes');
  });

  it('takes a short unseen word for a subject, not for two words run together', () => {
    expect(idOf('is okta down again')).toBe('unknown');
    expect(idOf('do pods talk to eachother')).not.toBe('unknown');
  });

  it('takes an adverb saying how to answer as chat, not as an unseen subject', () => {
    expect(idOf('explain etcd intuitively')).toBe('etcd');
    expect(idOf('what does the kubelet do, roughly')).toBe('kubelet');
    expect(idOf('how does raft work, technically')).toBe('raft');
  });

  it('weighs the question word: "who" asks for a component, like the questions people ask about it', () => {
    // Self-healing and the kubelet explain these words equally; the kubelet's questions ask "who".
    expect(idOf('who restarts the containers of a pod on a node')).toBe('kubelet');
  });

  it('takes words for who is asking as chat', () => {
    expect(idOf('the scheduler, explained for an intern')).toBe('scheduler');
    expect(idOf('self healing for a total beginner')).toBe('self-healing');
  });

  it('reads "x in docker vs kubernetes" as a question about x, compared across the two', () => {
    expect(idOf('rolling updates in swarm vs kubernetes')).toBe('rolling-update');
    expect(idOf('self healing on docker vs kubernetes')).toBe('self-healing');
    expect(idOf('docker vs kubernetes')).toBe('docker-vs-kubernetes');
  });

  it('takes "all", "whole" and "entire" as saying how much, not what about', () => {
    expect(idOf('where is the state of the entire cluster held')).toBe('etcd');
  });

  it('reads "is x a this or a that" as a question about x, not a comparison', () => {
    expect(idOf('is a pod a container or a group of them?')).toBe('pod');
    expect(idOf('is kubernetes a platform or just a scheduler?')).toBe('kubernetes');
  });

  it('reads a command quoted in backticks before a question that is only a name as a paste', () => {
    expect(idOf('`kubectl rollout undo` — hm, what is a pod')).toBe('pod');
  });

  it('reads a condition after "if" as the setting of the question asked before it', () => {
    expect(idOf('do we need etcd backups if the control plane is managed by our cloud')).toBe('etcd');
    expect(idOf('is a service needed if pods talk to each other directly')).toBe('service');
  });

  it('keeps the condition when the part before "if" only names Docker or Kubernetes: the condition is the advice asked', () => {
    expect(idOf('should I use docker if I only have one server')).toBe('when-docker-is-enough');
    expect(idOf('should I use kubernetes if we only have three services')).toBe('when-docker-is-enough');
  });

  it('reads "flow" of a deploy as the workflow, and traffic flow as traffic', () => {
    expect(idOf('what is the deploy flow with docker and kubernetes')).toBe('how-they-work-together');
    expect(idOf('how does network traffic flow inside a node')).toBe('kube-proxy');
  });

  it('leaves out what the asker says they already know', () => {
    expect(idOf('what else runs on a node, I know the kubelet')).toBe('node');
    expect(idOf('which components does docker have, I understand images already')).toBe('docker');
  });

  it('takes an interview as the occasion of the question and "why it matters" as asking why', () => {
    expect(idOf('give me etcd the way I would put it to an interviewer')).toBe('etcd');
    expect(idOf('kube-proxy, for interviews, plus why it matters')).toBe('kube-proxy');
  });

  it('answers a claim about x followed by another guess at it ("…, or rather …", "…, or is it …") with x', () => {
    expect(idOf('is it right that the kubelet is part of the control plane, or is it rather a node agent?')).toBe('kubelet');
    expect(idOf('would it be fair to say that a pod is a container, or rather a wrapper around containers?')).toBe('pod');
    // Two things compared stay a comparison.
    expect(idOf('is a pod a container or a node?')).toBe('pod');
  });

  it('reads "x or something else" as one guess left open, not a comparison: the whole question says which', () => {
    expect(idOf('does the scheduler place containers or some other unit')).toBe('scheduler');
    expect(idOf('is etcd a database or something else')).toBe('etcd');
  });

  it('reads "my manager" who thinks, says or asks as a person, and a question they asked as the question', () => {
    expect(idOf('how do I explain etcd to my manager')).toBe('etcd');
    expect(idOf('my manager asked what a pod is')).toBe('pod');
    expect(idOf('how do i explain pods to my manager')).toBe('pod');
    expect(idOf('my manager keeps saying we should move everything to the cloud')).toBe('unknown');
    // "asked me what …" reports a question; it does not ask for something ("asks for a new pod").
    expect(idOf('they asked me what a pod is in the interview')).toBe('pod');
    // Whoever asked, named by any word after "my" or "our", is a person too.
    expect(idOf('my supervisor asked me what the control plane is')).toBe('control-plane');
    expect(idOf('our teamlead asked what etcd does')).toBe('etcd');
    expect(idOf('our cto keeps telling everyone we should be on kubernetes')).toBe('unknown');
    // The machines are still ours.
    expect(idOf('how many manager nodes should a swarm have')).toBe('docker-swarm');
    expect(idOf('our managers lost quorum, what now')).toBe('raft');
  });

  it('reads "isn\'t x just a y" as a question about x, or about the page comparing the two when there is one', () => {
    expect(idOf('are images just zip files')).toBe('image');
    expect(idOf("isn't compose just a script runner")).toBe('docker-compose');
    expect(idOf("isn't kubernetes simply a bigger docker")).toBe('docker-vs-kubernetes');
    // Not a thing named before "just": the whole question.
    expect(idOf('is kubernetes really worth it for three services')).toBe('when-kubernetes-is-worth-it');
    expect(idOf('is it just me or is the scheduler slow')).toBe('scheduler');
    // "just for", "just used by": what it is for, not what it is.
    expect(idOf('is docker just for devs')).toBe('docker-use-cases');
  });

  it('reads "which control plane component" or "what part of docker" as asking for a part: the whole, when one of its parts is found', () => {
    expect(idOf('which control plane component stores the cluster state')).toBe('etcd');
    expect(idOf('which part of the control plane stores state')).toBe('etcd');
    expect(idOf('what part of docker runs the containers')).toBe('docker-daemon');
    // Only a part answers, not a concept the other words fit better.
    expect(idOf('what node component forwards service traffic to pods')).toBe('kube-proxy');
    expect(idOf('what is the control plane')).toBe('control-plane');
    // A whole with no part found that could answer stays the answer.
    expect(idOf('which part of compose reads the yaml')).toBe('docker-compose');
    expect(idOf('which bit of compose handles networks')).toBe('docker-compose');
    expect(idOf('which layer of the image holds my code')).toBe('image');
    expect(idOf('which part of the registry stores layers')).toBe('registry');
  });

  it('reads "which component on / in x" as "which part of x": the place a part sits in is its whole', () => {
    expect(idOf('what process inside the control plane stores the cluster state')).toBe('etcd');
    expect(idOf('which component on a node keeps pods alive')).toBe('kubelet');
  });

  it('answers "which component on x" as a part of x only with a part x\'s page lists, else reads x as the setting', () => {
    // The control plane is what the node's agent talks to, not a part of the node: read as typed, the API server's page.
    expect(idOf('what component on the node talks to the api server')).toBe('api-server');
    expect(idOf('which component on the control plane stores state')).toBe('etcd');
    // Read as a part, it finds the containers; the node lists one part named after them.
    expect(idOf('which component on node runs containers?')).toBe('container-runtime');
  });

  it('never takes the verb after "part of the cluster" into the name of the whole ("cluster store" is etcd)', () => {
    expect(idOf('which part of the cluster stores the state')).toBe('etcd');
    expect(idOf('what part of the cluster stores all the objects')).toBe('etcd');
  });

  it('takes every page as a part of a start-here whole ("which part of k8s"), not only the pages it links to', () => {
    expect(idOf('which part of k8s handles access control')).toBe('rbac');
    expect(idOf('which component of kubernetes decides where pods go')).toBe('scheduler');
    expect(idOf('what part of docker runs the containers')).toBe('docker-daemon');
  });

  it('answers "which part of kubernetes" with the page that does it, not a page the kubernetes page merely points to', () => {
    expect(idOf('which part of kubernetes controls permissions?')).toBe('rbac');
    expect(idOf('which part of k8s handles permissions')).toBe('rbac');
    expect(idOf('which node component forwards service traffic to pods')).toBe('kube-proxy');
  });

  it('reads an everyday "permitted" or "old version" as part of a question about something else, not as permissions or rollouts', () => {
    expect(idOf('is the old version of docker compose still maintained')).toBe('docker-compose');
    expect(idOf('are we permitted to use docker swarm in prod')).toBe('docker-swarm');
    // Who may do something is still permissions.
    expect(idOf('who is permitted to delete pods in the cluster')).toBe('rbac');
  });

  it('answers a docker command asked about by name with the Docker client, and what that command lists with its page', () => {
    expect(idOf('what is docker ps')).toBe('docker-client');
    expect(idOf('what does docker ps do')).toBe('docker-client');
    expect(idOf('docker ps lists some entries, what are they')).toBe('container');
  });

  it('reads "who can do what" as permissions, though every word of it is one any question uses', () => {
    expect(idOf('who can do what in kubernetes')).toBe('rbac');
    expect(idOf('how do we decide who may change what on the cluster')).toBe('rbac');
  });

  it('leaves out how the asker wants the answer put ("in plain english", "the short version")', () => {
    expect(idOf('explain etcd in plain english')).toBe('etcd');
    expect(idOf('explain the kubelet, the short version')).toBe('kubelet');
  });

  it('reads "do we need kubernetes" beside a small setting as whether docker is enough, and alone as when it is worth it', () => {
    expect(idOf('do we even need kubernetes? we are tiny')).toBe('when-docker-is-enough');
    expect(idOf('do we need kubernetes')).toBe('when-kubernetes-is-worth-it');
    // A team told by a headcount of a handful is a small team, whatever the words around it.
    expect(idOf('two devs here. need kubernetes?')).toBe('when-docker-is-enough');
    expect(idOf('we are 5 developers, do we need kubernetes?')).toBe('when-docker-is-enough');
    expect(idOf('we have two developers, how do we set up rbac for them')).toBe('rbac');
  });

  it('reads "do we need kubernetes" after a story of a team that is not small as when it is worth it', () => {
    for (const q of [
      'we have 60 engineers, do we need k8s?',
      'there are about 30 devs here, do we need kubernetes',
      'downtime costs us money every minute. do we need kubernetes?',
      'we deploy 8 services, need kubernetes?',
      'our single server is no longer enough, do we need kubernetes?',
    ]) {
      expect(idOf(q), q).toBe('when-kubernetes-is-worth-it');
    }
    for (const q of ['our setup is tiny, need k8s?', 'one vps runs it all and a bit of downtime is ok. need kubernetes?']) {
      expect(idOf(q), q).toBe('when-docker-is-enough');
    }
  });
});

describe('a question after a paste or a story foreign to us', () => {
  const kb = realKb();
  const idOf = (q: string): string => {
    const r = kb.lookup(q);
    return r.status === 'answer' ? r.concept.id : r.status === 'outside' ? `outside:${r.term.id}` : r.status;
  };

  it('answers the question closing a story told in sentences when it names what it finds in full', () => {
    expect(
      idOf('we started with one server and compose, grew to four hosts and two teams, deploys happen late so nobody sees the outage, and the holiday sale took us down. should we migrate to kubernetes now?'),
    ).toBe('when-kubernetes-is-worth-it');
    // One word of a name in a question that leans on the story ("does that mean") is read with the story.
    expect(idOf('i read about etcd yesterday. it seems cool. is that a database?')).toBe('etcd');
  });

  it('ends a sentence at a quote that ends in its own mark, and reads the question after it as it would read it alone', () => {
    expect(idOf('the ticket says "why is the scheduler slow?" is the scheduler part of the control plane?')).toBe('scheduler');
  });

  it('reads a term we do not cover, named only in the story before the question, as part of the story', () => {
    expect(idOf('we use helm for everything. what is a pod?')).toBe('pod');
    expect(idOf('our team loves argo cd. it deploys on every merge. where do built images live before a deploy?')).toBe('registry');
    // Named in the question itself, pointed back at ("it"), or set against what it names, the term is still the subject.
    expect(idOf('helm charts are great. can helm roll back a release?')).toBe('outside:helm-chart');
    expect(idOf('we use helm. how does it deploy pods?')).toBe('outside:helm');
    expect(idOf('we use podman. is docker better?')).toBe('outside:podman');
    expect(idOf('my pod is OOMKilled. why?')).toBe('outside:oomkilled');
  });

  it('reads a question after a spaced dash that names its own subject as that question, a term told before the dash its setting', () => {
    expect(idOf('our team runs nomad today — how does the kubelet start containers?')).toBe('kubelet');
    expect(idOf('we came from ecs on fargate — what does the scheduler decide?')).toBe('scheduler');
    // A question after the dash that names nothing of its own asks about what comes before it.
    expect(idOf('helm charts — should every service get its own?')).toBe('outside:helm-chart');
  });

  it('answers a last clause that names what it finds by a name of several words, whatever the story before it', () => {
    expect(idOf('pods crashed after the upgrade, what does the container runtime do')).toBe('container-runtime');
    // The story names concepts of its own in full: the clause leans on them.
    expect(idOf('the scheduler and the api server, how do they work together')).toBe('api-server');
  });

  it('answers the last clause alone when it names what it finds', () => {
    // Made up: a tool's name and a story before the comma, the question after it.
    expect(idOf('grafana dashboard went red overnight, what does etcd store')).toBe('etcd');
    expect(idOf('our wiki page on zookeeper is stale, what is etcd')).toBe('etcd');
    // The command that manages the daemon as a service names it.
    expect(idOf('systemctl restart docker, what does that restart')).toBe('docker-daemon');
  });

  it('leaves the clause to the whole when it leans on what came before or names nothing of ours', () => {
    expect(idOf('a wooden raft, what is it')).toBe('unknown');
    expect(idOf('my grandma asked about pottery, what is a kiln')).toBe('unknown');
  });
});
