import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { notice } from '../../src/core/make-reply.js';
import { NOTICE } from '../../src/core/texts.js';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the text catalogue', () => {
  it('is where every notice in src/ takes its wording from, so one message has one wording', () => {
    const inline = sources(SRC).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (/\bnotice\(\s*'[a-z-]+',\s*(?:['"]|`[^$])/.test(line) ? [`${file}:${i + 1}`] : [])),
    );
    expect(inline).toEqual([]);
  });

  it('gives every notice a code and wording, shown privately unless everyone in the thread needs it', () => {
    const stale = notice('stale', NOTICE.stale.movedOn);
    expect(stale).toEqual({ kind: 'notice', code: 'stale', body: 'That step already moved on.', choices: [], ephemeral: true });
    expect(notice('cancelled', NOTICE.cancelled.cancelled, { restartWith: 'k8s' })).toMatchObject({
      ephemeral: false,
      choices: [{ label: 'Start a decision', action: { type: 'start', checklist: 'k8s' } }],
    });
  });
});
