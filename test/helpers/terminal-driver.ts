import { PassThrough } from 'node:stream';
import { TerminalAdapter } from '../../src/adapters/terminal/terminal-adapter.js';
import type { KnowledgeBase } from '../../src/core/knowledge-base.js';
import { testBot } from './kb.js';

export interface TerminalDriver {
  /** The banner and anything printed before the first line. */
  banner(): string;
  /** Types a line; resolves with what the adapter printed for it. */
  send(text: string): Promise<string>;
  close(): Promise<void>;
}

/** Drives the real terminal adapter through its input stream, over the given content. */
export function terminalDriver(kb?: KnowledgeBase): TerminalDriver {
  const { bot } = testBot(kb ? { kb } : {});
  const input = new PassThrough();
  let printed = '';
  let answered: (() => void) | undefined;
  const adapter = new TerminalAdapter({
    bot,
    input,
    output: { write: (t: string) => (printed += t) },
    interactive: false,
    color: false,
    // The adapter says when a line's replies are all printed: no waiting for the output to go quiet.
    onAnswered: () => answered?.(),
  });
  const running = adapter.start();
  const banner = printed;
  return {
    banner: () => banner,
    async send(text) {
      const before = printed.length;
      const done = new Promise<void>((resolve) => (answered = resolve));
      input.write(`${text}\n`);
      await done;
      return printed.slice(before);
    },
    async close() {
      input.end();
      await running;
    },
  };
}
