import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One file at a time: PGlite is CPU-heavy WASM and the concurrency tests on real
    // Postgres measure races that a busy 2-core machine would only blur.
    fileParallelism: false,
  },
});
