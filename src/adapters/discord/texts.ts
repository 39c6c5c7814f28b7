// What only Discord needs said, in the bot's voice: it names Discord's own commands and
// permissions. Everything the platforms share is in src/core/texts.ts.

export const DISCORD_TEXT = {
  /** The channel does not let the bot open a thread for a decision. */
  noThread:
    'I could not open a thread here, so the decision did not start. I need **Create Public Threads** and **Send Messages in Threads** in this channel; or run `/arch decide` in a DM with me.',
  /** A slash command Discord still lists after a newer registration removed it. */
  unknownCommand: 'That command is not one I know any more. Type `/arch help` to see what I do.',
  /** `/arch` and its subcommands as the slash menu describes them; subjects and titles come from the articles. */
  command: {
    arch: (subject: string) => `Answers about ${subject}, and a guided decision`,
    ask: 'Ask a question; only you see the answer until you share it',
    question: (examples: string) => (examples === '' ? 'Your question' : `For example: ${examples}`),
    decide: (only: string | undefined) => (only ? `${only} One question at a time` : 'Run a decision checklist, one question at a time'),
    checklist: 'Which decision (type to see them)',
    topics: 'Everything I can answer',
  },
} as const;
