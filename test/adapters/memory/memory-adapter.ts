import { z } from 'zod';
import type { PlatformDescriptor } from '../../../src/adapters/descriptor.js';
import { readingPastMarkup } from '../../../src/adapters/shared/markup.js';
import { renderText } from '../../../src/adapters/terminal/render-text.js';
import { encodeAction } from '../../../src/core/actions.js';
import { choicesOf } from '../../../src/core/reply.js';
import { NOTICE } from '../../../src/core/texts.js';
import type { InboundEvent, Input, Outcome, Place, Reply } from '../../../src/core/types.js';

// A fourth platform, all in this folder: a chat that lives in memory. It is what a real adapter is
// (a descriptor with its own settings and markup, events in, replies out, threads on request) with
// the network replaced by method calls, so the contract suite can prove a platform is one folder.

export interface MemoryButton {
  label: string;
  id: string;
}

export interface MemoryMessage {
  id: number;
  /** The conversation it sits in: a room, or a thread `room/<message id>`. */
  where: string;
  /** `bot`, or the person who wrote it. */
  from: string;
  text: string;
  /** Buttons in rows of at most the descriptor's `buttonsPerRow`. */
  rows: MemoryButton[][];
  /** Every button, row after row. */
  buttons: MemoryButton[];
}

type Typed = { where: string; place: Place; user: string; text: string; command?: boolean };
type Clicked = { where: string; place: Place; user: string; id: string };

/** The "network": every message posted, and the bot's two doors in. */
export class MemoryChat {
  readonly messages: MemoryMessage[] = [];
  onTyped?: (typed: Typed) => Promise<void>;
  onClicked?: (clicked: Clicked) => Promise<void>;

  post(where: string, from: string, text: string, rows: MemoryButton[][] = []): MemoryMessage {
    const message = { id: this.messages.length + 1, where, from, text, rows, buttons: rows.flat() };
    this.messages.push(message);
    return message;
  }

  /** A person writes; resolves once the bot has answered. `<@name>` is this chat's mention markup. */
  async type(typed: Typed): Promise<void> {
    this.post(typed.where, typed.user, typed.text);
    await this.onTyped?.(typed);
  }

  async click(clicked: Clicked): Promise<void> {
    await this.onClicked?.(clicked);
  }
}

const configSchema = z.object({ MEMORY_ROOM: z.string().trim().min(1).optional() });

/** The tightest button ids any platform allows (64 bytes), so the contract proves every action fits them. */
const LIMITS = { textLength: 2_000, buttonIdBytes: 64, buttonsPerRow: 3 };

/** Mentions such as `<@archbot>`: this chat's markup, stripped before the core reads the text. */
const MEMORY_MARKUP = [/<@[a-z0-9_]+>/gi];

/** The platform's descriptor, over a given chat (a real one would dial its network in `start`). */
export function memoryDescriptor(chat: MemoryChat): PlatformDescriptor<typeof configSchema.shape> {
  return {
    name: 'memory',
    title: 'Memory',
    configSchema,
    wanted: (env) => env.MEMORY_ROOM !== undefined,
    secrets: () => [],
    secretPatterns: [],
    markup: MEMORY_MARKUP,
    limits: LIMITS,
    // What the framework hands over (`startPlatform`) is what the descriptor declared above.
    async start({ bot: core, markup = MEMORY_MARKUP, limits = LIMITS }) {
      const bot = readingPastMarkup(core, markup);
      let ready = false;
      const event = (where: string, place: Place, user: string, input: Input): InboundEvent => ({
        platform: 'memory', thread: `memory:${where}`, place, actor: { id: user, name: user }, input,
      });
      const render = (reply: Reply): { text: string; rows: MemoryButton[][] } => {
        const buttons = choicesOf(reply).map((c) => ({ label: c.label, id: encodeAction(c.action, limits.buttonIdBytes) }));
        const rows: MemoryButton[][] = [];
        for (let i = 0; i < buttons.length; i += limits.buttonsPerRow) rows.push(buttons.slice(i, i + limits.buttonsPerRow));
        return { text: renderText(reply), rows };
      };
      const deliver = async (where: string, outcome: Outcome): Promise<void> => {
        if (outcome.update) chat.post(where, 'bot', render(outcome.update).text);
        const posted = outcome.replies.map((reply) => {
          const { text, rows } = render(reply);
          return chat.post(where, 'bot', text, rows);
        });
        const opening = outcome.openThread;
        const root = posted[0];
        if (!opening || !root) return;
        const thread = `${where}/${root.id}`;
        for (const reply of await opening.opened(`memory:${thread}`)) {
          const { text, rows } = render(reply);
          chat.post(thread, 'bot', text, rows);
        }
      };
      chat.onTyped = async ({ where, place, user, text, command }) => {
        const input: Input = command ? { type: 'command', text } : { type: 'text', text };
        await deliver(where, await bot.handle(event(where, place, user, input)));
      };
      chat.onClicked = async ({ where, place, user, id }) => {
        const action = bot.decode(id);
        if (!action) return void chat.post(where, 'bot', NOTICE['unknown-action'].button);
        await deliver(where, await bot.handle(event(where, place, user, { type: 'action', action })));
      };
      return {
        name: 'memory',
        start: async () => void (ready = true),
        stop: async () => void (ready = false),
        isReady: () => ready,
      };
    },
  };
}
