import { createBot, type Bot } from '../core/bot.js';
import { ownId } from '../core/content/concept-id.js';
import type { KnowledgeBase } from '../core/knowledge-base.js';
import { MemoryStore } from '../core/sessions/memory-store.js';
import type { Logger, Outcome, Reply } from '../core/types.js';
import { lookupJson } from './lookup-json.js';
import { REPLY } from '../core/texts.js';

const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * Conversations played through the real bot, as `archbot ask --json --thread` and the follow-up
 * eval run them: every conversation is its own terminal thread, every turn one `bot.handle`.
 */
export class ThreadRunner {
  private readonly bot: Bot;
  private conversation = 0;

  constructor(private readonly kb: KnowledgeBase) {
    this.bot = createBot({ kb, store: new MemoryStore(), logger: quiet });
  }

  /** Starts a new conversation: nothing said before carries over. */
  next(): void {
    this.conversation++;
  }

  async turn(text: string): Promise<Record<string, unknown>> {
    const outcome = await this.bot.handle({
      platform: 'terminal',
      thread: `terminal:ask-${this.conversation}`,
      place: 'dm',
      actor: { id: 'ask' },
      input: { type: 'text', text },
    });
    return turnJson(this.kb, text, outcome);
  }
}

/**
 * One turn in the `ask --json` shapes: the lookup's own line where the reply is the lookup's
 * answer; an answer reached through the thread (a follow-up, a pick from "did you mean") says so
 * in `via` (and `term`, an outside term it first said is not covered); checklist turns report their step, verdict or notice.
 */
export function turnJson(kb: KnowledgeBase, question: string, outcome: Outcome): Record<string, unknown> {
  const replies = outcome.replies;
  const lookup = replies.find((r) => r.kind === 'answer' || r.kind === 'clarify' || r.kind === 'unknown' || r.kind === 'outside');
  if (lookup) {
    const found = kb.lookup(question);
    const own = lookupJson(question, found, (id) => kb.articleOf(id)?.id);
    if (lookup.kind !== 'answer') return own.status === lookup.kind ? own : { question, status: lookup.kind, ...candidatesOf(kb, lookup) };
    // A follow-up on the answer just given shows one deeper part of it ("part":"why"), or says nothing is left ("done").
    const part = lookup.part === undefined ? {} : { part: lookup.part };
    if (found.status === 'answer' && found.concept.id === lookup.concept) return { ...own, ...part };
    const article = lookup.concept === undefined ? undefined : kb.articleOf(lookup.concept)?.id;
    const id = lookup.concept === undefined ? undefined : ownId(lookup.concept);
    return { question, status: 'answer', id, ...(article ? { article } : {}), title: kb.concept(lookup.concept ?? '')?.title ?? lookup.title, via: 'thread', ...part, ...(lookup.noted ? { term: lookup.noted } : {}) };
  }
  const main: Reply | undefined = replies.find((r) => r.kind !== 'notice') ?? replies[0];
  if (!main) return { question, status: 'silent' };
  switch (main.kind) {
    case 'question':
      return { question, status: 'step', step: main.progress?.step, of: main.progress?.total };
    case 'verdict':
      return { question, status: 'verdict', verdict: main.fields.find((f) => f.label === REPLY.verdict.field)?.value };
    case 'notice':
      return { question, status: 'notice', code: main.code };
    default:
      return { question, status: main.kind };
  }
}

function candidatesOf(kb: KnowledgeBase, reply: Reply): Record<string, unknown> {
  if (reply.kind !== 'clarify') return {};
  const candidates = reply.choices.flatMap((c) => (c.action.type === 'topic' ? [{ id: ownId(c.action.concept), ...articleField(kb, c.action.concept), title: kb.concept(c.action.concept)?.title }] : []));
  return { candidates };
}

/** `article` beside a candidate's own id, as the lookup's clarify line has it. */
function articleField(kb: KnowledgeBase, concept: string): { article?: string } {
  const article = kb.articleOf(concept)?.id;
  return article === undefined ? {} : { article };
}
