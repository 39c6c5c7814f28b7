// What only Slack needs said, in the bot's voice: it names Slack's own commands. Everything the
// platforms share is in src/core/texts.ts.

export const SLACK_TEXT = {
  /** The bot is not in the conversation it was asked in: the person can fix that. */
  inviteMe: "I can't post in this conversation yet. Invite me with `/invite @archbot`, then try again.",
  /** A reply longer than one Slack message allows, cut to fit. */
  shortened: '_(shortened to fit one Slack message)_',
} as const;
