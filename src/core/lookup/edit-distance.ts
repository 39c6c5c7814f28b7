/** Three rows reused across calls: the speller asks for many distances per word, and fresh arrays each time cost more than the sums. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal-string-alignment distance: Levenshtein plus adjacent transpositions, so "etdc" is one
 * edit from "etcd". Stops early once every cell of a row exceeds `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rows[0].length <= b.length) rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let [prevPrev, prev, row] = rows;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (prevPrev[j - 2] as number) + 1);
      }
      row[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return prev[b.length] as number;
}

/**
 * Whether `typed` may stand for `known`. Words of three letters only forgive a swapped pair ("pdo"),
 * since one changed letter in so short a word is usually another word or an acronym; from four
 * letters ("etzd") one edit is forgiven. Callers only ask about words that are not everyday English,
 * so "doker" may become "docker" while "love" is never bent into "live".
 */
export function closeEnough(typed: string, known: string, chat = false): number | undefined {
  const n = typed.length;
  if (n < 3) return undefined;
  const max = n < 8 ? 1 : 2;
  const distance = editDistance(typed, known, max);
  if (distance > max) return undefined;
  // A slip in a word of chat ("wht", "deos") costs nothing if read wrong: it carries no subject.
  // Chat words of three letters or fewer ("imo", "is") are too short to go by: "iso" is neither.
  if (n < 4 && !(chat && known.length >= 4) && !isSwap(typed, known)) return undefined;
  return distance;
}

/** `a` is `b` with two neighbouring letters the wrong way round. */
export function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  // A loop, not arrays: the speller asks this of every candidate word.
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i + 1 >= a.length || a[i] !== b[i + 1] || a[i + 1] !== b[i]) return false;
  return a.slice(i + 2) === b.slice(i + 2);
}
