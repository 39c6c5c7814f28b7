import { describe, expect, it } from 'vitest';
import { readStepInput } from '../../../src/core/checklist/read-step-input.js';
import { loadContent } from '../../../src/core/content/load-content.js';
import { cleanTyped } from '../../../src/core/typed-text.js';
import { copyContent, edit } from './content-copy.js';

/** The content of a copy whose files the test edited, loaded as the bot would load it. */
function loaded(dir: string) {
  const result = loadContent({ dir });
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.value;
}

/** What the team step records for a reply, typed as the bot receives it (cleaned where it enters the core). */
function teamStep(dir: string, reply: string): string {
  const checklist = loaded(dir).checklists[0];
  const team = checklist?.criteria.find((c) => c.id === 'team');
  if (!checklist || !team) throw new Error('no team step');
  const reading = readStepInput(team, cleanTyped(reply), checklist.criteria);
  return reading.kind === 'answer' ? reading.value : reading.kind;
}

const CHECKLIST = 'checklists/docker-vs-kubernetes.yaml';
const withSynonym = (name: string) => (text: string) =>
  text.replace(/(- value: simplicity\n(?:.*\n)*?\s+synonyms: \[)/, `$1"${name}", `);

describe('a curly apostrophe written in the content still matches what people type', () => {
  it('records a step answer named by a synonym written with ’, typed with \' or ’', () => {
    const dir = copyContent();
    edit(dir, CHECKLIST, withSynonym('the on\u2019call rota\u2019s peace'));
    expect(teamStep(dir, "the on'call rota's peace")).toBe('simplicity');
    expect(teamStep(dir, 'the on\u2019call rota\u2019s peace')).toBe('simplicity');
  });

  it('records the same synonym written with a straight apostrophe (the case the content uses today)', () => {
    const dir = copyContent();
    edit(dir, CHECKLIST, withSynonym("the on'call rota's peace"));
    expect(teamStep(dir, 'the on\u2019call rota\u2019s peace')).toBe('simplicity');
    expect(teamStep(dir, "the on'call rota's peace")).toBe('simplicity');
  });
});
