// What only Slack needs said, in the bot's voice: it names Slack's own commands. Everything the
// platforms share is in src/core/texts.ts.

export const SLACK_TEXT = {
  /** The bot is not in the conversation it was asked in: the person can fix that. */
  inviteMe: "I can't post in this conversation yet. Invite me with `/invite @archbot`, then try again.",
  /** A reply longer than one Slack message allows, cut to fit. */
  shortened: '_(shortened to fit one Slack message)_',
  /** The App Home tab; `subject`, `example` and titles arrive escaped for mrkdwn. */
  home: {
    header: 'archbot',
    intro: (subject: string) => `I answer questions about ${subject} and walk teams through a decision.`,
    ask: (example: string | undefined) => `• \`/arch ${example ?? 'your question'}\`: a private answer, with a button to share it in the channel`,
    mention: '• mention me in a channel: I answer in a thread',
    message: '• message me here (the *Messages* tab): questions and decisions, just us',
    decide: (command: string, title: string) => `• \`${command}\`: run "${title}" in a channel thread, one question at a time`,
  },
  /** deploy/slack/manifest.yaml's descriptions; the titles and scopes come from the articles. */
  manifest: {
    short: (titles: string) => `Answers questions on ${titles} and walks your team through a decision.`,
    long: (scopes: readonly string[], titles: string, articles: number, checklists: readonly string[]) =>
      `archbot answers questions about ${scopes.join('; and about ')}, in plain words, from ` +
      `${articles > 1 ? 'the articles' : 'the article'} ${titles}. Ask with /arch (privately, with a button ` +
      'to share the answer), mention @archbot in a channel (it answers in a thread), or message it directly. ' +
      `/arch decide runs ${checklists.length > 1 ? `a checklist (${checklists.join(', ')})` : `the checklist ${checklists.join(', ')}`} with your team in a thread and ends in a ` +
      'verdict with reasons, warnings and next steps.',
    command: (subject: string) => `Ask about ${subject}, or run a decision`,
    usageHint: (several: boolean) => `[question] | decide${several ? ' [name]' : ''} | topics | help`,
  },
} as const;
