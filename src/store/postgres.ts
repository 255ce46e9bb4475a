// The Store on PostgreSQL (pg, with a pool), for several instances of the bot sharing one database. Same
// methods and meaning as SqliteStore; numbered migrations of its own (postgres-migrations.ts), applied at start
// in one transaction under an advisory lock; the outbox is claimed row by row so that several workers share it.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import pg from 'pg';
import type { SlotSource } from '../delivery/pace.js';
import type { Lang } from '../knowledge/types.js';
import { maskSecrets } from '../logger.js';
import { type CoordinationLog, PgCoordination } from './postgres-coordination.js';
import { PG_MIGRATIONS } from './postgres-migrations.js';
import { bySubscriber, fromDb, toDb } from './rows.js';
import type { BroadcastProgress, DeliveryStatus, NewBroadcast, OutboxRow, QuestionOutcome, SectorId, Stats, Store } from './types.js';
import { StoreError } from './types.js';

export { PG_MIGRATIONS };

/** Any constant: every instance of the bot takes this lock (per database) to migrate. 'notice-b' in ASCII. */
const MIGRATION_LOCK = '7957707062574919010';
/** Taken while publishing a knowledge version (see publish). MIGRATION_LOCK + 1. */
const PUBLISH_LOCK = '7957707062574919011';
/** The database's clock in ms: leases compare times written by different machines, so one clock decides. */
const DB_NOW_MS = '(EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::BIGINT';

/** BIGINT (ids, chat ids, times, counts) and NUMERIC (sums) as numbers: all of them stay far below 2^53. */
const TYPES: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

export interface PostgresOptions {
  /** A schema to work in (search_path), created by whoever runs the bot; tests use a fresh one each. Default: the role's. */
  schema?: string;
  /** Connections in the pool (default 10). */
  max?: number;
  /** How long an outbox claim lasts without renewal before another worker may take the rows (default 2 minutes). */
  leaseMs?: number;
  /** Giving up on connecting (default 10 s) and on one statement (default 30 s): a query fails rather than hang. */
  connectTimeoutMs?: number;
  statementTimeoutMs?: number;
  /** Told of a connection that failed while idle in the pool (the server restarted…); the pool replaces it. */
  onError?: (err: Error) => void;
}

const DEFAULT_LEASE_MS = 120_000;
/** Webhook update claims are pruned at most this often (per instance). */
const PRUNE_MS = 60_000;

export class PostgresStore implements Store, SlotSource {
  /** How many migrations this instance applied at start (0 when another instance, or an earlier start, had). */
  migrated = 0;
  /** Names this instance in outbox claims. */
  readonly workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly pool: pg.Pool;
  private readonly leaseMs: number;
  private heartbeat: NodeJS.Timeout | undefined;
  /** Whether this instance may hold outbox claims that need renewing. */
  private holding = false;
  private renewing = false;
  private ended: Promise<void> | undefined;
  private readonly schema: string | undefined;
  private readonly connectTimeoutMs: number;
  private slotsTaken = 0;

  private constructor(
    private readonly url: string,
    options: PostgresOptions,
  ) {
    const schema = options.schema;
    if (schema !== undefined && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) throw new StoreError(`not a schema name: ${schema}`);
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.schema = schema;
    this.connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
    this.pool = new pg.Pool({
      connectionString: url,
      max: options.max ?? 10,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
      statement_timeout: options.statementTimeoutMs ?? 30_000,
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
    this.pool.on('error', (err) => options.onError?.(err));
  }

  /**
   * Connects, applies the migrations this database lacks (once, whoever starts first) and refuses a database
   * from a newer version of the bot. The URL's password never appears in an error.
   */
  static async connect(url: string, options: PostgresOptions = {}): Promise<PostgresStore> {
    let store: PostgresStore;
    try {
      store = new PostgresStore(url, options);
    } catch (err) {
      throw new StoreError(`cannot open the database at ${maskSecrets(url)}: ${maskSecrets((err as Error).message)}`, { cause: err });
    }
    try {
      store.migrated = await store.migrate();
    } catch (err) {
      await store.end().catch(() => {});
      throw new StoreError(`cannot open the database at ${maskSecrets(url)}: ${maskSecrets((err as Error).message)}`, { cause: err });
    }
    store.heartbeat = setInterval(() => void store.renewClaims(), Math.max(10, Math.floor(store.leaseMs / 4)));
    store.heartbeat.unref();
    return store;
  }

  /**
   * All pending migrations in one transaction, under a transaction-scoped advisory lock: instances starting
   * together wait for the first, which migrates; the others then find nothing to do. A failed migration
   * rolls back whole, and the lock goes with the transaction, whatever happens to the connection.
   */
  private async migrate(): Promise<number> {
    return this.tx(async (c) => {
      await c.query('SET LOCAL statement_timeout = 0'); // an index on a large table may take a while
      await c.query('SELECT pg_advisory_xact_lock($1::BIGINT)', [MIGRATION_LOCK]);
      await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
      const current = (await c.query<{ v: number }>('SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations')).rows[0]!.v;
      if (current > PG_MIGRATIONS.length) {
        throw new Error(`the database is from a newer version of the bot (schema ${current}; this one knows ${PG_MIGRATIONS.length}): run that version`);
      }
      for (let v = current; v < PG_MIGRATIONS.length; v++) {
        await c.query(PG_MIGRATIONS[v]!);
        await c.query('INSERT INTO schema_migrations (version) VALUES ($1)', [v + 1]);
      }
      return PG_MIGRATIONS.length - current;
    });
  }

  /** One transaction on one connection; rolled back on any failure, and a connection that broke is not reused. */
  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
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

  /** Runs a store operation, turning PostgreSQL failures (unreachable, read-only, disk full, timeouts) into StoreErrors. */
  private async run<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw new StoreError(`${what}: ${maskSecrets((err as Error).message)}`, { cause: err });
    }
  }

  private async query<R extends pg.QueryResultRow = any>(text: string, values: unknown[] = []): Promise<pg.QueryResult<R>> {
    return this.pool.query<R>(text, values);
  }

  touchUser(chatId: number): Promise<void> {
    return this.run('touchUser', async () => {
      const now = Date.now();
      await this.query(
        'INSERT INTO users (chat_id, created_at, updated_at) VALUES ($1, $2, $2) ON CONFLICT (chat_id) DO UPDATE SET active = TRUE, updated_at = excluded.updated_at',
        [chatId, now],
      );
    });
  }

  getLang(chatId: number): Promise<Lang | undefined> {
    return this.run(
      'getLang',
      async () => (await this.query<{ lang: Lang | null }>('SELECT lang FROM users WHERE chat_id = $1', [chatId])).rows[0]?.lang ?? undefined,
    );
  }

  setLang(chatId: number, lang: Lang): Promise<void> {
    return this.run('setLang', async () => {
      const now = Date.now();
      await this.query(
        'INSERT INTO users (chat_id, lang, created_at, updated_at) VALUES ($1, $2, $3, $3) ON CONFLICT (chat_id) DO UPDATE SET lang = excluded.lang, updated_at = excluded.updated_at',
        [chatId, lang, now],
      );
    });
  }

  setActive(chatId: number, active: boolean): Promise<void> {
    return this.run('setActive', async () => {
      const now = Date.now();
      await this.query(
        'INSERT INTO users (chat_id, active, created_at, updated_at) VALUES ($1, $2, $3, $3) ON CONFLICT (chat_id) DO UPDATE SET active = excluded.active, updated_at = excluded.updated_at',
        [chatId, active, now],
      );
    });
  }

  forget(chatId: number): Promise<boolean> {
    return this.run('forget', () =>
      this.tx(async (c) => {
        // Undelivered messages go too; delivered ones are only ids and statuses, removed as well.
        await c.query('DELETE FROM outbox WHERE chat_id = $1', [chatId]);
        await c.query('DELETE FROM subscriptions WHERE chat_id = $1', [chatId]);
        const talked = ((await c.query('DELETE FROM sessions WHERE chat_id = $1', [chatId])).rowCount ?? 0) > 0;
        return ((await c.query('DELETE FROM users WHERE chat_id = $1', [chatId])).rowCount ?? 0) > 0 || talked;
      }),
    );
  }

  subscribe(chatId: number, sector: SectorId): Promise<boolean> {
    return this.run('subscribe', () =>
      this.tx(async (c) => {
        const now = Date.now();
        await c.query('INSERT INTO users (chat_id, created_at, updated_at) VALUES ($1, $2, $2) ON CONFLICT (chat_id) DO UPDATE SET active = TRUE', [
          chatId,
          now,
        ]);
        const added = await c.query('INSERT INTO subscriptions (chat_id, sector, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
          chatId,
          toDb(sector),
          now,
        ]);
        return (added.rowCount ?? 0) > 0;
      }),
    );
  }

  unsubscribe(chatId: number, sector: SectorId | 'all'): Promise<number> {
    return this.run('unsubscribe', async () => {
      const r =
        sector === 'all'
          ? await this.query('DELETE FROM subscriptions WHERE chat_id = $1', [chatId])
          : await this.query('DELETE FROM subscriptions WHERE chat_id = $1 AND sector = $2', [chatId, toDb(sector)]);
      return r.rowCount ?? 0;
    });
  }

  listSubscriptions(chatId: number): Promise<SectorId[]> {
    return this.run('listSubscriptions', async () =>
      (await this.query<{ sector: string }>('SELECT sector FROM subscriptions WHERE chat_id = $1 ORDER BY created_at, sector', [chatId])).rows.map((r) =>
        fromDb(r.sector),
      ),
    );
  }

  subscribers(): Promise<Map<number, { sectors: SectorId[]; lang: Lang | undefined }>> {
    return this.run('subscribers', async () => {
      const { rows } = await this.query<{ chat_id: number; sector: string; lang: Lang | null }>(
        'SELECT s.chat_id, s.sector, u.lang FROM subscriptions s JOIN users u ON u.chat_id = s.chat_id WHERE u.active ORDER BY s.chat_id, s.sector',
      );
      return bySubscriber(rows);
    });
  }

  getPublished(): Promise<{ version: string; snapshot: string } | undefined> {
    return this.run(
      'getPublished',
      async () => (await this.query<{ version: string; snapshot: string }>('SELECT version, snapshot FROM published WHERE id = 1')).rows[0],
    );
  }

  publish(version: string, snapshot: string, broadcast: NewBroadcast | null): Promise<number | null> {
    return this.run('publish', () =>
      this.tx(async (c) => {
        // One publisher at a time: instances starting together with the same new knowledge announce it once.
        await c.query('SELECT pg_advisory_xact_lock($1::BIGINT)', [PUBLISH_LOCK]);
        const current = (await c.query<{ version: string }>('SELECT version FROM published WHERE id = 1')).rows[0];
        if (current?.version === version) return null;
        await c.query(
          'INSERT INTO published (id, version, snapshot, published_at) VALUES (1, $1, $2, $3) ON CONFLICT (id) DO UPDATE SET version = excluded.version, snapshot = excluded.snapshot, published_at = excluded.published_at',
          [version, snapshot, Date.now()],
        );
        return broadcast ? this.insertBroadcast(c, broadcast) : null;
      }),
    );
  }

  createBroadcast(b: NewBroadcast): Promise<number> {
    return this.run('createBroadcast', () => this.tx((c) => this.insertBroadcast(c, b)));
  }

  /**
   * Outbox rows in the order of the messages and their chats; a chat named twice gets the first message only.
   * One multi-row INSERT … SELECT FROM unnest per message (100,000 rows: about a second; see bench:broadcast).
   * Duplicates are dropped here rather than by ON CONFLICT, whose speculative insertion costs every row.
   */
  private async insertBroadcast(c: pg.PoolClient, b: NewBroadcast): Promise<number> {
    const now = Date.now();
    const id = (
      await c.query<{ id: number }>('INSERT INTO broadcasts (kind, version, created_by, created_at) VALUES ($1, $2, $3, $4) RETURNING id', [
        b.kind,
        b.version,
        b.createdBy,
        now,
      ])
    ).rows[0]!.id;
    const seen = new Set<number>();
    for (const m of b.messages) {
      const textId = (await c.query<{ id: number }>('INSERT INTO broadcast_texts (broadcast_id, text) VALUES ($1, $2) RETURNING id', [id, m.text])).rows[0]!.id;
      const chatIds = m.chatIds.filter((chat) => !seen.has(chat) && seen.add(chat));
      if (chatIds.length === 0) continue;
      await c.query(
        `INSERT INTO outbox (broadcast_id, chat_id, text_id, updated_at)
         SELECT $1, u.chat_id, $3, $4 FROM unnest($2::BIGINT[]) WITH ORDINALITY AS u(chat_id, n) ORDER BY u.n`,
        [id, chatIds, textId, now],
      );
    }
    return id;
  }

  /**
   * The oldest pending rows that no other live worker holds, claimed for this instance.
   *
   * Several workers, at most one duplicate per dead worker:
   * - A claim is exclusive. The statement locks the rows it picks (FOR UPDATE), skips rows another worker's
   *   claim is locking at that moment (SKIP LOCKED), and re-checks its condition on rows that another claim
   *   committed meanwhile, so two live instances never get the same pending row.
   * - A claim lasts while its instance lives: this store renews its claims every quarter lease. Rows this
   *   instance claimed come back to it on its next call (as SqliteStore returns the same rows until they are
   *   marked); other instances take them only once the claim is older than the lease.
   * - The worker sends one message at a time and marks it before sending the next (delivery/worker.ts). A
   *   worker that dies therefore leaves at most one row sent but still pending; after the lease another worker
   *   claims its rows again, and only that one row reaches its chat twice. Rows it did not get to were never
   *   sent, so sending them is no duplicate.
   * - The limit of this reasoning: an instance that stays alive but cannot reach the database for longer than
   *   the lease while in the middle of a batch may, once it is back, send rows another worker took over
   *   meanwhile. Its worker sends nothing while a write is failing (each send is marked before the next), so
   *   this needs an outage longer than the lease (2 minutes by default) that begins right after a send.
   */
  pendingOutbox(limit: number): Promise<OutboxRow[]> {
    return this.run('pendingOutbox', async () => {
      const { rows } = await this.query<OutboxRow>(
        `WITH picked AS (
           SELECT id FROM outbox
           WHERE status = 'pending' AND (claimed_by IS NULL OR claimed_by = $1 OR claimed_at < ${DB_NOW_MS} - $2)
           ORDER BY attempts, id
           LIMIT $3
           FOR UPDATE SKIP LOCKED
         ), claimed AS (
           UPDATE outbox o SET claimed_by = $1, claimed_at = ${DB_NOW_MS}
           FROM picked WHERE o.id = picked.id
           RETURNING o.id, o.broadcast_id, o.chat_id, o.text_id, o.attempts
         )
         SELECT c.id, c.broadcast_id AS "broadcastId", c.chat_id AS "chatId", t.text, c.attempts
         FROM claimed c JOIN broadcast_texts t ON t.id = c.text_id
         ORDER BY c.attempts, c.id`,
        [this.workerId, this.leaseMs, limit],
      );
      if (rows.length > 0) this.holding = true;
      return rows;
    });
  }

  /** Keeps this instance's claims fresh while it runs (see pendingOutbox); stops asking once it holds none. */
  private async renewClaims(): Promise<void> {
    if (!this.holding || this.renewing || this.ended) return;
    this.renewing = true;
    try {
      const r = await this.query(`UPDATE outbox SET claimed_at = ${DB_NOW_MS} WHERE claimed_by = $1 AND status = 'pending'`, [this.workerId]);
      if ((r.rowCount ?? 0) === 0) this.holding = false;
    } catch {
      // The database is away: the next round tries again (and the worker's own writes say so in the logs).
    } finally {
      this.renewing = false;
    }
  }

  markDelivery(rowId: number, status: Exclude<DeliveryStatus, 'pending'>, error?: string): Promise<void> {
    return this.run('markDelivery', async () => {
      await this.query(
        'UPDATE outbox SET status = $1, attempts = attempts + 1, last_error = $2, updated_at = $3, claimed_by = NULL, claimed_at = NULL WHERE id = $4',
        [status, error ?? null, Date.now(), rowId],
      );
    });
  }

  /** The row stays pending and is let go: any worker (this one included) may try it again, after the others. */
  noteAttempt(rowId: number, error: string): Promise<void> {
    return this.run('noteAttempt', async () => {
      await this.query('UPDATE outbox SET attempts = attempts + 1, last_error = $1, updated_at = $2, claimed_by = NULL, claimed_at = NULL WHERE id = $3', [
        error,
        Date.now(),
        rowId,
      ]);
    });
  }

  progress(broadcastId: number): Promise<BroadcastProgress | undefined> {
    return this.run('progress', async () => (await this.query<BroadcastProgress>(progressQuery('WHERE b.id = $1', ''), [broadcastId])).rows[0]);
  }

  unfinishedBroadcasts(): Promise<BroadcastProgress[]> {
    return this.run(
      'unfinishedBroadcasts',
      async () => (await this.query<BroadcastProgress>(progressQuery('', "HAVING COUNT(*) FILTER (WHERE o.status = 'pending') > 0"))).rows,
    );
  }

  /** When claims were last pruned by this instance: at most once per claim age (and per minute), not at every update. */
  private prunedAt = 0;

  /**
   * One statement decides, whichever instances receive the update at once: the insert wins for exactly one of
   * them (the primary key), and a claim older than maxAgeMs is taken over rather than refused. Times are the
   * database's clock, so that instances with different clocks agree on ages.
   */
  claimUpdate(updateId: number, maxAgeMs: number): Promise<boolean> {
    return this.run('claimUpdate', async () => {
      const now = Date.now();
      if (now - this.prunedAt >= Math.min(maxAgeMs, PRUNE_MS)) {
        this.prunedAt = now;
        await this.query(`DELETE FROM webhook_updates WHERE at < ${DB_NOW_MS} - $1`, [maxAgeMs]);
      }
      const r = await this.query(
        `INSERT INTO webhook_updates (update_id, at) VALUES ($1, ${DB_NOW_MS})
         ON CONFLICT (update_id) DO UPDATE SET at = excluded.at WHERE webhook_updates.at < ${DB_NOW_MS} - $2`,
        [updateId, maxAgeMs],
      );
      return (r.rowCount ?? 0) > 0;
    });
  }

  releaseUpdate(updateId: number): Promise<void> {
    return this.run('releaseUpdate', async () => {
      await this.query('DELETE FROM webhook_updates WHERE update_id = $1', [updateId]);
    });
  }

  // A handled update's `at` is set ahead of now: no claim age reaches it until keepMs have passed.
  completeUpdate(updateId: number, keepMs: number): Promise<void> {
    return this.run('completeUpdate', async () => {
      await this.query(`UPDATE webhook_updates SET at = ${DB_NOW_MS} + $2 WHERE update_id = $1`, [updateId, keepMs]);
    });
  }

  isUpdateDone(updateId: number): Promise<boolean> {
    return this.run('isUpdateDone', async () => {
      const r = await this.query<{ done: boolean }>(`SELECT at > ${DB_NOW_MS} AS done FROM webhook_updates WHERE update_id = $1`, [updateId]);
      return r.rows[0]?.done === true;
    });
  }

  recordQuestion(q: QuestionOutcome): Promise<void> {
    return this.run('recordQuestion', async () => {
      await this.query('INSERT INTO questions (at, answered, paragraph, text) VALUES ($1, $2, $3, $4)', [Date.now(), q.answered, q.paragraph, q.text]);
    });
  }

  recordFeedback(ref: { notice: string; paragraph: number; sentence: number }, useful: boolean, voter?: string): Promise<void> {
    return this.run('recordFeedback', async () => {
      await this.query(
        `INSERT INTO feedback (at, notice, paragraph, sentence, useful, voter) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (voter, notice, paragraph, sentence) WHERE voter IS NOT NULL DO UPDATE SET useful = excluded.useful, at = excluded.at`,
        [Date.now(), ref.notice, ref.paragraph, ref.sentence, useful, voter ?? null],
      );
    });
  }

  readSession(key: string): Promise<string | undefined> {
    return this.run('readSession', async () => (await this.query<{ value: string }>('SELECT value FROM sessions WHERE key = $1', [key])).rows[0]?.value);
  }

  writeSession(key: string, chatId: number, value: string, maxAgeMs: number): Promise<void> {
    return this.run('writeSession', async () => {
      const now = Date.now();
      // Expired conversations are dropped as new ones are written: no timer, and none outlives its age by much.
      await this.query('DELETE FROM sessions WHERE at < $1', [now - maxAgeMs]);
      await this.query(
        'INSERT INTO sessions (key, chat_id, value, at) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO UPDATE SET value = excluded.value, at = excluded.at',
        [key, chatId, value, now],
      );
    });
  }

  deleteSession(key: string): Promise<void> {
    return this.run('deleteSession', async () => {
      await this.query('DELETE FROM sessions WHERE key = $1', [key]);
    });
  }

  saveDraft(adminId: number, text: string, maxAgeMs: number): Promise<number> {
    return this.run('saveDraft', async () => {
      const now = Date.now();
      await this.query('DELETE FROM drafts WHERE at < $1', [now - maxAgeMs]);
      return (await this.query<{ id: number }>('INSERT INTO drafts (admin_id, text, at) VALUES ($1, $2, $3) RETURNING id', [adminId, text, now])).rows[0]!.id;
    });
  }

  getDraft(id: number, maxAgeMs: number): Promise<{ adminId: number; text: string } | undefined> {
    return this.run(
      'getDraft',
      async () =>
        (
          await this.query<{ adminId: number; text: string }>('SELECT admin_id AS "adminId", text FROM drafts WHERE id = $1 AND at >= $2', [
            id,
            Date.now() - maxAgeMs,
          ])
        ).rows[0],
    );
  }

  deleteDraft(id: number): Promise<void> {
    return this.run('deleteDraft', async () => {
      await this.query('DELETE FROM drafts WHERE id = $1', [id]);
    });
  }

  stats(): Promise<Stats> {
    return this.run('stats', async () => {
      const counts = (
        await this.query<{ users: number; active: number; questions: number; answered: number; up: number; down: number }>(
          `SELECT (SELECT COUNT(*) FROM users) AS users, (SELECT COUNT(*) FILTER (WHERE active) FROM users) AS active,
             (SELECT COUNT(*) FROM questions) AS questions, (SELECT COUNT(*) FILTER (WHERE answered) FROM questions) AS answered,
             (SELECT COUNT(*) FILTER (WHERE useful) FROM feedback) AS up, (SELECT COUNT(*) FILTER (WHERE NOT useful) FROM feedback) AS down`,
        )
      ).rows[0]!;
      const subs = (
        await this.query<{ sector: string; count: number }>(
          'SELECT s.sector, COUNT(*) AS count FROM subscriptions s JOIN users u ON u.chat_id = s.chat_id WHERE u.active GROUP BY s.sector ORDER BY count DESC, s.sector',
        )
      ).rows;
      const top = (
        await this.query<{ text: string; count: number }>(
          'SELECT text, COUNT(*) AS count FROM questions WHERE NOT answered AND text IS NOT NULL GROUP BY text ORDER BY count DESC, text LIMIT 10',
        )
      ).rows;
      return {
        users: counts.users,
        activeUsers: counts.active,
        subscribersBySector: subs.map((s) => ({ sector: fromDb(s.sector), count: s.count })),
        questions: counts.questions,
        answered: counts.answered,
        useful: counts.up,
        notUseful: counts.down,
        topUnanswered: top,
      };
    });
  }

  /**
   * The shared delivery pace (delivery/pace.ts SharedPacer): takes the send slot for `chatId` if it is free now,
   * on the database's clock, and returns 0; otherwise takes nothing and returns the ms to wait before trying
   * again. Free means: the global slot is due (the last one was taken at least `intervalMs` ago), no 429 pause
   * holds, and the chat was last sent to at least `chatIntervalMs` ago. The UPDATE of the one pace row is the
   * gate: concurrent takers queue on its row lock, and each re-checks `next_slot` on the row the one before it
   * left (READ COMMITTED re-evaluates the WHERE on the newest version), so two takes are always at least
   * `intervalMs` apart. The chat's condition is read from the statement's snapshot: two instances sending to one
   * chat (two broadcasts at once) within one global interval could both pass it; the global pace still holds.
   */
  takeSendSlot(chatId: number, intervalMs: number, chatIntervalMs: number): Promise<number> {
    return this.run('takeSendSlot', async () => {
      const { rows } = await this.query<{ granted: number | null; wait: number }>(
        `WITH now AS MATERIALIZED (SELECT ${DB_NOW_MS} AS t),
         granted AS (
           UPDATE delivery_pace p SET next_slot = now.t + $2 FROM now
           WHERE p.id = 1 AND p.next_slot <= now.t AND p.paused_until <= now.t
             AND NOT EXISTS (SELECT 1 FROM delivery_chat_pace c WHERE c.chat_id = $1 AND c.next_at > now.t)
           RETURNING now.t AS t
         ), chat AS (
           INSERT INTO delivery_chat_pace (chat_id, next_at) SELECT $1, t + $3 FROM granted
           ON CONFLICT (chat_id) DO UPDATE SET next_at = excluded.next_at
         )
         SELECT (SELECT t FROM granted) AS granted,
           GREATEST(p.next_slot, p.paused_until, COALESCE((SELECT next_at FROM delivery_chat_pace WHERE chat_id = $1), 0)) - now.t AS wait
         FROM delivery_pace p, now WHERE p.id = 1`,
        [chatId, intervalMs, chatIntervalMs],
      );
      const row = rows[0];
      if (!row) throw new Error('delivery_pace has no row');
      if (row.granted !== null) {
        // Chats' times are needed only for a second: drop the old ones now and then.
        if (++this.slotsTaken % 1000 === 0) await this.query(`DELETE FROM delivery_chat_pace WHERE next_at < ${DB_NOW_MS} - 60000`);
        return 0;
      }
      // Not taken although due by this statement's snapshot: another instance took it meanwhile; try again soon.
      return Math.max(1, row.wait);
    });
  }

  /** Telegram answered 429: no instance takes a slot for `ms` (a longer pause already set stays). */
  pauseSending(ms: number): Promise<void> {
    return this.run('pauseSending', async () => {
      await this.query(`UPDATE delivery_pace SET paused_until = GREATEST(paused_until, ${DB_NOW_MS} + $1) WHERE id = 1`, [Math.ceil(ms)]);
    });
  }

  /** A cheap query that must answer within `timeoutMs` (/healthz). */
  async ping(timeoutMs = 1000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StoreError(`ping: no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([this.run('ping', () => this.query('SELECT 1')), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Leader lock and messages between instances (postgres-coordination.ts), on a connection of their own. */
  coordination(log: CoordinationLog, campaignMs?: number): PgCoordination {
    const newClient = () =>
      new pg.Client({
        connectionString: this.url,
        connectionTimeoutMillis: this.connectTimeoutMs,
        application_name: 'notice-bot coordination',
        keepAlive: true,
        ...(this.schema ? { options: `-c search_path=${this.schema}` } : {}),
      });
    const notify = async (channel: string, payload: string) => {
      await this.run('notify', () => this.query('SELECT pg_notify($1, $2)', [channel, payload]));
    };
    return new PgCoordination(newClient, notify, log, campaignMs);
  }

  /** Store's close is synchronous: it starts ending the pool; `end()` waits for it. */
  close(): void {
    void this.end().catch(() => {});
  }

  /** Stops renewing claims and closes every connection (queries in progress finish first). */
  end(): Promise<void> {
    if (!this.ended) {
      clearInterval(this.heartbeat);
      this.ended = this.pool.end();
    }
    return this.ended;
  }

  /** The URL with its password masked, for log lines and messages. */
  get description(): string {
    return maskSecrets(this.url);
  }
}

function progressQuery(where: string, having: string): string {
  return `SELECT b.id, b.kind, b.created_by AS "createdBy", b.created_at AS "createdAt", COUNT(o.id) AS total,
      COUNT(*) FILTER (WHERE o.status = 'sent') AS sent, COUNT(*) FILTER (WHERE o.status = 'failed') AS failed,
      COUNT(*) FILTER (WHERE o.status = 'blocked') AS blocked, COUNT(*) FILTER (WHERE o.status = 'pending') AS pending
    FROM broadcasts b LEFT JOIN outbox o ON o.broadcast_id = b.id ${where} GROUP BY b.id ${having} ORDER BY b.id`;
}
