#!/usr/bin/env node
// `npm run bench`: runs the TypeScript benchmarks through tsx, like bin/archbot.mjs does for the bot.
// `npm run bench -- lookup`, `-- stores` or `-- speed` runs just one of them (`-- reply`, only on request:
// the speed bench's reply comparison at length, with CPU per mention); `--quick` and
// `--readme` (write the speed table into README.md) are passed on to the speed bench.
import { register } from 'tsx/esm/api';

const BENCHES = { lookup: '../test/bench/lookup-bench.ts', stores: '../test/bench/store-bench.ts', speed: '../test/bench/speed-bench.ts', insights: '../test/bench/insights-bench.ts', reply: '../test/bench/reply-rounds.ts' };
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const unknown = wanted.filter((name) => !(name in BENCHES));
if (unknown.length > 0) {
  console.error(`archbot-bench: unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}

register();
for (const [name, file] of Object.entries(BENCHES)) {
  // `reply` repeats part of `speed` at length, for measuring a change: only when asked for.
  if (wanted.includes(name) || (wanted.length === 0 && name !== 'reply')) await import(file);
}
