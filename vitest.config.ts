import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Removing the throw-away copies of the example after a file takes a while on a busy machine.
    hookTimeout: 60_000,
    // Tests read many throw-away campaigns: none of them belongs in the user's cache. The cache has tests of its own.
    env: { EBZ_CACHE: 'off' },
  },
});
