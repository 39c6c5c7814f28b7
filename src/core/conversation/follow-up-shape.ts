import { factsIn } from '../checklist/lean-of-facts.js';
import type { SituationFacts } from './thread-context.js';
import { looksLikeQuestion } from '../checklist/read-step-input.js';
import type { Concept } from '../content/schema.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { tokenize } from '../lookup/normalize.js';
import { conceptTerms, namedIn, type ConceptTerms } from './concept-terms.js';
import type { LookupResult } from '../lookup/lookup.js';
import type { FollowUp, Reading } from './follow-up-reading.js';
import type { Ruling } from './follow-up-ruling.js';
import { comparisonOfWholes, namedAsSubject, wholesOf } from './follow-up-neighbours.js';
import { CONFIRM_WORDS, LEAD_WORDS } from '../chat-words.js';
import { asksFor } from './deeper-part.js';
import { pointerAt, readInContext } from './read-in-context.js';
import { adviceFromFacts } from './situation-facts.js';
import { ADVICE, asksAnAspect, CHOICE, COMPARED_WITH, DIFFERENCE, OPENING, PICK_ONE } from './follow-up-words.js';

// Follow-ups whose whole shape says what they ask, read before any weighing of words: advice after a
// statement, a side of a comparison, one of a list by its word, and a comparison with something named.

/**
 * "we're two devs on one app" then "is kubernetes right for us?": advice asked for the situation just
 * described is answered for that situation: the verdict its facts lean to, else the question read with
 * the statement's words beside it. Needs a statement remembered.
 */
export function adviceAfterStatement(r: Reading): Ruling {
  const { kb, text, last, statement, situation } = r;
  // A situation told over several messages ("two services, one server", "downtime is fine") makes "docker or kubernetes?" advice too.
  const described = Object.keys(situation).length > 0;
  const picked = described && (CHOICE.test(r.lower) || (PICK_ONE.test(r.lower) && namesAVerdict(r)));
  if ((statement.length === 0 && !described) || !(ADVICE.test(r.lower) || picked)) return undefined;
  // The facts said answer some of a decision's questions: the verdict they lean to is the advice.
  const leaned = adviceFromFacts(kb, `${statement.join(' ')} ${text}`, { situation, on: last });
  if (leaned) return { concept: leaned, how: leaned.id === last.id ? 'same' : 'related', rule: 'advice-facts' };
  if (statement.length === 0) return undefined;
  const found = kb.lookup(`${text} ${statement.join(' ')}`);
  return found.status === 'answer' ? { concept: found.concept, how: found.concept.id === last.id ? 'same' : 'related', rule: 'advice' } : undefined;
}

/**
 * What the message names is what a checklist's verdict is about: "kubernetes then?" names Kubernetes, the verdict
 * "Kubernetes is worth it" (and some names of that verdict's page name it too).
 */
function namesAVerdict(r: Reading): boolean {
  const names = r.everyName();
  return names.length > 0 && names.every((id) => r.kb.checklists.some((c) => c.verdicts.some((v) => v.id === id || v.concept === id)));
}

/**
 * "we run 40 services on their own release cycles, would that qualify?": facts, then a short yes/no question
 * about them: whether they are a case of the last answer, which that answer explains. Only when the facts,
 * looked up alone, land on that answer or on nothing: "we use docker swarm, is that bad?" after pods is
 * about Swarm, the facts' own page (and so is "we deploy over ssh with scripts, is that ok?").
 */
export function caseOfFacts(r: Reading): Ruling {
  const facts = factsThenCheck(r.text);
  const factsRead = facts === undefined ? undefined : r.kb.lookup(facts);
  if (!factsRead) return undefined;
  const ownSubject = factsRead.status === 'answer' || factsRead.status === 'clarify' || factsRead.status === 'outside';
  // "we're four devs, does that apply?" after the page on adopting Kubernetes too early: read with that page's name,
  // the facts land on it, so they are a case of it, whatever page their few words reach alone.
  const ofIt = facts !== undefined && readInContext(r.kb, facts, r.last)?.id === r.last.id;
  if (!ownSubject || ofIt || (factsRead.status === 'answer' && factsRead.concept.id === r.last.id)) return { concept: r.last, how: 'same', rule: 'case-of' };
  return factsRead.status === 'answer' ? { concept: factsRead.concept, how: 'related', rule: 'case-of-facts' } : undefined;
}

/** Sentences of a page that name another concept, for a page to be where the two are set side by side. */
const SIDE_BY_SIDE = 3;

/** How many sentences of the concept's page (its deeper parts included) name `id`. */
function mentions(index: ConceptTerms, concept: Concept | undefined, id: string): number {
  if (!concept) return 0;
  return [concept.summary, concept.body, ...Object.values(concept.deeper ?? {})].join('. ').split(/[.;:!?\n]+/).filter((s) => namedIn(index, s).includes(id)).length;
}

/** "how is that different from X", "how does it relate to X": the last answer set against X. */
export function comparedWith(r: Reading): Ruling {
  const { kb, index, last, lower } = r;
  const compared = COMPARED_WITH.exec(lower);
  if (!compared || !(r.anaphor() || r.named().length <= 1)) return undefined;
  const other = namedIn(index, compared[1] ?? '').find((id) => id !== last.id);
  const otherTitle = other === undefined ? undefined : kb.concept(other)?.title;
  if (other === undefined || !otherTitle) return undefined;
  const found = kb.lookup(`${last.title} vs ${otherTitle}`);
  // When the lookup only finds the last answer again, a page comparing what the two are parts of
  // (a comparison of two parts answered by the page comparing their wholes) says more.
  const wider = found.status === 'answer' && found.concept.id === last.id ? comparisonOfWholes(kb, index, last.id, other) : undefined;
  if (wider) return { concept: wider, how: 'comparison', rule: 'compared-wholes' };
  // Found again, the last answer says nothing new: the page of the thing it is set against
  // explains the difference from its side ("and how does a pod differ?" after containers).
  // Only for a difference or a relation asked outright: "can it stand in for docker?" is a question about it.
  // Unless the last answer's own page is where the two are set side by side: it speaks of the other far more than
  // the other's page speaks of it (the pod's page, told against containers throughout).
  const onOwnPage = mentions(index, last, other) >= SIDE_BY_SIDE && mentions(index, last, other) >= 2 * mentions(index, kb.concept(other), last.id);
  const againstIt = DIFFERENCE.test(lower) && found.status === 'answer' && found.concept.id === last.id ? kb.concept(other) : undefined;
  if (againstIt && onOwnPage) return { concept: last, how: 'same', rule: 'compared-own-page' };
  if (againstIt) return { concept: againstIt, how: 'comparison', rule: 'compared-other' };
  return found.status === 'answer' ? { concept: found.concept, how: 'comparison', rule: 'compared' } : undefined;
}

/**
 * "and how does that compare with Nomad's allocations?", "is it better than a cron job?": the last answer set
 * against a tool the knowledge base does not cover. Only the last answer's side can be told, so the thread stays on
 * it (the next part of it not shown yet), said after the note that the other tool is not covered (`outside`), as
 * "and Nomad?" gets in the same thread. The pointer must
 * come before the comparison, and no concept of ours be named after it (then `comparedWith` reads it).
 */
export function againstOutside(kb: KnowledgeBase, text: string, last: Concept, found: LookupResult): FollowUp | undefined {
  if (found.status !== 'outside') return undefined;
  const lower = text.toLowerCase();
  const compared = COMPARED_WITH.exec(lower);
  if (!compared || pointerAt(tokenize(lower.slice(0, compared.index))) < 0) return undefined;
  return namedIn(conceptTerms(kb), compared[1] ?? '').length === 0 ? { concept: last, how: 'same', rule: 'compared-outside', outside: found } : undefined;
}

/** "they come and go, so how …", "they come and go — how …": a scene, a pause, then the question. */
const AFTER_SCENE = /^(.+?)(?:[,;:.!-]+\s*(?:so|then|but|and)|\s*[\u2014\u2013]+)\s+(.+)$/i;
/** "so if they come and go how …": the scene as a condition, then a question word opening the question. */
const IF_SCENE = new RegExp(String.raw`^(?:(?:${LEAD_WORDS.join('|')})\W+)*if\s+(.+?)[,;:]?\s+((?:how|what|where|who|which)\b.+)$`, 'i');

/**
 * "they move between machines, so where do requests go?": what is said first only sets the scene; the question is the clause
 * after the "so", with the last answer put back for its pronoun. Read alone, the scene's words would pull the
 * lookup toward a page about them rather than the one asked for.
 */
export function questionAfterScene(r: Reading): Ruling {
  const match = AFTER_SCENE.exec(r.text.trim()) ?? IF_SCENE.exec(r.text.trim());
  if (!match) return undefined;
  const [scene, question] = [match[1] as string, match[2] as string];
  if (looksLikeQuestion(scene) || !looksLikeQuestion(question) || pointerAt(tokenize(question)) < 0) return undefined;
  const found = readInContext(r.kb, question, r.last);
  return found && found.id !== r.last.id ? { concept: found, how: 'related', rule: 'after-scene' } : undefined;
}

/**
 * A closing yes/no question about a pronoun, of a few words ("would that qualify?", "is this enough?"),
 * or a short clause asking to be confirmed ("we're fine, right?", "so docker it is, correct?").
 */
const CONFIRM = `(?:${CONFIRM_WORDS.join('|')})`;
const CLOSING_CHECK =
  new RegExp(`${OPENING}(?:does|do|is|are|would|will|could|can|should|isnt|doesnt) (?:that|this|it|those|these) \\w+(?: \\w+){0,2}$|^(?:\\w+ ){0,3}${CONFIRM}$`);

/** Facts stated first (three words or more, no question among them), then a closing check on them: the facts. */
function factsThenCheck(text: string): string | undefined {
  const clauses = text.split(/[,;.:!?\u2014\u2013]+|\s-\s/).map((c) => tokenize(c).join(' ')).filter((c) => c !== '');
  const check = clauses.at(-1);
  const facts = clauses.slice(0, -1);
  // "what is a pod, is it like a container?" asks first: not facts.
  const stated = facts.some((c) => c.split(' ').length >= 3) && !facts.some((c) => looksLikeQuestion(c));
  // A confirmation asked ("…, right?") needs its question mark; "…, yes" may be an answer.
  const asked = check !== undefined && (!new RegExp(`${CONFIRM}$`).test(check) || /\?\s*$/.test(text));
  return check !== undefined && stated && asked && CLOSING_CHECK.test(check) ? facts.join(' ') : undefined;
}

/**
 * "where do images fit in all this?", "does kubelet report to it?": read alone the question lands on the page
 * just shown, which it does not name, while naming one other thing as its subject (not what that page is an
 * aspect of): that thing is asked about.
 */
export function namedBeside(kb: KnowledgeBase, index: ConceptTerms, last: Concept, fresh: Concept | undefined, named: readonly string[], tokens: readonly string[]): FollowUp | undefined {
  const [other] = named;
  if (fresh?.id !== last.id || named.length !== 1 || other === undefined) return undefined;
  if (wholesOf(index, last.id).includes(other) || !namedAsSubject(kb, tokens, other)) return undefined;
  const concept = kb.concept(other);
  return concept ? { concept, how: 'related', rule: 'named-beside' } : undefined;
}

/**
 * "why is it needed?" after etcd, a question about the pronoun in aspect words only (need, worth,
 * downsides): those fit a page on that aspect of the thing ("do we need it?" after kubernetes -> when
 * it is worth it), and else the thing itself, wherever the name put back (`inContext`) landed.
 */
export function aspectOfItself(index: ConceptTerms, last: Concept, content: readonly string[], inContext: Concept | undefined): FollowUp | undefined {
  if (!asksAnAspect(content)) return undefined;
  const ownAspects = index.aspects.get(last.id) ?? [];
  const drifted = ownAspects.length === 0 || (inContext !== undefined && inContext.id !== last.id && !ownAspects.includes(inContext.id));
  return drifted ? { concept: last, how: 'same', rule: 'in-context-drift' } : undefined;
}

/**
 * "in simple terms", "eli5", "in plain words" naming nothing: the last answer again, said shorter (its summary).
 * Asked with a name ("explain etcd simply") it is a question about that name.
 */
export function inFewerWords(r: Reading): Ruling {
  return asksFor(r.text, 'short') && r.everyName().length === 0 ? { concept: r.last, how: 'same', rule: 'fewer-words' } : undefined;
}

/**
 * After a statement ("our team is three people and one product"), a question that does not land on a concept it
 * names ("is a cluster worth it for us?") is read with the statement's words beside it.
 */
export function withStatement(kb: KnowledgeBase, text: string, found: LookupResult, said: readonly string[], situation: SituationFacts, on?: Concept): FollowUp | undefined {
  // A start-here subject named ("how does kubernetes solve that?") is the setting of a question about the statement.
  const named = found.status === 'answer' && namedIn(conceptTerms(kb), text).includes(found.concept.id);
  if (said.length === 0 || (named && !found.concept.featured)) return undefined;
  // Advice asked for the situation described: the verdict its facts lean to, when they lean clearly. (With a
  // start-here subject named, only the statement read beside the question, below.)
  const leaned = !named && ADVICE.test(tokenize(text).join(' ')) ? adviceFromFacts(kb, `${said.join(' ')} ${text}`, { situation, on }) : undefined;
  if (leaned) return { concept: leaned, how: 'related', rule: 'statement-facts' };
  // "our load triples at noon" then "can kubernetes cope with that?": the pronoun stands for the one fact
  // stated, and the checklist names the page for that fact (spiky traffic -> autoscaling).
  const fact = !named && pointerAt(tokenize(text)) >= 0 ? factPage(kb, said.join(' ')) : undefined;
  if (fact) return { concept: fact, how: 'related', rule: 'statement-fact' };
  const both = kb.lookup(`${text} ${said.join(' ')}`);
  const setting = named ? found.concept.id : undefined;
  return both.status === 'answer' && both.concept.id !== setting ? { concept: both.concept, how: 'related', rule: 'statement' } : undefined;
}

/** The page a checklist gives for the one fact a statement states, when it states exactly one. */
function factPage(kb: KnowledgeBase, statement: string): Concept | undefined {
  const pages = kb.checklists.flatMap((checklist) =>
    Object.entries(factsIn(checklist, statement)).map(([id, value]) => checklist.criteria.find((c) => c.id === id)?.options.find((o) => o.value === value)?.concept),
  );
  const [only] = pages;
  return pages.length === 1 && only !== undefined ? kb.concept(only) : undefined;
}
