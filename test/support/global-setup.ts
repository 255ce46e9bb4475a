// Once per test run, in the main process: says (one line each) when the PostgreSQL or Redis tests are skipped.
import { SKIP_NOTICE, TEST_DATABASE_URL } from './postgres.js';
import { REDIS_SKIP_NOTICE, TEST_REDIS_URL } from './redis.js';

export function setup(): void {
  if (!TEST_DATABASE_URL) console.log(SKIP_NOTICE);
  if (!TEST_REDIS_URL) console.log(REDIS_SKIP_NOTICE);
}
