import { subjectOf, titlesOf } from '../../core/article-words.js';
import type { KnowledgeBase } from '../../core/knowledge-base.js';
import { SLACK_EVENTS_PATH } from './events-route.js';
import { SLACK_TEXT } from './texts.js';

// deploy/slack/manifest.yaml, written from the content: what the app says about itself (its
// descriptions, the slash command's hint) comes from the articles; the rest is the adapter's.
// `archbot slack manifest` prints it; a test keeps the committed file equal to it.

/** Slack's limits: short description 140, long 174 to 4,000, slash command description 100. */
const SHORT = 140;
const LONG = 4_000;
const COMMAND = 100;

const cut = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);
/** A YAML double-quoted scalar: JSON's string syntax is valid YAML. */
const q = (text: string): string => JSON.stringify(text);

export function slackManifest(kb: KnowledgeBase): string {
  const url = `https://YOUR-HOST${SLACK_EVENTS_PATH}`;
  const several = kb.checklists.length > 1;
  const checklists = kb.checklists.map((c) => `"${c.title}"`);
  const long = SLACK_TEXT.manifest.long(kb.articles.map((a) => a.scope), titlesOf(kb.articles), kb.articles.length, checklists);
  return `# Slack app manifest for archbot, written by \`archbot slack manifest\` from the content (do not
# edit by hand: edit content/*/article.yaml, or src/adapters/slack/manifest.ts, and run it again).
# Create the app from it at https://api.slack.com/apps ("Create New App" → "From an app manifest"),
# then install it to your workspace.
#
# Two ways to connect, pick one:
#   - HTTP mode (default below): Slack POSTs to your server. Replace YOUR-HOST in the three URLs
#     with the public HTTPS host the bot runs behind; set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET.
#   - Socket Mode: set \`socket_mode_enabled: true\`; the bot dials out and needs no public URL, so
#     the URLs are ignored (leave them or delete them). Create an app-level token with the
#     \`connections:write\` scope and set SLACK_APP_TOKEN (xapp-…) along with SLACK_BOT_TOKEN.
display_information:
  name: archbot
  description: ${q(cut(SLACK_TEXT.manifest.short(titlesOf(kb.articles)), SHORT))}
  background_color: "#1d3557"
  long_description: ${q(cut(long, LONG))}
features:
  app_home:
    home_tab_enabled: true
    messages_tab_enabled: true
    messages_tab_read_only_enabled: false
  bot_user:
    display_name: archbot
    always_online: true
  slash_commands:
    - command: /arch
      url: ${url}
      description: ${q(cut(SLACK_TEXT.manifest.command(subjectOf(kb.articles)), COMMAND))}
      usage_hint: ${q(SLACK_TEXT.manifest.usageHint(several))}
      should_escape: false
oauth_config:
  scopes:
    bot:
      # app_mention events: @archbot in channels
      - app_mentions:read
      # post answers and questions, edit a question after a click, private (ephemeral) replies
      - chat:write
      # /arch
      - commands
      # message.im events: the DM with the bot
      - im:history
      # open the DM when "Start a decision" is clicked on the Home tab
      - im:write
      # show people's names ("Noted: … (alice)") for mentions and DMs, which carry only an id
      - users:read
settings:
  event_subscriptions:
    request_url: ${url}
    bot_events:
      - app_home_opened
      - app_mention
      - message.im
  interactivity:
    is_enabled: true
    request_url: ${url}
  org_deploy_enabled: false
  # true for Socket Mode (SLACK_APP_TOKEN); false for HTTP mode (SLACK_SIGNING_SECRET).
  socket_mode_enabled: false
  token_rotation_enabled: false
`;
}
