import * as z from 'zod';
import { idSchema, LIMITS, line } from './schema.js';

/** Every article folder has one: what the article is, whose it is, and what the bot says about it. */
export const ARTICLE_FILE = 'article.yaml';

export const articleSchema = z.strictObject({
  /** As cited under answers and shown in help, the Home tab and the banner. */
  title: line(LIMITS.title),
  author: line(LIMITS.title),
  /** Where the article can be read; optional because not every source has a public address. */
  url: z
    .string()
    .trim()
    .max(LIMITS.summary)
    .regex(/^https?:\/\/\S+$/, 'must be a web address starting with http:// or https://')
    .optional(),
  /** What may be done with the article's text, and how the concepts use it. */
  licence: line(LIMITS.summary),
  /** The few words that name what it covers, as in "ask about …". */
  subject: line(LIMITS.alias),
  /** One line: what the bot answers from it, said in help and when a question is outside it. */
  scope: line(LIMITS.summary),
  /** Questions shown as examples in help, in people's words; the first is the shortest example. */
  examples: z.array(line(LIMITS.alias)).min(1).max(3),
  /** The checklist `decide` runs when no checklist is named; it must be one of this article's. */
  default_checklist: idSchema.optional(),
  /**
   * The main article: listed first, and its default checklist is what a bare `decide` and "Start a
   * decision" run. At most one; marked, so that adding a folder that sorts first changes neither.
   */
  main: z.boolean().optional(),
});

export type ArticleFile = z.infer<typeof articleSchema>;

/** An article as loaded: its file, its folder name as id, and the ids of what it holds. */
export interface Article extends ArticleFile {
  id: string;
  concepts: string[];
  checklists: string[];
  /** Its glossary's uncovered terms. */
  terms: string[];
}
