import { isFiller, singular, tokenize } from '../lookup/normalize.js';
import { BE_OR_DO, nearerThan, outerRing, wholesOf } from './follow-up-neighbours.js';
import type { Reading } from './follow-up-reading.js';
import { agentOf, relationTarget } from './follow-up-relation.js';
import { FRESH, type Ruling } from './follow-up-ruling.js';
import { aspectOfItself } from './follow-up-shape.js';
import {
  AGENT_VERB, ANAPHORS, asksAnAspect, CONNECTIVES, LOCATED, LOCATED_BY, OPENING, POSSESSIVE, PREPOSITION, QUANTITY, WEAK, YES_NO,
} from './follow-up-words.js';
import { pointerAt, readInContext, withWords } from './read-in-context.js';

// Readers for a follow-up that names nothing of its own (or only an object): whether it leans on the
// last answer at all, and if so whether it stays there, moves along a relation, or lands where the
// question read with the last answer's name put back lands.

/** No sign of leaning on the thread, and not a short nameless question either: a fresh question. */
export function noLean(r: Reading): Ruling {
  return !r.leans() && !r.nameless() ? FRESH : undefined;
}

/**
 * "built from what?", "runs where?", "what lives *in it*?": the thing at the other end of a relation, when
 * a sentence of the last answer (or of a neighbour naming it) links the two by the question's words.
 */
export function alongARelation(r: Reading): Ruling {
  const { tokens, lower } = r;
  const located = LOCATED.test(lower) && r.content().every((t) => LOCATED_BY.includes(t));
  // "what lives *in it*?", "what runs *on it*?": the thing asked for is the relation's subject.
  const inIt =
    ANAPHORS.has(tokens.at(-1) ?? '') && /^(?:in|inside|on|into|to|with)$/.test(tokens.at(-2) ?? '') && new RegExp(`${OPENING}(?:what|whats|which|who)\\b`).test(lower);
  // A neighbour the question reaches on its own ("what's the machine it runs on?" -> nodes) needs no relation.
  if (!r.anaphor() || r.reached() || QUANTITY.test(lower) || !(located || inIt || PREPOSITION.test(tokens.at(-1) ?? ''))) return undefined;
  // "an *instance* of": here a cue word ("for instance") names the relation.
  const words = r.said().filter((t) => !isFiller(t) && !ANAPHORS.has(t) && !CONNECTIVES.has(t) && !r.namedWords().has(t));
  // "where do those *live*?": the question's own verb first; the other ways of being somewhere only when it finds nothing.
  const target =
    relationTarget(r.kb, r.index, r.last, words, r.neighbours(), inIt) ??
    (located ? relationTarget(r.kb, r.index, r.last, [...words, ...LOCATED_BY], r.neighbours(), inIt) : undefined);
  return target ? { concept: target, how: 'related', rule: 'relation' } : undefined;
}

/**
 * A verb the last answer's own page uses to hand something on: "who receives *its* commands?" after the Docker
 * client ("it hands them to the Docker daemon"), "does it start them itself *or pass them to* something?" after the
 * kubelet ("it asks the container runtime to …"). Only the question's verb, read in its family, and only what the
 * last answer's own sentences put at the other end of it. An agent asked for on what the last answer has, with no
 * such sentence, stays on the last answer: its page is where that is told, not a neighbour guessed by words.
 */
export function handedOn(r: Reading): Ruling {
  if (!r.anaphor()) return undefined;
  // A thing named is the object handed on ("… or hand the containers to something?"); an agent asked for is only
  // read so when the lookup does not already reach a neighbour on its own.
  const verb = (r.named().length === 0 && !r.reached() ? agentVerb(r) : undefined) ?? alternativeVerb(r);
  if (verb === undefined) return undefined;
  const target = relationTarget(r.kb, r.index, r.last, [verb.word], r.neighbours(), false, true);
  if (target) return { concept: target, how: 'related', rule: 'handed-on' };
  return verb.agent ? { concept: r.last, how: 'same', rule: 'handed-on-itself' } : undefined;
}

/**
 * "who decides which one?" after nodes, "what starts them?" after containers: the one doing something to the thing
 * just answered, asked for with a pronoun. The neighbour whose own sentence names itself before the verb and the
 * last answer right after it ("the scheduler … decides which node each new pod should run on").
 */
export function agentOfIt(r: Reading): Ruling {
  // "and once we start it?" after images: what doing that to it makes ("a container is a running instance of an image").
  const asked = AGENT_VERB.exec(r.lower)?.[1];
  // A verb that fits anything asks for no one in particular ("who runs it?"); done to it, it says what it makes.
  const agent = asked !== undefined && !WEAK.has(asked) && !r.reached() ? asked : undefined;
  const verb = agent ?? DONE_TO_IT.exec(r.lower)?.[1];
  if (!r.anaphor() || r.named().length > 0 || verb === undefined) return undefined;
  const found = agentOf(r.kb, r.index, r.last, [verb], r.last.id, r.neighbours());
  return found ? { concept: found, how: 'related', rule: 'agent-of-it' } : undefined;
}

/** "when you run it", "once we build them": something done to the last answer, by its verb. */
const DONE_TO_IT = /\b(?:when|if|once|after) (?:you|we|i|they|someone) (\w+) (?:it|them)\b/;

/** "who receives *its* commands?": the verb of an agent asked for, acting on something the last answer has. */
function agentVerb(r: Reading): { word: string; agent: true } | undefined {
  const verb = AGENT_VERB.exec(r.lower)?.[1];
  return verb !== undefined && r.tokens.some((t) => POSSESSIVE.has(t)) && !WEAK.has(verb) ? { word: verb, agent: true } : undefined;
}

/** "does it run them itself, *or pass them* on?": the first verb of the alternative in a yes/no question about it. */
function alternativeVerb(r: Reading): { word: string; agent: false } | undefined {
  const or = r.tokens.lastIndexOf('or');
  if (or < 0 || !YES_NO.test(r.lower)) return undefined;
  const word = r.tokens.slice(or + 1).find((t) => !isFiller(t) && !ANAPHORS.has(t) && !BE_OR_DO.has(t) && !WEAK.has(t));
  return word === undefined ? undefined : { word, agent: false };
}

/**
 * The question read on its own lands on a neighbour of the last answer: both readings agree, and
 * that beats the name put back ("and the price of running it?" after when-kubernetes-is-worth-it).
 */
export function lookupAgrees(r: Reading): Ruling {
  // "what are its limits?" after self-healing: the lookup lands on a neighbour that is that aspect of another
  // thing (where Docker falls short); whose aspect it is, the pronoun says (read by anAspect below). An aspect
  // of the last answer's own subject ("and the costs of it?" after when Kubernetes is worth it) agrees.
  if (r.anaphor() && asksAnAspect(r.content()) && r.fresh && !sameSubject(r, r.fresh.id)) return undefined;
  // "what keeps it alive on its machine?" after pods: read with the name put back for its pronoun it lands on
  // another page (the kubelet) than read alone (Kubernetes at large); the pronoun says which is meant, so the
  // reading with the name put back (nameBackElsewhere, below) decides.
  const putBack = r.anaphor() ? r.inContext() : undefined;
  if (putBack && putBack.id !== r.last.id && putBack.id !== r.fresh?.id) return undefined;
  // "what breaks when people mix them up like that?" after the mistake of treating two tools as one: the lookup lands on the
  // page listing every mistake, which lists the last answer; the pointer says it is that one mistake, not the list.
  if (r.anaphor() && !r.turned() && r.fresh?.list && r.fresh.related.includes(r.last.id)) return { concept: r.last, how: 'same', rule: 'one-of-the-list' };
  return !r.turned() && r.reached() && r.fresh ? { concept: r.fresh, how: 'related', rule: 'agrees' } : undefined;
}

/**
 * "how is seeing them as interchangeable harmful?" after where teams go wrong: the question names a neighbour of
 * the last answer, which the lookup lands on both alone and with the last answer's name put back. The pronoun comes
 * before the name and is not the subject: "them" stands for what that neighbour is about, so the thing named is asked about.
 */
export function namedNeighbourAgrees(r: Reading): Ruling {
  const { fresh } = r;
  if (fresh === undefined || r.pronounIsSubject() || r.turned() || !r.named().includes(fresh.id) || !r.neighbours().includes(fresh.id)) return undefined;
  // After the name, the pronoun is what the thing named acts on ("why does the scheduler need it?"): the last answer.
  const pointer = pointerAt(r.tokens);
  const name = r.tokens.findLastIndex((t) => r.namedWords().has(singular(t)));
  if (pointer < 0 || name < 0 || pointer > name) return undefined;
  return r.inContext()?.id === fresh.id ? { concept: fresh, how: 'related', rule: 'named-neighbour' } : undefined;
}

/**
 * "what is a pod", then "the address changes on every restart" (answered with Services), then "how would a client
 * reach it?": the pronoun may still stand for the thing asked about before. When the question, read with that earlier
 * thing's name put back, lands on the last answer, the last answer is what it asks for.
 */
export function stillTheEarlierThing(r: Reading): Ruling {
  const earlier = r.earlier[0] === undefined ? undefined : r.kb.concept(r.earlier[0]);
  if (!earlier || !r.anaphor() || r.turned() || r.named().length > 0) return undefined;
  return readInContext(r.kb, r.text, earlier)?.id === r.last.id ? { concept: r.last, how: 'same', rule: 'earlier-thing' } : undefined;
}

/** `id` is an aspect of the last answer or of what the last answer is an aspect of. */
function sameSubject(r: Reading, id: string): boolean {
  const subjects = [r.last.id, ...wholesOf(r.index, r.last.id)];
  return wholesOf(r.index, id).some((whole) => subjects.includes(whole));
}

/** "why is it important?", "what else?": nothing asked but the request itself, so nothing to look up. */
export function requestOnly(r: Reading): Ruling {
  return !r.turned() && r.content().length === 0 && r.named().length === 0 ? { concept: r.last, how: 'same', rule: 'cue-only' } : undefined;
}

/**
 * The last answer was the lookup's reading of a statement ("we're 2 devs, thinking of kubernetes"):
 * a pronoun stands for what was said more than for that reading.
 */
export function whatWasSaid(r: Reading): Ruling {
  if (!r.anaphor() || r.turned() || r.statement.length === 0) return undefined;
  const found = r.kb.lookup(withWords(r.text, r.statement.join(' ')));
  return found.status === 'answer' && found.concept.id !== r.last.id ? { concept: found.concept, how: 'related', rule: 'said' } : undefined;
}

/** A nameless question that, with the last answer's name put back, the lookup cannot answer either: fresh. Runs after noLean, so the message is short and nameless. */
export function noLeanInContext(r: Reading): Ruling {
  return !r.leans() && !r.inContext() ? FRESH : undefined;
}

/**
 * "where is it good, then?" after where Docker falls short: after a page that is one aspect of a thing, a pronoun asking
 * about another aspect stands for the thing (Docker), and that thing's page for the aspect answers (where Docker works best).
 */
export function anotherAspectOfTheWhole(r: Reading): Ruling {
  if (!r.anaphor() || r.turned() || !asksAnAspect(r.content()) || (r.index.aspects.get(r.last.id)?.length ?? 0) > 0) return undefined;
  const [whole, ...more] = wholesOf(r.index, r.last.id);
  const of = whole === undefined || more.length > 0 ? undefined : r.kb.concept(whole);
  // "Docker daemon", "Docker Compose": a thing of its own named after the whole, not an aspect of it. "why do I need it?"
  // after the daemon asks about the daemon.
  if (of !== undefined && namedAfter(r.last.title, of.title)) return undefined;
  const found = of === undefined ? undefined : readInContext(r.kb, r.text, of);
  const aspect = found !== undefined && found.id !== r.last.id && (r.index.aspects.get(of?.id ?? '') ?? []).includes(found.id);
  return aspect && found ? { concept: found, how: 'related', rule: 'aspect-of-whole' } : undefined;
}

/** A title that opens with another's whole title and goes on ("Docker daemon" after "Docker"): a thing named after it. */
function namedAfter(title: string, whole: string): boolean {
  const [own, of] = [tokenize(title), tokenize(whole)];
  return own.length > of.length && of.every((t, i) => own[i] === t);
}

/** "why is it needed?" after etcd: an aspect of the thing itself (see aspectOfItself). */
export function anAspect(r: Reading): Ruling {
  return r.anaphor() && !r.turned() ? aspectOfItself(r.index, r.last, r.content(), r.inContext()) : undefined;
}

/**
 * The question with the last answer's name put back lands elsewhere: there, or on a nearer concept. Runs after
 * lookupAgrees, so the question alone does not already land on a neighbour.
 * "can it run more than one pod?": with the pronoun as the subject, the thing named is its object, not the answer.
 */
export function nameBackElsewhere(r: Reading): Ruling {
  const found = r.inContext();
  if (!found || found.id === r.last.id || (r.pronounIsSubject() && r.named().includes(found.id))) return undefined;
  // "how much does it cost?" after the registry: read with the name put back it lands on a page far from the registry
  // (what Kubernetes costs), which the message does not name: the pronoun keeps it on the registry.
  const far = !r.neighbours().includes(found.id) && !outerRing(r.kb, r.index, r.neighbours()).includes(found.id) && !r.named().includes(found.id);
  if (far && r.pronounIsSubject()) return { concept: r.last, how: 'same', rule: 'in-context-far' };
  return { concept: nearerThan(r.kb, r.index, found, r.last, r.neighbours(), r.said()), how: 'related', rule: 'in-context' };
}

/**
 * A nameless question, answered with the name put back on the last answer itself: it stays. Right only after
 * noLean, noLeanInContext and nameBackElsewhere: the message is nameless, and put back it lands on the last answer.
 */
export function namelessStays(r: Reading): Ruling {
  return r.leans() ? undefined : { concept: r.last, how: 'same', rule: 'nameless' };
}
