import { looksLikeQuestion } from '../checklist/read-step-input.js';
import type { Concept } from '../content/schema.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { tokenize } from '../lookup/normalize.js';
import { namedIn, type ConceptTerms } from './concept-terms.js';
import type { FollowUp, Reading } from './follow-up-reading.js';
import type { Ruling } from './follow-up-ruling.js';
import { comparisonOfWholes, markedOne, namedAsSubject, sideOf, wholesOf } from './follow-up-neighbours.js';
import { CONFIRM_WORDS } from './chat-words.js';
import { ADVICE, COMPARED_WITH, isAspectWord, OPENING, PEOPLE } from './follow-up-words.js';

// Follow-ups whose whole shape says what they ask, read before any weighing of words: advice after a
// statement, a side of a comparison, one of a list by its word, and a comparison with something named.

export interface Asked {
  text: string;
  /** The text tokenized and joined by single spaces. */
  lower: string;
  tokens: readonly string[];
  last: Concept;
  /** The message points back (a pronoun, "the other", "one"). */
  anaphor: boolean;
  /** Concepts named in the message, other than the last answer. */
  named: readonly string[];
  /** The words of the statement the last answer was for, when it did not name that answer. */
  statement: readonly string[];
}

/** The reader for the table in follow-up.ts: the shapes below, read on the facts already worked out. */
export function wholeShape(r: Reading): Ruling {
  const asked = { text: r.text, lower: r.lower, tokens: r.tokens, last: r.last, anaphor: r.anaphor(), named: r.named(), statement: r.statement };
  return wholeReading(r.kb, r.index, asked);
}

function wholeReading(kb: KnowledgeBase, index: ConceptTerms, asked: Asked): FollowUp | undefined {
  const { text, lower, tokens, last, anaphor, named, statement } = asked;
  // "we're two devs on one app" then "is kubernetes right for us?": advice asked for the situation just
  // described is answered for that situation, the question read with the statement's words beside it.
  if (statement.length > 0 && ADVICE.test(lower)) {
    const found = kb.lookup(`${text} ${statement.join(' ')}`);
    if (found.status === 'answer') return { concept: found.concept, how: found.concept.id === last.id ? 'same' : 'related', rule: 'advice' };
  }
  // "we run 40 services on their own release cycles, would that qualify?": facts, then a short yes/no question
  // about them: whether they are a case of the last answer, which that answer explains. Only when the facts,
  // looked up alone, land on that answer or on nothing: "we use docker swarm, is that bad?" after pods is
  // about Swarm, the facts' own page.
  const facts = factsThenCheck(text);
  const factsRead = facts === undefined ? undefined : kb.lookup(facts);
  const ownSubject = factsRead?.status === 'answer' || factsRead?.status === 'clarify' || factsRead?.status === 'outside';
  if (factsRead && (!ownSubject || (factsRead.status === 'answer' && factsRead.concept.id === last.id))) return { concept: last, how: 'same', rule: 'case-of' };
  // The facts have a page of their own: the check is about them ("we deploy over ssh with scripts, is that ok?").
  if (factsRead?.status === 'answer') return { concept: factsRead.concept, how: 'related', rule: 'case-of-facts' };
  const side = sideOf(kb, last, lower);
  if (side) return { concept: side, how: 'related', rule: 'side' };
  // "the docker one" after a page listing several mistakes: the one of its neighbours named by that word.
  const marked = markedOne(kb, index, last, tokens);
  if (marked) return { concept: marked, how: 'related', rule: 'marked-one' };
  const compared = COMPARED_WITH.exec(lower);
  if (compared && (anaphor || named.length <= 1)) {
    const other = namedIn(index, compared[1] ?? '').find((id) => id !== last.id);
    const otherTitle = other === undefined ? undefined : kb.concept(other)?.title;
    if (otherTitle) {
      const found = kb.lookup(`${last.title} vs ${otherTitle}`);
      // When the lookup only finds the last answer again, a page comparing what the two are parts of
      // (a comparison of two parts answered by the page comparing their wholes) says more.
      const wider = found.status === 'answer' && found.concept.id === last.id ? comparisonOfWholes(kb, index, last.id, other ?? '') : undefined;
      if (wider) return { concept: wider, how: 'comparison', rule: 'compared-wholes' };
      // Found again, the last answer says nothing new: the page of the thing it is set against
      // explains the difference from its side ("and how does a pod differ?" after containers).
      // Only for a difference or a relation asked outright: "can it stand in for docker?" is a question about it.
      const difference = /\b(?:different|differ|difference|differences|compare|compares|compared|comparison|versus|vs|relate|relates|relation|relationship)\b/.test(lower);
      const againstIt = difference && found.status === 'answer' && found.concept.id === last.id ? kb.concept(other ?? '') : undefined;
      // Unless the last answer's page alone asks that very difference: then it is the one that explains it.
      if (againstIt && ownsDifference(index, last, againstIt) && !ownsDifference(index, againstIt, last)) {
        return { concept: last, how: 'same', rule: 'compared-own' };
      }
      if (againstIt) return { concept: againstIt, how: 'comparison', rule: 'compared-other' };
      if (found.status === 'answer') return { concept: found.concept, how: 'comparison', rule: 'compared' };
    }
  }
  return undefined;
}

/** Words that ask how two things differ. */
const DIFFERENCE = /\b(?:different|differ|differs|difference|differences|vs|versus|compared?)\b/;

/** The page of `concept` lists, among the questions it answers, how it differs from `other` ("pod vs container, what is the difference"). */
function ownsDifference(index: ConceptTerms, concept: Concept, other: Concept): boolean {
  return concept.asked.some((q) => DIFFERENCE.test(q.toLowerCase()) && namedIn(index, q).includes(other.id));
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
export function namedBeside(
  kb: KnowledgeBase,
  index: ConceptTerms,
  last: Concept,
  fresh: Concept | undefined,
  named: readonly string[],
  tokens: readonly string[],
): FollowUp | undefined {
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
  const general = content.some(isAspectWord) && content.every((t) => isAspectWord(t) || PEOPLE.has(t));
  if (!general) return undefined;
  const ownAspects = index.aspects.get(last.id) ?? [];
  const drifted = ownAspects.length === 0 || (inContext !== undefined && inContext.id !== last.id && !ownAspects.includes(inContext.id));
  return drifted ? { concept: last, how: 'same', rule: 'in-context-drift' } : undefined;
}
