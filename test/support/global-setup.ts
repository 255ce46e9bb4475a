// Once per test run, in the main process: says (one line) when the PostgreSQL store tests are skipped.
import { SKIP_NOTICE, TEST_DATABASE_URL } from './postgres.js';

export function setup(): void {
  if (!TEST_DATABASE_URL) console.log(SKIP_NOTICE);
}
