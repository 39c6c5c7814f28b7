/**
 * A crude stem, applied to both sides of a comparison, so "manages" meets "management",
 * "automating" meets "automate" and "fewer" meets "few". Words of four letters or fewer are kept.
 */
export function stem(term: string): string {
  if (term.length <= 4) return term;
  return term.replace(/(?:ements?|ments?|ations?|ings?|ers?|ed|es|s|ly)$/, '').replace(/e$/, '') || term;
}
