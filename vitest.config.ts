import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    // Compiles dist/ first: CLI tests spawn bin/archbot.mjs, which runs the compiled JavaScript.
    globalSetup: ['test/build-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
  },
});
