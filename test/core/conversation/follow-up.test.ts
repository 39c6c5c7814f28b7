import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from '../../../src/core/conversation/follow-up.js';
import { realKb } from '../../helpers/kb.js';

const kb = realKb();

/** What the thread makes of `text` right after answering `last`: the concept id, or undefined for a fresh question. */
function read(last: string, text: string): string | undefined {
  const found = kb.lookup(text);
  const fresh = found.status === 'answer' ? found.concept : undefined;
  const unsure = found.status === 'clarify' ? found.candidates.map((c) => c.concept) : [];
  return resolveFollowUp(kb, text, [last], fresh, unsure)?.concept.id;
}

/** How the thread reads `text` right after answering `last`: a part of it, its whole page, a neighbour, a comparison. */
function readHow(last: string, text: string): string | undefined {
  const found = kb.lookup(text);
  const fresh = found.status === 'answer' ? found.concept : undefined;
  return resolveFollowUp(kb, text, [last], fresh)?.how;
}

describe('reading a follow-up against the last answer', () => {
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

  it('reads a "why" that names another subject as a question of its own, and one naming only a place or a condition as the same thing', () => {
    // Fresh: the lookup answers it on its own words.
    expect(read('docker', 'why does it need kubernetes at scale')).toBeUndefined();
    expect(read('kubernetes', 'why does it need etcd')).toBeUndefined();
    expect(read('kubelet', 'why does it need to be on every node')).toBe('kubelet');
    expect(read('service', 'why do I need it if pods already have IPs?')).toBe('service');
    // A pronoun as the object keeps the why on the last answer, whatever is named as its subject.
    expect(read('etcd', 'why does kubernetes need it?')).toBe('etcd');
    expect(read('etcd', 'why do pods need it?')).toBe('etcd');
    expect(read('kubelet', 'why does the scheduler need it?')).toBe('kubelet');
    expect(read('raft', 'why does etcd use it?')).toBe('raft');
    expect(read('container-runtime', 'why does the kubelet need it?')).toBe('container-runtime');
    expect(read('registry', 'why would docker need one?')).toBe('registry');
  });

  it('keeps a situation put to the last answer ("what if …", "suppose …") on it when its page is where that case is told', () => {
    expect(read('etcd', 'suppose one of its members crashes?')).toBe('etcd');
    expect(read('raft', 'and if three of the managers die?')).toBe('raft');
    expect(read('scheduler', 'and if every machine is full?')).toBe('scheduler');
    expect(read('kubelet', 'what happens when it stops on a node?')).toBe('kubelet');
    // A page the case reaches on its own, beside the last answer, tells it: a crashed container is self-healing's case.
    expect(read('kubelet', 'what happens if a container crashes?')).not.toBe('kubelet');
  });

  it('puts a fact told after advice ("and we run twelve servers") to that advice, or to the verdict it clearly leans to', () => {
    expect(read('when-kubernetes-is-worth-it', 'and we run twelve servers')).toBe('when-kubernetes-is-worth-it');
    expect(read('when-kubernetes-is-worth-it', 'how about if our traffic is really spiky?')).toBe('when-kubernetes-is-worth-it');
    expect(read('when-kubernetes-is-worth-it', 'we only have one server though')).toBe('when-docker-is-enough');
  });

  it('reads a verb with its particle ("hand off to", "pass over to") as asking what the last answer hands work to', () => {
    expect(read('kubelet', 'what does it pass over to get the containers running?')).toBe('container-runtime');
    expect(read('kubelet', 'what does it hand off to so the containers actually start?')).toBe('container-runtime');
  });

  it('reads a place asked after words that only point into the last answer ("the middle step, where …?")', () => {
    expect(read('how-they-work-together', 'the shipping bit - where are images kept?')).toBe('registry');
    expect(read('how-they-work-together', 'ok the part after build, where are images stored?')).toBe('registry');
  });

  it('reads "and the <thing> that …" as the neighbour that thing names best, whatever the words describing it pull toward', () => {
    expect(read('control-plane', 'and the machines doing the real work?')).toBe('node');
    expect(read('control-plane', 'and the machines that actually run our apps?')).toBe('node');
  });

  it('reads a request for the source as leaning on the last answer, which cites it', () => {
    expect(read('etcd', 'sources?')).toBe('etcd');
    expect(read('where-teams-go-wrong', 'citation?')).toBe('where-teams-go-wrong');
  });

  it('reads "what is one of those?" like "what are those?": the things the last page names in the plural', () => {
    expect(read('registry', "so what's each of these then?")).toBe('image');
  });

  it('reads one word echoed back with "what", and "what are its main parts?", as the last answer\'s own page', () => {
    expect(read('kubernetes', 'managing what exactly?')).toBe('kubernetes');
    expect(read('kubernetes', 'what are the key components of it?')).toBe('kubernetes');
    expect(read('control-plane', 'what are its parts?')).toBe('control-plane');
  });

  it('reads "will X …?" about a thing the last page speaks of as what follows from that page', () => {
    expect(read('oci', 'so will our existing images stop working?')).toBe('oci');
    // A question of its own about something else is still fresh.
    expect(read('oci', 'will kubernetes replace docker?')).not.toBe('oci');
  });

  it('reads "is that the X?" as asking about X, and "is that like X?" as a comparison that stays', () => {
    expect(read('kubernetes', 'so is this the control loop?')).toBe('control-loop');
    expect(read('kubernetes', 'is that like a container?')).toBe('kubernetes');
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

  it('reads "how do I … to it?" as asking for the thing at the other end', () => {
    expect(read('docker-daemon', 'how would i send commands to it?')).toBe('docker-client');
    // Handing work on is one family of words: "pass to" meets the page's "asks the runtime to".
    expect(read('kubelet', 'what does it pass the work to?')).toBe('container-runtime');
    // Unless the relation is what the last answer's own page is about, far more than any neighbour's.
    expect(read('api-server', 'and who else talks with it then?')).toBe('api-server');
    // With the pronoun as the subject, the other end is still asked for.
    expect(read('docker-client', 'what does it send commands to?')).toBe('docker-daemon');
    // An agent asked for, acting on what the last answer has: what is handed over is received at the other end.
    expect(read('docker-client', 'so who receives its commands?')).toBe('docker-daemon');
    // "… or hand them to something?": the relation of the alternative, not of the first half.
    expect(read('kubelet', 'does it start the containers on its own or pass them to something?')).toBe('container-runtime');
    expect(read('kubelet', 'does it start containers by itself or delegate that?')).toBe('container-runtime');
    // An agent asked for by a verb the last answer's page hands nothing on with: its own page tells it.
    expect(read('api-server', 'who receives its requests?')).toBe('api-server');
    expect(read('etcd', 'who reads its data?')).toBe('etcd');
    expect(read('registry', 'who pulls its images?')).toBe('registry');
    expect(read('docker-client', 'who gets its commands?')).toBe('docker-client');
    // A yes/no with an alternative that hands nothing on stays too.
    expect(read('pod', 'does it run one container or several?')).toBe('pod');
  });

  it('reads "the other …" as leaning on the last answer and goes to what lists it with its siblings', () => {
    expect(read('mistake-interchangeable', 'and the other mistakes?')).toBe('where-teams-go-wrong');
  });

  it('keeps "any others?" on a page only when its content file marks it as a list, not by how ids are spelled', () => {
    expect(read('where-teams-go-wrong', 'any others?')).toBe('where-teams-go-wrong');
    // The others are in the page's own list: its whole page again, not a deeper part of it.
    expect(readHow('where-teams-go-wrong', 'any others?')).toBe('whole');
    expect(readHow('where-teams-go-wrong', 'what are the other ones')).toBe('whole');
    // controller-manager and simplest-tool share a first word with neighbours (control-…, when-…) but list nothing.
    expect(read('controller-manager', 'any others?')).not.toBe('controller-manager');
    expect(read('simplest-tool', 'any others?')).not.toBe('simplest-tool');
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

  it('reads "one" after a verb of handling it ("modify one later") as the thing just answered', () => {
    expect(read('image', 'could i modify one later?')).toBe('image');
    expect(read('registry', 'can we run our own?')).toBe('registry');
    // "one" as a count is no pronoun: "more than one" leaves the question to the other readers.
    expect(read('image', 'is more than one allowed per app')).not.toBe('image');
  });

  it('keeps a yes/no question about the pronoun on the last answer, unless it asks about an aspect a neighbour is the page for', () => {
    expect(read('pod', 'does it survive a reboot of the machine?')).toBe('pod');
    expect(read('self-healing', 'does it cope with several machines?')).toBe('self-healing');
    expect(read('kubernetes', 'is it expensive?')).toBe('kubernetes-costs');
  });

  it('keeps "the others?" on the page that lists the whole kind, where the others already are', () => {
    expect(read('where-teams-go-wrong', 'got any other ones?')).toBe('where-teams-go-wrong');
    expect(read('where-teams-go-wrong', 'which others are there?')).toBe('where-teams-go-wrong');
    expect(read('mistake-kubernetes-too-early', 'and the others?')).toBe('where-teams-go-wrong');
    // A page whose neighbours share its subject's name (docker-compose, docker-use-cases) is no list of a kind.
    expect(read('docker', 'and the other ones?')).not.toBe('docker');
    // Nor is one whose single counterpart is "the other one".
    expect(read('when-docker-is-enough', 'and the other one?')).toBe('when-kubernetes-is-worth-it');
  });

  it('reads "what are its limits?" as an aspect of the last answer, not of another thing whose page is named for it', () => {
    expect(read('self-healing', 'so what are its limits?')).toBe('self-healing');
    // An aspect of the last answer's own subject is still the page the lookup finds.
    expect(read('when-kubernetes-is-worth-it', 'and the costs of it?')).toBe('kubernetes-costs');
  });

  it('answers "why is it called X?" with the page of the name X, though the pronoun looks like the subject', () => {
    expect(read('kubernetes', 'why is it called a control loop?')).toBe('control-loop');
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

  it('answers a comparison no page makes with the page comparing what the two are parts of', () => {
    expect(read('kubernetes', 'how does that compare with docker compose?')).toBe('docker-vs-kubernetes');
  });

  it('sends "what … to/on it?" elsewhere, but not a bare verb that fits anything', () => {
    expect(read('node', 'what runs on it?')).toBe('kubelet');
    expect(read('self-healing', 'who does it?')).toBe('self-healing');
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

  it('turns a follow-up negating the last answer\'s own words to its counterpart', () => {
    expect(read('when-docker-is-enough', 'and when is it not enough?')).toBe('when-kubernetes-is-worth-it');
  });

  it('answers "what is it … from/of?" and "where does it run?" with the thing the last answer\'s text puts at the other end', () => {
    expect(read('container', 'so what is it spawned from?')).toBe('image');
    expect(read('kube-proxy', 'where does it run?')).toBe('node');
    // "what lives in it?": the relation's subject, named just before its word ("where images live").
    expect(read('registry', 'what lives in it?')).toBe('image');
    // "where does it keep its data?" is not about where the thing itself is.
    expect(read('control-plane', 'and where does it keep its data?')).toBe('etcd');
  });

  it('answers a neighbour named beside a word the knowledge base does not know with that neighbour', () => {
    expect(read('image', 'is a registry mandatory?')).toBe('registry');
  });

  it('reads "each other" as reciprocal, not as "the other" leaning on the last answer', () => {
    expect(read('scheduler', 'how do services find each other in kubernetes?')).toBeUndefined();
  });

  it('keeps a follow-up of words that fit anything on the last answer, unless they name a neighbour', () => {
    expect(read('mistake-kubernetes-too-early', 'why is that bad?')).toBe('mistake-kubernetes-too-early');
    expect(read('kubernetes', 'who should use it?')).toBe('kubernetes-use-cases');
  });

  it('reads "the X part" or "the X step" as X', () => {
    // The lookup alone finds the registry here: a fresh question, answered as such.
    expect(read('how-they-work-together', "and what's the registry bit?")).toBeUndefined();
    expect(read('how-they-work-together', "what's the docker step?")).toBe('docker');
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

  it('answers "what runs the X there?" with the neighbour whose own sentence has it doing that to X', () => {
    expect(read('node', 'so what actually runs the containers there?')).toBe('container-runtime');
  });

  it('keeps a follow-up naming no subject on the subject of the thread, over an aspect of the other one', () => {
    expect(read('when-kubernetes-is-worth-it', 'any drawbacks?')).toBe('kubernetes-costs');
    // Named, the other subject is the subject.
    expect(read('kubernetes-use-cases', 'and for docker then?')).toBe('docker-use-cases');
  });

  it('stays on the pronoun\'s thing when only aspect words (need, downsides) sent the name put back elsewhere', () => {
    expect(read('etcd', 'why do we need it?')).toBe('etcd');
    expect(read('etcd', 'what are its downsides?')).toBe('etcd');
    // A thing with a page on that aspect goes there; "the other mistakes" is turned away from the last answer.
    expect(read('kubernetes', 'do we really need it?')).toBe('when-kubernetes-is-worth-it');
    expect(read('mistake-kubernetes-too-early', 'any other mistakes?')).toBe('where-teams-go-wrong');
  });

  it('picks "the docker one" from what a list page sets beside it, by the word its id carries', () => {
    expect(read('where-teams-go-wrong', 'and the early one?')).toBe('mistake-kubernetes-too-early');
    expect(read('where-teams-go-wrong', 'tell me about the docker one')).toBe('mistake-docker-beyond-limits');
    expect(read('service', "what's the proxy bit?")).toBe('kube-proxy');
    // Several neighbours carry the word: nothing is picked, and the name is looked up as a fresh question.
    expect(read('kubernetes', 'the docker one')).toBeUndefined();
  });

  it('reads "where is <a thing the last answer tells of> kept / where do <they, by name> run" by the last answer\'s own sentences', () => {
    // how-they-work-together: "Docker produces the image, a registry holds it".
    expect(read('how-they-work-together', 'so where does the image sit until it is deployed?')).toBe('registry');
    // The last answer's own name where a pronoun would do reads as the pronoun: pods run on nodes.
    expect(read('pod', 'where do pods really run?')).toBe('node');
    expect(read('pod', 'where do they run?')).toBe('node');
    // A thing the last answer's page never tells of is a question of its own.
    expect(read('kubernetes', 'where do pods run')).toBeUndefined();
    expect(read('node', 'where does the kubelet run')).toBeUndefined();
    // Only a place after the verb ("run on nodes"), never what a thing is made from; the page's own name names nothing.
    expect(read('registry', 'where does the container run?')).not.toBe('image');
    // A page's own name ("a container registry is where images live") names no third thing.
    expect(read('image', 'where do those live?')).toBe('registry');
  });

  it('reads "so <a thing the last answer speaks of> … now?" as what follows from the last answer for that thing', () => {
    expect(read('oci', 'so all our images have to be rebuilt now?')).toBe('oci');
    // Asked without drawing a consequence, the thing named is a question of its own.
    expect(read('oci', 'how are images built?')).toBeUndefined();
    // A start-here page speaks of everything: no consequence is read against it.
    expect(read('docker', 'so containers are pointless now?')).not.toBe('docker');
  });

  it('reads "what <things of a kind> …?" as the page beside the last answer that lists that kind', () => {
    // where-teams-go-wrong lists three pages, each named a mistake.
    expect(read('simplest-tool', 'so what mistakes does it save us from?')).toBe('where-teams-go-wrong');
    // Not a kind any list beside it holds: no list is guessed.
    expect(read('simplest-tool', 'what tools does it suggest?')).not.toBe('where-teams-go-wrong');
  });

  it('compares the last two things asked about by the page setting exactly those two side by side, else stays on the last', () => {
    const two = (before: string, last: string, text: string): string | undefined => {
      const found = kb.lookup(text);
      return resolveFollowUp(kb, text, [last, before], found.status === 'answer' ? found.concept : undefined)?.concept.id;
    };
    expect(two('docker', 'kubernetes', 'so how do they differ?')).toBe('docker-vs-kubernetes');
    expect(two('docker', 'kubernetes', 'which one is better for us?')).toBe('docker-vs-kubernetes');
    // No page sets these two side by side (only their wholes): the last one's page, which tells how it differs.
    expect(two('image', 'container', 'and the difference?')).toBe('container');
    expect(two('docker-swarm', 'kubernetes', 'which one is better then?')).toBe('kubernetes');
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

  it('reads "and if none of that applies?" after a page of conditions as its counterpart page', () => {
    expect(read('when-kubernetes-is-worth-it', 'what if none of this fits us?')).toBe('when-docker-is-enough');
    expect(read('when-docker-is-enough', 'and if none of those is true for us?')).toBe('when-kubernetes-is-worth-it');
  });

  it('reads "it does Y too?" as asking whether the last answer itself also does it', () => {
    expect(read('api-server', 'it checks permissions as well?')).toBe('api-server');
    expect(read('kubelet', 'so it restarts containers too?')).toBe('kubelet');
    // A page on an aspect of it that the question reaches tells more than the page itself.
    expect(read('kubernetes', 'it works on one server too?')).not.toBe('kubernetes');
  });

  it('reads "what does <a thing named> <verb> there?" as what the last answer\'s own sentences put after that verb', () => {
    expect(read('kubelet', 'what does it ask to pull the images?')).toBe('container-runtime');
    // A verb that hands nothing on, with the pronoun as its subject, is answered on the last answer's own page.
    expect(read('docker-daemon', 'what does it run?')).not.toBe('container');
  });

  it('reads a bare "what are those?" after a page about one thing as the things its summary names in the plural', () => {
    // registry: "A container registry stores images …".
    expect(read('registry', 'ok what are they exactly?')).toBe('image');
    // After a page about things in the plural it is that page; a name that merely ends in s is no plural.
    expect(read('pod', 'what are those?')).toBe('pod');
    expect(read('control-plane', 'what are those again?')).toBe('control-plane');
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

  it('reads "which part/component …?" as the part the last answer\'s page names whose words answer the rest', () => {
    expect(read('control-plane', 'which part do our tools actually talk to?')).toBe('api-server');
    expect(read('control-plane', 'and which component keeps the state?')).toBe('etcd');
    // The last page answers it as well, or the question asks about a part of it: it stays.
    expect(read('docker-compose', 'which part reads the yaml?')).toBe('docker-compose');
    expect(read('pod', 'which part of it is shared?')).toBe('pod');
    // Only pages it relates to are its parts, not everything it mentions.
    expect(read('control-plane', 'which part fails most often?')).not.toBe('raft');
    // Nothing but the part asked for: no words to choose a part by, so no part is guessed.
    expect(read('control-plane', 'which part?')).not.toBe('api-server');
  });

  it('reads "who/what <verb> it?" as the neighbour whose own sentence does that to the last answer', () => {
    // scheduler: "decides which node each new pod should run on".
    expect(read('node', 'and who decides which one?')).toBe('scheduler');
    // container runtime: "actually runs containers" / "starts the containers".
    expect(read('container', 'what starts them?')).toBe('container-runtime');
    // Done to it ("when you run it"): what that makes, by a neighbour's own sentence ("a running instance of an image").
    expect(read('image', 'ok, and once you run it?')).toBe('container');
    expect(read('docker-compose', 'and when we run it?')).toBe('docker-compose');
  });

  it('asks where a thing "lives" with that verb before the other ways of being somewhere', () => {
    expect(read('image', 'where do those live?')).toBe('registry');
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

  it('reads "that X thing" as introducing the name X, and "those X" as still pointing back', () => {
    // A demonstrative, a name, then a vague noun: the name is the subject, a fresh question for the lookup.
    expect(read('control-plane', 'is that etcd thing a database?')).toBeUndefined();
    // Without the vague noun, "those images" are the registry's: the question stays on it.
    expect(read('registry', 'are those images scanned?')).toBe('registry');
    // Alone, the demonstrative points back.
    expect(read('kubernetes-costs', 'is that a lot?')).toBe('kubernetes-costs');
  });

  it('answers "how is that different from X?" with X\'s page when the comparison finds nothing but the last answer again', () => {
    expect(read('container', 'how does it differ from an image?')).toBe('image');
    // Unless the last answer's page is where the two are set side by side (the pod's page, told against containers).
    expect(read('pod', 'and how does that differ from a container?')).toBe('pod');
    expect(read('controller-manager', 'how does it relate to the control loop?')).toBe('control-loop');
    // A question whether it stands in for X is about it, not a difference asked.
    expect(read('container-runtime', 'can it stand in for docker?')).not.toBe('docker');
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

  it('keeps "so that\'s like a container?" on the last answer: a statement asked as a question, with the pronoun as its subject', () => {
    expect(read('pod', "so that's like a container?")).toBe('pod');
    // "its" is also the possessive: "its control plane, …" is about the control plane.
    expect(read('kubernetes', 'its control plane, what runs there?')).toBe('control-plane');
  });

  it('reads a request for a shorter or main version ("give me the short version", "what\'s the main difference?") as about the last answer', () => {
    expect(read('kubernetes', 'give me the short version')).toBe('kubernetes');
    expect(read('docker-vs-kubernetes', "what's the main difference?")).toBe('docker-vs-kubernetes');
  });

  it('reads "and the schedular?" as a fresh question: a word nothing here uses, which the lookup reads as a misspelt name', () => {
    expect(read('etcd', 'and the schedular?')).toBeUndefined();
    expect(read('docker', 'and kuberentes?')).toBeUndefined();
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
});
