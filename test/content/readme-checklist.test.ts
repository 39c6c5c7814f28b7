import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checklistSchema, conditionSchema, criterionSchema, optionSchema, verdictSchema } from '../../src/core/content/checklist-schema.js';

// The README's annotated checklist is what a content author copies: it must be valid, and show every field.
const README = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
const start = README.indexOf('id: cache-or-not');
const example = README.slice(start, README.indexOf('```', start));

describe("the README's annotated checklist", () => {
  it('is a valid checklist', () => {
    expect(start).toBeGreaterThan(0);
    const parsed = checklistSchema.safeParse(yaml.load(example));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('shows every field the schema knows, so a new one gets documented', () => {
    const keys = [checklistSchema, criterionSchema, optionSchema, verdictSchema, conditionSchema].flatMap((schema) => Object.keys(schema.shape));
    const shown = new Set([...example.matchAll(/([a-z_]+):/g)].map((m) => m[1]));
    expect(keys.filter((key) => !shown.has(key))).toEqual([]);
  });
});
