// The Store on PostgreSQL (pg, with a pool), for several instances of the bot sharing one database. Same
// methods and meaning as SqliteStore; numbered migrations of its own (postgres-migrations.ts), applied at start
// in one transaction under an advisory lock; the outbox is claimed row by row so that several workers share it.
// This class opens and closes the store and hands each method to the module for its part, all on one pool
// (postgres-db.ts): chats and subscriptions (postgres-chats.ts), broadcasts (postgres-broadcasts.ts), the
// outbox's claims (postgres-outbox.ts), webhook update claims (postgres-updates.ts), conversations and drafts
// (postgres-sessions.ts), statistics (postgres-stats.ts) and the shared delivery pace (postgres-pace.ts).
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import pg from 'pg';
import type { SlotSource } from '../delivery/pace.js';
import type { Lang } from '../knowledge/types.js';
import { maskSecrets } from '../logger.js';
import { PgBroadcasts } from './postgres-broadcasts.js';
import { PgChats } from './postgres-chats.js';
import { type CoordinationLog, PgCoordination } from './postgres-coordination.js';
import { PgDb } from './postgres-db.js';
import { migrate, PG_MIGRATIONS } from './postgres-migrations.js';
import { PgOutbox } from './postgres-outbox.js';
import { PgPace } from './postgres-pace.js';
import { PgSessions } from './postgres-sessions.js';
import { PgStats } from './postgres-stats.js';
import { PgUpdateClaims } from './postgres-updates.js';
import type { BroadcastProgress, DeliveryStatus, NewBroadcast, OutboxRow, QuestionOutcome, SectorId, Stats, Store } from './types.js';
import { StoreError } from './types.js';

export { PG_MIGRATIONS };

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

export class PostgresStore implements Store, SlotSource {
  /** How many migrations this instance applied at start (0 when another instance, or an earlier start, had). */
  migrated = 0;
  /** Names this instance in outbox claims. */
  readonly workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly db: PgDb;
  private readonly chats: PgChats;
  private readonly broadcasts: PgBroadcasts;
  private readonly outbox: PgOutbox;
  private readonly updates: PgUpdateClaims;
  private readonly sessions: PgSessions;
  private readonly statistics: PgStats;
  private readonly pace: PgPace;
  private ended: Promise<void> | undefined;
  private readonly schema: string | undefined;
  private readonly connectTimeoutMs: number;

  private constructor(
    private readonly url: string,
    options: PostgresOptions,
  ) {
    const schema = options.schema;
    if (schema !== undefined && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) throw new StoreError(`not a schema name: ${schema}`);
    this.schema = schema;
    this.connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
    this.db = new PgDb(url, {
      schema,
      max: options.max,
      connectTimeoutMs: this.connectTimeoutMs,
      statementTimeoutMs: options.statementTimeoutMs,
      onError: options.onError,
    });
    this.chats = new PgChats(this.db);
    this.broadcasts = new PgBroadcasts(this.db);
    this.outbox = new PgOutbox(this.db, this.workerId, options.leaseMs ?? DEFAULT_LEASE_MS);
    this.updates = new PgUpdateClaims(this.db);
    this.sessions = new PgSessions(this.db);
    this.statistics = new PgStats(this.db);
    this.pace = new PgPace(this.db);
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
      store.migrated = await migrate(store.db);
    } catch (err) {
      await store.end().catch(() => {});
      throw new StoreError(`cannot open the database at ${maskSecrets(url)}: ${maskSecrets((err as Error).message)}`, { cause: err });
    }
    store.outbox.startRenewing();
    return store;
  }

  // people and subscriptions (postgres-chats.ts)
  touchUser(chatId: number): Promise<void> {
    return this.chats.touchUser(chatId);
  }
  getLang(chatId: number): Promise<Lang | undefined> {
    return this.chats.getLang(chatId);
  }
  setLang(chatId: number, lang: Lang): Promise<void> {
    return this.chats.setLang(chatId, lang);
  }
  setActive(chatId: number, active: boolean): Promise<void> {
    return this.chats.setActive(chatId, active);
  }
  forget(chatId: number): Promise<boolean> {
    return this.chats.forget(chatId);
  }
  subscribe(chatId: number, sector: SectorId): Promise<boolean> {
    return this.chats.subscribe(chatId, sector);
  }
  unsubscribe(chatId: number, sector: SectorId | 'all'): Promise<number> {
    return this.chats.unsubscribe(chatId, sector);
  }
  listSubscriptions(chatId: number): Promise<SectorId[]> {
    return this.chats.listSubscriptions(chatId);
  }
  subscribers(): Promise<Map<number, { sectors: SectorId[]; lang: Lang | undefined }>> {
    return this.chats.subscribers();
  }

  // knowledge versions and broadcasts (postgres-broadcasts.ts)
  getPublished(): Promise<{ version: string; snapshot: string } | undefined> {
    return this.broadcasts.getPublished();
  }
  publish(version: string, snapshot: string, broadcast: NewBroadcast | null): Promise<number | null> {
    return this.broadcasts.publish(version, snapshot, broadcast);
  }
  createBroadcast(b: NewBroadcast): Promise<number> {
    return this.broadcasts.createBroadcast(b);
  }
  progress(broadcastId: number): Promise<BroadcastProgress | undefined> {
    return this.broadcasts.progress(broadcastId);
  }
  unfinishedBroadcasts(): Promise<BroadcastProgress[]> {
    return this.broadcasts.unfinishedBroadcasts();
  }

  // the outbox, claimed by delivery workers (postgres-outbox.ts)
  pendingOutbox(limit: number): Promise<OutboxRow[]> {
    return this.outbox.pendingOutbox(limit);
  }
  holdClaim(rowId: number): Promise<boolean> {
    return this.outbox.holdClaim(rowId);
  }
  markDelivery(rowId: number, status: Exclude<DeliveryStatus, 'pending'>, error?: string): Promise<void> {
    return this.outbox.markDelivery(rowId, status, error);
  }
  noteAttempt(rowId: number, error: string): Promise<void> {
    return this.outbox.noteAttempt(rowId, error);
  }

  // webhook update claims (postgres-updates.ts)
  claimUpdate(updateId: number, maxAgeMs: number): Promise<boolean> {
    return this.updates.claimUpdate(updateId, maxAgeMs);
  }
  releaseUpdate(updateId: number): Promise<void> {
    return this.updates.releaseUpdate(updateId);
  }
  completeUpdate(updateId: number, keepMs: number): Promise<void> {
    return this.updates.completeUpdate(updateId, keepMs);
  }
  isUpdateDone(updateId: number): Promise<boolean> {
    return this.updates.isUpdateDone(updateId);
  }

  // conversations and announcement drafts (postgres-sessions.ts)
  readSession(key: string): Promise<string | undefined> {
    return this.sessions.readSession(key);
  }
  writeSession(key: string, chatId: number, value: string, maxAgeMs: number): Promise<void> {
    return this.sessions.writeSession(key, chatId, value, maxAgeMs);
  }
  deleteSession(key: string): Promise<void> {
    return this.sessions.deleteSession(key);
  }
  saveDraft(adminId: number, text: string, maxAgeMs: number): Promise<number> {
    return this.sessions.saveDraft(adminId, text, maxAgeMs);
  }
  getDraft(id: number, maxAgeMs: number): Promise<{ adminId: number; text: string } | undefined> {
    return this.sessions.getDraft(id, maxAgeMs);
  }
  deleteDraft(id: number): Promise<void> {
    return this.sessions.deleteDraft(id);
  }

  // statistics (postgres-stats.ts)
  recordQuestion(q: QuestionOutcome): Promise<void> {
    return this.statistics.recordQuestion(q);
  }
  recordFeedback(ref: { notice: string; paragraph: number; sentence: number }, useful: boolean, voter?: string): Promise<void> {
    return this.statistics.recordFeedback(ref, useful, voter);
  }
  stats(): Promise<Stats> {
    return this.statistics.stats();
  }

  // the shared delivery pace, for delivery/pace.ts SharedPacer (postgres-pace.ts)
  takeSendSlot(chatId: number, intervalMs: number, chatIntervalMs: number): Promise<number> {
    return this.pace.takeSendSlot(chatId, intervalMs, chatIntervalMs);
  }
  pauseSending(ms: number): Promise<void> {
    return this.pace.pauseSending(ms);
  }

  /** A cheap query that must answer within `timeoutMs` (/healthz). */
  async ping(timeoutMs = 1000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StoreError(`ping: no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([this.db.run('ping', () => this.db.query('SELECT 1')), timeout]);
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
      await this.db.run('notify', () => this.db.query('SELECT pg_notify($1, $2)', [channel, payload]));
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
      this.outbox.stop();
      this.ended = this.db.pool.end();
    }
    return this.ended;
  }

  /** The URL with its password masked, for log lines and messages. */
  get description(): string {
    return maskSecrets(this.url);
  }
}
