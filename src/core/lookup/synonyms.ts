// Everyday words people type for a plain English word the knowledge base writes another way.
//
// English, not knowledge: each group is a word (left) and the words chat uses for it (right), none of
// them a name of anything in the articles. A group counts only when the knowledge base itself uses the
// word on the left, so another article's vocabulary decides which groups apply. Without them a
// question like "is it worth the money" or "we're tiny" holds a word the knowledge base never uses,
// and that word counts against every concept as if the question were about something else.
// Words are in the form `terms` gives them: lower case, plural "s" taken off.

const GROUPS: Record<string, string> = {
  cost: 'budget spend spending spent pricey pricy costly',
  small: 'tiny little smallish modest',
  large: 'huge massive giant enormous',
  // Phrasal verbs as one word ("mess up" is read as "messup"), never the noun alone: "a mess" is no mistake.
  mistake: 'blunder goof screwup misstep gotcha dumb stupid silly regret regretting regretted messup messedup screwedup',
  hype: 'hyped trendy fad buzzword bandwagon fashionable',
  overengineering: 'overengineered overbuilt overcomplicated',
  heavy: 'heavyweight bloated',
  pitfall: 'trap',
  // "setting up a cluster": the phrasal verb is installing, so its "up" never reads as scaling up ("setup" alone is a noun).
  install: 'settingup setsup',
  // "weak points", "weak spots", typed as two words: read as one, like the phrasal verbs.
  weakness: 'weakpoint weakspot',
  problem: 'trouble headache',
  simple: 'easy easier simpler straightforward',
  // "the sweet spot", typed as two words: read as one, like the phrasal verbs.
  best: 'ideal sweetspot',
  // "orgs", American spelling: the knowledge base writes "organisation".
  organisation: 'org organization',
  desired: 'wanted intended',
  allowed: 'permitted',
  // A company at its very start, typed with a hyphen ("pre-seed"): read as one word.
  startup: 'preseed',
  // Short forms people type.
  infrastructure: 'infra',
  manager: 'mgr',
  database: 'db',
  authentication: 'auth authn',
  authorization: 'authz',
  configuration: 'conf',
  // "the flow from laptop to cluster": the sequence of steps, not traffic flowing.
  workflow: 'flow',
};

const SAME: ReadonlyMap<string, string> = new Map(Object.entries(GROUPS).flatMap(([word, others]) => others.split(/\s+/).map((o) => [o, word] as const)));

/** The word of ours an everyday word stands for, if any; `ours` says whether the knowledge base uses it. */
export function synonymOf(word: string, ours: (word: string) => boolean): string | undefined {
  const same = SAME.get(word);
  return same !== undefined && ours(same) ? same : undefined;
}
