import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const README = fileURLToPath(new URL('../../README.md', import.meta.url));
const START = '<!-- speed-bench:start (npm run bench -- speed --readme rewrites this table) -->';
const END = '<!-- speed-bench:end -->';

/** Replaces the speed table in README.md's "Measured" section with this run's; says what it did. */
export function writeMeasured(table: string, machine: string): string {
  const readme = readFileSync(README, 'utf8');
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) return `no ${START} … ${END} markers found; table not written`;
  const block = `${START}\n\nLast run: ${machine}.\n\n${table}\n\n${END}`;
  writeFileSync(README, readme.slice(0, from) + block + readme.slice(to + END.length));
  return 'speed table rewritten';
}
