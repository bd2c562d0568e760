import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/temp-root.ts'],
    // Two test files at a time at least: on the 2-core machine vitest's default (one less than
    // the cores) runs one, and the whole suite took 615 s instead of 750-850 s. Most files wait on
    // processes of their own (builds, Chromium, Pagefind), which use the other core meanwhile.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Browser steps poll for a page to load: on a loaded 2-core machine that can take over the default second.
    expect: { poll: { timeout: 15_000 } },
  },
});
