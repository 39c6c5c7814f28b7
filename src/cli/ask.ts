import { createInterface } from 'node:readline';
import { examplesOf } from '../core/article-words.js';
import type { KnowledgeBase } from '../core/knowledge-base.js';
import { renderText } from '../adapters/terminal/render-text.js';
import { lookupReply } from '../core/lookup-replies.js';
import { ThreadRunner } from './ask-thread.js';
import { lookupJson, type ArticleOf } from './lookup-json.js';
import { UsageError, type Io } from './io.js';

/**
 * `archbot ask [--json] [--thread] [question]`: one answer, or with --json and no question, JSON
 * Lines from stdin: one line per input line (a blank one gets `"status":"empty"`), or with
 * --thread one line per turn of conversations separated by blank lines.
 */
export async function askCommand(kb: KnowledgeBase, args: string[], io: Io): Promise<number> {
  const json = args.includes('--json');
  const thread = args.includes('--thread');
  const words = args.filter((a) => a !== '--json' && a !== '--thread');
  const unknownFlag = words.find((w) => w.startsWith('--'));
  if (unknownFlag) throw new UsageError(`ask: unknown option ${unknownFlag}`);
  const question = words.join(' ').trim();
  if (thread && (!json || question !== '')) throw new UsageError('ask: --thread reads conversations from stdin and needs --json, e.g. archbot ask --json --thread < turns.txt');

  if (question === '') {
    const [example = 'your question'] = examplesOf(kb.articles, 1);
    if (!json) throw new UsageError(`ask: give a question, e.g. archbot ask "${example}", or use --json to read lines from stdin`);
    const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
    const runner = thread ? new ThreadRunner(kb) : undefined;
    for await (const line of lines) {
      const q = line.trim();
      if (runner) {
        if (q === '') runner.next();
        else io.stdout.write(`${JSON.stringify(await runner.turn(q))}\n`);
        continue;
      }
      io.stdout.write(`${JSON.stringify(q === '' ? { question: '', status: 'empty' } : lookupJson(q, kb.lookup(q), articleOf(kb)))}\n`);
    }
    return 0;
  }
  const result = kb.lookup(question);
  if (json) {
    io.stdout.write(`${JSON.stringify(lookupJson(question, result, articleOf(kb)))}\n`);
    return 0;
  }
  const reply = lookupReply(kb, question, result, false);
  io.stdout.write(`${renderText(reply, { color: false })}\n`);
  return 0;
}

function articleOf(kb: KnowledgeBase): ArticleOf {
  return (id) => kb.articleOf(id)?.id;
}
