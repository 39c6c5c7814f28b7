import { builtinModules } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

// There is no Docker engine to build the image in CI, so this reads what decides what the image
// holds: the Dockerfile's stages, package.json's dependency split, and what the compiled code
// (dist/, rebuilt by vitest's global setup) imports once dev dependencies are pruned away.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const pkg = z
  .object({ scripts: z.record(z.string(), z.string()), dependencies: z.record(z.string(), z.string()), devDependencies: z.record(z.string(), z.string()) })
  .parse(JSON.parse(read('package.json')));
const dockerfile = read('Dockerfile');
const stages = dockerfile.split(/\n(?=FROM )/);
const buildStage = stages.find((s) => /^FROM \S+ AS build$/m.test(s)) ?? '';
const finalStage = stages.at(-1) ?? '';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

/** The packages a JavaScript file imports, statically or with import(), by bare name. */
function packagesImported(source: string): string[] {
  // A quoted "from" in a word list (["to", "from", "with"]) is no import: the keyword stands unquoted, and a
  // specifier holds no space or comma.
  const specifiers = [...source.matchAll(/(?:(?<!['"])\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"\s,]+)['"]/g)].map((m) => m[1] ?? '');
  return specifiers
    .filter((s) => !s.startsWith('.') && !s.startsWith('node:') && !builtinModules.includes(s))
    .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : (s.split('/')[0] ?? s)));
}

describe('the compiled build', () => {
  it('is made by npm ci (prepare) and before the tests, from one build script', () => {
    expect(pkg.scripts.prepare).toMatch(/^node scripts\/build\.mjs/);
    expect(pkg.scripts.test).toMatch(/^npm run build && /);
  });

  it('needs only production dependencies at run time: tsx and esbuild are dev dependencies', () => {
    for (const tool of ['tsx', 'esbuild', 'typescript']) {
      expect(pkg.dependencies, tool).not.toHaveProperty(tool);
      expect(pkg.devDependencies, tool).toHaveProperty(tool);
    }
    const imported = new Set(filesUnder(join(ROOT, 'dist')).filter((f) => f.endsWith('.js')).flatMap((f) => packagesImported(readFileSync(f, 'utf8'))));
    expect(imported.size).toBeGreaterThan(0);
    for (const name of imported) expect(Object.keys(pkg.dependencies), `dist/ imports ${name}`).toContain(name);
  });

  it('starts from bin/archbot.mjs without any package: the compiled entry is plain JavaScript', () => {
    const bin = read('bin/archbot.mjs');
    const staticImports = [...bin.matchAll(/^import .* from ['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    expect(staticImports.every((s) => s?.startsWith('node:'))).toBe(true);
    expect(bin).toContain("'../dist/main.js'");
  });
});

describe('Dockerfile', () => {
  it('builds in a stage of its own, then drops the dev dependencies', () => {
    expect(buildStage).toMatch(/^COPY src \.\/src$/m);
    const run = /^RUN npm ci(?:[^\n\\]|\\\n)*/m.exec(buildStage)?.[0] ?? '';
    expect(run).toMatch(/npm ci/);
    expect(run.indexOf('npm prune --omit=dev')).toBeGreaterThan(run.indexOf('npm ci'));
  });

  it('ships the compiled JavaScript, the pruned dependencies and the content, and no TypeScript', () => {
    expect(finalStage).toMatch(/^COPY --from=build \/app\/dist \.\/dist$/m);
    expect(finalStage).toMatch(/^COPY --from=build \/app\/node_modules \.\/node_modules$/m);
    expect(finalStage).toMatch(/^COPY content \.\/content$/m);
    expect(finalStage).not.toMatch(/^COPY (src|tsconfig)/m);
    expect(finalStage).not.toMatch(/tsx/);
    expect(finalStage).toContain('CMD ["node", "bin/archbot.mjs"]');
  });
});
