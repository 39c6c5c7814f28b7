import { createInterface } from 'node:readline';
import type { KnowledgeBase } from '../core/knowledge-base.js';
import type { LookupResult } from '../core/lookup/lookup.js';
import { renderText } from '../adapters/terminal/render-text.js';
import { lookupReply } from '../core/lookup-replies.js';
import { UsageError, type Io } from './io.js';

export function lookupJson(question: string, result: LookupResult): Record<string, unknown> {
  switch (result.status) {
    case 'answer':
      return { question, status: 'answer', id: result.concept.id, title: result.concept.title, score: result.score };
    case 'clarify':
      return {
        question,
        status: 'clarify',
        candidates: result.candidates.map((c) => ({ id: c.concept.id, title: c.concept.title, score: c.score })),
      };
    case 'outside':
      return { question, status: 'outside', term: result.term.id, nearest: result.nearest.map((c) => ({ id: c.id, title: c.title })) };
    case 'unknown':
    case 'smalltalk':
      return { question, status: result.status };
  }
}

/** `archbot ask [--json] [question]`: one answer, or with --json and no question, JSON Lines from stdin. */
export async function askCommand(kb: KnowledgeBase, args: string[], io: Io): Promise<number> {
  const json = args.includes('--json');
  const words = args.filter((a) => a !== '--json');
  const unknownFlag = words.find((w) => w.startsWith('--'));
  if (unknownFlag) throw new UsageError(`ask: unknown option ${unknownFlag}`);
  const question = words.join(' ').trim();

  if (question === '') {
    if (!json) throw new UsageError('ask: give a question, e.g. archbot ask "what is etcd", or use --json to read lines from stdin');
    const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      const q = line.trim();
      if (q === '') continue;
      io.stdout.write(`${JSON.stringify(lookupJson(q, kb.lookup(q)))}\n`);
    }
    return 0;
  }
  const result = kb.lookup(question);
  if (json) {
    io.stdout.write(`${JSON.stringify(lookupJson(question, result))}\n`);
    return 0;
  }
  const reply = lookupReply(kb, question, result, false);
  io.stdout.write(`${renderText(reply)}\n`);
  return 0;
}
