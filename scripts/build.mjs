#!/usr/bin/env node
// Compiles src/ to plain JavaScript in dist/, one file per source file, so what runs (`npx archbot`,
// the Docker image) needs no TypeScript loader. Runs on `npm ci` (the `prepare` script), before
// `npm test` and before vitest (test/build-setup.ts), so nothing ever runs stale output.
//
// One output file per source (not a bundle): dist/ mirrors src/ at the same depth, so paths the code
// resolves from its own file (content/, package.json) stay the same, and platform SDKs, loaded with
// `import()`, stay out of every command that does not need them. node_modules is never copied in.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const srcDir = join(root, 'src');
const outDir = join(root, 'dist');

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const sources = filesUnder(srcDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
await build({
  entryPoints: sources,
  outdir: outDir,
  outbase: srcDir,
  bundle: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});

// A source that was deleted or renamed must not leave its old output behind to be imported.
const wanted = new Set(sources.map((f) => relative(srcDir, f).replace(/\.ts$/, '.js')));
let removed = 0;
for (const file of filesUnder(outDir)) {
  if (!wanted.has(relative(outDir, file))) {
    rmSync(file);
    removed += 1;
  }
}
if (process.argv.includes('--verbose')) console.log(`archbot build: ${sources.length} files to dist/${removed ? `, ${removed} stale removed` : ''}`);
