import type { Checklist, ChecklistOption, Criterion } from '../content/checklist-schema.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { citationOf } from '../lookup-replies.js';
import type { SessionState } from '../sessions/session-state.js';
import { make } from '../make-reply.js';
import type { AnsweredReply, NoticeReply, QuestionReply, WhyReply } from '../reply.js';
import type { Actor, Choice } from '../types.js';
import { notice } from '../make-reply.js';
import { NOTICE, REPLY } from '../texts.js';

export function displayName(actor: Actor): string {
  return actor.name ?? actor.id;
}

export function questionReply(
  kb: KnowledgeBase,
  checklist: Checklist,
  state: SessionState,
  preface?: string,
): QuestionReply {
  const index = state.answers.length;
  const criterion = checklist.criteria[index] as Criterion;
  const concept = kb.concept(criterion.concept);
  const choices: Choice[] = criterion.options.map((option, i) => ({
    label: `${i + 1}. ${option.label}`,
    action: { type: 'answer', session: state.id, criterion: criterion.id, value: option.value },
    group: 'options',
  }));
  choices.push({ label: REPLY.question.why, action: { type: 'why', session: state.id, criterion: criterion.id, checklist: checklist.id }, group: 'navigation' });
  if (index > 0) choices.push({ label: REPLY.question.back, action: { type: 'back', session: state.id, answered: state.answers.length }, group: 'navigation' });
  choices.push({ label: REPLY.question.cancel, action: { type: 'cancel', session: state.id }, group: 'navigation', style: 'danger' });
  return make.question({
    title: checklist.title,
    body: [preface, `**${criterion.question}**`, REPLY.question.prompt]
      .filter((p): p is string => p !== undefined)
      .join('\n\n'),
    progress: { step: index + 1, total: checklist.criteria.length },
    choices,
    ...(concept ? { citation: citationOf(kb, concept) } : {}),
  });
}

/** What a clicked question message turns into: the question, who answered, no buttons. */
export function answeredReply(checklist: Checklist, criterion: Criterion, option: ChecklistOption, by: Actor, step: number): AnsweredReply {
  return make.answered({
    title: checklist.title,
    body: REPLY.answered.chose(criterion.question, displayName(by), option.label),
    progress: { step, total: checklist.criteria.length },
  });
}

/**
 * The criterion a Why button asks about. Criterion ids may repeat across checklists, so the button
 * names its checklist; one from an older build does not: the thread's `running` checklist, if it
 * asks that criterion, else the first checklist that does.
 */
export function whyCriterion(kb: KnowledgeBase, act: { criterion: string; checklist?: string }, running: Checklist | undefined): Criterion | undefined {
  const own = (checklist: Checklist | undefined): Criterion | undefined => checklist?.criteria.find((c) => c.id === act.criterion);
  if (act.checklist !== undefined) return own(kb.checklist(act.checklist));
  return own(running) ?? kb.checklists.map(own).find((c) => c !== undefined);
}

export function whyReply(kb: KnowledgeBase, criterion: Criterion): WhyReply {
  const concept = kb.concept(criterion.concept);
  return make.why({
    title: REPLY.why.title,
    body: `**${criterion.question}**\n\n${criterion.why}`,
    sections: [],
    ...(concept ? { citation: citationOf(kb, concept) } : {}),
    ephemeral: true,
  });
}

/**
 * "That step already moved on": says which question is current and carries its buttons, so a
 * person whose click was saved but whose reply never arrived (a crash in between) can go on.
 */
export function staleReply(kb: KnowledgeBase, checklist: Checklist, state: SessionState, lead: string): NoticeReply {
  const current = checklist.criteria[state.answers.length];
  if (state.status === 'done' || !current) {
    return notice('stale', `${lead} ${NOTICE.stale.finished}`);
  }
  const question = questionReply(kb, checklist, state);
  return notice('stale', `${lead} ${NOTICE.stale.current(state.answers.length + 1, checklist.criteria.length, current.question)}`, {
    choices: question.choices,
  });
}

/** "Not sure" at a step: what the question is about, then the question and its options again. */
export function explainStepReply(kb: KnowledgeBase, checklist: Checklist, state: SessionState): QuestionReply {
  const criterion = checklist.criteria[state.answers.length] as Criterion;
  return questionReply(kb, checklist, state, REPLY.question.explain(criterion.why));
}
