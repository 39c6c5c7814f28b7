import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { platformDescriptors } from '../../src/adapters/registry.js';

const CORE = fileURLToPath(new URL('../../src/core', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every platform archbot has an adapter for: the registry's, and the terminal (the fallback, not registered). */
const PLATFORM_NAMES = [...platformDescriptors.map((p) => p.name), 'terminal'];

/** `file:line: word` for each line of the core that names a platform as a whole word, in any case. */
function namings(files: readonly string[], names: readonly string[]): string[] {
  const word = new RegExp(`\\b(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'i');
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => {
        const found = word.exec(line);
        return found ? [`${file}:${i + 1}: ${found[0]}`] : [];
      }),
  );
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

  it('names no platform in code, strings or comments, so a new platform needs no edit here', () => {
    expect(PLATFORM_NAMES).toEqual(expect.arrayContaining(['slack', 'discord', 'terminal']));
    expect(namings(sources(CORE), PLATFORM_NAMES)).toEqual([]);
  });
});

describe('the lookup is the layer the conversation builds on', () => {
  it('imports nothing from the conversation, the checklist or the sessions, so it can be read and tested alone', () => {
    const files = sources(join(CORE, 'lookup'));
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)]
        .map((m) => m[1] ?? '')
        .filter((spec) => /(^|\/)(conversation|checklist|sessions)\//.test(spec))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});
