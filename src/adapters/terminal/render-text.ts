import type { Reply } from '../../core/types.js';
import { quotedWords } from '../shared/text.js';

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

export function renderText(reply: Reply, style: TextStyle = { color: false }): string {
  const bold = ansi('1', style);
  const dim = ansi('2', style);
  const lines: string[] = [];
  const progress = reply.progress ? ` (${reply.progress.step}/${reply.progress.total})` : '';
  if (reply.title) lines.push(bold(`${reply.title}${progress}`));
  if (reply.sharedBy) lines.push(dim(`shared by ${reply.sharedBy.name ?? reply.sharedBy.id}`));
  // Quoted as speech: a leading "> " would look like a prompt in a terminal.
  if (reply.quote !== undefined && reply.kind !== 'notice') lines.push(dim(`“${quotedWords(reply.quote)}”`));
  if (reply.body) lines.push(markdown(reply.body, style));
  for (const section of reply.sections ?? []) lines.push('', bold(section.heading), markdown(section.text, style));

  const choices = reply.choices ?? [];
  const options = choices.filter((c) => c.group === 'options');
  if (options.length > 0) lines.push('', ...options.map((c) => `  ${c.label}`));
  const nav = choices.filter((c) => c.group === 'navigation');
  const hints: string[] = [];
  for (const choice of nav) {
    const word = HINTS[choice.action.type];
    if (word && !hints.includes(word)) hints.push(word);
  }
  if (hints.length > 0) lines.push(dim(`(type ${hints.join(', ')})`));
  const related = choices.filter((c) => c.group === 'related').map((c) => c.label);
  const lead = reply.kind === 'clarify' ? 'Try' : reply.kind === 'outside' ? 'Nearest topics I cover' : 'Related';
  if (related.length > 0) lines.push(dim(`${lead}: ${related.join(' · ')}`));
  if (reply.citation) lines.push(dim(`Source: "${reply.citation.source}"${reply.citation.article ? ` (${reply.citation.article})` : ''}`));
  return lines.join('\n');
}

const HINTS: Partial<Record<string, string>> = {
  why: '`why`',
  explain: '`why`',
  back: '`back`',
  cancel: '`cancel`',
  restart: '`restart`',
  start: '`decide`',
  continue: '`status` to continue',
};
