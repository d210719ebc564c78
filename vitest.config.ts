import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Store tests share one real Postgres database: run files one at a time there.
    fileParallelism: false,
  },
});
