// Warming up is invisible: it reads the knowledge base only, and afterwards every question is looked up as before.
import { describe, expect, it } from 'vitest';
import { conceptTerms } from '../../src/core/conversation/concept-terms.js';
import { warmUp } from '../../src/core/warm-up.js';
import { realKb } from '../helpers/kb.js';

// Made up for this test: plain questions, one with a typo, one off topic, one a greeting.
const QUESTIONS = ['how do pods talk to each other', 'what does the schedular decide', 'is a monorepo a good idea', 'hi there', 'compose or swarm for two servers'];

describe('warm-up', () => {
  it('builds the follow-up index ahead of the first question, and changes no lookup', () => {
    const kb = realKb();
    const before = QUESTIONS.map((q) => kb.lookup(q));
    warmUp(kb);
    const built = conceptTerms(kb);
    warmUp(kb); // twice is harmless: what it built is kept
    expect(conceptTerms(kb)).toBe(built);
    expect(QUESTIONS.map((q) => kb.lookup(q))).toEqual(before);
  });
});
