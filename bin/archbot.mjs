#!/usr/bin/env node
// Runs the TypeScript sources through tsx's loader, so `npm ci && npx archbot` needs no build step.
import { existsSync } from 'node:fs';
import { register } from 'tsx/esm/api';

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

register();
// A closed pipe (`archbot ask --json < qs | head`) is a normal way for a reader to stop listening.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2), process.env);
