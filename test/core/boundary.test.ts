import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CORE = fileURLToPath(new URL('../../src/core', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('src/core stays platform-neutral', () => {
  it('imports no Slack or Discord SDK and nothing from the adapters', () => {
    const files = sources(CORE);
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const imports = [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
      return imports
        .filter((spec) => /^@slack\//.test(spec) || /^discord\.js/.test(spec) || /^@discordjs\//.test(spec) || /adapters\//.test(spec))
        .map((spec) => `${file}: ${spec}`);
    });
    expect(offenders).toEqual([]);
  });
});
