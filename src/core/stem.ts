/**
 * A crude stem, applied to both sides of a comparison, so "manages" meets "management",
 * "automating" meets "automate", "wrapper" meets "wraps" and "consistent" meets "consistency".
 * Words of four letters or fewer are kept.
 */
export function stem(term: string): string {
  if (term.length <= 4) return term;
  const cut = term.replace(/(?:ements?|ments?|ations?|ings?|ers?|ed|es|s|ly|ency|ence|ent|ant|ance)$/, '').replace(/e$/, '');
  // "wrapp" (wrapper), "runn" (running): one consonant of a doubled pair is the suffix's.
  const undoubled = /([bdgmnprt])\1$/.test(cut) ? cut.slice(0, -1) : cut;
  return undoubled.length >= 3 ? undoubled : term;
}
