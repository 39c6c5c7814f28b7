import { describe, expect, it } from 'vitest';
import { platformDescriptors } from '../../src/adapters/registry.js';
import { decodeAction, encodeAction, MIN_ID_BYTES, utf8Length, type KnownIds } from '../../src/core/actions.js';
import type { Action } from '../../src/core/types.js';
import { testBot } from '../helpers/kb.js';

// Button ids are sized to the platform's budget. The longest ids content allows are 40 characters.
const long = (stem: string): string => `${stem}-${'x'.repeat(39 - stem.length)}`;
const CRITERION = long('hosts');
const VALUE = long('several');
const CONCEPT = long('etcd');
const CHECKLIST = long('docker-vs-kubernetes');
const known: KnownIds = {
  concepts: [CONCEPT, 'etcd'],
  checklists: [CHECKLIST],
  criteria: [CRITERION, 'services'],
  values: (criterion) => (criterion === CRITERION ? [VALUE, long('one')] : []),
};

const EVERY_ACTION: Action[] = [
  { type: 'answer', session: 'abcdefgh1234', criterion: CRITERION, value: VALUE },
  { type: 'why', session: 'abcdefgh1234', criterion: CRITERION, checklist: CHECKLIST },
  { type: 'why', session: 'abcdefgh1234', criterion: CRITERION },
  { type: 'explain', session: 'abcdefgh1234' },
  { type: 'back', session: 'abcdefgh1234', answered: 12 },
  { type: 'back', session: 'abcdefgh1234' },
  { type: 'cancel', session: 'abcdefgh1234' },
  { type: 'continue', session: 'abcdefgh1234' },
  { type: 'restart', checklist: CHECKLIST },
  { type: 'start', checklist: CHECKLIST },
  { type: 'topic', concept: CONCEPT },
  { type: 'share', concept: CONCEPT },
  { type: 'share', concept: CONCEPT, part: 'example' },
  { type: 'share', concept: CONCEPT, part: 'short' },
  { type: 'feedback', concept: CONCEPT, vote: 'down' },
];

describe('button ids', () => {
  it('fit a 64-byte budget for every action with the longest ids, and read back as the same action', () => {
    for (const action of EVERY_ACTION) {
      const id = encodeAction(action, 64);
      expect(new TextEncoder().encode(id).length, id).toBeLessThanOrEqual(64);
      expect(decodeAction(id, known), id).toEqual({ ok: true, value: action });
    }
  });

  it('write ids in full wherever the budget allows, so they stay readable', () => {
    expect(encodeAction({ type: 'answer', session: 's1', criterion: 'hosts', value: 'several' }, 64)).toBe('ab2:ans:s1:hosts:several');
    const roomy = encodeAction(EVERY_ACTION[0] as Action, 255);
    expect(roomy).toBe(`ab2:ans:abcdefgh1234:${CRITERION}:${VALUE}`);
    // A tight budget shortens only what it must: the longer of the two ids first.
    expect(encodeAction({ type: 'answer', session: 's1', criterion: 'hosts', value: VALUE }, 40)).toMatch(/^ab2:ans:s1:hosts:~[a-z0-9]+$/);
  });

  it('carry ids qualified by their article, in full or as a digest', () => {
    const qualified = 'docker-vs-kubernetes/etcd';
    const withArticle: KnownIds = { ...known, concepts: [qualified] };
    for (const budget of [64, 20]) {
      const id = encodeAction({ type: 'topic', concept: qualified }, budget);
      expect(decodeAction(id, withArticle), id).toEqual({ ok: true, value: { type: 'topic', concept: qualified } });
    }
  });

  it('refuse ids of the older encoding, digests that name nothing, and forged ids, as unknown actions', () => {
    for (const raw of ['ab1:topic:etcd', 'ab1:ans:s1:hosts:several', 'ab2:topic:~zzzzzz', 'ab2:ans:s1:~1:~2', 'ab2:topic:../../x', 'ab2:fb:etcd:sideways', 'ab2:share:etcd:body', `ab2:topic:${'a'.repeat(300)}`]) {
      expect(decodeAction(raw, known), raw).toMatchObject({ ok: false, code: 'unknown-action' });
    }
  });

  it('an old button clicked on a running bot gets no action (the adapter answers "not one I recognise"), a new one does', () => {
    const { bot } = testBot();
    expect(bot.decode('ab1:topic:etcd')).toBeUndefined();
    expect(bot.decode(encodeAction({ type: 'topic', concept: 'etcd' }))).toEqual({ type: 'topic', concept: 'etcd' });
    const answer = encodeAction({ type: 'answer', session: 's1', criterion: 'hosts', value: 'several' }, 16);
    expect(answer).toMatch(/~/);
    expect(bot.decode(answer)).toEqual({ type: 'answer', session: 's1', criterion: 'hosts', value: 'several' });
  });

  it('measure an id in UTF-8 bytes as the platform does, whatever characters it holds', () => {
    for (const text of ['', 'ab2:topic:etcd', 'café', 'k8s ⎈ pods', '👍 Helpful', 'a\ud800b', '\udc00', 'x\ud83d']) {
      expect(utf8Length(text), JSON.stringify(text)).toBe(new TextEncoder().encode(text).length);
    }
  });

  it('every platform descriptor gives a budget encoding supports', () => {
    for (const p of platformDescriptors) expect(p.limits.buttonIdBytes, p.name).toBeGreaterThanOrEqual(MIN_ID_BYTES);
  });
});
