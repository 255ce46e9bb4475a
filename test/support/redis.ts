// Redis for tests: TEST_REDIS_URL names a server the tests may use (CI sets it; see .ci/run). Tests keep to
// keys of their own (random user ids under the bot's prefix) and never flush the server.
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL || undefined;

/** The line said once per run when the Redis tests are skipped (see global-setup.ts). */
export const REDIS_SKIP_NOTICE = 'Redis rate limiter tests skipped: TEST_REDIS_URL is not set (run them with TEST_REDIS_URL=redis://127.0.0.1:6379 npm test)';
