import { readStepInput } from '../../src/core/checklist/read-step-input.js';
import type { Checklist } from '../../src/core/content/checklist-schema.js';
import { cleanTyped } from '../../src/core/typed-text.js';
import { realKb } from './kb.js';

/** The shipped checklist, whose steps the step-reading tests type at. */
export const shippedChecklist = realKb().checklist('docker-vs-kubernetes') as Checklist;

/**
 * What the shipped checklist's step records for the text, cleaned as bot.ts cleans a message, or the kind of
 * reading when it records nothing.
 */
export function readAtStep(criterion: string, text: string): string {
  const found = shippedChecklist.criteria.find((c) => c.id === criterion);
  if (!found) throw new Error(criterion);
  const reading = readStepInput(found, cleanTyped(text), shippedChecklist.criteria);
  return reading.kind === 'answer' ? reading.value : reading.kind;
}
