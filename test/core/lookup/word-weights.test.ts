import { describe, expect, it } from 'vitest';
import { plainness } from '../../../src/core/lookup/everyday-english.js';
import { askingWordOf } from '../../../src/core/lookup/question-words.js';

describe('how much a word of a question weighs', () => {
  it('weighs words every question uses least, our everyday-sounding words nearly fully, and words of the trade fully', () => {
    expect(plainness('the')).toBeLessThan(0.45);
    expect(plainness('best')).toBeGreaterThan(0.6);
    expect(plainness('best')).toBeLessThan(0.8);
    expect(plainness('image')).toBeGreaterThan(0.9);
    expect(plainness('node')).toBe(1);
    expect(plainness('etcd')).toBe(1);
  });

  it('reads the question word a question or one of its clauses opens with, and no other', () => {
    expect(askingWordOf('where does the cluster keep its state')).toBe('?where');
    expect(askingWordOf('ok so who starts the containers')).toBe('?who');
    // The shared chat words before it (a greeting, asking nicely) are skipped like any opener.
    expect(askingWordOf('yo plz who starts the containers')).toBe('?who');
    expect(askingWordOf('the control loop, how does it work')).toBe('?how');
    // "when" inside the question asks for no time, and "what" says nothing of the answer wanted.
    expect(askingWordOf('what happens when a node dies')).toBeUndefined();
  });
});
