import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Two test files at a time: most of a file's time is spent in the ebz processes it starts, so a second
    // file keeps both cores busy (about 3.7 minutes instead of 5 on these 2-core machines).
    maxWorkers: 2,
    // Removing the throw-away copies of the example after a file takes a while on a busy machine.
    hookTimeout: 60_000,
    // Tests read many throw-away campaigns: none of them belongs in the user's cache. The cache has tests of its own.
    env: { EBZ_CACHE: 'off' },
  },
});
