import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The suite `npm run mutate` reruns for each mutant: the tests of the core, the adapters and the
// stores. Tests that start a whole archbot process (the CLI and server tests, the terminal
// adapter's) run it from the sources outside Stryker's instrumentation, take seconds each and
// time out on a loaded machine, so they are left to `npm test`.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/core/**/*.test.ts', 'test/adapters/**/*.test.ts', 'test/stores/**/*.test.ts'],
    exclude: ['test/adapters/terminal/terminal-adapter.test.ts'],
  },
});
