import * as z from 'zod';
import { LIMITS, idSchema, line } from './schema.js';

/** `criterion=value`, e.g. `hosts=several`. Checked against the criteria at load. */
const answerRef = z.string().regex(/^[a-z0-9-]+=[a-z0-9-]+$/, 'must look like criterion=value');

const rangeSchema = z
  .strictObject({ min: z.number().int().optional(), max: z.number().int().optional() })
  .refine((r) => r.min !== undefined || r.max !== undefined, 'needs min or max');

/** A condition over the answers. Every key given must hold. */
export const conditionSchema = z.strictObject({
  verdict: idSchema.optional(),
  all: z.array(answerRef).optional(),
  any: z.array(answerRef).optional(),
  none: z.array(answerRef).optional(),
  score: z.record(idSchema, rangeSchema).optional(),
});

export const optionSchema = z.strictObject({
  value: idSchema,
  label: line(LIMITS.label),
  /** What people type for this option besides its label ("yes we do", "3 machines"). */
  synonyms: z.array(line(LIMITS.label)).default([]),
  /** Which verdict this answer argues for; `neutral` answers are never listed as reasons. */
  leans: z.union([idSchema, z.literal('neutral')], { error: 'must be a verdict id or "neutral"' }),
  /** One sentence saying why this answer matters, shown as a reason. */
  reason: line(LIMITS.text),
  concept: idSchema,
  /**
   * The counts this option stands for when the question is answered with a number of things
   * ("we have 2", "3 services"): a bare "2" is the option numbered 2, a count picks the option whose
   * range holds it.
   */
  count: z
    .strictObject({ min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional() })
    .refine((r) => r.min !== undefined || r.max !== undefined, 'needs min or max')
    .optional(),
});

export const criterionSchema = z.strictObject({
  id: idSchema,
  question: line(LIMITS.text),
  why: line(LIMITS.text),
  concept: idSchema,
  options: z.array(optionSchema).min(2).max(5),
});

export const verdictSchema = z.strictObject({
  id: idSchema,
  title: line(LIMITS.title),
  summary: line(LIMITS.text),
  concept: idSchema,
  next: z.array(z.strictObject({ text: line(LIMITS.text), when: conditionSchema.optional() })).min(1),
  read: z.array(idSchema).default([]),
});

export const checklistSchema = z.strictObject({
  id: idSchema,
  title: line(LIMITS.title),
  intro: line(LIMITS.text),
  concept: idSchema,
  /** Answers on these concepts offer to run this checklist. */
  offer_on: z.array(idSchema).default([]),
  criteria: z.array(criterionSchema).min(1).max(20),
  /** Named counts: how many of the listed answers hold. Rules test them with min/max. */
  scores: z.record(idSchema, z.array(answerRef).min(1)).default({}),
  /**
   * How "why" names a score to people ("orchestration needs"), keyed by the score's id. A score with no
   * label is shown as its id with spaces for hyphens ("team-load" -> "team load").
   */
  score_labels: z.record(idSchema, line(LIMITS.label)).default({}),
  verdicts: z.array(verdictSchema).min(1),
  /** First match wins; the last rule should have no condition so every combination gets a verdict. */
  rules: z
    .array(
      z.strictObject({
        verdict: idSchema,
        when: conditionSchema.optional(),
        /** The rule in plain words, for "why" after a verdict ("several machines and one more signal"). */
        explain: line(LIMITS.text).optional(),
      }),
    )
    .min(1),
  warnings: z
    .array(z.strictObject({ concept: idSchema, text: line(LIMITS.text), when: conditionSchema }))
    .default([]),
  /**
   * The other side of a verdict: answers that point away from it, and what to do about them. Listed
   * under every verdict whose answers match `when` (which usually names the verdict).
   */
  counter_signals: z
    .array(z.strictObject({ concept: idSchema, text: line(LIMITS.text), when: conditionSchema }))
    .default([]),
});

export type Checklist = z.infer<typeof checklistSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type ChecklistOption = z.infer<typeof optionSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type Verdict = z.infer<typeof verdictSchema>;
