// A reply at a step is read clause by clause: what is said of later, of someone else's system or of how things began
// is set aside a clause at a time (other-situation.ts, read-step-input.ts). One splitter, so both readers cut a reply
// in the same places.

/**
 * Where a clause ends: a pause (a hyphen only with space round it or doubled: "self-hosted", "mid-migration" are one
 * word), or an "and"/"but"/"so"/"then" joining the next one.
 */
const CLAUSE_END = /[,.;:!…—]+|\s-+\s|-{2,}|\b(?:and|but|so|then)\b/gi;

/** A clause of a reply: where it starts in the reply, and its words (the pause or joining word before it left out). */
export interface Clause {
  from: number;
  text: string;
}

/** The reply cut into its clauses, in order; a reply with no pause is one clause. */
export function clausesOf(text: string): Clause[] {
  const cuts = [...text.matchAll(CLAUSE_END)];
  const starts = [0, ...cuts.map((m) => m.index + m[0].length)];
  const ends = [...cuts.map((m) => m.index), text.length];
  return starts.map((from, i) => ({ from, text: text.slice(from, ends[i]) }));
}
