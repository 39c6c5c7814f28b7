import { truncate } from '../shared/text.js';

// Slack's mrkdwn is not Markdown, and it treats `&`, `<` and `>` as control characters: `<!channel>`
// pings everyone, `<@U1>` mentions someone. Everything the bot posts passes through here.

/** Makes text literal for Slack: `&`, `<`, `>` become entities, so `<!channel>` shows as text and pings no one. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Slack delivers typed text with `&`, `<` and `>` already escaped (a literal "a < b" arrives as
 * "a &lt; b") while its own markup (`<@U1>`, `<!here>`) stays raw. The core wants what the person
 * typed, so entities are turned back into characters; output is escaped again on the way out.
 */
export function unescapeSlack(text: string): string {
  return text
    .replace(SLACK_LINK, (_link, url: string, typed: string | undefined) => typed ?? url)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Slack links what looks like a URL: a typed `etcd.io` arrives as `<http://etcd.io|etcd.io>`; keep what was typed. */
const SLACK_LINK = /<((?:https?|mailto):[^|>\s]+)(?:\|([^>]*))?>/g;

/**
 * The core's Markdown subset as mrkdwn: `**bold**` → `*bold*`, `*it*` → `_it_` (`_it_` stays),
 * `- ` / `* ` list items → `• `, code spans kept (but escaped, as Slack requires everywhere).
 */
export function toMrkdwn(markdown: string): string {
  const lines = markdown.split('\n').map((line) => line.replace(/^(\s*)[-*] (?=\S)/, '$1• '));
  // Odd parts are code spans: no formatting is converted inside them.
  return lines
    .join('\n')
    .split(/(`[^`\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? escapeText(part) : inline(escapeText(part))))
    .join('');
}

function inline(text: string): string {
  return text
    .replace(/(^|[^*])\*(?!\*)([^*\n]+?)\*(?!\*)/g, '$1_$2_')
    .replace(/\*\*([^\n]+?)\*\*/g, '*$1*');
}

/** Cuts mrkdwn to `max` characters with an ellipsis, never in the middle of an `&amp;`-style entity. */
export function truncateMrkdwn(text: string, max: number): string {
  return truncate(text, max, safeCut);
}

/** The largest cut position ≤ `max` that does not split an entity such as `&amp;`. */
function safeCut(text: string, max: number): number {
  const amp = text.lastIndexOf('&', max - 1);
  if (amp >= 0 && amp > max - 6) {
    const semi = text.indexOf(';', amp);
    if (semi >= max && semi - amp <= 5) return amp;
  }
  return max;
}

/**
 * Splits mrkdwn into pieces of at most `max` characters, preferring paragraph breaks, then line
 * breaks, then a hard cut (Slack rejects a section over 3,000 characters). Unlike the shared
 * `splitText` it packs whole paragraphs into as few sections as fit and cuts only where no
 * `&amp;`-style entity breaks, because Slack's text is already escaped by then.
 */
export function splitMrkdwn(text: string, max: number): string[] {
  const pieces: string[] = [];
  let current = '';
  const flush = (): void => {
    if (current.trim() !== '') pieces.push(current);
    current = '';
  };
  const add = (unit: string, joiner: string): void => {
    if (current === '') current = unit;
    else if (current.length + joiner.length + unit.length <= max) current += joiner + unit;
    else {
      flush();
      current = unit;
    }
  };
  for (const paragraph of text.split('\n\n')) {
    if (paragraph.length <= max) {
      add(paragraph, '\n\n');
      continue;
    }
    flush();
    for (const line of paragraph.split('\n')) {
      if (line.length <= max) {
        add(line, '\n');
        continue;
      }
      flush();
      let rest = line;
      while (rest.length > max) {
        const at = safeCut(rest, max);
        pieces.push(rest.slice(0, at));
        rest = rest.slice(at);
      }
      current = rest;
    }
    flush();
  }
  flush();
  return pieces;
}
