import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The suite `npm run mutate` reruns for each mutant: the tests of the core, the adapters and the
// stores. The CLI and server tests start whole processes (seconds each) and exercise wiring that
// is not mutated, so they are left to `npm test`.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/core/**/*.test.ts', 'test/adapters/**/*.test.ts', 'test/stores/**/*.test.ts'],
  },
});
