import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from '../../../src/core/conversation/follow-up.js';
import { kb, read, readHow } from './read-follow-up.js';

describe('reading a follow-up against the last answer: parts, places, relations and comparisons', () => {
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

  it('reads a verb with its particle ("hand off to", "pass over to") as asking what the last answer hands work to', () => {
    expect(read('kubelet', 'what does it pass over to get the containers running?')).toBe('container-runtime');
    expect(read('kubelet', 'what does it hand off to so the containers actually start?')).toBe('container-runtime');
  });

  it('reads a place asked after words that only point into the last answer ("the middle step, where …?")', () => {
    expect(read('how-they-work-together', 'the shipping bit - where are images kept?')).toBe('registry');
    expect(read('how-they-work-together', 'ok the part after build, where are images stored?')).toBe('registry');
  });

  it('reads a place asked tersely, without its auxiliary ("where imgs kept till deploy"), as the place asked with it', () => {
    expect(read('how-they-work-together', 'where imgs kept till deploy')).toBe('registry');
    expect(read('how-they-work-together', 'where the image sits before it runs?')).toBe('registry');
    expect(read('pod', 'where pods actually run')).toBe('node');
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

  it('reads "is that the X?" as asking about X, and "is that like X?" as a comparison that stays', () => {
    expect(read('kubernetes', 'so is this the control loop?')).toBe('control-loop');
    expect(read('kubernetes', 'is that like a container?')).toBe('kubernetes');
  });

  it('reads the question after a scene set as a condition ("so if they … how …") or after a dash, its pronoun the last answer', () => {
    expect(read('pod', 'so if they keep getting replaced how would a client reach them')).toBe('service');
    expect(read('pod', 'they get new addresses all the time \u2014 so how would a client reach them?')).toBe('service');
    // The scene alone, asked as a question, is no scene.
    expect(read('pod', 'if they die what happens')).not.toBe('service');
  });

  it('reads a name another page owns in the sense of the page beside the last answer that lists it as its own keyword', () => {
    // Swarm lists "worker nodes" among its keywords; Kubernetes' nodes own the name elsewhere.
    expect(read('raft', 'which work do the worker nodes take on?')).toBe('docker-swarm');
    expect(read('docker-swarm', 'what are the worker nodes for')).toBe('docker-swarm');
    // A keyword that is the other page's own title points at that page.
    expect(read('docker-limits', 'what does self-healing mean there?')).not.toBe('docker-limits');
  });

  it('reads "how does <tool> do <thing> differently?" after a page of limits as the page on that thing', () => {
    expect(read('docker-limits', 'so how would kubernetes handle rollbacks instead?')).toBe('rolling-update');
    expect(read('docker-limits', 'how does k8s do recovery differently')).toBe('self-healing');
    // A thing no page beside the last one keys is left to the other readers.
    expect(read('docker-limits', 'how does kubernetes do logging differently?')).not.toBe('rolling-update');
  });

  it('reads "<a case>, is that what X is for?" as asking about X, whatever the case before it says', () => {
    expect(read('image', 'to keep them somewhere central, is that what a registry is for?')).toBe('registry');
    expect(read('docker-compose', 'and for a cluster of hosts, is this what swarm is used for')).toBe('docker-swarm');
    // A case that is a topic of its own is better told by its own page.
    expect(read('docker-compose', 'and for autoscaling, is that what kubernetes is for?')).not.toBe('kubernetes');
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

  it('reads "one" after a verb of handling it ("modify one later") as the thing just answered', () => {
    expect(read('image', 'could i modify one later?')).toBe('image');
    expect(read('registry', 'can we run our own?')).toBe('registry');
    // "one" as a count is no pronoun: "more than one" leaves the question to the other readers.
    expect(read('image', 'is more than one allowed per app')).not.toBe('image');
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

  it('answers a comparison no page makes with the page comparing what the two are parts of', () => {
    expect(read('kubernetes', 'how does that compare with docker compose?')).toBe('docker-vs-kubernetes');
  });

  it('sends "what … to/on it?" elsewhere, but not a bare verb that fits anything', () => {
    expect(read('node', 'what runs on it?')).toBe('kubelet');
    expect(read('self-healing', 'who does it?')).toBe('self-healing');
  });

  it('answers "what is it … from/of?" and "where does it run?" with the thing the last answer\'s text puts at the other end', () => {
    expect(read('container', 'so what is it spawned from?')).toBe('image');
    expect(read('kube-proxy', 'where does it run?')).toBe('node');
    // "what lives in it?": the relation's subject, named just before its word ("where images live").
    expect(read('registry', 'what lives in it?')).toBe('image');
    // "where does it keep its data?" is not about where the thing itself is.
    expect(read('control-plane', 'and where does it keep its data?')).toBe('etcd');
  });

  it('reads "each other" as reciprocal, not as "the other" leaning on the last answer', () => {
    expect(read('scheduler', 'how do services find each other in kubernetes?')).toBeUndefined();
  });

  it('reads "the X part" or "the X step" as X', () => {
    // The lookup alone finds the registry here: a fresh question, answered as such.
    expect(read('how-they-work-together', "and what's the registry bit?")).toBeUndefined();
    expect(read('how-they-work-together', "what's the docker step?")).toBe('docker');
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

  it('answers a difference asked after one page with the one comparison page beside it', () => {
    expect(read('mistake-interchangeable', 'so how do they differ?')).toBe('docker-vs-kubernetes');
  });

  it('reads "what does it point at?" as a relation asked for, not as "what is the point?"', () => {
    expect(read('service', 'what does it point to?')).toBe('pod');
    expect(read('service', "what's the point of it?")).toBe('service');
  });

  it('reads "which <whole> thing …?" as the one page of that whole beside the last answer', () => {
    expect(read('raft', 'what docker tool relies on it?')).toBe('docker-swarm');
  });
});
