import { defineConfig } from 'vitest/config';

/**
 * Four projects: the standalone packages (no database), the pure parts of the staff app, the server (each
 * test file gets its own database cloned from a migrated template) and the end-to-end flows in Chromium
 * against a running platform, which run last, on their own.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'packages',
          include: ['packages/*/test/**/*.test.ts', 'apps/portal/test/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // the staff app's pure parts (no DOM): what its components compute from data
        test: { name: 'staff', include: ['apps/staff/src/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'server',
          include: ['apps/server/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['apps/server/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'e2e',
          // after the other projects, not beside them: a browser flow on a loaded machine times out
          sequence: { groupOrder: 1 },
          // what a browser shows can take seconds to appear on a busy 2-core machine (e2e/support/browser.ts)
          expect: { poll: { timeout: 30_000 } },
          include: ['e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
