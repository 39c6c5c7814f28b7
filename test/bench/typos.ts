// Typo-laden questions for the lookup bench: the slips people make when typing fast.

/** A small seeded generator, so every run times the same questions. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One slip in a word: two letters swapped, one dropped, one doubled or one replaced. */
function slip(word: string, random: () => number): string {
  const i = 1 + Math.floor(random() * (word.length - 2));
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + (word[i] ?? '') + word.slice(i);
    default:
      return word.slice(0, i) + LETTERS[Math.floor(random() * LETTERS.length)] + word.slice(i + 1);
  }
}

/** The question with a slip in one or two of its longer words (each variant different). */
export function withTypos(question: string, random: () => number): string {
  const words = question.split(' ');
  const long = words.map((w, i) => (/^[a-z]{4,}$/i.test(w) ? i : -1)).filter((i) => i >= 0);
  if (long.length === 0) return `${question} pls`;
  const count = Math.min(long.length, 1 + Math.floor(random() * 2));
  for (let n = 0; n < count; n++) {
    const at = long[Math.floor(random() * long.length)] as number;
    words[at] = slip(words[at] as string, random);
  }
  return words.join(' ');
}

/** `count` distinct typo-laden variants of the questions, none equal to a clean one. */
export function typoQuestions(questions: readonly string[], count: number, seed: number): string[] {
  const random = seeded(seed);
  const clean = new Set(questions);
  const out = new Set<string>();
  for (let guard = 0; out.size < count && guard < count * 20; guard++) {
    const variant = withTypos(questions[guard % questions.length] as string, random);
    if (!clean.has(variant)) out.add(variant);
  }
  return [...out];
}
