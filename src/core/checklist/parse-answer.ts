import type { Criterion } from '../content/checklist-schema.js';
import { keyOf, terms } from '../lookup/normalize.js';
import type { Result } from '../types.js';

/**
 * Reads a typed answer: an option number, or text naming exactly one option by its value, label or
 * a synonym. The longest name found wins ("several servers" beats "server"); a tie between two
 * options, or nothing found, is not guessed at.
 */
export function parseAnswer(criterion: Criterion, text: string): Result<string, 'bad-answer' | 'ambiguous'> {
  const trimmed = text.trim().replace(/[.!?]+$/, '');
  const number = /^#?(\d{1,2})$/.exec(trimmed);
  if (number) {
    const option = criterion.options[Number(number[1]) - 1];
    if (option) return { ok: true, value: option.value };
    return { ok: false, code: 'bad-answer', message: `pick a number from 1 to ${criterion.options.length}` };
  }

  const said = terms(trimmed);
  const whole = said.join(' ');
  let best = { length: 0, values: new Set<string>() };
  for (const option of criterion.options) {
    for (const name of [option.value, option.label, ...option.synonyms]) {
      const key = keyOf(name);
      if (key === '') continue;
      if (!containsPhrase(whole, key)) continue;
      const length = key.split(' ').length;
      if (length > best.length) best = { length, values: new Set([option.value]) };
      else if (length === best.length) best.values.add(option.value);
    }
  }
  if (best.values.size === 1) return { ok: true, value: [...best.values][0] as string };
  if (best.values.size > 1) {
    return { ok: false, code: 'ambiguous', message: 'that could mean more than one option' };
  }
  return { ok: false, code: 'bad-answer', message: 'that does not match any option' };
}

function containsPhrase(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}
