import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CI runs on a shared two-core machine: a server start or database set-up in `beforeAll` can
    // take seconds there. Past the 10 s default, a timed-out hook skips its whole file silently.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
