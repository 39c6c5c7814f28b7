// What only the terminal says: how to leave it. Everything the platforms share is in
// src/core/texts.ts.

export const TERMINAL_TEXT = {
  banner: (subject: string, topics: number) =>
    `archbot: ask about ${subject} (${topics} topics). Type \`help\`, \`topics\` or \`decide\`; \`exit\` or Ctrl-D to leave.`,
} as const;
