#!/usr/bin/env node
// Runs the JavaScript compiled into dist/ (by `npm ci`'s prepare script, or `npm run build`).
// `npm run dev -- ARGS` runs the TypeScript sources instead, through tsx (a dev dependency).
import { existsSync } from 'node:fs';

// Settings from ./.env, as .env.example describes; variables already set in the environment win.
// ARCHBOT_ENV_FILE names another file (or `none` to skip it).
const envFile = process.env.ARCHBOT_ENV_FILE ?? '.env';
if (envFile !== 'none') {
  if (existsSync(envFile)) {
    try {
      process.loadEnvFile(envFile);
    } catch (err) {
      console.error(`archbot: cannot read ${envFile}: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    }
  } else if (process.env.ARCHBOT_ENV_FILE) {
    console.error(`archbot: ARCHBOT_ENV_FILE names ${envFile}, which does not exist`);
    process.exit(1);
  }
}

// A closed pipe (`archbot ask --json < qs | head`) is a normal way for a reader to stop listening.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
const fromSources = process.env.ARCHBOT_FROM_SOURCES === '1';
if (fromSources) (await import('tsx/esm/api')).register();
const entry = new URL(fromSources ? '../src/main.ts' : '../dist/main.js', import.meta.url);
if (!fromSources && !existsSync(entry)) {
  console.error('archbot: dist/ is missing; run `npm run build` (npm ci does it) or `npm run dev`');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2), process.env);
