// PostgreSQL for tests: TEST_DATABASE_URL names a server and database the tests may use (CI sets it; see
// .ci/run). Each test works in a schema of its own, created here and dropped afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type PostgresOptions, PostgresStore } from '../../src/store/postgres.js';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

/** The line said once per run when the PostgreSQL tests are skipped (see global-setup.ts). */
export const SKIP_NOTICE =
  'PostgreSQL store tests skipped: TEST_DATABASE_URL is not set (run them with TEST_DATABASE_URL=postgres://root@127.0.0.1:5432/test npm test)';

/** Runs one statement on the test database, outside any store. */
export async function adminQuery<R extends pg.QueryResultRow = any>(text: string, values: unknown[] = []): Promise<pg.QueryResult<R>> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await client.query<R>(text, values);
  } finally {
    await client.end();
  }
}

export interface TestSchema {
  name: string;
  /** A store on this schema; ended by drop(). */
  open(options?: PostgresOptions): Promise<PostgresStore>;
  /** Runs one statement with this schema first on the search_path. */
  query<R extends pg.QueryResultRow = any>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
  /** Ends every store opened here, then drops the schema and all in it. */
  drop(): Promise<void>;
}

export async function freshSchema(): Promise<TestSchema> {
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
  const name = `nb_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE SCHEMA ${name}`);
  const stores: PostgresStore[] = [];
  return {
    name,
    async open(options = {}) {
      const store = await PostgresStore.connect(TEST_DATABASE_URL!, { schema: name, max: 4, ...options });
      stores.push(store);
      return store;
    },
    async query(text, values = []) {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      try {
        await client.query(`SET search_path TO ${name}`);
        return await client.query(text, values);
      } finally {
        await client.end();
      }
    },
    async drop() {
      await Promise.all(stores.map((s) => s.end().catch(() => {})));
      await adminQuery(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
    },
  };
}
