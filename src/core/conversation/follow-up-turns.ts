import type { Concept } from '../content/schema.js';
import { looksLikeQuestion } from '../checklist/read-step-input.js';
import { comparisonOfWholes, comparisonSide, covers, isCounterpart, knownAnywhere, namedAsSubject } from './follow-up-neighbours.js';
import { namedIn } from './concept-terms.js';
import { isFiller } from '../lookup/normalize.js';
import type { Reading } from './follow-up-reading.js';
import { relationTarget } from './follow-up-relation.js';
import type { Ruling } from './follow-up-ruling.js';
import { stem } from '../stem.js';
import { ANAPHORS, DIFFERENCE, LIKE_THEIRS, OPENERS, OPENING, PART, PIECE, TRAILS_ON, widen } from './follow-up-words.js';

// Short follow-ups whose turn of phrase says how they stand to the last answer: "why not X?" asks why the last
// answer rather than X, "what if none of this fits?" turns to its counterpart, "it does Y too?" asks about the
// last answer itself, "like a cron job?" holds it against the asker's own world, and "what does it Y?" asks for
// what its own page puts after that verb.

/** "why not swarm?", "why not just go with plain containers?": the last answer, against something else named. */
const WHY_NOT = new RegExp(`${OPENING}(?:but )?why not(?: just)?(?: (?:use|using|go with|pick|choose|run))?\\b`);

/** "why not swarm?" after Kubernetes: why the last answer rather than the thing named, which its own page tells. */
export function whyNotTheOther(r: Reading): Ruling {
  // A start-here advice page the question names outright ("why not just docker?" names when Docker is enough) answers
  // it; a tool's own page (Docker, with pages about its parts) is only the alternative set against the last answer.
  const { fresh } = r;
  const advice = fresh !== undefined && fresh.featured && r.everyName().includes(fresh.id) && (r.index.aspects.get(fresh.id)?.length ?? 0) === 0;
  return WHY_NOT.test(r.lower) && r.named().length > 0 && r.tokens.length <= 8 && !advice ? { concept: r.last, how: 'same', rule: 'why-not' } : undefined;
}

/** "what if none of this fits?", "and if that is not our case?": the case the last answer's conditions do not meet. */
const NONE_OF_THAT = /\b(?:if|when) (?:none|nothing|neither|no part|not one) of (?:that|this|those|these|it|them)\b|\bif (?:that|this|it|those|none) (?:doesnt|does not|dont|do not|isnt|is not|arent|are not) (?:apply|fit|matter|us|our case)\b/;

/** "what if none of this fits us?" after a page of conditions: its counterpart page, which names it and is named by it. */
export function noneOfThat(r: Reading): Ruling {
  if (!NONE_OF_THAT.test(r.lower) || r.named().length > 0) return undefined;
  const [only, ...more] = r.neighbours().filter((id) => isCounterpart(r.kb, r.last, id));
  const concept = only !== undefined && more.length === 0 ? r.kb.concept(only) : undefined;
  return concept ? { concept, how: 'related', rule: 'none-of-that' } : undefined;
}

/**
 * "and the opposite case?", "what about the reverse?", "and vice versa?": the other side of the last answer. "the opposite
 * of scaling out" names its own thing.
 */
const OPPOSITE = /\b(?:opposite|reverse|converse|conversely|flip ?side|vice versa)\b(?! of (?!(?:that|this|it|those|these)\b))/;

/** "and the opposite?" after when Kubernetes is worth it: its one counterpart page (when Docker is enough). */
export function theOpposite(r: Reading): Ruling {
  if (!OPPOSITE.test(r.lower)) return undefined;
  const [only, ...more] = r.neighbours().filter((id) => isCounterpart(r.kb, r.last, id));
  const concept = only !== undefined && more.length === 0 ? r.kb.concept(only) : undefined;
  // "and conversely, when would docker on its own do?": a thing named that the counterpart is about (an aspect of) only
  // says which side it is; any other name is a subject of its own.
  const sides = r.named().every((id) => id === only || (only !== undefined && (r.index.aspects.get(id) ?? []).includes(only)));
  return concept && sides ? { concept, how: 'related', rule: 'opposite' } : undefined;
}

/**
 * "all of them together", "the two combined", "as a group": the last answers asked about as one. Not "work together",
 * which asks how things cooperate.
 */
const TOGETHER = /\b(?:(?:them|all|those|these|both|two|three) (?:together|combined)|collectively|as a (?:group|whole|set|unit))\b|^(?:and |so )?(?:together|combined)\b/;

/**
 * "what's the name for those two combined?" after x, then y: the one page each of the two last answers lists, and
 * that lists both of them back: the whole they make together. After a question that named several things ("how do x
 * and y split the work?"), those things.
 */
export function wholeOfThem(r: Reading): Ruling {
  // The cheap test first: the question before is read again only for a message asking about things together.
  if (!TOGETHER.test(r.lower) || r.named().length > 0) return undefined;
  // The things the question before named ("x, y, together?"), else the last two answers.
  const named = r.namedBefore();
  const parts = named.length > 1 ? named : r.earlier[0] === undefined ? [] : [r.last.id, r.earlier[0]];
  const [first] = parts;
  if (first === undefined || parts.length < 2) return undefined;
  const lists = (id: string, other: string): boolean => r.kb.concept(id)?.related.includes(other) === true;
  // Only a page the first part lists can be listed by every part.
  const candidates = [...new Set(r.kb.concept(first)?.related ?? [])];
  const both = candidates.filter((id) => !parts.includes(id) && parts.every((part) => lists(part, id) && lists(id, part)));
  const [only, ...more] = both;
  const concept = only !== undefined && more.length === 0 ? r.kb.concept(only) : undefined;
  return concept ? { concept, how: 'related', rule: 'whole-of-them' } : undefined;
}

/** "it checks permissions as well?", "they restart things too?": whether the last answer itself also does that. */
export function itToo(r: Reading): Ruling {
  const opening = r.tokens.find((t) => !OPENERS.has(t));
  const itself = opening !== undefined && ['it', 'they', 'that', 'this'].includes(opening);
  // The pronoun opens it as the subject: a thing named after it is the object ("it runs pods too?"). A page on an
  // aspect of the last answer that the question reaches ("it works on one server too?" after Kubernetes) tells more.
  const aspect = r.fresh !== undefined && (r.index.aspects.get(r.last.id) ?? []).includes(r.fresh.id);
  return itself && !aspect && TRAILS_ON.test(r.lower) && looksLikeQuestion(r.text) ? { concept: r.last, how: 'same', rule: 'it-too' } : undefined;
}

/** "what does it pass the work to …", "what does the CLI send there?": the thing its verb acts on, asked for. */
/** A verb's particle ("hand *off*", "pass *on*"): part of the verb, not what it acts on. */
const PARTICLE = '(?: (?:off|over|on|out|along|back|down))?';
const OBJECT_ASKED = new RegExp(
  `${OPENING}what(?: exactly| actually)? (?:does|do|did|will|would) (.+?) (\\w+)${PARTICLE}(?: (?:there|here|then|for|to|with|on|from|exactly|actually|\\w+ly))*(?: (?:to|for) .*)?$`,
);

/**
 * "what does it ask to pull the images?" after the kubelet ("it asks the container runtime to …"), "what does docker
 * make in that pipeline?" after the build-ship-run page: what the last answer's own sentences put right after that
 * verb, when the subject is the pronoun (with a verb of handing work on) or a thing named as it.
 */
export function objectAsked(r: Reading): Ruling {
  const match = OBJECT_ASKED.exec(r.lower);
  if (!match) return undefined;
  const [, subject = '', verb = ''] = match;
  // With the pronoun as the subject only a verb of handing work on asks for another thing ("what does it look after?" is
  // answered on its own page); a thing named as the subject asks what that one does in the last answer's story.
  const handsOn = ANAPHORS.has(subject) && widen(verb).includes(stem('hand'));
  const named = r.named().length === 1 && namedAsSubject(r.kb, r.tokens, r.named()[0] ?? '') && !ANAPHORS.has(subject);
  if (!handsOn && !named) return undefined;
  const target = relationTarget(r.kb, r.index, r.last, [verb], r.neighbours(), false, true);
  return target && !r.named().includes(target.id) ? { concept: target, how: 'related', rule: 'object-asked' } : undefined;
}

/** "which one is better?", "which should we pick?": a choice between the things just asked about. */
const WHICH_BETTER = /\bwhich(?: one| of them| of the two)?(?: is| s)? (?:better|best|right|should|to pick|to choose|wins)\b/;

/**
 * Two things asked about one after the other, then "so what's the difference?" or "which one is better?" naming
 * neither: the page that sets exactly those two side by side, when there is one; else the last of the two, where the
 * reader already is (a page comparing only what they are parts of answers another question).
 */
export function lastTwoCompared(r: Reading): Ruling {
  const before = r.earlier[0];
  if (before === undefined || before === r.last.id || r.named().length > 0 || !(DIFFERENCE.test(r.lower) || WHICH_BETTER.test(r.lower))) return undefined;
  const both = comparisonOfWholes(r.kb, r.index, r.last.id, before);
  const sides = both ? [0, 1].map((i) => comparisonSide(r.kb, both, i)?.id) : [];
  if (both && both.id !== r.last.id && sides.includes(r.last.id) && sides.includes(before)) return { concept: both, how: 'comparison', rule: 'difference-of-two' };
  return { concept: r.last, how: 'whole', rule: 'difference-of-two-last' };
}

/** "how does k8s solve that?", "can docker handle it?": a way of dealing with a problem, asked of a whole tool. */
const DEALS_WITH = /\b(?:solve|solves|fix|fixes|handle|handles|deal|deals|cope|copes|tackle|tackles|address|addresses|avoid|avoids|prevent|prevents)\b/;

/**
 * "how does k8s solve that?" after service discovery: a start-here tool named (one that has pages about its parts)
 * only sets where the problem just answered is dealt with, and that page tells how. Nothing else may be asked.
 */
export function dealtWithBy(r: Reading): Ruling {
  const named = r.named();
  if (named.length === 0 || r.last.featured || !DEALS_WITH.test(r.lower) || !looksLikeQuestion(r.text)) return undefined;
  // The tool is one with pages about its parts, and the last answer's page speaks of it (tells how it fares there).
  const setting = (id: string): boolean => r.kb.concept(id)?.featured === true && (r.index.aspects.get(id)?.length ?? 0) > 0 && covers(r.index, r.last, id);
  if (!named.every(setting)) return undefined;
  const rest = r.content().filter((t) => !DEALS_WITH.test(t));
  return rest.length === 0 ? { concept: r.last, how: 'same', rule: 'dealt-with-by' } : undefined;
}

/**
 * "how would swarm do rollouts *differently*?", "how does it handle failures *instead*?": another tool's way with one thing.
 * The piece may be named first, as a clause of its own ("the release bit: how would swarm go about that instead?").
 */
const OTHER_WAY = new RegExp(`${OPENING}(?:the (?:\\w+ ){1,3}(?:${[...PART].join('|')}) ${OPENING.slice(1)})?how (?:does|do|would|will|can|could) .+\\b(?:differently|instead)$`);

/**
 * "so how would kubernetes handle rollbacks instead?" after Docker's limits: a start-here tool named, and one thing the last
 * page speaks of, asked of that tool instead: the page on that thing (rolling updates), the only one among the last
 * page's neighbours and the pages its own keywords name that has a name or keyword said whole in the question.
 */
export function otherWayWith(r: Reading): Ruling {
  const named = r.named();
  if (!OTHER_WAY.test(r.lower) || named.length === 0 || !named.every((id) => r.kb.concept(id)?.featured === true)) return undefined;
  const words = r.content().filter((t) => t !== 'differently' && t !== 'instead' && !PIECE.has(t) && !DEALS_WITH.test(t)).map(stem);
  const near = new Set([...r.neighbours(), ...r.last.keywords.flatMap((k) => namedIn(r.index, k))]);
  // A name or keyword said whole ("deploy"), not a word of a longer one ("deploy scripts").
  const keyed = [...near].filter((id) => id !== r.last.id && !named.includes(id) && (r.index.keys.get(id) ?? []).some((k) => k.all.every((w) => words.includes(w))));
  const [only, ...more] = keyed;
  const concept = only !== undefined && more.length === 0 ? r.kb.concept(only) : undefined;
  return concept ? { concept, how: 'related', rule: 'other-way' } : undefined;
}

/** "orchestrating what exactly?", "meaning what?": a word of the last answer echoed back with a question word. */
const ECHO = new RegExp(`${OPENING}(\\w+) (?:what|which|who|whom)(?: (?:exactly|then|again|precisely|now))*$`);
/** Prepositions before the question word make it a relation asked for ("built *from* what?"), not an echo. */
const RELATION_WORD = /^(?:from|to|with|of|on|in|into|by|for|at|about|like)$/;

/**
 * "orchestrating what exactly?" after Kubernetes: one word echoed back with "what", naming nothing, asks the last
 * answer to say what it meant by it: its own page. A relation asked for ("built from what?") is read elsewhere.
 */
export function echoed(r: Reading): Ruling {
  const word = ECHO.exec(r.lower)?.[1];
  if (word === undefined || RELATION_WORD.test(word) || r.everyName().length > 0 || r.turned()) return undefined;
  return { concept: r.last, how: 'same', rule: 'echo' };
}

/** "what are its parts, then?", "what are the core pieces of it?": the parts of the last answer, asked for all at once. */
const ALL_PARTS = new RegExp(`${OPENING}(?:what|whats) (?:are|r) (?:its|their|the)(?: (?:main|key|core|major|different))? (?:parts|components|pieces|building blocks)(?: of (?:it|them|that|this))?(?: (?:exactly|then|again))*$`);

/** Its parts asked for, naming nothing: the last answer's own page, which names them; "which part …?" picks one (partAskedFor). */
export function allParts(r: Reading): Ruling {
  return ALL_PARTS.test(r.lower) && r.everyName().length === 0 ? { concept: r.last, how: 'same', rule: 'all-parts' } : undefined;
}

/**
 * "then how do they really differ?" after a page on mistaking two tools for each other: one page asked about,
 * and a difference asked for naming nothing. The one page beside it that sets two things side by side ("x vs y")
 * answers it. When the last answer is itself such a page, or none or several are beside it, later readers decide.
 */
export function differenceBeside(r: Reading): Ruling {
  if (r.earlier.length > 0 || r.named().length > 0 || !DIFFERENCE.test(r.lower) || comparisonSide(r.kb, r.last, 0)) return undefined;
  const pages = r.neighbours().filter((id) => id !== r.last.id && r.kb.concept(id) !== undefined && comparisonSide(r.kb, r.kb.concept(id) as Concept, 0) !== undefined);
  const [only, ...more] = pages;
  const concept = only !== undefined && more.length === 0 ? r.kb.concept(only) : undefined;
  return concept ? { concept, how: 'comparison', rule: 'difference-beside' } : undefined;
}

/**
 * "like a cron job?", "what is that in accounting terms?", "explain it like I'm a network engineer":
 * the last answer held against something the asker already knows. What they compare it with is their world, not a
 * subject of ours, so the reply stays on the last answer (a part of it not yet shown). Only when the message names
 * nothing else of ours outside the comparison, and the comparison names nothing else of ours either, or holds a word
 * the knowledge base never uses ("mainframe", "cobol"): "like a pod?" after containers asks about pods.
 */
export function likeTheirOwn(r: Reading): Ruling {
  const { index, last, lower } = r;
  const theirs = LIKE_THEIRS.map((pattern) => pattern.exec(lower)?.[1]).find((held) => held !== undefined);
  if (theirs === undefined) return undefined;
  const ours = (words: string): boolean => namedIn(index, words).some((id) => id !== last.id);
  const elsewhere = theirs.split(' ').some((t) => !isFiller(t) && !knownAnywhere(index, t));
  if (ours(lower.replace(theirs, ' ')) || (ours(theirs) && !elsewhere)) return undefined;
  return { concept: last, how: 'same', rule: 'like-theirs' };
}
