import { defineConfig } from 'vitest/config';

/**
 * Tests that take seconds each: they spawn the CLI or other processes, read PDFs, run OCR or
 * fuzz. A new test of that kind belongs in this list; everything else is a unit test.
 */
const SLOW = [
  'test/cli.test.ts',
  'test/review-cli.test.ts',
  'test/serve/cli-serve.test.ts',
  'test/bad-input.test.ts',
  'test/hostile/resource.test.ts',
  'test/hostile/store-open.test.ts',
  'test/readers/{agreement,curl,detect,docx,image,ocr,pdf,pixel-grid-ocr,pdf-annotations,pdf-jpx,pdf-marks,prep-steps,real-files,shadow,signature-name-ocr,watermark}.test.ts',
  'test/fuzz/*.test.ts',
  'test/browser/*.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // CLI tests spawn the real binary; OCR tests start workers: keep within 2 cores.
    maxWorkers: 2,
    projects: [
      // `npm run test:unit`: the fast tests, in-process (about a minute on 2 cores).
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: SLOW } },
      // `npm run test:slow`; `npm test` runs both.
      { extends: true, test: { name: 'slow', include: SLOW } },
    ],
  },
});
