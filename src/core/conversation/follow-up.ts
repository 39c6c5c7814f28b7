import type { Concept } from '../content/schema.js';
import { looksLikeQuestion } from '../checklist/read-step-input.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { isFiller, terms, tokenize } from '../lookup/normalize.js';
import { stem } from '../stem.js';
import { pointerAt, readInContext, withWords } from './read-in-context.js';
import { conceptTerms, namedIn } from './concept-terms.js';
import {
  BE_OR_DO, isCounterpart, knownAnywhere, nameWords, covers, fartherOut, nearerThan, neighbourhood, offSubject, overlap, parallelAspect, pronounSubject,
} from './follow-up-neighbours.js';
import { agentOf, relationTarget } from './follow-up-relation.js';
import { aspectOfItself, namedBeside, wholeReading } from './follow-up-shape.js';
import {
  AGENT, ANAPHORS, CONNECTIVES, OPENING, TRAILS_ON, CUES, LEADS_ON, LOCATED, LOCATED_BY, NEGATIONS, OTHER, PART, PREPOSITION, SETTING, WEAK, widen, YES_NO,
} from './follow-up-words.js';

/** How a follow-up was read: the same concept again, a neighbour of it, or a comparison with it. */
export interface FollowUp {
  concept: Concept;
  how: 'same' | 'related' | 'comparison';
  /** Which reading decided (for tracing a miss). */
  rule?: string;
}

/** Bonus for the concept just answered: an unclear follow-up is about it. */
const STAY = 0.5;
/** Bonus for a concept the question would get on its own, when it is one of the neighbours. */
const AGREES = 0.8;
/** Evidence a neighbour needs before a pronoun in object position is read as pointing at it. */
const CLEAR = 0.2;
/** What a concept two steps from the last answer keeps of its score. */
const FAR = 0.5;
/** A word weighing this much for the lookup's own answer (a name or keyword: "hpa", "yaml") is the subject of the question. */
const KEYED = 2;
/** Up to this many words, a question naming no concept may lean on the last answer. */
const NAMELESS_WORDS = 5;

/**
 * Reads a message against the thread's last answers. Returns undefined when it is a fresh
 * question (it names its own subject, or shows no sign of leaning on what came before): the
 * caller then looks it up as usual. `fresh` is what the lookup makes of the text on its own.
 */
export function resolveFollowUp(
  kb: KnowledgeBase,
  text: string,
  recent: readonly string[],
  fresh: Concept | undefined,
  /** The lookup's "did you mean" candidates, when it had no single answer. */
  unsure: readonly Concept[] = [],
  /** The words of the message the last answer was for, when that message did not name it. */
  statement: readonly string[] = [],
): FollowUp | undefined {
  const last = recent[0] === undefined ? undefined : kb.concept(recent[0]);
  if (!last) return undefined;
  const index = conceptTerms(kb);
  const lower = tokenize(text).join(' ');
  const tokens = lower.split(' ');
  // "do I need *one*?": "one" standing for the thing just answered.
  // "can I host my *own*?": the thing just answered, left unsaid.
  const standsFor = /\b(?:need|want|use|get|pick|choose|run) ones?$|\b(?:my|our|your|their) own$/.test(lower);
  // "the other mistakes", "the rest", "any others": beside the last answer, in its own kind; "other apps" is not.
  const lastWords = new Set(nameWords(kb, last.id).map(stem));
  const otherThan = tokens.some((t, i) => {
    // "find each other" is reciprocal, not something beside the last answer.
    if (!OTHER.has(t) || tokens[i - 1] === 'each') return false;
    const next = tokens[i + 1];
    return next === undefined || isFiller(next) || next === 'one' || next === 'ones' || lastWords.has(stem(next));
  });
  const anaphor = standsFor || otherThan || pointerAt(tokens) >= 0;
  const everyName = namedIn(index, text);
  // The comparison typed again right after it: the same question, asked as it is.
  if (fresh?.id === last.id && everyName.includes(last.id)) return undefined;
  const named = everyName.filter((id) => id !== last.id);

  const whole = wholeReading(kb, index, { text, lower, tokens, last, anaphor, named, statement });
  if (whole) return whole;
  // With a pronoun as the subject, a concept named is its object ("could they carry several containers?" is still
  // about pods): its name is no evidence for itself. Nothing but a name ("when is kubernetes worth it") is that name's.
  const namedWords = new Set(named.flatMap((id) => nameWords(kb, id)));
  // "the *image part*", "the registry bit": a word after a name that points at the thing named.
  const said = terms(text);
  const pointing = (t: string, i: number): boolean => PART.has(t) && namedWords.has(said[i - 1] ?? '');
  // "what about *plain* docker?": a word that only sets the name in a setting says nothing of its own.
  const setsName = (t: string, i: number): boolean => SETTING.has(t) && namedWords.has(said[i + 1] ?? '');
  const content = said.filter(
    (t, i) => !isFiller(t) && !CUES.has(t) && !ANAPHORS.has(t) && !CONNECTIVES.has(t) && !namedWords.has(t) && !OTHER.has(t) && !/^\d+$/.test(t) && !pointing(t, i) && !setsName(t, i),
  );
  // "what happens when a node dies?" after self-healing: the lookup hesitates, and the last answer is
  // among its candidates, so the thread settles it.
  // "and docker itself?" after compose: nothing but a name, so that name is the subject, even when the
  // lookup, reading the leftover words, would lean elsewhere.
  // "and the schedular?": words nothing here uses, which the lookup still reads as a name (a typo), name their own subject.
  if (!anaphor && named.length === 0 && fresh !== undefined && content.length > 0 && !content.some((t) => knownAnywhere(index, t))) return undefined;
  const subject = named[0];
  if (subject !== undefined && content.length === 0) {
    // "how many containers can *it* have?" after pods: the pronoun is the subject, the name its object.
    // "what is a pod, is *it* like a container?": a name in a clause before the pronoun's is what it stands for.
    const namedFirst = namedIn(index, text.split(/[,;.?!]/).filter((c) => c.trim() !== '').slice(0, -1).join(' ')).some((id) => id !== last.id);
    if (pronounSubject(tokens) && !namedFirst) return { concept: last, how: 'same', rule: 'pronoun-subject' };
    // "and kubernetes?" after "where docker works best": the same question about the thing named.
    const parallel = named.length === 1 && terms(text).some((t) => !namedWords.has(t)) ? parallelAspect(kb, index, last, subject) : undefined;
    if (parallel) return { concept: parallel, how: 'related', rule: 'parallel' };
    // "and in docker?" after self-healing, whose page tells how Docker fares: the name is the setting, and that
    // page covers it. After a start-here topic ("docker"), "and on kubernetes?" is the other topic.
    const asSetting = said.some((t, i) => setsName(t, i) || (t === 'side' && pointing(t, i)));
    if (named.length === 1 && asSetting && !last.featured && covers(index, last, subject)) return { concept: last, how: 'same', rule: 'setting' };
    const concept = fresh !== undefined && named.includes(fresh.id) ? undefined : kb.concept(subject);
    return concept ? { concept, how: 'related' } : undefined;
  }
  const beside = namedBeside(kb, index, last, fresh, named, tokens);
  if (beside) return beside;
  if (fresh === undefined && unsure.some((c) => c.id === last.id)) return { concept: last, how: 'same', rule: 'unsure' };
  // "is swarm an option?": the lookup balks at a side word, but the follow-up names one concept and nothing foreign.
  // "is a registry required?" after images: a word foreign to the knowledge base beside a neighbour's name is still about it.
  const nearName = named.length === 1 && neighbourhood(kb, index, last).includes(named[0] as string);
  const onlyName = fresh === undefined && named.length === 1 && !anaphor && (nearName || content.every((t) => knownAnywhere(index, t))) ? kb.concept(named[0] as string) : undefined;
  if (onlyName) return { concept: onlyName, how: 'related', rule: 'only-name' };
  if (named.length > 0 && !anaphor) return undefined;
  // "are rolling updates slow *there*?": a place pronoun is the setting; the thing named, which the lookup answers, is the subject.
  if (tokens[pointerAt(tokens)] === 'there' && named.length === 1) {
    // "who *starts* containers there?": a question for the one doing it, named beside the thing.
    const verbs = content.filter((t) => !isFiller(t));
    const agent = AGENT.test(lower) ? agentOf(kb, index, last, verbs, named[0] as string, neighbourhood(kb, index, last)) : undefined;
    if (agent) return { concept: agent, how: 'related', rule: 'agent' };
    if (!AGENT.test(lower) && fresh !== undefined && named.includes(fresh.id)) return undefined;
  }
  const neighbours = neighbourhood(kb, index, last);
  const cue = tokens.some((t) => CUES.has(t));
  // "why?", "an example?" lean on the last answer; "how do I bake bread" only shares the "how".
  const aboutNeighbours = neighbours.some((id) => overlap(index, id, content) > 0) && (fresh === undefined || neighbours.includes(fresh.id));
  const noSubject = content.length === 0 || aboutNeighbours;
  // A short question the knowledge base cannot place on its own ("can I roll back?") leans on the last answer.
  const unplaced = fresh === undefined && looksLikeQuestion(text) && overlap(index, last.id, content) > 0 && tokens.length <= 6;
  // "what's inside?": a question of two or three words naming nothing leans on the last answer.
  // A word that names or keys the lookup's own answer ("what is hpa?") is a subject, not a bare question.
  // Words of a general family ("downsides", "worth") ask about an aspect of whatever is at hand.
  const keyed = fresh !== undefined && content.some((t) => widen(t).length === 1 && (index.weights.get(fresh.id)?.get(stem(t)) ?? 0) >= KEYED);
  const bare = cue && named.length === 0 && tokens.length <= 3 && content.length <= 1 && !keyed;
  // "staging too?" adds to the last answer; "we use terraform as well" is a statement of its own.
  const trails = TRAILS_ON.test(lower) && (looksLikeQuestion(text) || tokens.length <= 3);
  const leans = anaphor || LEADS_ON.test(lower) || trails || (cue && noSubject) || unplaced || bare;
  // A short question that names no concept at all ("any downsides?", "explain") is about the last
  // answer when, read with its name put back, the knowledge base can answer it.
  // A word nothing here uses ("what is yaml") is a subject of its own; a bare word ("manager") is a topic typed.
  const nameless =
    namedIn(index, text).length === 0 && !keyed && tokens.length <= NAMELESS_WORDS && looksLikeQuestion(text) && content.every((t) => knownAnywhere(index, t));
  if (!leans && !nameless) return undefined;
  // "built from what?", "runs where?": the thing at the other end of a relation, when
  // a sentence of the last answer (or of a neighbour naming it) links the two by the question's words.
  const located = LOCATED.test(lower) && content.every((t) => LOCATED_BY.includes(t));
  // A neighbour the question reaches on its own ("what's the machine it runs on?" -> nodes) needs no relation.
  const reached = fresh !== undefined && fresh.id !== last.id && neighbours.includes(fresh.id) && !named.includes(fresh.id);
  // "what lives *in it*?", "what runs *on it*?": the thing asked for is the relation's subject.
  const inIt = ANAPHORS.has(tokens.at(-1) ?? '') && /^(?:in|inside|on|into|to|with)$/.test(tokens.at(-2) ?? '') && new RegExp(`${OPENING}(?:what|whats|which|who)\\b`).test(lower);
  if (anaphor && !reached && (located || inIt || PREPOSITION.test(tokens.at(-1) ?? ''))) {
    // "an *instance* of": here a cue word ("for instance") names the relation.
    const words = said.filter((t) => !isFiller(t) && !ANAPHORS.has(t) && !CONNECTIVES.has(t) && !namedWords.has(t));
    // "where do those *live*?": the question's own verb first; the other ways of being somewhere only when it finds nothing.
    const target = relationTarget(kb, index, last, words, neighbours, inIt) ?? (located ? relationTarget(kb, index, last, [...words, ...LOCATED_BY], neighbours, inIt) : undefined);
    if (target) return { concept: target, how: 'related', rule: 'relation' };
  }
  // "can it run several pods?": a yes/no question about the pronoun stays with it (below), whatever its object suggests.
  // "but when not?", "which other mistakes?": turned against the last answer, read below by the thread alone.
  // "and when would it *not be enough*?" after "when docker is enough": the last answer's own words, negated, turn it too.
  const negated = tokens.some((t) => NEGATIONS.has(t)) && content.every((t) => NEGATIONS.has(t) || WEAK.has(t) || lastWords.has(stem(t)));
  const turned = otherThan || negated;
  // The question read on its own lands on a neighbour of the last answer: both readings agree, and
  // that beats the name put back ("and what does it cost us?" after when-kubernetes-is-worth-it).
  if (!turned && fresh !== undefined && fresh.id !== last.id && neighbours.includes(fresh.id) && !named.includes(fresh.id)) {
    return { concept: fresh, how: 'related', rule: 'agrees' };
  }
  // "why is it important?", "what else?": nothing asked but the request itself, so nothing to look up.
  if (!turned && content.length === 0 && named.length === 0) return { concept: last, how: 'same', rule: 'cue-only' };
  // The last answer was the lookup's reading of a statement ("we're 2 devs, thinking of kubernetes"):
  // a pronoun stands for what was said more than for that reading.
  if (anaphor && !turned && statement.length > 0) {
    const found = kb.lookup(withWords(text, statement.join(' ')));
    if (found.status === 'answer' && found.concept.id !== last.id) return { concept: found.concept, how: 'related', rule: 'said' };
  }
  const inContext = turned ? undefined : readInContext(kb, text, last);
  if (!leans && !inContext) return undefined;
  const aspect = anaphor && !turned ? aspectOfItself(index, last, content, inContext) : undefined;
  if (aspect) return aspect;
  // "can it run more than one pod?": with the pronoun as the subject, the thing named is its object, not the answer.
  if (inContext && inContext.id !== last.id && !(pronounSubject(tokens) && named.includes(inContext.id))) return { concept: nearerThan(kb, index, inContext, last, neighbours, said), how: 'related', rule: 'in-context' };
  if (!leans) return { concept: last, how: 'same', rule: 'nameless' };

  // "who starts *it*?", "how do I reach *it*?": the last answer is the object, so the answer is
  // something else that stands in that relation to it, when a neighbour's words fit.
  // A question ending on a preposition asks for the thing at its other end ("what does it connect with?",
  // "built from what?").
  const stranded = anaphor && PREPOSITION.test(tokens.at(-1) ?? '');
  const asksForThing = new RegExp(`${OPENING}(?:what|whats|which|who|whos)\\b`).test(lower);
  // "how do I reach it?" asks for the thing at the other end as much as "what does it connect with?".
  const pronounLast = ANAPHORS.has(tokens.at(-1) ?? '');
  const afterPreposition = pronounLast && PREPOSITION.test(tokens.at(-2) ?? '');
  // Without a preposition, a verb that fits anything ("who runs it?") is too little to send the question elsewhere.
  const objectOfQuestion =
    content.length > 0 &&
    (((stranded || afterPreposition) && (asksForThing || looksLikeQuestion(text))) ||
      (asksForThing && pronounLast && !BE_OR_DO.has(tokens.at(-2) ?? '') && content.some((t) => !WEAK.has(t))));
  const others = neighbours.filter((id) => id !== last.id && overlap(index, id, content) > CLEAR);
  // "other mistakes?": not the last answer, and best the concept that lists it with its siblings.
  const wholes = neighbours.filter((id) => id !== last.id && kb.concept(id)?.related.includes(last.id) === true && overlap(index, id, content) > 0);
  const elsewhere = neighbours.filter((id) => id !== last.id);
  // "but when not?" after "when docker is enough": the counterpart, a sibling named like it that
  // each lists the other ("when-docker-is-enough" <-> "when-kubernetes-is-worth-it").
  const counterparts = negated ? neighbours.filter((id) => isCounterpart(kb, last, id)) : [];
  const candidates =
    counterparts.length > 0
      ? counterparts
      : otherThan && elsewhere.length > 0
        ? wholes.length > 0
          ? wholes
          : elsewhere
        : objectOfQuestion && others.length > 0
          ? others
          : neighbours;
  // "is that a problem?": a yes/no question about the pronoun is about the last answer unless a neighbour explains it far better.
  const aboutItself = YES_NO.test(lower) && !objectOfQuestion;
  // Only words that fit anything ("why is that bad?", "does it work?"): nothing points elsewhere,
  // unless a neighbour is named by one ("who should *use* it?" -> where it works best, "use cases").
  const neighbourNames = new Set(neighbours.filter((id) => id !== last.id).flatMap((id) => nameWords(kb, id)));
  if (content.every((t) => WEAK.has(t) && !neighbourNames.has(t)) && !objectOfQuestion && !otherThan && counterparts.length === 0) return { concept: last, how: 'same', rule: 'weak-only' };
  // The question on its own and with the name put back both land on the last answer: it stays.
  if (fresh?.id === last.id && inContext?.id === last.id && !objectOfQuestion && !otherThan && counterparts.length === 0) return { concept: last, how: 'same', rule: 'both-same' };
  const objectNamed = pronounSubject(tokens);
  // "does it talk to the api server?": a yes/no question about the pronoun, whose object is named: about the pronoun's thing.
  if (aboutItself && objectNamed && named.length > 0) return { concept: last, how: 'same', rule: 'yes-no-object' };
  let best = { id: last.id, score: -Infinity };
  for (const id of candidates) {
    let score = overlap(index, id, content);
    if (id === last.id) score = (aboutItself ? 2 * score : score) + STAY;
    // "what are the drawbacks?" after when Kubernetes is worth it: the thread is about Kubernetes, and an aspect of
    // Docker beside it would need Docker named to be the subject.
    else if (offSubject(kb, index, last.id, id, named)) score *= FAR;
    // The lookup leaning to the name the question holds as its object is no evidence ("can it run containers?").
    if (fresh?.id === id && id !== last.id && !(objectNamed && named.includes(id))) score += AGREES;
    if (score > best.score) best = { id, score };
  }
  const far = objectOfQuestion || aboutItself ? undefined : fartherOut(kb, index, neighbours, content, best.score, FAR);
  const concept = kb.concept(far ?? best.id) ?? last;
  return { concept, how: concept.id === last.id ? 'same' : 'related', rule: 'neighbours' };
}
