import type { Checklist, ChecklistOption } from '../content/checklist-schema.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { citationOf } from '../lookup-replies.js';
import type { SessionState } from '../sessions/session-state.js';
import { make } from '../make-reply.js';
import type { Citation, VerdictReply, WhyReply } from '../reply.js';
import type { Choice, Section } from '../types.js';
import { displayName } from './checklist-replies.js';
import type { Evaluation } from './evaluate.js';
import { REPLY } from '../texts.js';

function optionOf(checklist: Checklist, criterionId: string, value: string): ChecklistOption | undefined {
  return checklist.criteria.find((c) => c.id === criterionId)?.options.find((o) => o.value === value);
}

/**
 * The answers that point away from the verdict, each with what the checklist says to do about it
 * (its counter-signal) or else the reason that answer carries; then counter-signals not tied to one answer.
 */
export function otherSide(kb: KnowledgeBase, checklist: Checklist, result: Evaluation): string {
  const titleOf = (id: string): string => kb.concept(id)?.title ?? id;
  const verdictTitle = (id: string): string => checklist.verdicts.find((v) => v.id === id)?.title ?? id;
  const used = new Set<number>();
  const lines = result.against.map((a) => {
    const option = optionOf(checklist, a.criterion, a.answer);
    const at = result.counter.findIndex((c, i) => !used.has(i) && c.answers.includes(`${a.criterion}=${a.answer}`));
    const counter = result.counter[at];
    if (counter) used.add(at);
    const text = counter ? `${counter.text} _(${titleOf(counter.concept)})_` : `${a.text} _(${titleOf(a.concept)})_`;
    return `- **${option?.label ?? a.answer}** ${REPLY.why.pointsTo(verdictTitle(option?.leans ?? ''))}. ${text}`;
  });
  result.counter.forEach((c, i) => {
    if (!used.has(i)) lines.push(`- ${c.text} _(${titleOf(c.concept)})_`);
  });
  return lines.join('\n');
}

export function verdictReply(kb: KnowledgeBase, checklist: Checklist, state: SessionState, result: Evaluation): VerdictReply {
  const titleOf = (id: string): string => kb.concept(id)?.title ?? id;
  const sections: Section[] = [
    {
      heading: REPLY.verdict.reasons,
      text: result.reasons
        .map((r) => `- **${optionOf(checklist, r.criterion, r.answer)?.label ?? r.answer}**: ${r.text} _(${titleOf(r.concept)})_`)
        .join('\n'),
    },
    { heading: REPLY.verdict.otherSide, text: otherSide(kb, checklist, result) },
    { heading: REPLY.verdict.watchOut, text: result.warnings.map((w) => `- ${w.text} _(${titleOf(w.concept)})_`).join('\n') },
    { heading: REPLY.verdict.next, text: result.next.map((n) => `- ${n}`).join('\n') },
    {
      heading: REPLY.verdict.answers,
      text: state.answers
        .map((a) => {
          const criterion = checklist.criteria.find((c) => c.id === a.criterion);
          return `- ${criterion?.question ?? a.criterion} **${optionOf(checklist, a.criterion, a.value)?.label ?? a.value}** (${displayName(a.by)})`;
        })
        .join('\n'),
    },
  ].filter((s) => s.text !== '');
  const reading: Choice[] = result.read.slice(0, 5).map((id) => ({
    label: titleOf(id),
    action: { type: 'topic', concept: id },
    group: 'related',
  }));
  return make.verdict({
    title: REPLY.verdict.title(result.verdict.title),
    body: result.verdict.summary,
    sections,
    fields: [{ label: REPLY.verdict.field, value: result.verdict.id }],
    choices: [
      { label: REPLY.verdict.explain, action: { type: 'explain', session: state.id }, group: 'navigation' },
      { label: REPLY.verdict.changeLast, action: { type: 'back', session: state.id, answered: state.answers.length }, group: 'navigation' },
      { label: REPLY.verdict.startOver, action: { type: 'restart', checklist: checklist.id }, group: 'navigation' },
      ...reading,
    ],
    ...citing(kb, result.verdict.concept),
    concept: result.verdict.concept,
  });
}

/** A score as people read it: the checklist's label for it, or its id with spaces ("team-load" -> "team load"). */
export function scoreLabel(checklist: Checklist, name: string): string {
  return checklist.score_labels[name] ?? name.replaceAll('-', ' ');
}

/**
 * `why` after a verdict: the rule that decided, in the checklist's own plain words, and every
 * answer with the side it argued for and the signal it counts towards.
 */
export function explainVerdictReply(kb: KnowledgeBase, checklist: Checklist, state: SessionState, result: Evaluation): WhyReply {
  const verdictTitle = (id: string): string => checklist.verdicts.find((v) => v.id === id)?.title ?? id;
  const signals = (ref: string): string[] =>
    Object.entries(checklist.scores)
      .filter(([, refs]) => refs.includes(ref))
      .map(([name]) => scoreLabel(checklist, name));
  const answers = state.answers.map((a) => {
    const criterion = checklist.criteria.find((c) => c.id === a.criterion);
    const option = optionOf(checklist, a.criterion, a.value);
    const counts = signals(`${a.criterion}=${a.value}`);
    const side = !option || option.leans === 'neutral' ? REPLY.why.neither : REPLY.why.pointsTo(verdictTitle(option.leans));
    return `- ${criterion?.question ?? a.criterion} **${option?.label ?? a.value}** ${side}.${REPLY.why.countsAs(counts)}`;
  });
  const position = REPLY.why.rule(result.rule.index + 1, checklist.rules.length);
  const rule = result.rule.explain ? `${position}: ${result.rule.explain}` : `${position}.`;
  const scores = Object.entries(checklist.scores).map(([name, refs]) => {
    const held = refs.filter((ref) => state.answers.some((a) => `${a.criterion}=${a.value}` === ref)).length;
    return REPLY.why.score(scoreLabel(checklist, name), held, refs.length);
  });
  return make.why({
    title: REPLY.why.verdictTitle(result.verdict.title),
    body: [rule, scores.length > 0 ? REPLY.why.signals(scores) : undefined].filter((p) => p !== undefined).join('\n\n'),
    sections: [
      { heading: REPLY.why.answers, text: answers.join('\n') },
      ...(result.against.length > 0 || result.counter.length > 0 ? [{ heading: REPLY.verdict.otherSide, text: otherSide(kb, checklist, result) }] : []),
    ],
    ...citing(kb, result.verdict.concept),
    ephemeral: false,
  });
}

function citing(kb: KnowledgeBase, id: string): { citation?: Citation } {
  const concept = kb.concept(id);
  return concept ? { citation: citationOf(kb, concept) } : {};
}
