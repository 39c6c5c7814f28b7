import { createInterface, type Interface } from 'node:readline';
import type { Bot } from '../../core/bot.js';
import type { Actor, Input, Outcome, Platform, Reply } from '../../core/types.js';
import { renderText, type TextStyle } from './render-text.js';
import { subjectOf } from '../../core/article-words.js';
import { TERMINAL_TEXT } from './texts.js';

export interface TerminalOptions {
  bot: Bot;
  input: NodeJS.ReadableStream;
  output: { write(text: string): unknown };
  interactive: boolean;
  color: boolean;
  actor?: Actor;
  /** Lines to run before reading input, e.g. `decide` for `archbot decide`. */
  firstLines?: string[];
  /**
   * The real terminal, when there is one: readline then owns the line (arrow keys, history, no
   * 4 KB line limit of the kernel's line mode). Without it, input is read as plain lines (pipes).
   */
  tty?: NodeJS.WritableStream;
  /** Called once a line's replies are all written: lets a caller (a test, a script) wait for them. */
  onAnswered?: (line: string) => void;
}

export const TERMINAL_THREAD = 'terminal:local';
const LEAVE = new Set(['exit', 'quit', ':q', 'bye']);
/** Of those, what is said to a person too: the bot answers it ("See you!") before the terminal closes. */
const GOODBYE = new Set(['bye']);

/** The bot in a terminal: one line in, rendered replies out. Ctrl-D or `exit` leaves. */
export class TerminalAdapter implements Platform {
  readonly name = 'terminal' as const;
  private rl: Interface | undefined;
  private ready = false;
  private readonly style: TextStyle;
  private readonly actor: Actor;

  constructor(private readonly options: TerminalOptions) {
    this.style = { color: options.color };
    this.actor = options.actor ?? { id: 'local', name: 'you' };
  }

  isReady(): boolean {
    return this.ready;
  }

  /** Resolves when the input ends or the user leaves. */
  async start(): Promise<void> {
    const { output, interactive, bot } = this.options;
    output.write(`${TERMINAL_TEXT.banner(subjectOf(bot.kb.articles), bot.kb.concepts.length)}\n`);
    this.ready = true;
    for (const line of this.options.firstLines ?? []) await this.send(line);
    const tty = interactive ? this.options.tty : undefined;
    const rl = tty
      ? createInterface({ input: this.options.input, output: tty, terminal: true, historySize: 100, prompt: '> ' })
      : createInterface({ input: this.options.input, terminal: false, crlfDelay: Infinity });
    this.rl = rl;
    // Ctrl-C at the prompt leaves like Ctrl-D (readline would otherwise just pause the input).
    rl.on('SIGINT', () => rl.close());
    const prompt = (): void => {
      if (!interactive) return;
      output.write('\n');
      if (tty) rl.prompt();
      else output.write('> ');
    };
    prompt();
    for await (const raw of rl) {
      const line = raw.trim();
      if (LEAVE.has(line.toLowerCase())) {
        if (GOODBYE.has(line.toLowerCase())) await this.send(line);
        break;
      }
      if (line !== '') await this.send(line);
      this.options.onAnswered?.(line);
      prompt();
    }
    rl.close();
    // The input stream would keep the process alive after `exit` until it ends; nothing reads it now.
    const input = this.options.input as NodeJS.ReadableStream & { destroy?: () => void };
    input.destroy?.();
    if (interactive) output.write('\n');
    this.ready = false;
  }

  async stop(): Promise<void> {
    this.rl?.close();
    this.ready = false;
  }

  /** One typed line through the core; exposed for the contract suite. */
  async send(text: string): Promise<Outcome> {
    return this.dispatch({ type: 'text', text });
  }

  async dispatch(input: Input): Promise<Outcome> {
    const outcome = await this.options.bot.handle({
      platform: 'terminal',
      thread: TERMINAL_THREAD,
      place: 'dm',
      actor: this.actor,
      input,
    });
    const print = (replies: readonly Reply[]): void => {
      for (const reply of replies) this.options.output.write(`\n${renderText(reply, this.style)}\n`);
    };
    print(outcome.replies);
    // A terminal has one conversation, so a thread to open is simply this one.
    if (outcome.openThread) print(await outcome.openThread.opened(TERMINAL_THREAD));
    return outcome;
  }
}
