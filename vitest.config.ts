import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/temp-root.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Browser steps poll for a page to load: on a loaded 2-core machine that can take over the default second.
    expect: { poll: { timeout: 15_000 } },
  },
});
