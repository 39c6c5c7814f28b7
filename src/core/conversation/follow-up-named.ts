import type { Concept } from '../content/schema.js';
import { isFiller, singular, tokenize } from '../lookup/normalize.js';
import { OPENS_CONDITION } from '../lookup/question-words.js';
import { namedIn } from './concept-terms.js';
import { BE_OR_DO, covers, knownAnywhere, namedAsSubject, nameWords, neighbourhood, parallelAspect, pronounSubject } from './follow-up-neighbours.js';
import type { Reading } from './follow-up-reading.js';
import { agentOf } from './follow-up-relation.js';
import { FRESH, type Ruling } from './follow-up-ruling.js';
import { namedBeside } from './follow-up-shape.js';
import { verbLeftOut } from './follow-up-name-roles.js';
import { AGENT, ANAPHORS, HAVE, OPENERS, WEAK } from './follow-up-words.js';
import { pointerAt } from './read-in-context.js';

// Readers for a follow-up that names a concept, or uses words the lookup reads as one: whether the
// name is its subject (a fresh question, or a move to that concept) or only the object or setting of
// a question still about the last answer.

/** The comparison typed again right after it: the same question, asked as it is. */
export function askedAgain(r: Reading): Ruling {
  return r.fresh?.id === r.last.id && r.everyName().includes(r.last.id) ? FRESH : undefined;
}

/**
 * "and the schedular?": words nothing here uses, which the lookup still reads as a name (a typo), name their own
 * subject.
 */
export function unknownWords(r: Reading): Ruling {
  const content = r.content();
  const foreign = content.length > 0 && !content.some((t) => knownAnywhere(r.index, t));
  return !r.anaphor() && r.named().length === 0 && r.fresh !== undefined && foreign ? FRESH : undefined;
}

/**
 * Nothing but a name and words that carry no meaning ("and docker itself?" after compose): that name is the
 * subject, even when the lookup, reading the leftover words, would lean elsewhere; unless a pronoun or the
 * last answer's own page keeps it (below).
 */
export function onlyAName(r: Reading): Ruling {
  const [subject] = r.named();
  if (subject === undefined || r.content().length > 0) return undefined;
  const kept = pronounIsSubject(r) ?? parallel(r, subject) ?? asSetting(r, subject) ?? counterpartIn(r, subject);
  if (kept) return kept;
  const { fresh } = r;
  const concept = fresh !== undefined && r.named().includes(fresh.id) ? undefined : r.kb.concept(subject);
  return concept ? { concept, how: 'related', rule: 'only-a-name' } : FRESH;
}

/**
 * "how many containers can *it* have?" after pods: the pronoun is the subject, the name its object.
 * "what is a pod, is *it* like a container?": a name in a clause before the pronoun's is what it stands for.
 */
function pronounIsSubject(r: Reading): Ruling {
  const clauses = r.text.split(/[,;.?!]/).filter((c) => c.trim() !== '');
  const namedFirst = namedIn(r.index, clauses.slice(0, -1).join(' ')).some((id) => id !== r.last.id);
  return r.pronounIsSubject() && !namedFirst ? { concept: r.last, how: 'same', rule: 'pronoun-subject' } : undefined;
}

/** "and kubernetes?" after "where docker works best": the same question about the thing named. */
function parallel(r: Reading, subject: string): Ruling {
  const more = r.named().length === 1 && r.said().some((t) => !r.namedWords().has(t));
  const concept = more ? parallelAspect(r.kb, r.index, r.last, subject) : undefined;
  return concept ? { concept, how: 'related', rule: 'parallel' } : undefined;
}

/**
 * "and in docker?" after self-healing, whose page tells how Docker fares: the name is the setting, and that
 * page covers it. After a start-here topic ("docker"), "and on kubernetes?" is the other topic.
 */
function asSetting(r: Reading, subject: string): Ruling {
  // "does docker offer it?" after rolling updates: whether the thing named has the last answer's thing.
  const hasIt = ANAPHORS.has(r.tokens.at(-1) ?? '') && HAVE.has(r.tokens.at(-2) ?? '');
  const setIn = r.said().some((t, i) => r.setsName(t, i) || (t === 'side' && r.pointing(t, i)));
  const kept = r.named().length === 1 && (hasIt || setIn || verbLeftOut(r)) && !r.last.featured && covers(r.index, r.last, subject);
  if (!kept) return undefined;
  // "does docker support it?" asks whether it has the last answer's thing, which that page tells; "and in docker?" asks its side.
  const side = setIn ? sideOfIt(r, subject) : undefined;
  return side ? { concept: side, how: 'related', rule: 'setting-side' } : { concept: r.last, how: 'same', rule: 'setting' };
}

/**
 * "and in docker?" after rolling updates: when the thing named has a page of its own on an aspect of it (where Docker
 * falls short) beside the last answer, and that page speaks of the last answer by name, that page tells the named
 * thing's side of it at length; the last answer's page gives it a paragraph. Only one such page, and only when the last
 * answer's summary does not name the thing: else the last answer is that side.
 */
function sideOfIt(r: Reading, subject: string): Concept | undefined {
  // "does kubernetes?" after self-healing, whose summary tells what Kubernetes does: the last answer is that side.
  if (namedIn(r.index, r.last.summary).includes(subject)) return undefined;
  const aspects = new Set(r.index.aspects.get(subject) ?? []);
  const sides = r.neighbours().filter((id) => {
    const page = aspects.has(id) ? r.kb.concept(id) : undefined;
    return page !== undefined && namedIn(r.index, shownText(page)).includes(r.last.id);
  });
  const [only, ...more] = sides;
  return only !== undefined && more.length === 0 ? r.kb.concept(only) : undefined;
}

/** A page's text as a reader sees it: summary, body and its deeper parts. */
function shownText(page: Concept): string {
  return [page.summary, page.body, ...Object.values(page.deeper ?? {})].join('. ');
}

/**
 * "and Docker's side of it?" after the kubelet, whose page calls it a counterpart to the Docker daemon: the one
 * part of the thing named (a page named after it) that the last answer's page names is its counterpart there.
 * Only for the name set as a setting ("on docker's side", "in plain docker"); "and docker?" asks about Docker.
 */
function counterpartIn(r: Reading, subject: string): Ruling {
  const setting = r.said().some((t, i) => r.setsName(t, i) || (t === 'side' && r.pointing(t, i)));
  // After a start-here topic ("docker"), "and on kubernetes?" is the other topic.
  if (!setting || r.named().length !== 1 || r.last.featured) return undefined;
  const parts = new Set(r.index.aspects.get(subject) ?? []);
  const page = [r.last.summary, r.last.body, ...Object.values(r.last.deeper ?? {})].join('. ');
  const named = [...new Set(page.split(/[.;:!?\n]+/).flatMap((s) => namedIn(r.index, s)))].filter((id) => parts.has(id) && id !== r.last.id);
  const [only] = named;
  const concept = named.length === 1 && only !== undefined ? r.kb.concept(only) : undefined;
  return concept ? { concept, how: 'related', rule: 'counterpart' } : undefined;
}

/** "where do images fit in all this?": read alone it lands on the page just shown, while naming one other thing as its subject. */
export function besideTheName(r: Reading): Ruling {
  return namedBeside(r.kb, r.index, r.last, r.fresh, r.named(), r.tokens) ?? askedOfIt(r);
}

/** Verbs a question asks whether something has, needs or is worth (the last answer's own aspects), not what it does. */
const ASPECT_VERBS = new Set(['need', 'needs', 'require', 'requires', 'want', 'replace', 'replaces', 'be']);

/**
 * "can the kubelet report to it?" after the API server: a yes/no question whose subject is the one thing named
 * (which the lookup answers) and whose object is the pronoun: about what the thing named does to the last answer,
 * which its own page tells. "does docker support it?" asks whether it has the last answer's thing (asSetting).
 */
function askedOfIt(r: Reading): Ruling {
  const [other, ...more] = r.named();
  const { tokens } = r;
  if (other === undefined || more.length > 0 || r.fresh?.id !== other || !ANAPHORS.has(tokens.at(-1) ?? '')) return undefined;
  if (!BE_OR_DO.has(tokens.find((t) => !OPENERS.has(t)) ?? '') || !namedAsSubject(r.kb, tokens, other)) return undefined;
  const verb = /^(?:to|with|from|on|into|about|for)$/.test(tokens.at(-2) ?? '') ? tokens.at(-3) : tokens.at(-2);
  if (verb === undefined || HAVE.has(verb) || ASPECT_VERBS.has(verb) || BE_OR_DO.has(verb) || WEAK.has(verb) || r.lastWords().has(verb)) return undefined;
  const concept = r.kb.concept(other);
  // A whole tool named ("does kubernetes rely on it?") is the setting of a question still about the last answer.
  if (concept?.featured === true) return undefined;
  return concept ? { concept, how: 'related', rule: 'asked-of-it' } : undefined;
}

/** Words that put a name on something: what follows them is the name. */
const NAMING = /\b(?:call|calls|called|calling|named|termed|known as|referred to as|described as)\b(.*)$/;

/**
 * "where does the name X come from, why is it called X?": a name put on the last answer is what is
 * asked about, so the page of that name answers, however much the pronoun looks like the subject.
 */
export function nameGiven(r: Reading): Ruling {
  const named = r.named();
  const [only] = named;
  const after = NAMING.exec(r.lower)?.[1];
  if (named.length !== 1 || only === undefined || after === undefined || !namedIn(r.index, after).includes(only)) return undefined;
  const concept = r.kb.concept(only);
  return concept ? { concept, how: 'related', rule: 'name-given' } : undefined;
}

/** A pronoun in the clause that names the thing, or before it: that clause is still about the last answer. */
const LEANS_BACK = /\b(?:it|its|they|them|their|theyre|thats)\b/;

/** Words for the thing in another setting that matches the last answer ("the kubernetes *equivalent*", "its counterpart in …"). */
const EQUIVALENT = /\b(?:equivalent|counterpart|analogue|analog|alternative|version)s?\b/;

/** Where one clause of a message ends and the next begins. */
const CLAUSE_BREAK = /[,;.?!:]+|\s(?:and|but|so|then)\s/i;

/**
 * "what is a pod and why does it exist?": a pronoun that is the subject of a later clause stands for the one thing the
 * message named before it, not for the last answer. Only when the later clause names nothing of its own.
 */
export function pronounAfterItsName(r: Reading): Ruling {
  const named = r.named();
  const [only] = named;
  if (named.length !== 1 || only === undefined) return undefined;
  const clauses = r.text.split(CLAUSE_BREAK).filter((c) => c.trim() !== '');
  const at = clauses.findIndex((c) => namedIn(r.index, c).includes(only));
  // "when a node dies, how fast does it kick in?": a name inside a condition is the setting; "it" is still the last answer.
  if (at < 0 || at === clauses.length - 1 || OPENS_CONDITION.test(clauses[at] ?? '')) return undefined;
  // "and the kubernetes equivalent: what holds it?": the name only sets where the equivalent is; "it" is that equivalent.
  if (EQUIVALENT.test(clauses[at]?.toLowerCase() ?? '')) return undefined;
  // "it sits in the control plane, yes? how is it backed up?": the name is in a clause about the last answer, which the
  // pronouns go on standing for.
  if (clauses.slice(0, at + 1).some((c) => LEANS_BACK.test(c.toLowerCase()))) return undefined;
  const later = clauses.slice(at + 1).join(' ');
  if (!pronounSubject(tokenize(later)) || namedIn(r.index, later).length > 0) return undefined;
  const concept = r.kb.concept(only);
  return concept ? { concept, how: 'related', rule: 'pronoun-after-name' } : undefined;
}

/** "what is", "what's the", "what are those": the opening of a question whose subject comes right after it. */
const WHAT_IS = /^(?:(?:and|ok|okay|so|but|wait)\s+)*(?:what|whats|who|whos)(?: (?:is|s|are|re))?(?: (?:the|that|this|those|these|a|an))? /;

/**
 * "what's that raft thing they rely on?" after Swarm: the thing named right after "what is" is the subject, which the lookup
 * answers; a pronoun after it only sits in a clause about it ("they use"), standing for the last answer's things.
 */
export function whatIsTheName(r: Reading): Ruling {
  const { fresh } = r;
  const opening = WHAT_IS.exec(r.lower);
  if (!opening || fresh === undefined || !r.named().includes(fresh.id)) return undefined;
  const next = r.lower.slice(opening[0].length).split(' ')[0] ?? '';
  return nameWords(r.kb, fresh.id).includes(singular(next)) ? { concept: fresh, how: 'related', rule: 'what-is-named' } : undefined;
}

/** A message naming its own subject, with nothing pointing back, is a fresh question. Runs after the readers above, which keep some such messages on the thread. */
export function namesItsOwn(r: Reading): Ruling {
  return r.named().length > 0 && !r.anaphor() ? FRESH : undefined;
}

/** "are rolling updates slow *there*?": a place pronoun is the setting; the thing named, which the lookup answers, is the subject. */
export function placePronoun(r: Reading): Ruling {
  const named = r.named();
  const [object] = named;
  if (r.tokens[pointerAt(r.tokens)] !== 'there' || named.length !== 1 || object === undefined) return undefined;
  const forAgent = AGENT.test(r.lower);
  // "who *starts* containers there?": a question for the one doing it, named beside the thing.
  const verbs = r.content().filter((t) => !isFiller(t));
  const agent = forAgent ? agentOf(r.kb, r.index, r.last, verbs, object, neighbourhood(r.kb, r.index, r.last)) : undefined;
  if (agent) return { concept: agent, how: 'related', rule: 'agent' };
  return !forAgent && r.fresh !== undefined && named.includes(r.fresh.id) ? FRESH : undefined;
}
