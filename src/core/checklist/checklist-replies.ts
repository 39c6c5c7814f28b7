import type { Checklist, ChecklistOption, Criterion } from '../content/checklist-schema.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { citationOf } from '../lookup-replies.js';
import type { SessionState } from '../sessions/session-state.js';
import type { Actor, Choice, Reply } from '../types.js';
import type { Evaluation } from './evaluate.js';

export function displayName(actor: Actor): string {
  return actor.name ?? actor.id;
}

export function questionReply(
  kb: KnowledgeBase,
  checklist: Checklist,
  state: SessionState,
  preface?: string,
): Reply {
  const index = state.answers.length;
  const criterion = checklist.criteria[index] as Criterion;
  const concept = kb.concept(criterion.concept);
  const choices: Choice[] = criterion.options.map((option, i) => ({
    label: `${i + 1}. ${option.label}`,
    action: { type: 'answer', session: state.id, criterion: criterion.id, value: option.value },
    group: 'options',
  }));
  choices.push({ label: 'Why does this matter?', action: { type: 'why', session: state.id, criterion: criterion.id }, group: 'navigation' });
  if (index > 0) choices.push({ label: 'Back', action: { type: 'back', session: state.id, answered: state.answers.length }, group: 'navigation' });
  choices.push({ label: 'Cancel', action: { type: 'cancel', session: state.id }, group: 'navigation', style: 'danger' });
  return {
    kind: 'question',
    title: checklist.title,
    body: [preface, `**${criterion.question}**`, 'Pick a numbered option, or answer in your own words.']
      .filter((p): p is string => p !== undefined)
      .join('\n\n'),
    progress: { step: index + 1, total: checklist.criteria.length },
    choices,
    ...(concept ? { citation: citationOf(concept) } : {}),
  };
}

/** What a clicked question message turns into: the question, who answered, no buttons. */
export function answeredReply(checklist: Checklist, criterion: Criterion, option: ChecklistOption, by: Actor, step: number): Reply {
  return {
    kind: 'answered',
    title: checklist.title,
    body: `**${criterion.question}**\n\n${displayName(by)} chose **${option.label}**.`,
    progress: { step, total: checklist.criteria.length },
  };
}

export function whyReply(kb: KnowledgeBase, criterion: Criterion): Reply {
  const concept = kb.concept(criterion.concept);
  return {
    kind: 'why',
    title: 'Why this matters',
    body: `**${criterion.question}**\n\n${criterion.why}`,
    ...(concept ? { citation: citationOf(concept) } : {}),
    ephemeral: true,
  };
}

export function verdictReply(kb: KnowledgeBase, checklist: Checklist, state: SessionState, result: Evaluation): Reply {
  const titleOf = (id: string): string => kb.concept(id)?.title ?? id;
  const optionOf = (criterionId: string, value: string): ChecklistOption | undefined =>
    checklist.criteria.find((c) => c.id === criterionId)?.options.find((o) => o.value === value);
  const sections = [
    {
      heading: 'Reasons',
      text: result.reasons
        .map((r) => `- **${optionOf(r.criterion, r.answer)?.label ?? r.answer}**: ${r.text} _(${titleOf(r.concept)})_`)
        .join('\n'),
    },
    ...(result.warnings.length > 0
      ? [{ heading: 'Watch out', text: result.warnings.map((w) => `- ${w.text} _(${titleOf(w.concept)})_`).join('\n') }]
      : []),
    { heading: 'Next steps', text: result.next.map((n) => `- ${n}`).join('\n') },
    {
      heading: 'Answers',
      text: state.answers
        .map((a) => {
          const criterion = checklist.criteria.find((c) => c.id === a.criterion);
          return `- ${criterion?.question ?? a.criterion} **${optionOf(a.criterion, a.value)?.label ?? a.value}** (${displayName(a.by)})`;
        })
        .join('\n'),
    },
  ].filter((s) => s.text !== '');
  const reading: Choice[] = result.read.slice(0, 5).map((id) => ({
    label: titleOf(id),
    action: { type: 'topic', concept: id },
    group: 'related',
  }));
  const verdictConcept = kb.concept(result.verdict.concept);
  return {
    kind: 'verdict',
    title: `Verdict: ${result.verdict.title}`,
    body: result.verdict.summary,
    sections,
    fields: [{ label: 'Verdict', value: result.verdict.id }],
    choices: [
      { label: 'Change last answer', action: { type: 'back', session: state.id, answered: state.answers.length }, group: 'navigation' },
      { label: 'Start over', action: { type: 'restart', checklist: checklist.id }, group: 'navigation' },
      ...reading,
    ],
    ...(verdictConcept ? { citation: citationOf(verdictConcept) } : {}),
    concept: result.verdict.concept,
  };
}
