import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // The suite spawns local HTTP servers; two cores, so keep parallelism modest.
    maxWorkers: 2,
    // Says once when the PostgreSQL or Redis tests are skipped (no TEST_DATABASE_URL, no TEST_REDIS_URL).
    globalSetup: ['test/support/global-setup.ts'],
  },
});
