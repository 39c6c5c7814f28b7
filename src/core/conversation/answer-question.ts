import { helpReply } from '../guide-replies.js';
import { answerReply, lookupReply, outsideNote } from '../lookup-replies.js';
import { lookupEvent } from '../lookup/lookup-event.js';
import type { LookupResult } from '../lookup/lookup.js';
import type { InboundEvent, Reply } from '../types.js';
import { feedbackBase, type ConversationDeps } from './deps.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { isFiller, keyOf, terms, tokenize } from '../lookup/normalize.js';
import { looksLikeQuestion } from '../checklist/read-step-input.js';
import { pointerAt } from './read-in-context.js';
import { conceptTerms, namedIn } from './concept-terms.js';
import { readFollowUp } from './follow-up.js';
import { plainWords } from './idioms.js';
import { orphanReadings } from './orphan-pronoun.js';
import { backTo } from './back-to.js';
import { closingWhatIs, describedThing, openingWhatIs, topicFirst, withoutPreface } from './preface.js';
import { situationIn } from './situation-facts.js';
import type { SituationFacts } from './thread-context.js';
import type { Part, ShownPart } from '../content/schema.js';
import { deeperAnswer } from './deeper-part.js';
import { pieceOfWhatWasSaid } from './outside-piece.js';

/** A question answered, and what the thread should remember of it. */
export interface Answered {
  replies: Reply[];
  /** The concept answered, for the thread context. */
  concept?: string;
  /** The candidates of a "did you mean", in the order shown: the thread's new offer. */
  offer?: string[];
  /** The question's own words, when it did not name its answer: what a pronoun in the next message may stand for. */
  said?: string[];
  /** A follow-up on the last answer showed this part of it instead of the body (see deeper-part.ts). */
  part?: ShownPart;
  /** The question as asked (its preface dropped), when it got an answer: the next message may ask it again of another name. */
  asked?: string;
  /** The facts of a situation this message stated ("our two services share a single server"), for later advice. */
  facts?: SituationFacts;
  /** "new question: …": the message said the thread's last answers and situation do not apply; what it leaves replaces them. */
  switched?: boolean;
}

/** What the thread keeps of an answer beside its concept; `afresh`: it replaces the context instead of adding to it. */
export type Remembered = Pick<Answered, 'said' | 'part' | 'facts' | 'asked'> & { afresh?: boolean };

/** What `answerQuestion` is asked, and what the thread knows beside it. */
export interface QuestionAsked {
  /** The text as typed (chat noise already stripped). */
  question: string;
  /** The reply is seen only by the person who asked (a shared channel). */
  ephemeral: boolean;
  /** The thread's recent answers, most recent first; empty where there is no context (none yet, or the store is down). */
  recent?: readonly string[];
  /** The words of the message the last answer was for, when it did not name that answer. */
  said?: readonly string[];
  /** Those words got no answer at all (a statement): the question may rest on them. */
  unanswered?: boolean;
  /** The question the last answer was for, as asked. */
  asked?: string;
  /** The deeper parts of the last answer this thread has shown since its body. */
  shown?: readonly Part[];
  /** The situation the thread described so far, as checklist facts. */
  facts?: SituationFacts;
  /** The message returned to an earlier topic ("back to swarm, …"), now `recent[0]`. */
  returnedTo?: boolean;
}

/**
 * The lookup step of the conversation, in one place: the knowledge base's answer to the question, read
 * against the thread's recent answers when it is a follow-up ("and what is kept in it?").
 */
export function answerQuestion(deps: ConversationDeps, event: InboundEvent, asked: QuestionAsked): Answered {
  // "back to etcd, who reads from it?": the question is a follow-up on the topic returned to.
  const back = backTo(conceptTerms(deps.kb), asked.question, asked.recent ?? []);
  if (back) {
    const recent = [back.concept, ...(asked.recent ?? []).filter((id) => id !== back.concept)];
    const shown = asked.recent?.[0] === back.concept ? asked.shown : [];
    return answerOnce(deps, event, { ...asked, question: back.question, recent, said: [], asked: undefined, unanswered: false, shown, returnedTo: true });
  }
  const answered = answerOnce(deps, event, asked);
  // After "new question:" what this message leaves replaces the thread's context instead of adding to it.
  return withoutPreface(asked.question.trim()).switched ? { ...answered, switched: true } : answered;
}

function answerOnce(deps: ConversationDeps, event: InboundEvent, asked: QuestionAsked): Answered {
  const { question, ephemeral, recent = [], said = [], unanswered = false, shown = [], facts = {} } = asked;
  const askedBefore = asked.asked ?? '';
  const { kb, metrics, record } = deps;
  const typed = question.trim();
  if (typed === '') return { replies: [helpReply(kb, ephemeral)] };
  // "makes sense. what is X?": the acknowledgement is no part of the question; "new question: …" also
  // says the thread's last answers do not apply.
  const prefaced = withoutPreface(typed);
  // "and the kubelet, what does that do?" asks about the kubelet, whatever came before.
  const index = conceptTerms(kb);
  const topic =
    topicFirst(prefaced.question, (words) => index.names.has(keyOf(words))) ??
    closingWhatIs(prefaced.question, (clause) => namedIn(index, clause).length === 1 || kb.lookup(clause).status === 'answer') ??
    openingWhatIs(prefaced.question, {
      hasSubject: (clause) => namedIn(index, clause).length === 1 || kb.lookup(clause).status === 'answer',
      namesAThing: (clause) => namedIn(index, clause).length > 0,
    }) ??
    describedThing(prefaced.question) ??
    prefaced.question;
  // an idiom ("give up") is looked up as the plain word it means ("costs"); replies quote what was asked.
  const text = plainWords(kb, topic);
  const context = prefaced.switched ? [] : recent;
  const looked: LookupResult = kb.lookup(text);
  // a first message like "what is it best at?": what the "it" may stand for.
  const found = looked.status === 'unknown' && context.length === 0 ? (orphanReadings(kb, text) ?? looked) : looked;
  const candidates = found.status === 'clarify' ? found.candidates.map((c) => c.concept) : [];
  // Small talk ("hello there", "thanks") and a named outside term are never read as follow-ups, except a
  // question pointing back ("is that alright?" after "our deploys are a shell loop over ssh").
  const pointsBack = found.status === 'smalltalk' && (context.length > 0 || said.length > 0) && looksLikeQuestion(text) && pointerAt(tokenize(text)) >= 0;
  const piece = pieceOfWhatWasSaid(found, text, kb.concept(context[0] ?? ''));
  const leans = ((found.status !== 'smalltalk' || pointsBack) && found.status !== 'outside') || piece;
  const before = prefaced.switched ? [] : said;
  const situation = prefaced.switched ? {} : facts;
  const stated = situationIn(kb, text);
  // Read against the thread, in the one order follow-up.ts keeps.
  const followUp = readFollowUp(kb, {
    text, recent: context, found, piece, unsure: candidates, statement: before, situation, leans, unanswered, returnedTo: asked.returnedTo === true, asked: prefaced.switched ? '' : askedBefore,
  });
  // The situation goes on while messages tell of it or ask advice on it; a question about something else ends it.
  const onSituation = !looksLikeQuestion(text) || Object.keys(stated).length > 0 || followUp?.rule === 'advice-facts' || followUp?.rule === 'statement-facts';
  const withFacts = onSituation ? { facts: stated } : {};
  const base = feedbackBase(deps, event);
  if (followUp) {
    metrics?.lookup('answer');
    record({ ...base, kind: 'asked', concept: followUp.concept.id });
    // A follow-up read through a pronoun ("where does it run?") is about the thread's thing: its words are no
    // statement for the next pronoun to stand for. One read beside a statement still carries its words on.
    const onStatement = followUp.rule === 'said' || followUp.rule?.startsWith('statement') === true;
    const kept = { concept: followUp.concept.id, asked: topic, ...(onStatement ? statement(kb, text, followUp.concept.id) : {}) };
    // Still on the answer just shown: a part of it not seen yet, never its body again.
    if (followUp.how === 'same') {
      const { reply, part } = deeperAnswer(kb, followUp.concept, text, shown, ephemeral, topic);
      // "how does that compare with Nomad?": first the line saying Nomad is not covered, then the next part.
      const noted = followUp.outside ? { ...reply, body: `${outsideNote(kb, followUp.outside)}\n\n${reply.body}`, noted: followUp.outside.term.id } : reply;
      return { replies: [noted], ...kept, part, ...withFacts };
    }
    return { replies: [answerReply(kb, followUp.concept, { ephemeral })], ...kept, ...withFacts };
  }
  metrics?.lookup(found.status);
  record(lookupEvent(base, topic, found));
  const replies = [lookupReply(kb, topic, found, ephemeral)];
  // A question's answer is what a pronoun in the next message stands for ("where is the state of the whole cluster kept?"
  // then "do we need to snapshot it?"); only a statement's words may stand beside its answer.
  if (found.status === 'answer') {
    return { replies, concept: found.concept.id, asked: topic, ...(looksLikeQuestion(text) ? {} : statement(kb, text, found.concept.id)), ...withFacts };
  }
  if (found.status === 'clarify') return { replies, offer: found.candidates.map((c) => c.concept.id), ...withFacts };
  // The nearest topics shown beside an outside term are picked like a "did you mean" ("the kubelet one", "the first").
  if (found.status === 'outside' && found.nearest.length > 0) return { replies, offer: found.nearest.map((c) => c.id), ...withFacts };
  // "our team is three people and one product": nothing to answer, but the next question may rest on it.
  if (found.status === 'unknown') return { replies, ...statement(kb, text, ''), ...withFacts };
  return { replies };
}

/**
 * A message whose answer it does not name ("we're 2 devs, thinking of kubernetes" answered with a
 * page about mistakes): its words, for a pronoun in the next message to stand for.
 */
function statement(kb: KnowledgeBase, text: string, answer: string): { said?: string[] } {
  // "dkr vs k8s" names the comparison of the two as the lookup read it: its words are read spelt out.
  const read = kb.spelledOut(text);
  if (namedIn(conceptTerms(kb), read).includes(answer)) return {};
  const words = terms(read).filter((t) => !isFiller(t));
  return words.length > 0 ? { said: words } : {};
}
