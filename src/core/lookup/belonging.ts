// Where a named thing belongs: "is kube-proxy part of the worker node?", "the scheduler belongs to the control
// plane". The question is about the thing; the whole or the place it is put in is the setting. So is a claim put up to be
// checked ("x is only a cache?"): what it says of the thing named first is the setting of a question about that thing.

import type { Concept } from '../content/schema.js';
import type { LookupIndex } from './lookup-index.js';
import { namedWithin, names, usesNameWord } from './naming.js';
import { rank } from './rank.js';
import { OPENS_CONDITION_OR_REASON } from './question-words.js';
import { resultFor, type LookupResult } from './result.js';
import { keyOf } from './normalize.js';

/**
 * A thing, then the whole it belongs to: "is X (really) part of / one of / among Y", "X belongs to Y", "X — part of Y".
 * The thing is group 1, the whole group 2.
 */
const BELONGS =
  /^\s*(?:(?:is|are)\s+)?([a-z0-9`'"][^,;:?!.]*?)\s*(?:[-—–]+\s*|,\s*)?(?:(?:is|are)\s+)?(?:(?:really|actually|still|also|even|truly|just)\s+)?(?:(?:a|an|the)\s+)?(?:(?:part|piece|component|bit)\s+of|one\s+of|among|belongs?\s+(?:to|in))\b(.*)$/;

/**
 * A thing, then the place it runs in, asked as a question: "is X running on Y", "does X live in Y", "X — where does
 * it live". The thing is group 1, the place group 2.
 */
const RUNS_WHERE =
  /^\s*(?:(?:is|are)\s+([a-z0-9`'"][^,;:?!.]*?)\s+(?:running|living|sitting|located)\s+(?:on|in|inside)\b|(?:does|do)\s+([a-z0-9`'"][^,;:?!.]*?)\s+(?:run|live|sit)\s+(?:on|in|inside)\b|([a-z0-9`'"][^,;:?!.]*?)\s*[-—–]+\s*where\s+(?:does|do)\s+(?:it|they)\s+(?:live|run|sit)\b)(.*)$/;

/** Where a clause may open: the text's start, after a mark, or after a verb asking to be told ("describe where …"). */
const CLAUSE = `(?:^|[,;:.]\\s|\\b(?:describe|explain|show|understand|know)\\s)\\s*(?:(?:what|whats|what's)\\s+(?:is\\s+)?)?(?:(?:the|a|an)\\s+)?`;
/** A thing named: words up to the next mark. */
const THING = "([a-z0-9`'\"][^,;:?!.]*?)";
/** Words putting the thing beside the rest of a whole. */
const AMONG = '(?:in|within|inside|into|among|alongside|beside|next\\s+to|relative\\s+to)';

/**
 * A thing's role or place in a whole, or where it fits in one: "the role of X in Y", "what's X's role in Y", "X role Y"
 * as a search box has it, "where does X fit among Y". Each gives the thing as group 1 and the whole as group 2.
 */
const ROLE_IN: readonly RegExp[] = [
  new RegExp(`${CLAUSE}(?:role|place|job)\\s+of\\s+(?:(?:the|a|an)\\s+)?${THING}\\s+${AMONG}\\b(.*)$`),
  new RegExp(`${CLAUSE}${THING}(?:'s|s')?\\s+(?:role|place|job)\\s+(?:${AMONG}\\s+)?(.*)$`),
  new RegExp(`${CLAUSE}where\\s+(?:does\\s+|do\\s+|would\\s+)?(?:(?:the|a|an)\\s+)?${THING}\\s+(?:fits?|sits?)\\s+${AMONG}\\b(.*)$`),
];

/**
 * "is kube-proxy part of the worker node?", "is the scheduler running on the masters": a thing named, then the whole or the
 * place it belongs to, asks about the thing. Only a thing named by its name alone (as typed or mended: "ectd"), and
 * not a start-here page ("is docker part of kubernetes" asks how the two fit). A place must not be named only by a
 * start-here page: "do docker images run on k8s" asks whether the two fit, not what an image is.
 */
export function belonging(index: LookupIndex, text: string): LookupResult | undefined {
  // Most questions hold none of the words these shapes turn on: spared the patterns, which try every place in the text.
  const member = MAY_BELONG.test(text) ? BELONGS.exec(text) : null;
  const runs = member === null && MAY_RUN_WHERE.test(text) ? RUNS_WHERE.exec(text) : null;
  return thingIn(index, member?.[1] ?? runs?.[1] ?? runs?.[2] ?? runs?.[3], member?.[2] ?? runs?.[4], { place: runs !== null });
}

/**
 * "what's the registry's role in the build flow", "where does the scheduler fit among the control plane components": a
 * thing's role or place in a whole asks about the thing, as belonging() reads it, wherever the clause stands; tried before
 * a last clause is read alone, since that clause names the whole too.
 */
export function roleIn(index: LookupIndex, text: string): LookupResult | undefined {
  if (!MAY_HAVE_ROLE.test(text)) return undefined;
  for (const shape of ROLE_IN) {
    const role = shape.exec(text);
    if (role !== null) return thingIn(index, role[1], role[2], { place: false });
  }
  return undefined;
}

/** The thing when it is named alone and what it belongs to names something of ours; `place`: the whole is where it runs. */
function thingIn(index: LookupIndex, thing: string | undefined, whole: string | undefined, { place }: { place: boolean }): LookupResult | undefined {
  if (thing === undefined || whole === undefined || !usesNameWord(index, whole)) return undefined;
  // "when a container is part of a pod, who restarts it": a condition, then a question of its own, asks that question.
  if (OPENS_CONDITION_OR_REASON.test(thing) || ASKED_AFTER.test(whole) || ABSTRACT_WHOLE.test(whole)) return undefined;
  const places = place ? namedWithin(index, whole) : [];
  if (places.length > 0 && places.every((c) => (index.concepts[c] as Concept).featured === true)) return undefined;
  const alone = rank(index, thing);
  return alone.status === 'answer' && alone.concept.featured !== true && alone.score >= MENDED ? alone : undefined;
}

/** The words BELONGS and RUNS_WHERE need, tested first: "part of", "among", "belongs"; a question opened by "is" or "does", or "where does". */
const MAY_BELONG = /\b(?:of|among|belongs?)\b/;
const MAY_RUN_WHERE = /^\s*(?:is|are|does|do)\b|\bwhere\s+do/;
/** ROLE_IN's words: a role, a place or a job; fitting or sitting somewhere. */
const MAY_HAVE_ROLE = /\b(?:role|place|job|fits?|sits?)\b/;

/** A "whole" that is a reason or a set of things done, not a thing: "part of the reason k8s is complex", "among the things k8s restarts". */
const ABSTRACT_WHOLE = /^\s*(?:(?:the|a|an)\s+)?(?:reasons?|why|what|how|problems?|things?|stuff|ones?)\b/;
/** A question asked after the whole (", who restarts it"); a thing put as a condition ("when X is part of Y") is read by OPENS_CONDITION_OR_REASON. */
const ASKED_AFTER = /[,;:]\s*(?:what|who|which|how|why|where|when|does|do|is|are|can|should)\b/;

/** What a name scores as typed (1) or mended from a slip ("ectd"): rank's tier 1. */
const MENDED = 0.95;

/** "how many nodes can one cluster take": how many parts a whole can hold; the parts counted are group 1, the whole group 2. */
const HOW_MANY_IN = /\bhow\s+many\s+([a-z0-9-]+(?:\s+[a-z0-9-]+)?)\s+(?:can|could|will|does|do|should)\s+(?:(?:a|an|one|the|my|our|your|a\s+single)\s+)?([a-z0-9][a-z0-9 -]*?)\s+(?:have|handle|hold|take|support|manage|fit|contain|run)\b/;

/** Words after "how many X can Y hold" that say more than how big: a place, a purpose, a condition. */
const REST = /\b(?:per|on|in|for|before|without|if|when|across)\b/;

/**
 * "how many nodes can a cluster handle", "how many pods can one node run": how many parts a whole can hold is
 * a question of the whole's scale, asked about the whole; the parts counted are what it is measured in.
 */
export function capacity(index: LookupIndex, text: string): LookupResult | undefined {
  const asked = text.includes('how many') ? HOW_MANY_IN.exec(text) : null;
  const parts = asked?.[1];
  const whole = asked?.[2];
  // "… run on one node", "… per node", "… for fault tolerance": more said after the verb than the whole carries.
  if (asked === null || whole === undefined || REST.test(text.slice(asked.index + asked[0].length))) return undefined;
  const alone = rank(index, whole);
  if (alone.status !== 'answer' || !names(whole, alone)) return undefined;
  if (alone.concept.featured !== true) return alone;
  // A start-here page as the whole only in place of an answer about the parts counted ("how many nodes fit in one
  // kubernetes cluster" read as what a node is): "how many servers can docker handle" already lands on where Docker falls short.
  const full = rank(index, text);
  const counted = rank(index, parts ?? '');
  return full.status === 'answer' && full.concept.id !== alone.concept.id && (counted.status !== 'answer' || counted.concept.id !== full.concept.id) ? undefined : alone;
}

/**
 * A claim put up to be checked, its subject first: "the widget cache is only filled at start-up?", "true or false: a gadget
 * is a kind of widget". The sentence says something of the thing named before its verb; that thing is what is asked.
 */
const CLAIM = /^\s*(?:(?:the|a|an)\s+)?([a-z0-9`'"][a-z0-9 `'"-]*?)\s+(?:is|are|isn'?t|aren'?t|can|can'?t|cannot|does|doesn'?t|do|don'?t|will|won'?t|has|have|only|just|still|always|never|really)\b(.*)$/;

/** The same claim asked as a question, the thing right after the verb: "is a gadget just a widget?", "are widgets kept forever?". */
const ASKED_CLAIM = /^\s*(?:is|are|isn'?t|aren'?t)\s+(?:(?:the|a|an)\s+)?([a-z0-9`'"].*)$/;

/** What makes a sentence more than one claim: a question word of its own ("x is slow, why?"), or a clause set off by a colon or a dash. */
const MORE_THAN_A_CLAIM = /\b(?:what|whats|which|who|why|how|where|when)\b|[:;]|\s[-—–]+\s/;

/** The longest run of words opening the text that names a concept, and is followed by more: "gadget cache" in "gadget cache warm?". */
function nameOpening(index: LookupIndex, text: string): number | undefined {
  const words = keyOf(text).split(' ');
  for (let end = Math.min(words.length - 1, 4); end > 0; end--) {
    const entry = index.exact.get(words.slice(0, end).join(' '));
    if (entry !== undefined) return entry;
  }
  return undefined;
}

/**
 * "autoscaling is one of the main reasons to adopt k8s?", "is a gadget just a widget?": a claim whose subject is named
 * whole by its name alone asks about that subject; not a start-here page ("docker is still fine for ci" asks where docker
 * fits), nor a claim that asks a question of its own or names something we do not cover.
 */
export function claimed(index: LookupIndex, text: string): LookupResult | undefined {
  // "are x among the things y does by itself" asks about what y does, as belonging() reads it.
  if (MORE_THAN_A_CLAIM.test(text) || (MAY_BELONG.test(text) && ABSTRACT_WHOLE.test(BELONGS.exec(text)?.[2] ?? ''))) return undefined;
  const asked = ASKED_CLAIM.exec(text)?.[1];
  const thing = asked === undefined ? CLAIM.exec(text)?.[1] : undefined;
  const entry = asked !== undefined ? nameOpening(index, asked) : thing !== undefined ? index.exact.get(keyOf(thing)) : undefined;
  if (entry === undefined || entry >= index.concepts.length || (index.concepts[entry] as Concept).featured === true) return undefined;
  // What the claim says may name a term we do not cover or a word we have never seen ("the scheduler ignores my foo
  // settings"): then that is the subject, as in any question.
  const whole = rank(index, text);
  return whole.status === 'outside' || whole.status === 'unknown' ? undefined : resultFor(index, entry, MENDED);
}
