// A label before the question saying who asks: "cto: …", "security reviewer: …", "junior dev here: …".

import type { LookupIndex } from './lookup-index.js';
import { namedWithin } from './naming.js';
import { singular } from './normalize.js';

/**
 * "cto: …", "security reviewer: …", "junior dev here: …", "pm asking: …": who asks, as a label before the
 * question. Up to three words ending in a job title, then a colon; a title may be hyphenated ("on-call:", "co-founder:").
 */
const ASKER_LABEL = /^\s*((?:[a-z]+(?:-[a-z]+)?\s+){0,3}[a-z]+(?:-[a-z]+)?)\s*:(?!\/)/;

/**
 * Job titles, as a label names who asks ("cto:", "qa lead here:"). Read only in such a label: in the question
 * itself ("our cto wants kubernetes, should we") a title is a word like any other.
 */
const JOB_TITLES: ReadonlySet<string> = new Set(
  `cto ceo cfo cio coo ciso cso vp pm po sre swe qa tester dev developer engineer programmer coder founder cofounder
   architect reviewer auditor analyst designer intern student sysadmin admin consultant recruiter stakeholder boss
   exec executive manager lead head director owner teammate colleague oncall`.split(/\s+/),
);

/** Words after a title in such a label: "dev *here*:", "pm *asking*:". */
const LABEL_TAIL: ReadonlySet<string> = new Set(['here', 'asking', 'question', 'q', 'speaking', 'wondering', 'again']);

/** The question without a label saying who asks: never one that names a concept of ours ("swarm manager: …"). */
export function withoutAsker(index: LookupIndex, text: string): string {
  const label = ASKER_LABEL.exec(text);
  if (label?.[1] === undefined) return text;
  const words = label[1].split(/\s+/);
  while (words.length > 1 && LABEL_TAIL.has(words[words.length - 1] as string)) words.pop();
  if (!JOB_TITLES.has(singular((words[words.length - 1] as string).replace(/-/g, '')))) return text;
  if (namedWithin(index, label[1]).length > 0) return text;
  return text.slice(label[0].length);
}
