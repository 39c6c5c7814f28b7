// @ts-check
// `npm run mutate`: StrykerJS breaks the code on purpose (one small change at a time) and reruns the
// tests related to it; a change no test notices is a gap in the suite. For development only: it is
// not part of `npm test`. Narrow it with `npm run mutate -- --mutate src/core/sessions/**/*.ts`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // The core, plus the adapters' wiring: where an event becomes a call to the core and a reply, and
  // where deliveries are deduplicated. Rendering and payload shapes are left to the adapter tests.
  mutate: [
    'src/core/**/*.ts',
    '!src/core/types.ts',
    'src/adapters/slack/on-*.ts',
    'src/adapters/slack/answer-message.ts',
    'src/adapters/slack/dedupe.ts',
    'src/adapters/discord/on-*.ts',
    'src/adapters/discord/deadline.ts',
  ],
  vitest: { configFile: 'vitest.mutate.config.ts', related: true },
  coverageAnalysis: 'perTest',
  // The machine is shared and the Redis, Slack and Discord tests open real sockets: one at a time.
  concurrency: 1,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
