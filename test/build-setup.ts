import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Vitest's global setup: compiles src/ to dist/ once before any test file runs, so tests that spawn
 * `bin/archbot.mjs` exercise the JavaScript users run, never an older build. It takes well under a
 * second (esbuild).
 */
export default function buildOnce(): void {
  execFileSync(process.execPath, [fileURLToPath(new URL('../scripts/build.mjs', import.meta.url))], { stdio: 'inherit' });
}
