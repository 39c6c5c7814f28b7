import type { Actor, Citation, Field, Progress, Reply, Section } from '../../core/types.js';

/**
 * What a reply's kind shows besides its body and its buttons. One table for every renderer, so a new kind of reply is
 * one case here, and each platform decides only how a title, a quote or a citation looks on it.
 */
export interface ReplyFrame {
  title?: string;
  /** A checklist step's place ("2 of 6"), shown with the title. */
  progress?: Progress;
  sharedBy?: Actor | undefined;
  /** The person's own words, on the replies that say what was not found or not covered. */
  quote?: string;
  sections?: Section[];
  /** The verdict's fields, for platforms with a place beside the text (the terminal shows none: its title says it). */
  fields?: Field[];
  citation?: Citation | undefined;
}

export function frameOf(reply: Reply): ReplyFrame {
  switch (reply.kind) {
    case 'answer':
      return { title: reply.title, sharedBy: reply.sharedBy, citation: reply.citation };
    case 'clarify':
    case 'unknown':
    case 'outside':
      return { title: reply.title, quote: reply.quote };
    case 'question':
      return { title: reply.title, progress: reply.progress, citation: reply.citation };
    case 'answered':
      return { title: reply.title, progress: reply.progress };
    case 'topics':
      return { title: reply.title, sections: reply.sections };
    case 'help':
      return { title: reply.title };
    case 'why':
      return { title: reply.title, sections: reply.sections, citation: reply.citation };
    case 'verdict':
      return { title: reply.title, sections: reply.sections, fields: reply.fields, citation: reply.citation };
    case 'smalltalk':
    case 'notice':
      return {};
  }
}

/** "Title (2/6)": a step's progress after its title, where a platform has no place of its own for it. */
export function titled(title: string, progress?: Progress): string {
  return progress ? `${title} (${progress.step}/${progress.total})` : title;
}
