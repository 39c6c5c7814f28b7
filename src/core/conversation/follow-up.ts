import type { Concept } from '../content/schema.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { agentOfIt, anAspect, anotherAspectOfTheWhole, alongARelation, handedOn, lookupAgrees, namedNeighbourAgrees, nameBackElsewhere, namelessStays, noLean, noLeanInContext, requestOnly, stillTheEarlierThing, whatWasSaid } from './follow-up-leaning.js';
import { whyNotThePlan, whyOfItself } from './follow-up-why.js';
import { askedAgain, besideTheName, nameGiven, namesItsOwn, onlyAName, pronounAfterItsName, placePronoun, unknownWords, whatIsTheName } from './follow-up-named.js';
import { onlyOneName, settlesOnANeighbour, settlesTheLookup } from './follow-up-settles.js';
import { agentOfNamed, evenThat, headNounNeighbour, nameInTheThreadSense, namedAgainstIt, namedAsIdentity, neededByNamed, partOfNamedWhole } from './follow-up-name-roles.js';
import { outcomeOfCourse } from './follow-up-outcome.js';
import { consequenceFor, itemAskedAbout, kindAskedFor, partAskedFor, placeOfNamed, pluralPointer } from './follow-up-parts.js';
import { Reading, type FollowUp } from './follow-up-reading.js';
import { allParts, dealtWithBy, differenceBeside, echoed, itToo, lastTwoCompared, likeTheirOwn, noneOfThat, objectAsked, otherWayWith, theOpposite, wholeOfThem, whyNotTheOther } from './follow-up-turns.js';
import { FRESH, type Reader } from './follow-up-ruling.js';
import { adviceAfterStatement, caseOfFacts, comparedWith, inFewerWords, questionAfterScene, againstOutside, withStatement } from './follow-up-shape.js';
import { markedByAWord, pieceOfTheLast, thatKindItself } from './follow-up-marked.js';
import { caseOfKind, othersOfKind } from './follow-up-case-of-kind.js';
import { askedOfAnother, sideOfComparison } from './follow-up-asked-before.js';
import { readInContext } from './read-in-context.js';
import { frontedTopic } from './follow-up-fronted.js';
import { middleStep, nextStep } from './follow-up-steps.js';
import type { LookupResult } from '../lookup/lookup.js';
import { whatIfOnAdvice, whatIfOnIt } from './follow-up-what-if.js';
import { bothReadingsStay, weakWordsOnly, weighNeighbours, yesNoWithObject } from './follow-up-weigh.js';

import type { SituationFacts } from './thread-context.js';

export type { FollowUp } from './follow-up-reading.js';

/**
 * How a follow-up is read, in order: the first reader with an opinion decides, either an answer or
 * FRESH (a question of its own). The order is the design: shapes that say everything come first,
 * then what the names in the message make of it, then whether it leans on the thread at all, and
 * last the weighing among the last answer's neighbours. A new kind of follow-up is one reader put
 * in its place here, with the facts it needs on `Reading`. The steps around this table (backToTopic and
 * lastAgainstOutside before it, afterStatement after it) are STEPS below: the whole order lives in this file.
 */
const READERS: readonly Reader[] = [
  // The message as a whole
  inFewerWords, // "explain etcd simply"
  likeTheirOwn, // "like a cron job?", "explain like I'm a network engineer"
  askedAgain, // the comparison typed again right after it
  adviceAfterStatement, // "we're two devs on one app", then "is kubernetes right for us?"
  caseOfKind, // "our scripts restart containers on every host. is that a known pitfall?"
  othersOfKind, // "is this the only pitfall there is?"
  caseOfFacts, // "we use docker swarm, is that bad?"
  sideOfComparison, // "the latter" after x vs y
  itemAskedAbout, // "the second one, how does it work?" after a page of named bullets
  lastTwoCompared, // "which one is better?" after two answers
  differenceBeside, // "then how do they really differ?" after x vs y
  markedByAWord, // "the docker one"
  thatKindItself, // "what is that component?"
  nextStep, // "then what?" after a step of a pipeline
  middleStep, // "and the middle step?" after the pipeline
  pieceOfTheLast, // "and the scaling side of it?" after Kubernetes
  comparedWith, // "how does it relate to X"
  whatIfOnAdvice, // "and if our load is bursty?" after advice
  questionAfterScene, // "they move between machines, so where do requests go?"
  outcomeOfCourse, // "what happens if we keep stretching docker?"
  whyNotTheOther, // "why not swarm?"
  whyNotThePlan, // "why not?" after "we want a cluster for the beta"
  noneOfThat, // "what if none of this fits?"
  theOpposite, // "and vice versa?"
  wholeOfThem, // "what's the name for those two combined?"
  whatIfOnIt, // "and if three managers die?"
  itToo, // "they restart things too?"
  dealtWithBy, // "how does k8s solve that?"
  otherWayWith, // "so how would kubernetes handle rollbacks instead?"
  allParts, // "what are the core pieces of it?"
  // Names in it
  unknownWords, // "and the schedular?" (a typo of a name)
  placeOfNamed, // "where do pods live?"
  consequenceFor, // "so our images all break now?"
  nameGiven, // "why is it called X?"
  namedAsIdentity, // "is that the reconciliation loop?"
  evenThat, // "including the controller manager?"
  pronounAfterItsName, // "what is a pod and why does it exist?"
  frontedTopic, // "and shipping without downtime, how is that done?"
  askedOfAnother, // "and kubernetes?" after a question about docker answered with another page
  nameInTheThreadSense, // "and the worker nodes?" after Raft (Swarm's workers)
  onlyAName, // "and docker itself?"
  partOfNamedWhole, // "what docker tool relies on it?"
  besideTheName, // "where do images fit in all this?"
  placePronoun, // "are rolling updates slow there?"
  agentOfNamed, // "and who really starts the containers then?" after the kubelet
  neededByNamed, // "do pods require it?"
  namedAgainstIt, // "is etcd kept within it?"
  headNounNeighbour, // "and the machines doing the real work?"
  settlesTheLookup, // "what happens when a node dies?"
  settlesOnANeighbour, // "how do its managers agree?"
  onlyOneName, // "is a registry required?"
  whatIsTheName, // "what's that raft thing they rely on?"
  namesItsOwn, // a name of its own and nothing pointing back: fresh
  // Whether, and how, it leans on the last answer
  // "which part …?" presupposes a whole: the last answer, whatever the lookup makes of its other words.
  partAskedFor, // "which piece do we send our requests to?"
  kindAskedFor, // "which mistakes would that spare us?"
  noLean, // no sign of leaning on the thread: fresh
  alongARelation, // "built from what?"
  handedOn, // "who receives its commands?"
  agentOfIt, // "what starts them?"
  objectAsked, // "what does it ask to pull the images?"
  pluralPointer, // "so what are these?" after the registry
  requestOnly, // "what else?"
  whyOfItself, // "why does it sit on each machine?"
  stillTheEarlierThing, // "how would a client reach it?", two answers after pods
  lookupAgrees, // "and the price of running it?"
  namedNeighbourAgrees, // "how is seeing them as interchangeable harmful?"
  whatWasSaid, // a pronoun after "we're 2 devs, thinking of kubernetes"
  noLeanInContext, // nameless, and unanswerable with the name put back: fresh
  anotherAspectOfTheWhole, // "where is it good, then?"
  anAspect, // "why is it needed?"
  echoed, // "orchestrating what exactly?"
  nameBackElsewhere, // "can it run more than one pod?"
  namelessStays, // nameless, and put back it lands on the last answer
  // The last answer or a neighbour, by the words
  weakWordsOnly, // "why is that bad?"
  bothReadingsStay, // alone and with the name put back, it lands on the last answer
  yesNoWithObject, // "does it talk to the api server?"
  weighNeighbours, // whichever of the last answer and its neighbours fits its words best
];

/** A message and what its thread holds, for `readFollowUp`. */
export interface ThreadRead {
  /** The message, idioms already read as plain words. */
  text: string;
  /** The thread's recent answers, most recent first. */
  recent: readonly string[];
  /** What the lookup makes of the text on its own. */
  found: LookupResult;
  /** The lookup's "did you mean" candidates, when it had no single answer. */
  unsure: readonly Concept[];
  /** The words of the message the last answer was for, when that message did not name it. */
  statement: readonly string[];
  /** The situation the thread described before, as checklist facts. */
  situation: SituationFacts;
  /** The message may lean on the thread at all: not small talk (unless it points back) nor a named outside term. */
  leans: boolean;
  /** An outside tool's word said as a piece of the last answer ("the deployment part"): not set against that tool. */
  piece?: boolean;
  /** The last message got no answer at all (a statement): this one may rest on its words. */
  unanswered: boolean;
  /** The message returned to an earlier topic ("back to swarm, …"), now `recent[0]`. */
  returnedTo: boolean;
  /** The question the last answer was for, as asked ('' when not known). */
  asked?: string;
}

/** One step of reading a message against its thread: a follow-up, or undefined to let the next step try. */
type Step = (kb: KnowledgeBase, read: ThreadRead) => FollowUp | undefined;

/**
 * "back to swarm: how do managers agree?": a question that, read with the topic's name, lands on the topic is about it,
 * whatever its kind (even small talk).
 */
const backToTopic: Step = (kb, { text, recent, returnedTo }) => {
  const returned = returnedTo ? kb.concept(recent[0] ?? '') : undefined;
  return returned !== undefined && readInContext(kb, text, returned)?.id === returned.id ? { concept: returned, how: 'related', rule: 'back-to' } : undefined;
};

/** A named outside term is no follow-up, except the last answer set against it ("how does that compare with Nomad?"). */
const lastAgainstOutside: Step = (kb, { text, recent, found, piece }) => {
  const last = kb.concept(recent[0] ?? '');
  return last && piece !== true ? againstOutside(kb, text, last, found) : undefined;
};

/** The READERS, against the last answer. */
const byReaders: Step = (kb, { text, recent, found, unsure, statement, situation, leans, asked }) =>
  leans ? resolveFollowUp(kb, text, recent, found.status === 'answer' ? found.concept : undefined, unsure, statement, situation, asked) : undefined;

/**
 * After a statement that got no answer, the question read with its words beside it, even one the READERS found fresh,
 * and even with no last answer (advice then from the checklists of the article the thread is on, as above).
 */
const afterStatement: Step = (kb, { text, recent, found, statement, situation, leans, unanswered }) =>
  leans && unanswered ? withStatement(kb, text, found, statement, situation, kb.concept(recent[0] ?? '')) : undefined;

/**
 * The whole order a message is read in against its thread, in one place (the READERS above are its middle step).
 * The first step with an answer decides; none means a fresh question for the lookup.
 */
const STEPS: readonly Step[] = [backToTopic, lastAgainstOutside, byReaders, afterStatement];

/** Reads a message against its thread (see STEPS); undefined for a fresh question. */
export function readFollowUp(kb: KnowledgeBase, read: ThreadRead): FollowUp | undefined {
  for (const step of STEPS) {
    const followUp = step(kb, read);
    if (followUp) return followUp;
  }
  return undefined;
}

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
  /** The situation the thread described before, as checklist facts. */
  situation: SituationFacts = {},
  /** The question the last answer was for, as asked. */
  asked = '',
): FollowUp | undefined {
  const last = recent[0] === undefined ? undefined : kb.concept(recent[0]);
  if (!last) return undefined;
  const reading = new Reading(kb, text, last, fresh, { unsure, statement, situation, earlier: recent.slice(1), asked });
  for (const read of READERS) {
    const ruling = read(reading);
    if (ruling === FRESH) return undefined;
    if (ruling) return ruling;
  }
  return undefined;
}
