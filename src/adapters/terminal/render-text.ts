import { choicesOf } from '../../core/reply.js';
import type { Reply } from '../../core/types.js';
import { frameOf, titled } from '../shared/reply-frame.js';
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

/** How a reply's related topics are introduced: a did-you-mean and a term not covered offer them as their own list. */
function relatedLead(reply: Reply): string {
  if (reply.kind === 'clarify') return REPLY.clarify.lead;
  if (reply.kind === 'outside') return REPLY.outside.lead;
  return REPLY.answer.related;
}

export function renderText(reply: Reply, style: TextStyle = { color: false }): string {
  const bold = ansi('1', style);
  const dim = ansi('2', style);
  const lines: string[] = [];
  const frame = frameOf(reply);
  if (frame.title) lines.push(bold(titled(frame.title, frame.progress)));
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
  if (related.length > 0) lines.push(dim(`${relatedLead(reply)}: ${related.join(' · ')}`));
  if (frame.citation) lines.push(dim(`${REPLY.citation.source(frame.citation.source)}${frame.citation.article ? ` (${frame.citation.article})` : ''}`));
  return lines.join('\n');
}
