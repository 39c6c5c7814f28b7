import * as Plot from '@observablehq/plot';
import type { FeedbackReport, LookupStatus } from '../core/types.js';
import { DAY_MS, OUTCOMES } from '../stores/feedback-text.js';
import { gapLabel, OUTCOME_LABELS, ordinal } from './labels.js';
import { barsX, base, renderPlot, short, wholeTicks, type Chart } from './plot-svg.js';

const OUTCOME_COLORS: Record<LookupStatus, string> = {
  answer: '#3ca951',
  clarify: '#4269d0',
  unknown: '#ff725c',
  outside: '#a463f2',
  smalltalk: '#9c9c9c',
};

/** Every chart of the page, in reading order; each with its table fallback. */
export function buildCharts(report: FeedbackReport): Chart[] {
  return [perDay(report), topics(report), gaps(report), outside(report), offers(report), votes(report), ...funnels(report)];
}

function perDay(report: FeedbackReport): Chart {
  const rows = report.perDay.map((r) => ({ ...r, date: new Date(`${r.day}T00:00:00Z`), label: OUTCOME_LABELS[r.outcome] }));
  const svg = renderPlot(
    base({
      height: 280,
      marginLeft: 48,
      x: { type: 'utc', label: 'Day (UTC)', domain: [new Date(report.since), new Date(report.until)] },
      y: { label: 'Questions', grid: true, ticks: wholeTicks(Math.max(0, ...byDay(report).map((r) => r.slice(1).reduce<number>((a, b) => a + Number(b), 0)))), tickFormat: String },
      color: { legend: true, domain: OUTCOMES.map((o) => OUTCOME_LABELS[o]), range: OUTCOMES.map((o) => OUTCOME_COLORS[o]) },
      marks: [
        Plot.rectY(rows, { x: 'date', interval: 'day', y: 'count', fill: 'label', title: (r: (typeof rows)[number]) => `${r.day} ${r.label}: ${r.count}`, inset: 0.5 }),
        Plot.ruleY([0]),
      ],
    }),
  );
  const days = Math.round((report.until - report.since) / DAY_MS);
  return {
    id: 'per-day',
    title: 'Questions per day, by outcome',
    note: `${days} days; each bar stacks answered, did-you-mean, "I don't know", outside and small talk.`,
    svg,
    table: { head: ['Day', ...OUTCOMES.map((o) => OUTCOME_LABELS[o])], rows: byDay(report) },
  };
}

function byDay(report: FeedbackReport): Array<Array<string | number>> {
  const days = new Map<string, Record<LookupStatus, number>>();
  for (const r of report.perDay) {
    const row = days.get(r.day) ?? { answer: 0, clarify: 0, unknown: 0, outside: 0, smalltalk: 0 };
    row[r.outcome] += r.count;
    days.set(r.day, row);
  }
  return [...days].map(([day, counts]) => [day, ...OUTCOMES.map((o) => counts[o])]);
}

function topics(report: FeedbackReport): Chart {
  return {
    id: 'topics',
    title: 'Top topics',
    note: 'Concepts the bot answered most often.',
    svg: barsX(report.topics, 'concept', 'count', { x: 'Questions answered', y: 'Concept' }),
    table: { head: ['Concept', 'Questions'], rows: report.topics.map((t) => [t.concept, t.count]) },
  };
}

function gaps(report: FeedbackReport): Chart {
  const rows = report.gaps.map((g) => ({ label: gapLabel(g.group), count: g.count }));
  return {
    id: 'gaps',
    title: 'Coverage gaps',
    note: 'Questions answered "I don\'t know" or outside the topics, rephrasings grouped: what to write next.',
    svg: barsX(rows, 'label', 'count', { x: 'Questions not answered', y: 'Need' }, OUTCOME_COLORS.unknown),
    table: {
      head: ['Need', 'Questions', 'Examples', 'Nearest concepts'],
      rows: report.gaps.map((g) => [gapLabel(g.group), g.count, g.examples.join(' / '), g.nearest.join(', ')]),
    },
  };
}

function outside(report: FeedbackReport): Chart {
  return {
    id: 'outside',
    title: 'Outside terms asked most',
    note: 'Terms the knowledge base does not cover, by how often people asked.',
    svg: barsX(report.outsideTerms, 'term', 'count', { x: 'Questions', y: 'Term' }, OUTCOME_COLORS.outside),
    table: { head: ['Term', 'Questions'], rows: report.outsideTerms.map((t) => [t.term, t.count]) },
  };
}

function offers(report: FeedbackReport): Chart {
  const { offered, taken, byRank, concepts } = report.offers;
  const rows = concepts.flatMap((c) => [
    { concept: short(c.concept), what: 'offered', count: c.offered },
    { concept: short(c.concept), what: 'taken', count: c.taken },
  ]);
  const svg = renderPlot(
    base({
      height: 40 + Math.max(1, concepts.length) * 36,
      x: { label: 'Did-you-mean offers', grid: true, ticks: wholeTicks(Math.max(0, ...rows.map((r) => r.count))), tickFormat: String },
      y: { label: null, axis: null, domain: ['offered', 'taken'] },
      fy: { label: 'Candidate', domain: concepts.map((c) => short(c.concept)) },
      color: { legend: true, domain: ['offered', 'taken'], range: [OUTCOME_COLORS.clarify, OUTCOME_COLORS.answer] },
      marks: [Plot.barX(rows, { fy: 'concept', y: 'what', x: 'count', fill: 'what', title: (r: (typeof rows)[number]) => `${r.concept} ${r.what}: ${r.count}` }), Plot.ruleX([0])],
    }),
  );
  const ranks = byRank.map((r) => `${ordinal(r.rank)} candidate ${r.count}`).join(', ');
  return {
    id: 'offers',
    title: 'Did-you-mean offers and the candidate taken',
    note: `${offered} offers, ${taken} taken${ranks ? ` (${ranks})` : ''}.`,
    svg,
    table: { head: ['Candidate', 'Offered', 'Taken'], rows: concepts.map((c) => [c.concept, c.offered, c.taken]) },
  };
}

function votes(report: FeedbackReport): Chart {
  const rows = report.votes.flatMap((v) => [
    { concept: short(v.concept), vote: 'up', value: v.up },
    { concept: short(v.concept), vote: 'down', value: -v.down },
  ]);
  const svg = renderPlot(
    base({
      height: 40 + Math.max(1, report.votes.length) * 24,
      x: {
        label: '← down votes · up votes →',
        grid: true,
        ticks: wholeTicks(Math.max(0, ...report.votes.map((v) => v.up)), -Math.max(0, ...report.votes.map((v) => v.down))),
        tickFormat: (d: number) => String(Math.abs(d)),
      },
      y: { label: 'Concept', domain: report.votes.map((v) => short(v.concept)) },
      color: { legend: true, domain: ['up', 'down'], range: [OUTCOME_COLORS.answer, OUTCOME_COLORS.unknown] },
      marks: [Plot.barX(rows, { y: 'concept', x: 'value', fill: 'vote', title: (r: (typeof rows)[number]) => `${r.concept} ${r.vote}: ${Math.abs(r.value)}` }), Plot.ruleX([0])],
    }),
  );
  return {
    id: 'votes',
    title: 'Votes per concept, worst first',
    note: 'One vote per person per answer; the last one counts.',
    svg,
    table: { head: ['Concept', 'Up', 'Down'], rows: report.votes.map((v) => [v.concept, v.up, v.down]) },
  };
}

/** Per checklist: the funnel (with drop-off at each step) and the verdicts reached. */
function funnels(report: FeedbackReport): Chart[] {
  const list = report.funnels.length > 0 ? report.funnels : [{ checklist: 'decision', steps: [], verdicts: [] }];
  return list.flatMap((f) => {
    const verdicts = f.verdicts.reduce((sum, v) => sum + v.count, 0);
    const stages = [...f.steps.map((s) => ({ stage: `step ${s.step}`, reached: s.reached })), { stage: 'verdict', reached: verdicts }];
    const rows = stages.map((s, i) => ({ ...s, drop: i === 0 ? 0 : (stages[i - 1]?.reached ?? 0) - s.reached }));
    const svg = renderPlot(
      base({
        height: 280,
        marginLeft: 48,
        x: { label: 'Step of the decision', domain: rows.map((r) => r.stage) },
        y: { label: 'Sessions', grid: true, ticks: wholeTicks(Math.max(0, ...rows.map((r) => r.reached))), tickFormat: String },
        marks: [
          Plot.barY(rows, { x: 'stage', y: 'reached', fill: '#4269d0', title: (r: (typeof rows)[number]) => `${r.stage}: ${r.reached} (−${r.drop})` }),
          Plot.text(rows, { x: 'stage', y: 'reached', text: (r: (typeof rows)[number]) => (r.drop > 0 ? `${r.reached} (−${r.drop})` : String(r.reached)), dy: -8 }),
          Plot.ruleY([0]),
        ],
      }),
    );
    const funnel: Chart = {
      id: `funnel-${f.checklist}`,
      title: `Decision funnel: ${f.checklist}`,
      note: `${f.steps[0]?.reached ?? 0} sessions started, ${verdicts} reached a verdict; the number in brackets is the drop-off from the step before.`,
      svg,
      table: { head: ['Stage', 'Sessions', 'Drop-off'], rows: rows.map((r) => [r.stage, r.reached, r.drop]) },
    };
    const split: Chart = {
      id: `verdicts-${f.checklist}`,
      title: `Verdicts: ${f.checklist}`,
      svg: barsX(f.verdicts, 'verdict', 'count', { x: 'Sessions', y: 'Verdict' }, OUTCOME_COLORS.answer),
      table: { head: ['Verdict', 'Sessions'], rows: f.verdicts.map((v) => [v.verdict, v.count]) },
    };
    return [funnel, split];
  });
}
