import type { Concept } from '../content/schema.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { agentOfIt, anAspect, anotherAspectOfTheWhole, alongARelation, handedOn, whyOfItself, lookupAgrees, namedNeighbourAgrees, nameBackElsewhere, namelessStays, noLean, noLeanInContext, requestOnly, stillTheEarlierThing, whatWasSaid } from './follow-up-leaning.js';
import {
  askedAgain, besideTheName, nameGiven, namesItsOwn, onlyAName, pronounAfterItsName, onlyOneName, placePronoun, settlesOnANeighbour, settlesTheLookup, unknownWords,
} from './follow-up-named.js';
import { evenThat, headNounNeighbour, namedAsIdentity, neededByNamed, partOfNamedWhole } from './follow-up-name-roles.js';
import { consequenceFor, itemAskedAbout, kindAskedFor, partAskedFor, placeOfNamed, pluralPointer } from './follow-up-parts.js';
import { Reading, type FollowUp } from './follow-up-reading.js';
import { allParts, dealtWithBy, differenceBeside, echoed, itToo, lastTwoCompared, noneOfThat, objectAsked, theOpposite, wholeOfThem, whyNotTheOther } from './follow-up-turns.js';
import { FRESH, type Reader } from './follow-up-ruling.js';
import { adviceAfterStatement, caseOfFacts, comparedWith, inFewerWords, questionAfterScene, markedByAWord, sideOfComparison } from './follow-up-shape.js';
import { whatIfOnAdvice, whatIfOnIt } from './follow-up-what-if.js';
import { bothReadingsStay, weakWordsOnly, weighNeighbours, yesNoWithObject } from './follow-up-weigh.js';

import type { SituationFacts } from './thread-context.js';

export type { FollowUp } from './follow-up-reading.js';

/**
 * How a follow-up is read, in order: the first reader with an opinion decides, either an answer or
 * FRESH (a question of its own). The order is the design: shapes that say everything come first,
 * then what the names in the message make of it, then whether it leans on the thread at all, and
 * last the weighing among the last answer's neighbours. A new kind of follow-up is one reader put
 * in its place here, with the facts it needs on `Reading`.
 */
const READERS: readonly Reader[] = [
  // The message as a whole
  inFewerWords,
  askedAgain,
  adviceAfterStatement,
  caseOfFacts,
  sideOfComparison,
  itemAskedAbout,
  lastTwoCompared,
  differenceBeside,
  markedByAWord,
  comparedWith,
  whatIfOnAdvice,
  questionAfterScene,
  whyNotTheOther,
  noneOfThat,
  theOpposite,
  wholeOfThem,
  whatIfOnIt,
  itToo,
  dealtWithBy,
  allParts,
  // Names in it
  unknownWords,
  placeOfNamed,
  consequenceFor,
  nameGiven,
  namedAsIdentity,
  evenThat,
  pronounAfterItsName,
  onlyAName,
  partOfNamedWhole,
  besideTheName,
  placePronoun,
  neededByNamed,
  headNounNeighbour,
  settlesTheLookup,
  settlesOnANeighbour,
  onlyOneName,
  namesItsOwn,
  // Whether, and how, it leans on the last answer
  // "which part …?" presupposes a whole: the last answer, whatever the lookup makes of its other words.
  partAskedFor,
  kindAskedFor,
  noLean,
  alongARelation,
  handedOn,
  agentOfIt,
  objectAsked,
  pluralPointer,
  requestOnly,
  whyOfItself,
  stillTheEarlierThing,
  lookupAgrees,
  namedNeighbourAgrees,
  whatWasSaid,
  noLeanInContext,
  anotherAspectOfTheWhole,
  anAspect,
  echoed,
  nameBackElsewhere,
  namelessStays,
  // The last answer or a neighbour, by the words
  weakWordsOnly,
  bothReadingsStay,
  yesNoWithObject,
  weighNeighbours,
];

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
): FollowUp | undefined {
  const last = recent[0] === undefined ? undefined : kb.concept(recent[0]);
  if (!last) return undefined;
  const reading = new Reading(kb, text, last, fresh, unsure, statement, situation, recent.slice(1));
  for (const read of READERS) {
    const ruling = read(reading);
    if (ruling === FRESH) return undefined;
    if (ruling) return ruling;
  }
  return undefined;
}
