#!/usr/bin/env node
// Compiles src/ to plain JavaScript in dist/, so what runs (`npx archbot`, the Docker image) needs no
// TypeScript loader. Runs on `npm ci` (the `prepare` script), before `npm test` and before vitest
// (test/build-setup.ts), so nothing ever runs stale output.
//
// A bundle from src/main.ts, split where the code imports a module with `import()`: dist/main.js plus
// dist/chunks/*.js, so each command loads only its own chunks, and platform SDKs (imported only by
// the chunk that starts a platform) stay out of every command that does not need them. Node loads a
// few large files much faster than 150 small ones (a profile of `ask` showed module loading at a
// quarter of its start-up; zod alone is 95 files): small pure-JavaScript libraries are bundled in,
// everything else stays in node_modules and is imported from there.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const srcDir = join(root, 'src');
const outDir = join(root, 'dist');

/**
 * Libraries copied into the bundle: pure JavaScript, no files read from their own folder, on the
 * start-up path of `ask`, the terminal or a platform bot (prom-client, with its tdigest and bintrees:
 * 30 small CommonJS files read one by one at every bot start). The SDKs, pino (its transports load
 * files by path), the native SQLite binding and the insights libraries stay external.
 */
const BUNDLED = new Set(['zod', 'js-yaml', 'fuse.js', 'prom-client', 'tdigest', 'bintrees']);

const packageOf = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);

/**
 * prom-client requires the OpenTelemetry API as it loads, for exemplars alone (a trace id beside a
 * sample), which archbot never turns on: a third of prom-client's loading time, at every bot start.
 * In the bundle its `require` gets this stand-in, which loads the real package on first use and
 * forwards every member to it, so a configuration that did turn exemplars on (or a prom-client
 * release reading another member) still finds it.
 */
const LAZY_OTEL = `let api;
const load = () => (api ??= require('@opentelemetry/api'));
module.exports = new Proxy({}, { get: (_, key) => load()[key], has: (_, key) => key in load(), ownKeys: () => Reflect.ownKeys(load()), getOwnPropertyDescriptor: (_, key) => { const d = Reflect.getOwnPropertyDescriptor(load(), key); return d && { ...d, configurable: true }; } });`;

const externals = {
  name: 'externals',
  setup(b) {
    b.onResolve({ filter: /^@opentelemetry\/api$/ }, (args) => (args.namespace === 'lazy-otel' ? { external: true } : { path: args.path, namespace: 'lazy-otel' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-otel' }, () => ({ contents: LAZY_OTEL, loader: 'js', resolveDir: root }));
    b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('node:') || !BUNDLED.has(packageOf(args.path)) ? { external: true } : undefined));
  },
};

/**
 * `import.meta.url` keeps meaning "this source file's place under dist/" (dist/core/content/x.js),
 * wherever the bundler puts the code: paths the code resolves from its own file (the content folder,
 * package.json) stay right. Each output file learns dist/'s URL from its own (the banner); the
 * source's `import.meta.url` becomes that URL plus the file's path under src/.
 */
const DIST_URL = '__archbotDistUrl';
// CommonJS libraries in the bundle (prom-client) `require` Node's modules and the packages left
// outside: each output file gets a `require` of its own, as a CommonJS file would have.
const banner = [
  `const ${DIST_URL} = new URL(/\\/chunks\\/[^/]*$/.test(import.meta.url) ? '../' : './', import.meta.url);`,
  `import { createRequire as __archbotCreateRequire } from 'node:module';`,
  `const require = __archbotCreateRequire(import.meta.url);`,
].join(' ');
const sourceUrls = {
  name: 'source-urls',
  setup(b) {
    b.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return { contents: text, loader: 'ts' };
      const asBuilt = relative(srcDir, args.path).split('\\').join('/').replace(/\.ts$/, '.js');
      return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(asBuilt)}, ${DIST_URL}).href`), loader: 'ts' };
    });
  },
};

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const result = await build({
  // usage: for the help text below; at the top of dist/, like main, so the banner finds dist/.
  entryPoints: { main: join(srcDir, 'main.ts'), usage: join(srcDir, 'cli', 'usage.ts') },
  outdir: outDir,
  outbase: srcDir,
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  banner: { js: banner },
  plugins: [externals, sourceUrls],
  metafile: true,
  logLevel: 'warning',
});

// `archbot --help` prints this file: the text lists every platform's settings, and working it out
// at run time would load each one's schema (zod) just to print them.
const USAGE_FILE = join(outDir, 'usage.txt');
const { USAGE } = await import(pathToFileURL(join(outDir, 'usage.js')).href);
writeFileSync(USAGE_FILE, USAGE);

// The build's identity, from every output file: the knowledge-base cache (src/cli/content-cache.ts)
// never serves what another build of the loader and its schemas read.
const BUILD_FILE = join(outDir, 'build.json');
const outputs = Object.keys(result.metafile.outputs).map((f) => join(root, f)).sort();
const hash = createHash('sha256');
for (const file of outputs) hash.update(relative(outDir, file)).update(readFileSync(file));
writeFileSync(BUILD_FILE, `${JSON.stringify({ id: hash.digest('hex').slice(0, 24) })}\n`);

// Output of an earlier build (a chunk renamed by its hash, the old one-file-per-source layout) must
// not stay behind to be imported or shipped.
const wanted = new Set([...outputs, BUILD_FILE, USAGE_FILE]);
let removed = 0;
for (const file of filesUnder(outDir)) {
  if (!wanted.has(file)) {
    rmSync(file);
    removed += 1;
  }
}
for (const dir of readdirSync(outDir)) {
  const path = join(outDir, dir);
  if (statSync(path).isDirectory() && filesUnder(path).length === 0) rmSync(path, { recursive: true });
}
if (process.argv.includes('--verbose')) console.log(`archbot build: ${outputs.length} files to dist/${removed ? `, ${removed} stale removed` : ''}`);
