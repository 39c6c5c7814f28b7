export const USAGE = `archbot: answers questions from its architecture articles (content/) and walks a team through a decision.

Usage:
  archbot                      chat in the terminal (or run the Slack/Discord bots when their tokens are set)
  archbot ask QUESTION         answer one question
  archbot ask --json QUESTION  answer as one JSON object
  archbot ask --json           read questions from stdin, one per line; print JSON Lines
  archbot ask --json --thread  read conversations from stdin (one turn a line, a blank line between
                               conversations); print one JSON line per turn
  archbot decide               run the decision checklist as a terminal conversation
  archbot decide [--json] [--checklist ID] criterion=value ...
                               print the verdict for a full set of answers
  archbot topics               list what archbot knows
  archbot check                validate the content (concepts and checklists); exit 1 on a problem
  archbot eval FILE            score a TAB-separated file of "expected-ids<TAB>question" lines,
                               decision cases "criterion=value ...<TAB>verdict<TAB>ids", follow-ups
                               "expected-ids<TAB>turn || turn", or step inputs "step<TAB>[value<TAB>]input"
  archbot report [--top N] [--days N] [--json]
                               most asked topics, coverage gaps, outside terms, did-you-mean, votes
                               and decisions over the last N days (default 30), from DATA_DIR or
                               REDIS_URL, where the running bot records them
  archbot insights [--out FILE] [--days 7|30|90] [--format html|csv|json]
                               the /insights page (charts of questions, gaps, votes, decisions) as
                               a file that opens offline, or its CSV/JSON export
  archbot discord register [--guild ID]
                               register the /arch command with Discord (one bulk overwrite)
  archbot slack manifest       print the Slack app manifest for this content (deploy/slack/manifest.yaml)
  archbot --help               this text
  archbot --version            the version

Environment (see .env.example): SLACK_BOT_TOKEN, SLACK_APP_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL,
DISCORD_TOKEN, DISCORD_APPLICATION_ID, DISCORD_API_URL, PORT, HOST, LOG_LEVEL, SESSION_TTL_HOURS,
RATE_LIMIT, CONTENT_DIR, DATA_DIR, REDIS_URL, REDIS_PREFIX, FEEDBACK_RETENTION_DAYS, INSIGHTS_PASSWORD,
INSIGHTS_MAX_FAILED_LOGINS. ./.env is read first (set variables win;
ARCHBOT_ENV_FILE names another file, or none).

Exit codes: 0 ok, 1 failure (bad content, a platform that could not start), 2 usage error.
`;
