// Who an answer is for, or where it will go ("for the leadership team", "for the deck", "I work in sales"): how to
// say it, never what it is about. Read away before the lookup and the follow-up readers, as idioms.ts reads away "in a
// nutshell"; what is left ("explain", "analogy please", "the downsides") is the request. General English.

/** People an answer may be put for who are not its subject: the business side of a company. */
const BUSINESS = [
  'execs?', 'executives?', 'c[- ]?level', 'c[- ]?suite', 'ceo', 'cfo', 'coo', 'cto', 'vps?', 'boss', 'bosses', 'management', 'leadership', 'board',
  'stakeholders?', 'investors?', 'customers?', 'clients?', 'finance', 'sales', 'marketing', 'legal', 'product managers?', 'pms?',
  '(?:my|our|your) managers?', 'non[- ]?technical (?:people|folks|person|audience|crowd|colleagues|staff)', 'non[- ]?techies', 'non[- ]?engineers?',
  'business (?:people|folks|side|audience|crowd|person|stakeholders)', 'the business',
].join('|');

/** Where an answer will be put: a document, a slide, a meeting. */
const VENUE = [
  'slides?', 'deck', 'memo', 'e-?mail', 'wiki', 'report', 'presentation', 'one[- ]?pager', 'docs?', 'write[- ]?up', 'newsletter',
  'stand[- ]?up', 'all[- ]?hands', 'meeting', 'pitch', 'proposal',
].join('|');

/** Words that may stand before a venue ("the *status* report", "the *board* meeting"). */
const VENUE_KIND = '(?:(?:budget|status|team|weekly|quarterly|board|planning|steering|induction|onboarding|intro|exec|executive) )?';

/** The end of a clause: the audience or venue closes what it is said in ("…, for my boss.", "… for the wiki please"). */
const CLAUSE_END = '(?=\\s*(?:[,.;:!?)]|\\b(?:please|pls|plz|thanks|thx)\\b|$))';

const DETERMINER = '(?:an? |the |my |our |your |this |that |some )?';

/** The patterns, each read away with what leads into it. */
export const AUDIENCE: readonly RegExp[] = [
  // "say it for the board", "explain to my boss", "for business folks"
  new RegExp(`\\b(?:for|to) ${DETERMINER}(?:${BUSINESS})(?: (?:audience|crowd|people|folks|team|types?|room|readers?))?${CLAUSE_END}`, 'gi'),
  // "for the deck", "for our weekly report", "in the wiki"
  new RegExp(`\\b(?:for|in|on|into) ${DETERMINER}${VENUE_KIND}(?:${VENUE})${CLAUSE_END}`, 'gi'),
  // "for a reader from the data side of the company", "to someone with an ops background": a reader described by where
  // they come from, whatever that is.
  new RegExp(`\\b(?:for|to) ${DETERMINER}(?:readers?|someone|somebody|people|folks|colleagues?|newcomers?|persons?|audience) (?:from|on|in|with|coming from) (?:[\\w-]+ ){0,4}?(?:side|team|world|background|department|group|org|organi[sz]ation|field)(?: of (?:[\\w-]+ ){0,3}?[\\w-]+)?${CLAUSE_END}`, 'gi'),
  // "I'm a product manager", "I am not technical", "as a non-engineer", "I work in finance"
  new RegExp(`\\b(?:i(?:['\u2019]| a)?m|as|i work (?:in|on|for)) (?:not (?:very |that |too |really )?technical|non[- ]?technical|(?:an? |the )?(?:${BUSINESS}))${CLAUSE_END}`, 'gi'),
];

/** The text without who it is for and where it will go. */
export function withoutAudience(text: string): string {
  return AUDIENCE.reduce((out, pattern) => out.replace(pattern, ''), text);
}

/** The text says who the answer is for or where it will go: put for them, it is said in fewer, plainer words. */
export function forAnAudience(text: string): boolean {
  return AUDIENCE.some((pattern) => new RegExp(pattern.source, 'i').test(text));
}
