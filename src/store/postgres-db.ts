// The connection pool every part of the PostgreSQL store shares (postgres.ts and its postgres-*.ts modules),
// and the three ways they use it: one statement, one transaction, and `run`, which turns any failure into a
// StoreError with the URL's password masked. Kept apart so that each module needs this and nothing else.
import pg from 'pg';
import { maskSecrets } from '../logger.js';
import { StoreError } from './types.js';

/** The database's clock in ms: leases and claims compare times written by different machines, so one clock decides. */
export const DB_NOW_MS = '(EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::BIGINT';

/** BIGINT (ids, chat ids, times, counts) and NUMERIC (sums) as numbers: all of them stay far below 2^53. */
const TYPES: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

export interface PoolOptions {
  /** A schema to work in (search_path), already checked to be a plain name. */
  schema?: string;
  max?: number;
  connectTimeoutMs: number;
  statementTimeoutMs?: number;
  onError?: (err: Error) => void;
}

export class PgDb {
  readonly pool: pg.Pool;

  constructor(url: string, o: PoolOptions) {
    const schema = o.schema;
    this.pool = new pg.Pool({
      connectionString: url,
      max: o.max ?? 10,
      connectionTimeoutMillis: o.connectTimeoutMs,
      statement_timeout: o.statementTimeoutMs ?? 30_000,
      application_name: 'notice-bot',
      types: TYPES,
      ...(schema
        ? {
            onConnect: async (client: pg.ClientBase) => {
              await client.query(`SET search_path TO "${schema}"`);
            },
          }
        : {}),
    });
    // An idle connection that breaks must not crash the process: the pool drops it and connects again.
    this.pool.on('error', (err) => o.onError?.(err));
  }

  /** Runs a store operation, turning PostgreSQL failures (unreachable, read-only, disk full, timeouts) into StoreErrors. */
  async run<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw new StoreError(`${what}: ${maskSecrets((err as Error).message)}`, { cause: err });
    }
  }

  query<R extends pg.QueryResultRow = any>(text: string, values: unknown[] = []): Promise<pg.QueryResult<R>> {
    return this.pool.query<R>(text, values);
  }

  /** One transaction on one connection; rolled back on any failure, and a connection that broke is not reused. */
  async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const out = await fn(client);
      await client.query('COMMIT');
      return out;
    } catch (err) {
      await client.query('ROLLBACK').catch((e: Error) => {
        broken = e;
      });
      throw err;
    } finally {
      client.release(broken);
    }
  }
}
