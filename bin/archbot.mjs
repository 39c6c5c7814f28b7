#!/usr/bin/env node
// Runs the TypeScript sources through tsx's loader, so `npm ci && npx archbot` needs no build step.
import { register } from 'tsx/esm/api';

register();
// A closed pipe (`archbot ask --json < qs | head`) is a normal way for a reader to stop listening.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2), process.env);
