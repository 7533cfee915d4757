import { defineConfig } from 'vitest/config';

// Two projects: pure tests run in parallel; tests that build the site or drive Chromium run one
// file at a time (they share dist/, .astro/ and two CPU cores).
export default defineConfig({
  test: {
    env: { TZ: 'Europe/Paris' },
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/charts/**/*.test.ts'] } },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
