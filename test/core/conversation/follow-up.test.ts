import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from '../../../src/core/conversation/follow-up.js';
import { kb, read } from './read-follow-up.js';

describe('reading a follow-up against the last answer: names and pronouns', () => {
  it('reads a pronoun that is the subject of a later clause as the thing named before it in the same message', () => {
    expect(read('etcd', 'and what is a registry, why would I run it?')).toBe('registry');
    // A name in a clause that is itself about the last answer is only a place: the pronouns still stand for the last answer.
    expect(read('etcd', 'it lives in the control plane, yes? how is it backed up?')).toBe('etcd');
    // A name inside a condition is the setting: "it" is still the last answer.
    expect(read('self-healing', 'if a pod crashes, how quickly does it react?')).toBe('self-healing');
    // A pronoun that is the object after a name is still the last answer.
    expect(read('etcd', 'does the scheduler need it?')).toBe('etcd');
  });

  it('keeps a pronoun subject on the last answer when its name put back lands on a page far from it', () => {
    // The registry's neighbours say nothing of what Kubernetes costs; the question is still about the registry.
    expect(read('registry', 'how much does it cost?')).toBe('registry');
  });

  it('reads "what if it goes down?" as a case put to the last answer, not as a page keyed "lock down"', () => {
    expect(read('control-plane', 'what happens if it goes down?')).toBe('control-plane');
  });

  it('reads "the first one", "the third thing" after a page whose bullets open on names as that item of its list', () => {
    // The node page's bullets: the kubelet, kube-proxy, the container runtime.
    expect(read('node', 'ok and the third thing, how does it work?')).toBe('container-runtime');
    expect(read('node', 'the first one, what is its job?')).toBe('kubelet');
    // A page without such a list keeps the question to the other readers.
    expect(read('etcd', 'the first one, what is its job?')).not.toBe('kubelet');
    // An ordinal that ranks ("which is the first one to fail?") points at no item.
    expect(read('control-plane', 'which is the first one to break?')).toBe('control-plane');
  });

  it('reads "the reverse?" or "and the opposite?" as the one counterpart page of the last answer', () => {
    expect(read('kubernetes-costs', 'and the opposite?')).toBe('kubernetes-use-cases');
    expect(read('when-docker-is-enough', 'what about the reverse?')).toBe('when-kubernetes-is-worth-it');
    // "the opposite of X" names a thing of its own.
    expect(read('when-docker-is-enough', 'what is the opposite of scaling out?')).not.toBe('when-kubernetes-is-worth-it');
  });

  it('reads another aspect asked of a pronoun after an aspect page as that aspect of the whole thing', () => {
    // After where Docker falls short, "it" is Docker, and where it is good is where Docker works best.
    expect(read('docker-limits', 'and where does it shine?')).toBe('docker-use-cases');
    // A thing named after the whole ("Docker daemon") is no aspect of it: asked why it is needed, it is that thing itself.
    expect(read('docker-daemon', 'and why would we need it?')).toBe('docker-daemon');
    // The other aspect asked for by its head noun after any opener ("ok, now the …"), not only after "and".
    expect(read('kubernetes-use-cases', 'ok, now the downsides')).toBe('kubernetes-costs');
    expect(read('kubernetes-costs', 'okay. now the upsides?')).toBe('kubernetes-use-cases');
  });

  it('reads "the X part" after a whole as the one page listing that word, never a page about another subject', () => {
    // "scaling" is also a word of where Docker falls short, a page about Docker: after Kubernetes it is autoscaling.
    expect(read('kubernetes', 'ok, more on the scaling bit')).toBe('autoscaling');
    expect(read('kubernetes-use-cases', 'and the scaling side of it?')).toBe('autoscaling');
    expect(read('kubernetes', 'what about the restart part?')).toBe('self-healing');
  });

  it('reads "how does that tie into X?" or "connect with X" as the last answer set against X', () => {
    expect(read('service', 'how does that tie into service discovery?')).toBe('service-discovery');
    expect(read('kubelet', 'and how does it connect with the container runtime?')).toBe('container-runtime');
  });

  it('keeps a pointer to the last answer on it when the lookup lands on the page listing it among others', () => {
    expect(read('mistake-interchangeable', 'what goes wrong when teams do that?')).toBe('mistake-interchangeable');
    // Asking for the others on that list still goes to the list.
    expect(read('mistake-kubernetes-too-early', 'any other mistakes like that?')).toBe('where-teams-go-wrong');
  });

  it('reads "those two combined" after two answers as the one page both list and that lists both back', () => {
    expect(resolveFollowUp(kb, 'and what are those two combined called?', ['scheduler', 'api-server'], undefined)?.concept.id).toBe('control-plane');
    // "work together" asks how they cooperate, not what they make up.
    expect(resolveFollowUp(kb, 'so how do they work together?', ['scheduler', 'api-server'], undefined)?.concept.id).not.toBe('control-plane');
  });

  it('reads asking for the fix of a problem page as asking for its remedy, whichever word is used', () => {
    for (const asked of ['is there a cure?', "so what's the solution?", 'and the remedy?']) expect(read('where-teams-go-wrong', asked), asked).toBe('simplest-tool');
  });

  it('settles a hesitating lookup on the one candidate beside the last answer that the message does not name', () => {
    const unsure = (last: string, text: string, candidates: string[]): string | undefined =>
      resolveFollowUp(kb, text, [last], undefined, candidates.map((id) => kb.concept(id)).filter((c) => c !== undefined))?.concept.id;
    // Raft is beside Swarm; the controller manager is not.
    expect(unsure('docker-swarm', 'how do the managers keep in step?', ['controller-manager', 'raft'])).toBe('raft');
    // The node is named, so it is the object: what places the pod is asked for (one step out, via the control plane).
    expect(unsure('api-server', 'which one places a pod on a node?', ['scheduler', 'node'])).toBe('scheduler');
    // A pronoun keeps the question on the last answer.
    expect(unsure('autoscaling', 'why would we want it', ['when-kubernetes-is-worth-it', 'kubernetes-use-cases'])).toBe('autoscaling');
    // A name that is the subject is what the question is about, not left out.
    expect(read('pod', 'what happens when a node dies')).toBe('node');
    expect(read('docker-swarm', 'what happens when a node dies')).toBe('node');
    // Mostly words the knowledge base does not use are no evidence to settle on.
    expect(unsure('docker-swarm', 'how do the orchids survive winter?', ['controller-manager', 'raft'])).toBe('docker-swarm');
  });

  it('reads "and the <thing> that …" as the neighbour that thing names best, whatever the words describing it pull toward', () => {
    expect(read('control-plane', 'and the machines doing the real work?')).toBe('node');
    expect(read('control-plane', 'and the machines that actually run our apps?')).toBe('node');
    // The everyday words for one computer stand for each other.
    expect(read('control-plane', 'and the boxes doing the real work?')).toBe('node');
    expect(read('control-plane', 'and the hosts that run the apps?')).toBe('node');
  });

  it('reads "will X …?" about a thing the last page speaks of as what follows from that page', () => {
    expect(read('oci', 'so will our existing images stop working?')).toBe('oci');
    // A question of its own about something else is still fresh.
    expect(read('oci', 'will kubernetes replace docker?')).not.toBe('oci');
  });

  it('reads whether a thing named needs the last answer ("does each node need one?") as about the last answer', () => {
    expect(read('kubelet', 'does each node need one?')).toBe('kubelet');
    expect(read('etcd', 'does the scheduler need it?')).toBe('etcd');
  });

  it('reads "even X?" or "including X?" as adding X to what was said of the last answer', () => {
    expect(read('api-server', 'including the controller manager?')).toBe('api-server');
    // Without "even", the name alone is a question about it.
    expect(read('api-server', 'and the scheduler?')).toBeUndefined();
  });

  it('takes a message that is nothing but a name as that name, whatever the leftover words suggest', () => {
    expect(read('docker-compose', 'and docker itself?')).toBe('docker');
  });

  it('keeps a name that is the object of a pronoun subject from taking the question away', () => {
    expect(read('pod', 'how many containers can it have?')).toBe('pod');
    expect(read('node', 'can it run several pods?')).toBe('node');
  });

  it('keeps a bare request ("go on", "continue") on the last answer, whatever the lookup makes of its words', () => {
    expect(read('controller-manager', 'go on')).toBe('controller-manager');
    expect(read('controller-manager', 'continue')).toBe('controller-manager');
    expect(read('raft', 'what else?')).toBe('raft');
    // A request with words of its own still goes where they point.
    expect(read('pod', 'where does it run?')).toBe('node');
  });

  it('keeps "why does it …?" on the last answer: the pronoun is the subject, and a thing named is its object', () => {
    expect(read('kubelet', 'why does it have to live on each machine?')).toBe('kubelet');
    expect(read('kubelet', 'why does it sit on each worker?')).toBe('kubelet');
    expect(read('api-server', 'why does it talk to etcd?')).toBe('api-server');
    // Without the pronoun as the subject, the names lead as before.
    expect(read('kubelet', 'why do pods need a service?')).not.toBe('kubelet');
  });

  it('keeps a yes/no question about the pronoun on the last answer, unless it asks about an aspect a neighbour is the page for', () => {
    expect(read('pod', 'does it survive a reboot of the machine?')).toBe('pod');
    expect(read('self-healing', 'does it cope with several machines?')).toBe('self-healing');
    expect(read('kubernetes', 'is it expensive?')).toBe('kubernetes-costs');
  });

  it('reads "what are its limits?" as an aspect of the last answer, not of another thing whose page is named for it', () => {
    expect(read('self-healing', 'so what are its limits?')).toBe('self-healing');
    // An aspect of the last answer's own subject is still the page the lookup finds.
    expect(read('when-kubernetes-is-worth-it', 'and the costs of it?')).toBe('kubernetes-costs');
  });

  it('answers "why is it called X?" with the page of the name X, though the pronoun looks like the subject', () => {
    expect(read('kubernetes', 'why is it called a control loop?')).toBe('control-loop');
  });

  it('leans a two- or three-word question naming nothing on the last answer, but not "what is <a term>"', () => {
    expect(read('control-plane', "what's inside?")).toBe('control-plane');
    expect(read('oci', 'what is yaml')).toBeUndefined();
  });

  it('takes the question\'s own answer when it is a neighbour of the last one, over the name put back', () => {
    expect(read('when-kubernetes-is-worth-it', 'and what does it cost us?')).toBe('kubernetes-costs');
    expect(read('docker', 'is it fine for local dev?')).toBe('docker-use-cases');
  });

  it('reads "and X?" after an aspect of another thing as the same aspect of X, and X itself when it has no such aspect', () => {
    expect(read('docker-use-cases', 'and kubernetes?')).toBe('kubernetes-use-cases');
    expect(read('when-docker-is-enough', 'what about kubernetes?')).toBe('when-kubernetes-is-worth-it');
    expect(read('kubernetes-costs', 'and for docker?')).toBe('docker-limits');
    expect(read('docker-compose', 'and kubernetes?')).toBeUndefined();
  });

  it('keeps a request with nothing asked but the request itself on the last answer', () => {
    expect(read('kubelet', 'why is it important?')).toBe('kubelet');
    expect(read('scheduler', 'what else?')).toBe('scheduler');
  });

  it('answers a neighbour named beside a word the knowledge base does not know with that neighbour', () => {
    expect(read('image', 'is a registry mandatory?')).toBe('registry');
  });

  it('keeps a follow-up of words that fit anything on the last answer, unless they name a neighbour', () => {
    expect(read('mistake-kubernetes-too-early', 'why is that bad?')).toBe('mistake-kubernetes-too-early');
    expect(read('kubernetes', 'who should use it?')).toBe('kubernetes-use-cases');
  });

  it('keeps the last answer when the question alone and with the name put back both land on it', () => {
    expect(read('when-docker-is-enough', 'would docker be enough for that?')).toBe('when-docker-is-enough');
  });

  it('prefers a neighbour that explains the question far better than the farther concept beside it that the lookup found', () => {
    expect(read('kubernetes', 'how does it keep things the way i asked?')).toBe('control-loop');
    // A far concept that explains the question best still wins.
    expect(read('kubernetes', 'how does it handle traffic spikes?')).toBe('autoscaling');
  });

  it('reads "there" as the setting when the question names its own subject', () => {
    expect(read('docker-limits', 'why is autoscaling missing there?')).toBeUndefined();
  });

  it('reads "so <a thing the last answer speaks of> … now?" as what follows from the last answer for that thing', () => {
    expect(read('oci', 'so all our images have to be rebuilt now?')).toBe('oci');
    // Asked yes or no, leaning on the last answer with a closing "then".
    expect(read('oci', 'must our old images be thrown away then?')).toBe('oci');
    // Asked without drawing a consequence, the thing named is a question of its own.
    expect(read('oci', 'how are images built?')).toBeUndefined();
    // A start-here page speaks of everything: no consequence is read against it.
    expect(read('docker', 'so containers are pointless now?')).not.toBe('docker');
  });

  it('reads "how does k8s solve that?" after a problem\'s page as how that page deals with it there, not Kubernetes at large', () => {
    expect(read('service-discovery', 'how does kubernetes solve that?')).toBe('service-discovery');
    expect(read('self-healing', 'and can docker deal with it?')).toBe('self-healing');
    // Something more asked than dealing with it is a question of its own.
    expect(read('service-discovery', 'how does kubernetes solve scaling?')).not.toBe('service-discovery');
  });

  it('reads "why not X?" as why the last answer rather than X, which its own page tells', () => {
    expect(read('container-runtime', 'but why not just use docker?')).toBe('container-runtime');
    expect(read('kubernetes', 'why not swarm?')).toBe('kubernetes');
    // A start-here page the question names outright answers it ("just docker" names when Docker is enough).
    expect(read('kubernetes', 'why not just docker?')).not.toBe('kubernetes');
  });

  it('keeps "like X?" on the last answer when X is the asker\'s own world, not another page of ours', () => {
    expect(read('etcd', 'so is it kind of like a config database?')).toBe('etcd');
    expect(read('registry', 'like nexus?')).toBe('registry');
    expect(read('raft', 'what is that like in oracle rac terms?')).toBe('raft');
    expect(read('container', 'explain like I am an excel person')).toBe('container');
    // A thing of ours named is a comparison asked, read by the other readers.
    expect(read('image', 'so it is like a registry?')).not.toBe('image');
  });

  it('reads "does X?" or "and X does?" as the question just answered asked of X, its verb left out', () => {
    expect(read('self-healing', 'can kubernetes?')).toBe('self-healing');
    expect(read('self-healing', 'and k8s does?')).toBe('self-healing');
    // A page that hardly speaks of the thing named does not answer for it.
    expect(read('rolling-update', 'does swarm?')).not.toBe('rolling-update');
    // After a page on a thing ("what's docker swarm") there is no verb to reuse: "does kubernetes?" asks about Kubernetes.
    expect(read('docker-swarm', 'does kubernetes?')).not.toBe('docker-swarm');
  });

  it('reads "it does Y too?" as asking whether the last answer itself also does it', () => {
    expect(read('api-server', 'it checks permissions as well?')).toBe('api-server');
    expect(read('kubelet', 'so it restarts containers too?')).toBe('kubelet');
    // A page on an aspect of it that the question reaches tells more than the page itself.
    expect(read('kubernetes', 'it works on one server too?')).not.toBe('kubernetes');
  });

  it('reads "does <a thing named> <verb> it?" as a question about what that thing does to the last answer', () => {
    expect(read('api-server', 'so does the scheduler report to it?')).toBe('scheduler');
    expect(read('pod', 'can a service reach them?')).toBe('service');
    // Whether the thing named has, needs or is the last answer's thing stays on the last answer.
    expect(read('rolling-update', 'does docker support it?')).toBe('rolling-update');
    expect(read('etcd', 'does kubernetes need it?')).toBe('etcd');
    // A whole tool named, or a verb that fits anything, leaves the question on the last answer.
    expect(read('etcd', 'does kubernetes rely on it?')).not.toBe('kubernetes');
    expect(read('etcd', 'does kubernetes use it?')).not.toBe('kubernetes');
  });

  it('reads "and in docker?" as the same question set in Docker, which a page telling how Docker fares already answers', () => {
    expect(read('self-healing', 'and in plain docker?')).toBe('self-healing');
    expect(read('self-healing', 'and on the docker side?')).toBe('self-healing');
    // An aspect of the thing named still wins, and after a start-here topic the other topic is the subject.
    expect(read('kubernetes-costs', "what about on docker's side?")).toBe('docker-limits');
    // A page naming one part of Docker as its counterpart (the kubelet, "a counterpart to the Docker daemon") goes there.
    expect(read('kubelet', "and on docker's side?")).toBe('docker-daemon');
    // Docker named as the subject, not as a setting, is Docker.
    expect(read('kubelet', 'and docker?')).toBeUndefined();
    expect(kb.lookup('and docker?')).toMatchObject({ status: 'answer', concept: { id: 'docker' } });
    expect(read('docker', 'and on kubernetes?')).toBeUndefined();
    // Without a setting word, the name is the subject.
    expect(read('self-healing', 'and docker?')).not.toBe('self-healing');
    // "does X have that?": whether the thing named has the last answer's thing, which that page tells.
    expect(read('rolling-update', 'does docker offer it?')).toBe('rolling-update');
  });

  it('reads "so that" or "now that" opening a clause as a conjunction, not a pointer back to the last answer', () => {
    // Naming Kubernetes and Services with nothing pointing back, the question is asked afresh.
    expect(read('docker-limits', 'what has kubernetes got so that services can find each other?')).toBeUndefined();
    expect(read('docker-limits', 'now that we run kubernetes, how do services find each other?')).toBeUndefined();
    // "so that" before a verb is still the pronoun.
    expect(read('rolling-update', 'so that is slow?')).toBe('rolling-update');
  });

  it('reads a name put after "those concepts" or "that thing" as what the pointer stands for, a question of its own', () => {
    expect(read('kubernetes-costs', 'explain the first of those concepts, pods, in detail')).toBe('pod');
    expect(read('kubernetes-costs', 'how do those components, the kubelet and the scheduler, split the work?')).toBeUndefined();
    // Without a name after it the pointer stands for the last answer's things.
    expect(read('kubernetes-costs', 'explain those concepts in detail')).not.toBeUndefined();
  });

  it('reads "the X equivalent: what is it?" as the equivalent of the last answer in X, not X itself', () => {
    expect(read('docker-swarm', 'ok, the kubernetes equivalent: where is the cluster state kept, and is it a database?')).toBe('etcd');
  });

  it('reads "and conversely?" naming the tool the counterpart page is about as that counterpart', () => {
    expect(read('when-kubernetes-is-worth-it', 'and conversely, when is docker by itself fine?')).toBe('when-docker-is-enough');
    // Another thing named is a subject of its own.
    expect(read('when-kubernetes-is-worth-it', 'and conversely, what does etcd store?')).not.toBe('when-docker-is-enough');
  });

  it('reads "what is that component?" as a question about the last answer, called by its kind', () => {
    expect(read('api-server', 'what is that component?')).toBe('api-server');
    expect(read('api-server', 'so what is this thing exactly?')).toBe('api-server');
  });

  it('reads the name right after "what is" as the subject, a pronoun after it only in a clause about it', () => {
    expect(read('docker-swarm', "what's that raft thing they rely on?")).toBe('raft');
    // A pronoun as the subject keeps the question on the last answer.
    expect(read('pod', 'how many containers can it have?')).toBe('pod');
  });

  it('reads a topic put first and then asked about through a pronoun as that topic, not the last answer', () => {
    expect(read('self-healing', 'and shipping a new version without downtime, how is that done?')).toBe('rolling-update');
    // A condition put first keeps the pronoun on the last answer, and a later clause naming its own subject asks about it.
    expect(read('self-healing', 'if a pod crashes, how quickly does it react?')).toBe('self-healing');
    expect(read('docker-limits', 'what about failover, does docker do that on many hosts')).not.toBe('self-healing');
  });

  it('reads "what keeps X on it running?" as asking for the one that does it, and "what runs on it, X?" as X', () => {
    expect(read('node', 'what keeps the pods on it alive?')).toBe('kubelet');
    expect(read('node', 'so what runs on it then, pods?')).toBe('pod');
  });

  it('reads "then what?" after a step of a pipeline as the next step, and "the middle step" as the one between', () => {
    // The pipeline page's bullets: build (an image), store (in a registry), run (on Kubernetes). The Docker page's bullets
    // open on names (images, then containers): a list of parts, no sequence, so it does not offer containers as the next step.
    expect(read('image', 'then what')).toBe('registry');
    expect(read('how-they-work-together', 'and the middle step?')).toBe('registry');
  });

  it('reads "and in docker?" after a feature told from another tool as the page on Docker\'s side that names that feature', () => {
    // The rolling-update page tells of Kubernetes and gives Docker a paragraph; where Docker falls short names rolling updates.
    expect(read('rolling-update', 'and with plain docker?')).toBe('docker-limits');
    expect(read('rolling-update', "what about on docker's side")).toBe('docker-limits');
    // Self-healing's summary is about Kubernetes, and Docker's shortfalls never call it by name: its own paragraph answers.
    expect(read('self-healing', 'and in plain docker?')).toBe('self-healing');
    // The last answer's summary names the tool: it already is that tool's side ("does kubernetes?" after self-healing).
    expect(read('self-healing', 'and on the kubernetes side?')).toBe('self-healing');
  });

  it('takes one other thing named, beside a page that the question alone lands on again, as the thing asked about', () => {
    expect(read('how-they-work-together', 'where do images fit in all this?')).toBe('image');
    expect(read('api-server', 'does kubelet report to it?')).toBe('kubelet');
    // Named as the object, the thing is no subject: the page the question alone lands on stays.
    expect(read('pod', 'why not just use containers directly?')).not.toBe('container');
    // What the page is an aspect of is no other thing: "so is docker fine then?" after when Docker is enough stays.
    expect(read('when-docker-is-enough', 'so is docker fine then?')).not.toBe('docker');
  });

  it('keeps "why is it needed?" on a thing that has no page on whether it is needed', () => {
    expect(read('autoscaling', 'why is it needed?')).toBe('autoscaling');
    // Relation words are not such general words: where a thing is kept is another page.
    expect(read('image', 'so where do we keep them?')).toBe('registry');
  });

  it('leans a fragment ending in "too" or "as well" on the last answer', () => {
    expect(read('docker-use-cases', 'staging too?')).toBe('docker-use-cases');
    expect(read('docker-use-cases', 'for test environments as well?')).toBe('docker-use-cases');
    // A statement ending so is one of its own.
    expect(read('kubernetes', 'we use terraform as well')).toBeUndefined();
  });

  it('reads a pronoun after a name in an earlier clause of the same message as that name, not the last answer', () => {
    expect(read('etcd', 'what is a pod, is it like a container?')).toBeUndefined();
    // In one clause, the name is the subject and the pronoun the last answer.
    expect(read('rolling-update', 'can compose do that?')).toBe('rolling-update');
  });


  it('keeps a yes/no question about the pronoun on its thing when the thing named is only its object', () => {
    expect(read('kubelet', 'does it talk to the api server?')).toBe('kubelet');
    expect(read('node', 'can it run more than one pod?')).toBe('node');
    // "too" adds nothing: "can swarm do that too?" is "can swarm do that?".
    expect(read('self-healing', 'can swarm do that too?')).toBe('self-healing');
  });

  it('reads "why would anyone need it?" like "why is it needed?"', () => {
    expect(read('autoscaling', 'why would anyone need it')).toBe('autoscaling');
  });

  it('reads a request for a shorter or main version ("give me the short version", "what\'s the main difference?") as about the last answer', () => {
    expect(read('kubernetes', 'give me the short version')).toBe('kubernetes');
    expect(read('docker-vs-kubernetes', "what's the main difference?")).toBe('docker-vs-kubernetes');
  });

  it('reads "and the schedular?" as a fresh question: a word nothing here uses, which the lookup reads as a misspelt name', () => {
    expect(read('etcd', 'and the schedular?')).toBeUndefined();
    expect(read('docker', 'and kuberentes?')).toBeUndefined();
  });

  it('reads "the thinking behind that" (philosophy, principle, mindset) as the principle page beside the last answer', () => {
    expect(read('when-docker-is-enough', "what's the philosophy there?")).toBe('simplest-tool');
    expect(read('when-kubernetes-is-worth-it', 'and the mindset behind it?')).toBe('simplest-tool');
  });

  it('reads "who … there?" after a place as the one doing it there, whatever the lookup hesitates between', () => {
    expect(read('node', 'and who makes sure the pods keep running there?')).toBe('kubelet');
  });
});
