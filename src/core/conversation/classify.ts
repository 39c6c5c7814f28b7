import { looksLikeQuestion } from '../checklist/read-step-input.js';
import { sessionCommand } from '../checklist/session-words.js';
import type { CommandName } from '../types.js';

/** What typed text is, read without knowing the thread's state (the routing table adds that). */
export type InputKind = 'click' | 'command' | 'help' | 'control' | 'why' | 'number' | 'question' | 'text';

const COMMANDS = new Set<CommandName>(['ask', 'decide', 'topics', 'help']);

/** `decide x`, `topics`, `ask what is a cache`: a command word first. A bare `ask` is just text. */
export function splitCommand(text: string): { name: CommandName; rest: string } | undefined {
  const [first = '', ...rest] = text.trim().split(/\s+/);
  const word = first.toLowerCase() as CommandName;
  if (!COMMANDS.has(word) || (word === 'ask' && rest.length === 0)) return undefined;
  return { name: word, rest: rest.join(' ') };
}

const NUMBER = /^(?:#|option\s+|number\s+|no\.?\s*)?(\d{1,2})[.)]?$|^(?:the\s+)?(first|second|third|fourth|fifth)(?:\s+(?:one|option))?$/i;
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5 };

/** "2", "#2", "option 2", "the second one": a pick from a numbered list. */
export function pickedNumber(text: string): number | undefined {
  const match = NUMBER.exec(text.trim().replace(/[!.]+$/, ''));
  if (!match) return undefined;
  return match[1] !== undefined ? Number(match[1]) : ORDINALS[(match[2] ?? '').toLowerCase()];
}

export function classify(text: string): InputKind {
  const command = splitCommand(text);
  if (command) return command.name === 'help' ? 'help' : 'command';
  const word = sessionCommand(text);
  if (word === 'why') return 'why';
  if (word === 'help') return 'help';
  if (word) return 'control';
  if (pickedNumber(text) !== undefined) return 'number';
  return looksLikeQuestion(text) ? 'question' : 'text';
}
