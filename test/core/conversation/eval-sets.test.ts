import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFollowUpFile, scoreFollowUps } from '../../../src/cli/eval-followups.js';
import { parseStepFile, scoreSteps } from '../../../src/cli/eval-steps.js';
import type { Checklist } from '../../../src/core/content/checklist-schema.js';
import { realKb } from '../../helpers/kb.js';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../../fixtures/eval/${name}`, import.meta.url)), 'utf8');
const kb = realKb();
const checklist = kb.checklist('docker-vs-kubernetes') as Checklist;

// The blind sets written by someone who never saw the code. Held-out halves are measured, never tuned on.
describe('the blind evaluation sets, played through the bot', () => {
  it('never records a question, a doubt or an unclear count as an answer (both halves)', async () => {
    for (const half of ['decision-inputs-tune.tsv', 'decision-inputs-holdout.tsv']) {
      const score = await scoreSteps(kb, checklist, parseStepFile(fixture(half)));
      expect(score.total, half).toBeGreaterThanOrEqual(30);
      expect(score.misses, half).toEqual([]);
    }
  });

  it('records the clear answers it is given as the value meant, or else records nothing', async () => {
    for (const half of ['decision-answers-tune.tsv', 'decision-answers-holdout.tsv']) {
      const score = await scoreSteps(kb, checklist, parseStepFile(fixture(half)));
      // A miss may only be "not recorded" (asked again), never a different answer.
      expect(score.misses.filter((m) => m.got !== '(not recorded)'), half).toEqual([]);
      expect(score.correct / score.total, half).toBeGreaterThanOrEqual(0.85);
    }
  });

  it('answers the last turn of the tuning follow-ups right at least 85% of the time', async () => {
    const score = await scoreFollowUps(kb, parseFollowUpFile(fixture('followups-tune.tsv')));
    expect(score.total).toBeGreaterThanOrEqual(60);
    expect(score.correct / score.total).toBeGreaterThanOrEqual(0.85);
  });
});
