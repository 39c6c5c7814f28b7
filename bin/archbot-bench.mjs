#!/usr/bin/env node
// `npm run bench`: runs the TypeScript benchmarks through tsx, like bin/archbot.mjs does for the bot.
import { register } from 'tsx/esm/api';

register();
await import('../test/bench/lookup-bench.ts');
