import { scopeOf } from './article-words.js';
import type { Concept, SharedPart } from './content/schema.js';
import type { KnowledgeBase } from './knowledge-base.js';
import type { Candidate, LookupResult } from './lookup/lookup.js';
import { make, startChoice } from './make-reply.js';
import type { AnswerReply, Citation, MissReply } from './reply.js';
import { smallTalkReply } from './small-talk-reply.js';
import type { Actor, Choice, Reply } from './types.js';
import { REPLY } from './texts.js';

const MAX_RELATED = 5;

/** The section the concept comes from, and the article that section is in. */
export function citationOf(kb: KnowledgeBase, concept: Concept): Citation {
  const article = kb.articleOf(concept.id);
  return { concept: concept.id, title: concept.title, source: concept.source, ...(article ? { article: article.title } : {}) };
}

export interface AnswerOptions {
  ephemeral: boolean;
  sharedBy?: Actor;
}

export function answerReply(kb: KnowledgeBase, concept: Concept, options: AnswerOptions): AnswerReply {
  return make.answer({
    title: concept.title,
    body: concept.body,
    citation: citationOf(kb, concept),
    choices: answerChoices(kb, concept, options.ephemeral),
    concept: concept.id,
    ephemeral: options.ephemeral,
    ...(options.sharedBy ? { sharedBy: options.sharedBy } : {}),
  });
}

/**
 * The buttons under anything said about a concept: its checklists, its related topics, share, feedback. `part`:
 * the reply shows that part of the concept (or its short summary), and sharing it posts what was shown.
 */
export function answerChoices(kb: KnowledgeBase, concept: Concept, ephemeral: boolean, part?: SharedPart): Choice[] {
  const related = concept.related
    .map((id) => kb.concept(id))
    .filter((c): c is Concept => c !== undefined)
    .slice(0, MAX_RELATED)
    .map((c): Choice => ({ label: c.title, action: { type: 'topic', concept: c.id }, group: 'related' }));
  const offers = kb.offersFor(concept.id).map(
    (checklist): Choice => ({ ...startChoice(kb, checklist.id, REPLY.answer.decide(checklist.title)), style: 'primary' }),
  );
  const choices: Choice[] = [...offers, ...related];
  if (ephemeral) {
    choices.push({ label: REPLY.answer.share, action: { type: 'share', concept: concept.id, ...(part === undefined ? {} : { part }) }, group: 'share' });
  }
  choices.push(
    { label: REPLY.answer.helpful, action: { type: 'feedback', concept: concept.id, vote: 'up' }, group: 'feedback' },
    { label: REPLY.answer.notHelpful, action: { type: 'feedback', concept: concept.id, vote: 'down' }, group: 'feedback' },
  );
  return choices;
}

export function clarifyReply(kb: KnowledgeBase, question: string, candidates: Candidate[], ephemeral: boolean): MissReply<'clarify'> {
  // Candidates from different articles (a name two articles share) each say which article they are from.
  const articles = new Set(candidates.map((c) => kb.articleOf(c.concept.id)?.id));
  const from = (c: Candidate): string => {
    const article = articles.size > 1 ? kb.articleOf(c.concept.id) : undefined;
    return article ? ` (${article.title})` : '';
  };
  return make.clarify({
    title: REPLY.clarify.title,
    quote: question,
    // Numbered, so a reply of "2" can pick one (the thread remembers this list as its offer).
    body: candidates.map((c, i) => `${i + 1}. **${c.concept.title}**${from(c)}: ${c.concept.summary}`).join('\n'),
    choices: candidates.map((c, i) => ({
      label: `${i + 1}. ${c.concept.title}${from(c)}`,
      action: { type: 'topic', concept: c.concept.id },
      group: 'related',
    })),
    ephemeral,
  });
}

export function unknownReply(kb: KnowledgeBase, question: string, ephemeral: boolean): MissReply<'unknown'> {
  const featured = kb.topics.slice(0, 4);
  return make.unknown({
    title: REPLY.unknown.title,
    quote: question,
    body: REPLY.unknown.body(scopeOf(kb.articles)),
    choices: featured.map((c) => ({ label: c.title, action: { type: 'topic', concept: c.id }, group: 'related' })),
    ephemeral,
  });
}

/** The one line saying an outside term is not covered here, and what it is in short. */
export function outsideNote(kb: KnowledgeBase, result: Extract<LookupResult, { status: 'outside' }>): string {
  return REPLY.outside.body(result.term.term, kb.articleOfTerm(result.term.id)?.title, result.term.about);
}

/** A term of the neighbourhood that this knowledge base does not cover: say so, and point next door. */
export function outsideReply(kb: KnowledgeBase, question: string, result: Extract<LookupResult, { status: 'outside' }>, ephemeral: boolean): MissReply<'outside'> {
  const { term, nearest } = result;
  const next = nearest.length > 0 ? REPLY.outside.nearestBelow : REPLY.outside.seeTopics;
  return make.outside({
    title: REPLY.outside.title(term.term),
    quote: question,
    body: outsideNote(kb, result) + next,
    choices: nearest.map((c): Choice => ({ label: c.title, action: { type: 'topic', concept: c.id }, group: 'related' })),
    ephemeral,
  });
}

/** The reply for any lookup result: what `ask` shows on every platform. */
export function lookupReply(kb: KnowledgeBase, question: string, result: LookupResult, ephemeral: boolean): Reply {
  switch (result.status) {
    case 'answer':
      return answerReply(kb, result.concept, { ephemeral });
    case 'clarify':
      return clarifyReply(kb, question, result.candidates, ephemeral);
    case 'outside':
      return outsideReply(kb, question, result, ephemeral);
    case 'smalltalk':
      return smallTalkReply(kb, question, ephemeral);
    case 'unknown':
      return unknownReply(kb, question, ephemeral);
  }
}
