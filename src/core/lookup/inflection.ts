// The base forms a word may be an inflection of, shared by every reader that strips an ending.

/**
 * What `word` may be with one of `endings` taken off: the stem, the stem with a final "e" ("making":
 * "make"), without a doubled last consonant ("running": "run"), and with "y" for an "i" ending
 * ("fancier": "fancy"). Four-letter words only lose a one-letter ending ("used" is "use"; "tiny" is
 * not "tin"). Stems under three letters are left out. The caller decides which candidate is a word.
 */
export function basesOf(word: string, endings: readonly string[]): string[] {
  const bases: string[] = [];
  for (const ending of endings) {
    if (!word.endsWith(ending) || (word.length < 5 && ending.length > 1)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length < 3) continue;
    bases.push(stem, `${stem}e`);
    if (stem.length > 3 && stem[stem.length - 1] === stem[stem.length - 2]) bases.push(stem.slice(0, -1));
    if (ending.startsWith('i')) bases.push(`${stem}y`);
  }
  return bases;
}
