import { z } from 'zod';

// Just enough of Block Kit to read back what the bot sent, the way a person sees it in Slack.

const textObject = z.object({ type: z.string(), text: z.string() });
const element = z.object({ type: z.string(), text: z.union([z.string(), textObject]).optional(), action_id: z.string().optional(), style: z.string().optional() });
export const blockSchema = z.object({
  type: z.string(),
  text: textObject.optional(),
  fields: z.array(textObject).optional(),
  elements: z.array(element).optional(),
});
export type Block = z.infer<typeof blockSchema>;

export const blocksSchema = z.array(blockSchema);

export interface Button {
  label: string;
  actionId: string;
  style?: string;
}

export function buttonsOf(blocks: readonly Block[]): Button[] {
  return blocks
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? [])
    .filter((e) => e.type === 'button' && e.action_id !== undefined && typeof e.text === 'object')
    .map((e) => ({ label: typeof e.text === 'object' ? e.text.text : '', actionId: e.action_id ?? '', ...(e.style ? { style: e.style } : {}) }));
}

/** Slack shows `&lt;` as `<`: entities are what the bot must send, characters are what people read. */
export function unescapeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Every piece of text in the blocks, markup as sent (entities kept), one per line. */
export function rawTextOf(blocks: readonly Block[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.text) lines.push(block.text.text);
    for (const field of block.fields ?? []) lines.push(field.text);
    for (const el of block.elements ?? []) {
      if (typeof el.text === 'string') lines.push(el.text);
      else if (el.text) lines.push(`[${el.text.text}]`);
    }
  }
  return lines.join('\n');
}

/** What a person reads: the blocks' text with entities shown as characters; buttons as `[label]`. */
export function visibleText(blocks: readonly Block[], fallback: string): string {
  return unescapeEntities(blocks.length > 0 ? rawTextOf(blocks) : fallback);
}

/** Slack's published Block Kit limits; a message breaking one is refused with `invalid_blocks`. */
export function limitProblems(blocks: readonly Block[], maxBlocks = 50): string[] {
  const problems: string[] = [];
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks (max ${maxBlocks})`);
  blocks.forEach((block, i) => {
    const text = block.text?.text ?? '';
    if (block.type === 'section' && text.length > 3000) problems.push(`block ${i}: section text of ${text.length} chars`);
    if (block.type === 'header' && (text.length > 150 || block.text?.type !== 'plain_text')) problems.push(`block ${i}: bad header`);
    if ((block.fields?.length ?? 0) > 10) problems.push(`block ${i}: more than 10 fields`);
    for (const field of block.fields ?? []) if (field.text.length > 2000) problems.push(`block ${i}: field of ${field.text.length} chars`);
    if (block.type === 'actions' && (block.elements?.length ?? 0) > 25) problems.push(`block ${i}: more than 25 elements`);
    if (block.type === 'context' && (block.elements?.length ?? 0) > 10) problems.push(`block ${i}: more than 10 context elements`);
    for (const el of block.elements ?? []) {
      if (el.type === 'button' && typeof el.text === 'object' && el.text.text.length > 75) problems.push(`block ${i}: button label of ${el.text.text.length} chars`);
      if (el.type === 'button' && (el.action_id?.length ?? 0) > 255) problems.push(`block ${i}: action_id too long`);
    }
  });
  const ids = blocks.flatMap((b) => b.elements ?? []).flatMap((e) => (e.action_id ? [e.action_id] : []));
  if (new Set(ids).size !== ids.length) problems.push('duplicate action_id');
  return problems;
}
