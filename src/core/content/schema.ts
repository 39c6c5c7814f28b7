import * as z from 'zod';

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
  /** One deeper part of a concept (why, how, an example): a few sentences, shown alone as a follow-up's answer. */
  part: 700,
} as const;

/** The deeper parts a concept may have, in the order "tell me more" shows them. */
export const PARTS = ['why', 'how', 'example'] as const;
export type Part = (typeof PARTS)[number];
/** What a follow-up on the same concept showed: a part, its short summary ("in simple terms"), or that nothing is left. */
export type ShownPart = Part | 'short' | 'done';
/** What a follow-up's reply can hold and be shared as it is: a part, or the short summary. */
export const SHARED_PARTS = [...PARTS, 'short'] as const;
export type SharedPart = (typeof SHARED_PARTS)[number];

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

/** What a follow-up on the same concept shows instead of the body again ("why?", "how?", "an example?"). */
export const deeperSchema = z.strictObject({
  why: line(LIMITS.part).optional(),
  how: line(LIMITS.part).optional(),
  example: line(LIMITS.part).optional(),
});

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
  /**
   * The page is the list of a kind (the mistakes teams make): "any others?" after it stays on it, where the others
   * are. Said here, not guessed from how ids are spelled; `check` wants two related concepts that relate back.
   */
  list: z.boolean().default(false),
  deeper: deeperSchema.optional(),
}).superRefine(partsAddSomething);

export type Concept = z.infer<typeof conceptSchema>;

/** Whitespace-insensitive, so a part re-wrapped from the body still counts as the body. */
const flat = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** A deeper part is shown instead of the body: one that repeats the body, or another part, would show the same words again. */
function partsAddSomething(concept: { body: string; deeper?: z.infer<typeof deeperSchema> | undefined }, ctx: z.RefinementCtx): void {
  const seen = new Map<string, Part>();
  for (const part of PARTS) {
    const text = concept.deeper?.[part];
    // An empty part is reported by its own schema.
    if (text === undefined || text.trim() === '') continue;
    const words = flat(text);
    const earlier = seen.get(words);
    if (flat(concept.body).includes(words)) ctx.addIssue({ code: 'custom', path: ['deeper', part], message: 'repeats the body; a deeper part must say something the body does not' });
    else if (earlier) ctx.addIssue({ code: 'custom', path: ['deeper', part], message: `is the same text as deeper.${earlier}` });
    seen.set(words, part);
  }
}

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
