import { describe, expect, it } from 'vitest';
import { clausesOf } from '../../../src/core/checklist/clauses.js';
import { howThingsStandNow } from '../../../src/core/checklist/read-step-input.js';
import { ofUsToday } from '../../../src/core/checklist/other-situation.js';

// The clauses a step reader is given, with what clausesOf leaves between two cuts (a blank) left out: no reader reads it.
const texts = (text: string): string[] =>
  clausesOf(text)
    .map((c) => c.text.trim())
    .filter((t) => t !== '');

describe('one clause splitter for every step reader', () => {
  it('cuts at pauses, spaced or doubled dashes and joining words, never at a hyphen inside a word', () => {
    expect(texts('one self-hosted box - a second next year')).toEqual(['one self-hosted box', 'a second next year']);
    expect(texts('few services--and then more')).toEqual(['few services', 'more']);
    expect(texts('steady, then spiky')).toEqual(['steady', 'spiky']);
  });

  it('keeps where each clause starts, so a story is read from the clause that tells of today', () => {
    const text = 'we began self-hosted on one box, today we run five';
    expect(clausesOf(text).at(-1)?.from).toBe(text.indexOf(' today'));
    expect(howThingsStandNow(text)).toBe('today we run five');
    expect(ofUsToday('on one box - a second one next spring')).toBe('on one box');
  });
});
