// What only the terminal says: how to leave it. Everything the platforms share is in
// src/core/texts.ts.

export const TERMINAL_TEXT = {
  banner: (subject: string, topics: number) =>
    `archbot: ask about ${subject} (${topics} topics). Type \`help\`, \`topics\` or \`decide\`; \`exit\` or Ctrl-D to leave.`,
  /** Under a reply: what to type instead of clicking its buttons. */
  typeHint: (words: readonly string[]) => `(type ${words.join(', ')})`,
  /** The word typed for each button kind; `continue` has no word of its own. */
  hints: {
    why: '`why`',
    explain: '`why`',
    back: '`back`',
    cancel: '`cancel`',
    restart: '`restart`',
    start: '`decide`',
    continue: '`status` to continue',
  } as Partial<Record<string, string>>,
  /** A start button's word when there are several checklists: a bare `decide` would ask which one. */
  startHint: (checklist: string) => `\`decide ${checklist}\``,
} as const;
