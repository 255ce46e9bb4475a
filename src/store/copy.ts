// Moving from SQLite to PostgreSQL: every table the bot keeps, copied row for row (ids included) into a
// PostgreSQL database in one transaction, then counted on both sides. Used by `npm run db:copy` (src/cli/db-copy.ts).
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { maskSecrets } from '../logger.js';
import { MIGRATIONS } from './migrations.js';
import { PostgresStore } from './postgres.js';
import { SqliteStore } from './sqlite.js';

interface Table {
  name: string;
  columns: string[];
  /** SQLite 0/1 columns that are BOOLEAN in PostgreSQL. */
  booleans?: string[];
  /** Has an identity id, whose sequence must continue after the copied ids. */
  identity?: boolean;
}

/**
 * In an order the foreign keys accept. Not copied: webhook_updates (claims on update ids, which expire
 * within a day and mean nothing once the bot moved) and the outbox claims (PostgreSQL's own, all free).
 */
export const COPIED_TABLES: readonly Table[] = [
  { name: 'users', columns: ['chat_id', 'lang', 'active', 'created_at', 'updated_at'], booleans: ['active'] },
  { name: 'subscriptions', columns: ['chat_id', 'sector', 'created_at'] },
  { name: 'published', columns: ['id', 'version', 'snapshot', 'published_at'] },
  { name: 'broadcasts', columns: ['id', 'kind', 'version', 'created_by', 'created_at'], identity: true },
  { name: 'broadcast_texts', columns: ['id', 'broadcast_id', 'text'], identity: true },
  {
    name: 'outbox',
    columns: ['id', 'broadcast_id', 'chat_id', 'text_id', 'status', 'attempts', 'last_error', 'updated_at'],
    identity: true,
  },
  { name: 'questions', columns: ['id', 'at', 'answered', 'paragraph', 'text'], booleans: ['answered'], identity: true },
  { name: 'feedback', columns: ['id', 'at', 'notice', 'paragraph', 'sentence', 'useful', 'voter'], booleans: ['useful'], identity: true },
  { name: 'drafts', columns: ['id', 'admin_id', 'text', 'at'], identity: true },
  { name: 'sessions', columns: ['key', 'chat_id', 'value', 'at'] },
];

/** Rows per INSERT: 8 columns × 2,000 stays far below PostgreSQL's 65,535 parameters. */
const BATCH = 2000;

export interface CopyOptions {
  /** The SQLite file (DATABASE_PATH). */
  from: string;
  /** postgres://… (DATABASE_URL). */
  to: string;
  /** A schema other than the role's first on its search_path. */
  schema?: string;
  /** Replace whatever the target holds (emptied in the same transaction) instead of refusing. */
  force?: boolean;
  /** Told of each table as it is copied. */
  onTable?: (table: string, rows: number) => void;
}

export interface TableCount {
  table: string;
  sqlite: number;
  postgres: number;
}

export class CopyError extends Error {
  constructor(
    message: string,
    /** The counts, when the copy got as far as counting. */
    readonly counts?: TableCount[],
  ) {
    super(message);
    this.name = 'CopyError';
  }
}

/**
 * Copies everything, or nothing: one transaction on the target, committed only when every table's count
 * there equals the source's. Returns the counts. The source is brought to this version's schema first (as
 * the bot would at its next start) and otherwise only read.
 */
export async function copySqliteToPostgres(o: CopyOptions): Promise<TableCount[]> {
  if (!existsSync(o.from)) throw new CopyError(`${o.from}: no such SQLite file`);
  new SqliteStore(o.from).close(); // migrations, and a refusal of a newer or damaged file
  const source = new Database(o.from, { readonly: true, fileMustExist: true });
  try {
    const version = source.pragma('user_version', { simple: true }) as number;
    if (version !== MIGRATIONS.length) throw new CopyError(`${o.from}: schema ${version}, expected ${MIGRATIONS.length}`);
    // The target's tables, at this version's schema (created or migrated as the bot would).
    const store = await PostgresStore.connect(o.to, { max: 1, ...(o.schema ? { schema: o.schema } : {}) });
    await store.end();
    const client = new pg.Client({ connectionString: o.to, application_name: 'notice-bot db:copy' });
    try {
      await client.connect();
    } catch (err) {
      throw new CopyError(`cannot connect to ${maskSecrets(o.to)}: ${maskSecrets((err as Error).message)}`);
    }
    try {
      if (o.schema) await client.query(`SET search_path TO "${o.schema}"`);
      await client.query('BEGIN');
      // Nothing else writes while the copy runs (a bot started early would find the tables locked and wait).
      await client.query(`LOCK TABLE ${COPIED_TABLES.map((t) => t.name).join(', ')}, webhook_updates IN ACCESS EXCLUSIVE MODE`);
      const present = await countAll((t) => client.query(`SELECT COUNT(*)::INT AS n FROM ${t}`).then((r) => r.rows[0].n as number));
      const nonEmpty = present.filter((c) => c.n > 0);
      if (nonEmpty.length > 0) {
        if (!o.force)
          throw new CopyError(
            `the target is not empty (${nonEmpty.map((c) => `${c.table}: ${c.n}`).join(', ')}): refusing to copy into it; --force replaces what it holds`,
          );
        await client.query(`TRUNCATE ${COPIED_TABLES.map((t) => t.name).join(', ')}, webhook_updates RESTART IDENTITY CASCADE`);
      }
      for (const t of COPIED_TABLES) {
        const rows = await copyTable(source, client, t);
        o.onTable?.(t.name, rows);
        if (t.identity) await client.query(`SELECT setval(pg_get_serial_sequence('${t.name}', 'id'), COALESCE((SELECT MAX(id) FROM ${t.name}), 0) + 1, false)`);
      }
      const sqliteCounts = await countAll(async (t) => (source.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n);
      const pgCounts = await countAll((t) => client.query(`SELECT COUNT(*)::INT AS n FROM ${t}`).then((r) => r.rows[0].n as number));
      const counts = sqliteCounts.map((c, i) => ({ table: c.table, sqlite: c.n, postgres: pgCounts[i]!.n }));
      const differ = counts.filter((c) => c.sqlite !== c.postgres);
      if (differ.length > 0) {
        await client.query('ROLLBACK');
        throw new CopyError(`counts differ (${differ.map((c) => c.table).join(', ')}): nothing was written`, counts);
      }
      await client.query('COMMIT');
      return counts;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      if (err instanceof CopyError) throw err;
      throw new CopyError(`copy failed, nothing was written: ${maskSecrets((err as Error).message)}`);
    } finally {
      await client.end().catch(() => undefined);
    }
  } finally {
    source.close();
  }
}

async function countAll(count: (table: string) => Promise<number> | number): Promise<Array<{ table: string; n: number }>> {
  const out: Array<{ table: string; n: number }> = [];
  for (const t of COPIED_TABLES) out.push({ table: t.name, n: await count(t.name) });
  return out;
}

/** Reads the SQLite table in id order and writes it in multi-row INSERTs; returns the rows written. */
async function copyTable(source: Database.Database, client: pg.Client, t: Table): Promise<number> {
  const order = t.columns[0]!;
  const read = source.prepare(`SELECT ${t.columns.join(', ')} FROM ${t.name} ORDER BY ${order}`).raw(true);
  const booleans = new Set((t.booleans ?? []).map((c) => t.columns.indexOf(c)));
  let batch: unknown[][] = [];
  let written = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const values: unknown[] = [];
    const tuples = batch.map((row) => `(${row.map((v) => `$${values.push(v)}`).join(', ')})`);
    await client.query(`INSERT INTO ${t.name} (${t.columns.join(', ')}) VALUES ${tuples.join(', ')}`, values);
    written += batch.length;
    batch = [];
  };
  for (const row of read.iterate() as Iterable<unknown[]>) {
    batch.push(row.map((v, i) => (booleans.has(i) && v !== null ? v === 1 || v === 1n : typeof v === 'bigint' ? v.toString() : v)));
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return written;
}
