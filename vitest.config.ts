import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // CLI tests spawn the real binary; OCR tests start workers: keep within 2 cores.
    maxWorkers: 2,
  },
});
