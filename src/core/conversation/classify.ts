import { handsOn } from '../checklist/read-doubt.js';
import { looksLikeQuestion } from '../checklist/read-step-input.js';
import { sessionCommand } from '../checklist/session-words.js';
import type { CommandName } from '../types.js';

/** What typed text is, read without knowing the thread's state (the routing table adds that). */
export type InputKind = 'click' | 'command' | 'handing-on' | 'help' | 'control' | 'why' | 'number' | 'question' | 'text';

const COMMANDS = new Set<CommandName>(['ask', 'decide', 'topics', 'help']);

/** `decide x`, `topics`, `ask what is a cache`: a command word first. A bare `ask` is just text. */
export function splitCommand(text: string): { name: CommandName; rest: string } | undefined {
  const [first = '', ...rest] = text.trim().split(/\s+/);
  const word = first.toLowerCase() as CommandName;
  if (!COMMANDS.has(word) || (word === 'ask' && rest.length === 0)) return undefined;
  return { name: word, rest: rest.join(' ') };
}

/**
 * `ask` handing the question to someone rather than asking one ("ask the owner", "ask @kate", "ask the docs about
 * etcd"): the ask command, except at a decision step, where the routing table gives it to the step, as doubt.
 */
function handingOn(text: string, command: { name: CommandName; rest: string }): boolean {
  return command.name === 'ask' && handsOn(text) && !looksLikeQuestion(command.rest);
}

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, one: 1, two: 2, three: 3, four: 4, five: 5 };
/** "2", "#2", "option 2", "no. 2", "2nd", "two", "the second one", "option two". */
const NUMBER =
  /^(?:the\s+)?(?:#|option\s+|number\s+|no\.?\s*)?(?:(\d{1,2})(?:st|nd|rd|th)?|(first|second|third|fourth|fifth|one|two|three|four|five))[.)]?(?:\s+(?:one|option|please|pls)){0,2}$/i;

/** "2", "#2", "option 2", "the second one": a pick from a numbered list. */
export function pickedNumber(text: string): number | undefined {
  const typed = text.trim().replace(/[!.?]+$/, '');
  // "the one", "no one": a word, not a number.
  if (/^(?:the|no)\s+one$/i.test(typed)) return undefined;
  const match = NUMBER.exec(typed);
  if (!match) return undefined;
  return match[1] !== undefined ? Number(match[1]) : ORDINALS[(match[2] ?? '').toLowerCase()];
}

export function classify(text: string): InputKind {
  const command = splitCommand(text);
  if (command) return command.name === 'help' ? 'help' : handingOn(text, command) ? 'handing-on' : 'command';
  const word = sessionCommand(text);
  if (word === 'why') return 'why';
  if (word === 'help') return 'help';
  if (word) return 'control';
  if (pickedNumber(text) !== undefined) return 'number';
  return looksLikeQuestion(text) ? 'question' : 'text';
}
