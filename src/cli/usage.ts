import { configKeys } from '../config.js';
import { platformDescriptors } from '../adapters/registry.js';

/** `A, B, C` wrapped to lines of at most `width` characters, the first line starting after `lead`. */
function wrapList(lead: string, items: readonly string[], width = 100): string {
  const lines = [lead];
  for (const [i, item] of items.entries()) {
    const word = i < items.length - 1 ? `${item},` : `${item}.`;
    const last = lines.length - 1;
    if ((lines[last] ?? '').length + word.length + 1 > width) lines.push(word);
    else lines[last] = `${lines[last] ?? ''} ${word}`;
  }
  return lines.join('\n');
}

// Each platform names itself and its variables in its descriptor, so a new one shows here unasked.
const PLATFORM_TITLES = platformDescriptors.map((p) => p.title).join('/');
const ENVIRONMENT = wrapList('Environment (see .env.example):', configKeys());
const PLATFORM_COMMANDS = platformDescriptors
  .flatMap((p) => (p.command ? [`  ${p.command.synopsis}\n${' '.repeat(31)}${p.command.summary}`] : []))
  .join('\n');

export const USAGE = `archbot: answers questions from its architecture articles (content/) and walks a team through a decision.

Usage:
  archbot                      chat in the terminal (or run the ${PLATFORM_TITLES} bots when configured)
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
${PLATFORM_COMMANDS}
  archbot --help               this text
  archbot --version            the version

${ENVIRONMENT} ./.env is read first (set variables win;
ARCHBOT_ENV_FILE names another file, or none).

Exit codes: 0 ok, 1 failure (bad content, a platform that could not start), 2 usage error.
`;
