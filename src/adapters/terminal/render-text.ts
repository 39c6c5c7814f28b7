import { choicesOf } from '../../core/reply.js';
import type { Actor, Citation, Progress, Reply, Section } from '../../core/types.js';
import { quotedWords } from '../shared/text.js';
import { REPLY } from '../../core/texts.js';
import { TERMINAL_TEXT } from './texts.js';

export interface TextStyle {
  color: boolean;
}

const ansi = (code: string, style: TextStyle) => (text: string) => (style.color ? `\u001b[${code}m${text}\u001b[0m` : text);

/** The reply's Markdown subset as terminal text: bold kept as ANSI bold when colour is on. */
function markdown(text: string, style: TextStyle): string {
  const bold = ansi('1', style);
  return text
    .replace(/\*\*(.+?)\*\*/g, (_, inner: string) => bold(inner))
    .replace(/(^|\W)_(.+?)_(?=\W|$)/g, (_, lead: string, inner: string) => `${lead}${inner}`)
    .replace(/(^|\W)\*(.+?)\*(?=\W|$)/g, (_, lead: string, inner: string) => `${lead}${inner}`);
}

/** What a reply's kind shows besides its body and choices. */
interface Frame {
  title?: string;
  sharedBy?: Actor | undefined;
  quote?: string;
  sections?: Section[];
  citation?: Citation | undefined;
  /** How the related topics are introduced. */
  related: string;
}

const titled = (title: string, progress?: Progress): string => (progress ? `${title} (${progress.step}/${progress.total})` : title);

function frameOf(reply: Reply): Frame {
  const { related } = REPLY.answer;
  switch (reply.kind) {
    case 'answer':
      return { title: reply.title, sharedBy: reply.sharedBy, citation: reply.citation, related };
    case 'clarify':
      return { title: reply.title, quote: reply.quote, related: REPLY.clarify.lead };
    case 'outside':
      return { title: reply.title, quote: reply.quote, related: REPLY.outside.lead };
    case 'unknown':
      return { title: reply.title, quote: reply.quote, related };
    case 'question':
      return { title: titled(reply.title, reply.progress), citation: reply.citation, related };
    case 'answered':
      return { title: titled(reply.title, reply.progress), related };
    case 'topics':
      return { title: reply.title, sections: reply.sections, related };
    case 'help':
      return { title: reply.title, related };
    case 'why':
      return { title: reply.title, sections: reply.sections, citation: reply.citation, related };
    case 'verdict':
      // The verdict's id field is for chat platforms' side panels; the title already says it here.
      return { title: reply.title, sections: reply.sections, citation: reply.citation, related };
    case 'smalltalk':
    case 'notice':
      return { related };
  }
}

export function renderText(reply: Reply, style: TextStyle = { color: false }): string {
  const bold = ansi('1', style);
  const dim = ansi('2', style);
  const lines: string[] = [];
  const frame = frameOf(reply);
  if (frame.title) lines.push(bold(frame.title));
  if (frame.sharedBy) lines.push(dim(REPLY.answer.sharedBy(frame.sharedBy.name ?? frame.sharedBy.id)));
  // Quoted as speech: a leading "> " would look like a prompt in a terminal.
  if (frame.quote !== undefined) lines.push(dim(`“${quotedWords(frame.quote)}”`));
  if (reply.body) lines.push(markdown(reply.body, style));
  for (const section of frame.sections ?? []) lines.push('', bold(section.heading), markdown(section.text, style));

  const choices = choicesOf(reply);
  const options = choices.filter((c) => c.group === 'options');
  if (options.length > 0) lines.push('', ...options.map((c) => `  ${c.label}`));
  const nav = choices.filter((c) => c.group === 'navigation');
  const hints: string[] = [];
  for (const choice of nav) {
    const { action } = choice;
    // A start choice marked `needsId` names its checklist: a bare `decide` would ask "Which decision?".
    const word = action.type === 'start' && choice.needsId === true ? TERMINAL_TEXT.startHint(action.checklist) : TERMINAL_TEXT.hints[action.type];
    // Not again what the body already says to type (the "Which decision?" list names each `decide <id>`).
    if (word && !hints.includes(word) && !reply.body?.includes(word)) hints.push(word);
  }
  if (hints.length > 0) lines.push(dim(TERMINAL_TEXT.typeHint(hints)));
  const related = choices.filter((c) => c.group === 'related').map((c) => c.label);
  if (related.length > 0) lines.push(dim(`${frame.related}: ${related.join(' · ')}`));
  if (frame.citation) lines.push(dim(`${REPLY.citation.source(frame.citation.source)}${frame.citation.article ? ` (${frame.citation.article})` : ''}`));
  return lines.join('\n');
}
