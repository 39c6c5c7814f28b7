import { z } from 'zod';

// Limits chosen so every field renders on every platform without truncation. The tightest in use
// today: a message section of 3,000 chars, a header of 150, a card title of 256 and description of
// 4,096, an autocomplete choice name of 100, a button id of 64 bytes (ids travel inside button ids).
export const LIMITS = {
  id: 40,
  title: 80,
  alias: 80,
  summary: 200,
  body: 2_800,
  label: 75,
  text: 1_000,
  /** A question people ask about a concept: a sentence, not a paragraph. */
  asked: 200,
  askedCount: 20,
  /** Nearest covered topics offered under an outside term. */
  nearest: 3,
} as const;

export const idSchema = z
  .string()
  .min(1)
  .max(LIMITS.id)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single hyphens');

/** A concept of the same article by its id, or of another article as `article/concept`. */
export const refSchema = z
  .string()
  .min(1)
  .max(2 * LIMITS.id + 1)
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)?$/,
    "must be a concept id (kebab-case), or article/concept for another article's concept",
  );

// Worded by field-problems.ts, which can also say how long the text is.
export const line = (max: number) => z.string().trim().min(1).max(max);

export const conceptSchema = z.strictObject({
  id: idSchema,
  title: line(LIMITS.title),
  aliases: z.array(line(LIMITS.alias)).default([]),
  keywords: z.array(line(LIMITS.alias)).default([]),
  /** Questions people ask about this concept in their own words; the lookup ranks with them. */
  asked: z.array(line(LIMITS.asked)).max(LIMITS.askedCount).default([]),
  summary: line(LIMITS.summary),
  body: line(LIMITS.body),
  related: z.array(refSchema).default([]),
  /** The article section the facts come from, shown as the citation under every answer. */
  source: line(LIMITS.title),
  /** Listed first in `topics` and shown when an autocomplete field is empty. */
  featured: z.boolean().default(false),
});

export type Concept = z.infer<typeof conceptSchema>;

/** A term of the neighbourhood that the knowledge base does not cover, and where to go instead. */
export const outsideTermSchema = z.strictObject({
  id: idSchema,
  term: line(LIMITS.title),
  aliases: z.array(line(LIMITS.alias)).default([]),
  about: line(LIMITS.summary),
  nearest: z.array(refSchema).max(LIMITS.nearest).default([]),
});

export const outsideTermsFileSchema = z.strictObject({
  terms: z.array(outsideTermSchema),
});

export type OutsideTerm = z.infer<typeof outsideTermSchema>;
