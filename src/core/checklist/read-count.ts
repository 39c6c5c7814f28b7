import type { Criterion } from '../content/checklist-schema.js';

const WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  couple: 2, few: 3, handful: 4, dozen: 12, dozens: 24, hundreds: 200,
};
const MORE = new Set(['than', 'over', 'least', 'above', 'beyond', 'plus']);
const FEWER = new Set(['under', 'below', 'fewer', 'less']);

/**
 * The one count a typed answer gives ("we have 2", "three services", "more than one"), or
 * undefined when it gives none or several. "more than one" is read as 2, "under five" as 4.
 */
export function countIn(tokens: readonly string[]): number | undefined {
  const found = countsIn(tokens);
  return found.length === 1 ? found[0] : undefined;
}

/** Every count a typed answer gives, in order ("three or four" -> [3, 4]). */
export function countsIn(tokens: readonly string[]): number[] {
  const found: number[] = [];
  tokens.forEach((token, i) => {
    const value = /^\d{1,6}$/.test(token) ? Number(token) : WORDS[token];
    if (value === undefined) return;
    const before = tokens[i - 1] ?? '';
    const further = tokens[i - 2] ?? '';
    if (before === 'not' || before === 'no') return;
    // "more than one", "at least two", "over 10": the count is above the number said.
    if (MORE.has(before) && (before !== 'than' || further === 'more')) found.push(before === 'least' ? value : value + 1);
    else if (FEWER.has(before) || (before === 'than' && (further === 'less' || further === 'fewer'))) found.push(Math.max(0, value - 1));
    else found.push(value);
  });
  return found;
}

/** The option whose `count` range holds the number, when the criterion's options describe counts. */
export function optionForCount(criterion: Criterion, count: number): string | undefined {
  const fits = criterion.options.filter(
    (o) => o.count !== undefined && (o.count.min ?? -Infinity) <= count && count <= (o.count.max ?? Infinity),
  );
  return fits.length === 1 ? fits[0]?.value : undefined;
}

// "loads, every tribe runs a couple": a count said of each member of a group (each tribe, per team) tells how many
// each one has, not how many there are in all; a couple per tribe across many tribes is many. Such a count says
// nothing sure about the total, so it is dropped and the rest of the answer decides.

/** A count as typed: "a couple of", "a few", "3", "twelve". */
const COUNT_PHRASE = `(?:\\ba\\s+)?\\b(?:${Object.keys(WORDS).join('|')}|\\d{1,6})\\b(?:\\s+of\\b)?`;
/** Words after "each" that place it rather than name the members: "two each *across* 20 teams". */
const PLACING = 'across|in|for|at|on|over|among|with|from|of|and|or';
/** A clause about each member: "every tribe runs a couple", "per team two", up to the next punctuation. */
const EACH_CLAUSE = new RegExp(`\\b(?:each|every|per)\\s+(?!(?:${PLACING})\\b)[a-z]+\\b[^,;:.!?]*`, 'gi');
/**
 * A count said of each, before the word that says so: "a couple per squad", "3 apiece", "two each" or "two each across
 * 20 teams" ("each" then a pause or a place; "12 services each deployed …" counts them all).
 */
const COUNT_BEFORE_EACH = new RegExp(
  `${COUNT_PHRASE}((?:\\s+[a-z]+){0,2}\\s+(?:per|apiece)\\b|(?:\\s+[a-z]+){0,2}\\s+each(?=\\s*(?:$|[,;:.!?]|(?:${PLACING})\\b)))`,
  'gi',
);

/** The text with every count said of each member of a group taken out ("every tribe runs a couple" -> "every tribe runs"). */
export function withoutCountsPerMember(text: string): string {
  const count = new RegExp(COUNT_PHRASE, 'gi');
  return text
    .replace(EACH_CLAUSE, (clause) => clause.replace(count, ' '))
    .replace(COUNT_BEFORE_EACH, (_all, rest: string) => rest)
    .replace(/\s{2,}/g, ' ');
}
