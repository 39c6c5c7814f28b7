// Written English that film subtitles (everyday-english.ts's list) rarely say: the register of reports, reviews and
// design documents ("insofar as", "within the remit of", "at a conceptual level"). Unread, such a word passed for the
// unseen subject of the question ("velero"), and a formal question about a pod was "unknown".

/**
 * Words of formal prose that only frame or hedge what is asked, or link its clauses: how to answer, never what about,
 * like "basically" ("at a *conceptual* level", "*insofar* as", "a definition for our *glossary*"); and the formal verbs that
 * ask for an answer as "describe" does ("*characterise* the scheduler", "what does oci *denote*"). Read as chat.
 */
export const FRAMING_WORDS: ReadonlySet<string> = new Set(`
  insofar inasmuch whereby wherein whereas thereof therein thereby hereby hitherto heretofore notwithstanding aforementioned
  albeit whilst amongst amidst henceforth moreover furthermore nonetheless conversely accordingly consequently subsequently
  respectively namely per se vis conceptual conceptually overarching broadly succinct succinctly concise concisely cursory
  rigorous rigorously arguably ostensibly purportedly notionally nominally glossary acronym acronyms abbreviation
  synopsis precis inclusion
  characterise characterises characterised characterize characterizes characterized elucidate elucidates articulate
  articulates delineate delineates enumerate enumerates refer refers referring denote denotes denoted signify signifies
`.trim().split(/\s+/));

/**
 * Words of formal prose beside them: academic verbs and adjectives ("constitute", "delineate", "salient"), counted as
 * everyday English, so a question naming our things beside them is read through our words. No word of the trade
 * ("provenance", "attestation"): those may be the subject of a question the article does not cover.
 */
export const FORMAL_WORDS: readonly string[] = [...FRAMING_WORDS, ...`
  hoc underlying granular granularity holistic holistically salient pertinent pertain pertains pertaining constitute
  constitutes constituting constituent delineation demarcation demarcate characterisation characterization categorise categorize remit purview rationale paradigm heuristic heuristics nuance
  nuances nuanced caveat caveats tradeoff tradeoffs viable viability feasibility efficacy taxonomy ascertain substantiate
  substantive tenable untenable prerequisite prerequisites ramification ramifications facet facets canonical canonically
  normative stipulate stipulates presuppose presupposes entail entails entailed commensurate proportionate analogous
  analogously construe construed misconstrue posit posits juxtapose juxtaposition dichotomy antithetical tantamount
  conflate conflates conflating conflation disambiguate differentiate differentiates differentiation distinguishing
  delineating summarise summarises summarize summarizes
`.trim().split(/\s+/)];

/**
 * British spellings of the list's American words, by the common rules: "characterise" of "characterize", "analyse" of
 * "analyze", "behaviour" of "behavior". Several per word; a spelling that is no word at all ("motour") harms nothing,
 * since no question holds it.
 */
export function britishSpellings(word: string): string[] {
  const out: string[] = [];
  if (word.includes('iz')) out.push(word.replace(/iz(e|es|ed|ing|ation|ations|er|ers)$/, 'is$1'));
  if (word.includes('yz')) out.push(word.replace(/yz(e|es|ed|ing|er|ers)$/, 'ys$1'));
  if (/[^o]or(s|ed|ing|ful|able)?$/.test(word)) out.push(word.replace(/or(s|ed|ing|ful|able)?$/, 'our$1'));
  if (/[^aeiou]er(s)?$/.test(word) && /(?:ent|at|ib|lit|met|tit|spect|omb)er/.test(word)) out.push(word.replace(/er(s)?$/, 're$1'));
  return out.filter((w) => w !== word);
}
