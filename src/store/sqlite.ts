// The Store on SQLite (better-sqlite3): one file, WAL, numbered migrations applied at open.
import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Lang } from '../knowledge/types.js';
import { MIGRATIONS } from './migrations.js';
import { bySubscriber, fromDb, statsOf, toDb } from './rows.js';
import type { BroadcastProgress, DeliveryStatus, NewBroadcast, OutboxRow, QuestionOutcome, SectorId, Stats, Store } from './types.js';
import { StoreError } from './types.js';

export { MIGRATIONS };

/** How often writes check that the database file is still the one opened. */
const FILE_CHECK_MS = 1000;
/** Webhook update claims are pruned at most this often. */
const PRUNE_MS = 60_000;

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  /** Statements prepared once per SQL text: getLang runs for every update, markDelivery for every message. */
  private readonly statements = new Map<string, Database.Statement>();

  /** `pragmas` are applied after opening, e.g. "busy_timeout = 100" or "query_only = ON". */
  constructor(
    private readonly path: string,
    options: { pragmas?: string[] } = {},
  ) {
    try {
      // Only the bot's own user reads what people subscribed to: the folder 0700, the file 0600.
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      this.db = new Database(path);
      if (path !== ':memory:') chmodSync(path, 0o600);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      this.db.pragma('busy_timeout = 5000');
      // /forget deletes: overwrite the freed pages, so the old bytes do not stay in the file.
      this.db.pragma('secure_delete = ON');
      const check = this.db.pragma('quick_check', { simple: true }) as string;
      if (check !== 'ok') throw new Error(`the file is damaged (quick_check: ${check})`);
      this.migrate();
      for (const p of options.pragmas ?? []) this.db.pragma(p);
      this.identity = this.fileIdentity();
    } catch (err) {
      throw new StoreError(`cannot open the database at ${path}: ${(err as Error).message}`, { cause: err });
    }
  }

  /** The file's device and inode at open: a deleted or replaced file is noticed (see checkFile). */
  private identity: string | undefined;
  private checkedAt = 0;

  private fileIdentity(): string | undefined {
    if (this.path === ':memory:') return undefined;
    try {
      const st = statSync(this.path);
      return `${st.dev}:${st.ino}`;
    } catch {
      return 'missing';
    }
  }

  /**
   * SQLite keeps writing to a deleted file's open handle, and everything written is lost at the next
   * start. Before writes (at most once a second) the file must still be the one opened; if not, every
   * write fails loudly until the bot is restarted on a good file.
   */
  private checkFile(): void {
    if (this.identity === undefined) return;
    const now = Date.now();
    if (now - this.checkedAt < FILE_CHECK_MS && this.identity !== 'gone') return;
    this.checkedAt = now;
    if (this.identity === 'gone' || this.fileIdentity() !== this.identity) {
      this.identity = 'gone';
      throw new Error(`the database file ${this.path} was deleted or replaced while the bot ran; writes are refused until a restart`);
    }
  }

  private sql(text: string): Database.Statement {
    const cached = this.statements.get(text);
    if (cached) return cached;
    const statement = this.db.prepare(text);
    this.statements.set(text, statement);
    return statement;
  }

  private migrate(): void {
    const current = this.db.pragma('user_version', { simple: true }) as number;
    if (current > MIGRATIONS.length) {
      throw new Error(`the database is from a newer version of the bot (schema ${current}; this one knows ${MIGRATIONS.length}): run that version`);
    }
    for (let v = current; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  /** Runs a statement, turning SQLite failures (locked, read-only, disk full) into StoreErrors. */
  private run<T>(what: string, fn: () => T): Promise<T> {
    try {
      this.checkFile();
      return Promise.resolve(fn());
    } catch (err) {
      return Promise.reject(new StoreError(`${what}: ${(err as Error).message}`, { cause: err }));
    }
  }

  touchUser(chatId: number): Promise<void> {
    return this.run('touchUser', () => {
      const now = Date.now();
      this.sql(
        'INSERT INTO users (chat_id, created_at, updated_at) VALUES (?, ?, ?) ON CONFLICT(chat_id) DO UPDATE SET active = 1, updated_at = excluded.updated_at',
      ).run(chatId, now, now);
    });
  }

  getLang(chatId: number): Promise<Lang | undefined> {
    return this.run(
      'getLang',
      () => (this.sql('SELECT lang FROM users WHERE chat_id = ?').get(chatId) as { lang: Lang | null } | undefined)?.lang ?? undefined,
    );
  }

  setLang(chatId: number, lang: Lang): Promise<void> {
    return this.run('setLang', () => {
      const now = Date.now();
      this.sql(
        'INSERT INTO users (chat_id, lang, created_at, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(chat_id) DO UPDATE SET lang = excluded.lang, updated_at = excluded.updated_at',
      ).run(chatId, lang, now, now);
    });
  }

  setActive(chatId: number, active: boolean): Promise<void> {
    return this.run('setActive', () => {
      const now = Date.now();
      this.sql(
        'INSERT INTO users (chat_id, active, created_at, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(chat_id) DO UPDATE SET active = excluded.active, updated_at = excluded.updated_at',
      ).run(chatId, active ? 1 : 0, now, now);
    });
  }

  forget(chatId: number): Promise<boolean> {
    return this.run('forget', () =>
      this.db.transaction(() => {
        // Undelivered messages go too; delivered ones are only ids and statuses, removed as well.
        this.sql('DELETE FROM outbox WHERE chat_id = ?').run(chatId);
        this.sql('DELETE FROM subscriptions WHERE chat_id = ?').run(chatId);
        const talked = this.sql('DELETE FROM sessions WHERE chat_id = ?').run(chatId).changes > 0;
        return this.sql('DELETE FROM users WHERE chat_id = ?').run(chatId).changes > 0 || talked;
      })(),
    );
  }

  subscribe(chatId: number, sector: SectorId): Promise<boolean> {
    return this.run('subscribe', () =>
      this.db.transaction(() => {
        const now = Date.now();
        this.sql('INSERT INTO users (chat_id, created_at, updated_at) VALUES (?, ?, ?) ON CONFLICT(chat_id) DO UPDATE SET active = 1').run(chatId, now, now);
        return this.sql('INSERT OR IGNORE INTO subscriptions (chat_id, sector, created_at) VALUES (?, ?, ?)').run(chatId, toDb(sector), now).changes > 0;
      })(),
    );
  }

  unsubscribe(chatId: number, sector: SectorId | 'all'): Promise<number> {
    return this.run('unsubscribe', () =>
      sector === 'all'
        ? this.sql('DELETE FROM subscriptions WHERE chat_id = ?').run(chatId).changes
        : this.sql('DELETE FROM subscriptions WHERE chat_id = ? AND sector = ?').run(chatId, toDb(sector)).changes,
    );
  }

  listSubscriptions(chatId: number): Promise<SectorId[]> {
    return this.run('listSubscriptions', () =>
      (this.sql('SELECT sector FROM subscriptions WHERE chat_id = ? ORDER BY created_at, sector').all(chatId) as Array<{ sector: string }>).map((r) =>
        fromDb(r.sector),
      ),
    );
  }

  subscribers(): Promise<Map<number, { sectors: SectorId[]; lang: Lang | undefined }>> {
    return this.run('subscribers', () =>
      bySubscriber(
        this.sql('SELECT s.chat_id, s.sector, u.lang FROM subscriptions s JOIN users u ON u.chat_id = s.chat_id WHERE u.active = 1').iterate() as Iterable<{
          chat_id: number;
          sector: string;
          lang: Lang | null;
        }>,
      ),
    );
  }

  getPublished(): Promise<{ version: string; snapshot: string } | undefined> {
    return this.run(
      'getPublished',
      () => this.sql('SELECT version, snapshot FROM published WHERE id = 1').get() as { version: string; snapshot: string } | undefined,
    );
  }

  publish(version: string, snapshot: string, broadcast: NewBroadcast | null): Promise<number | null> {
    return this.run('publish', () =>
      // IMMEDIATE: the write lock before the read, so that two processes on one file cannot both see the old version.
      this.db
        .transaction(() => {
          const current = this.sql('SELECT version FROM published WHERE id = 1').get() as { version: string } | undefined;
          if (current?.version === version) return null; // another process announced it already
          this.sql(
            'INSERT INTO published (id, version, snapshot, published_at) VALUES (1, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET version = excluded.version, snapshot = excluded.snapshot, published_at = excluded.published_at',
          ).run(version, snapshot, Date.now());
          return broadcast ? this.insertBroadcast(broadcast) : null;
        })
        .immediate(),
    );
  }

  createBroadcast(b: NewBroadcast): Promise<number> {
    return this.run('createBroadcast', () => this.db.transaction(() => this.insertBroadcast(b))());
  }

  private insertBroadcast(b: NewBroadcast): number {
    const now = Date.now();
    const id = Number(
      this.sql('INSERT INTO broadcasts (kind, version, created_by, created_at) VALUES (?, ?, ?, ?)').run(b.kind, b.version, b.createdBy, now).lastInsertRowid,
    );
    const addText = this.sql('INSERT INTO broadcast_texts (broadcast_id, text) VALUES (?, ?)');
    const addRow = this.sql('INSERT OR IGNORE INTO outbox (broadcast_id, chat_id, text_id, updated_at) VALUES (?, ?, ?, ?)');
    for (const m of b.messages) {
      const textId = Number(addText.run(id, m.text).lastInsertRowid);
      for (const chatId of m.chatIds) addRow.run(id, chatId, textId, now);
    }
    return id;
  }

  pendingOutbox(limit: number): Promise<OutboxRow[]> {
    return this.run(
      'pendingOutbox',
      () =>
        this.sql(
          `SELECT o.id, o.broadcast_id AS broadcastId, o.chat_id AS chatId, t.text, o.attempts FROM outbox o JOIN broadcast_texts t ON t.id = o.text_id WHERE o.status = 'pending' ORDER BY o.attempts, o.id LIMIT ?`,
        ).all(limit) as OutboxRow[],
    );
  }

  /** One process owns an SQLite file: its rows are its own while they are pending. */
  holdClaim(rowId: number): Promise<boolean> {
    return this.run('holdClaim', () => this.sql(`SELECT 1 FROM outbox WHERE id = ? AND status = 'pending'`).get(rowId) !== undefined);
  }

  markDelivery(rowId: number, status: Exclude<DeliveryStatus, 'pending'>, error?: string): Promise<void> {
    return this.run('markDelivery', () => {
      this.sql('UPDATE outbox SET status = ?, attempts = attempts + 1, last_error = ?, updated_at = ? WHERE id = ?').run(
        status,
        error ?? null,
        Date.now(),
        rowId,
      );
    });
  }

  noteAttempt(rowId: number, error: string): Promise<void> {
    return this.run('noteAttempt', () => {
      this.sql('UPDATE outbox SET attempts = attempts + 1, last_error = ?, updated_at = ? WHERE id = ?').run(error, Date.now(), rowId);
    });
  }

  progress(broadcastId: number): Promise<BroadcastProgress | undefined> {
    return this.run('progress', () => this.progressQuery('WHERE b.id = ?').get(broadcastId) as BroadcastProgress | undefined);
  }

  unfinishedBroadcasts(): Promise<BroadcastProgress[]> {
    return this.run('unfinishedBroadcasts', () => (this.progressQuery('').all() as BroadcastProgress[]).filter((p) => p.pending > 0));
  }

  private progressQuery(where: string) {
    return this.sql(`SELECT b.id, b.kind, b.created_by AS createdBy, b.created_at AS createdAt, COUNT(o.id) AS total,
      COALESCE(SUM(o.status = 'sent'), 0) AS sent, COALESCE(SUM(o.status = 'failed'), 0) AS failed,
      COALESCE(SUM(o.status = 'blocked'), 0) AS blocked, COALESCE(SUM(o.status = 'pending'), 0) AS pending
      FROM broadcasts b LEFT JOIN outbox o ON o.broadcast_id = b.id ${where} GROUP BY b.id ORDER BY b.id`);
  }

  /** When claims were last pruned: at most once per claim age (and per minute), not at every update. */
  private prunedAt = 0;

  claimUpdate(updateId: number, maxAgeMs: number): Promise<boolean> {
    return this.run('claimUpdate', () => {
      const now = Date.now();
      if (now - this.prunedAt >= Math.min(maxAgeMs, PRUNE_MS)) {
        this.sql('DELETE FROM webhook_updates WHERE at < ?').run(now - maxAgeMs);
        this.prunedAt = now;
      }
      // A claim older than maxAgeMs that was not pruned yet counts as none: it is taken over.
      return (
        this.sql(
          'INSERT INTO webhook_updates (update_id, at) VALUES (?, ?) ON CONFLICT(update_id) DO UPDATE SET at = excluded.at WHERE webhook_updates.at < ?',
        ).run(updateId, now, now - maxAgeMs).changes > 0
      );
    });
  }

  releaseUpdate(updateId: number): Promise<void> {
    return this.run('releaseUpdate', () => {
      this.sql('DELETE FROM webhook_updates WHERE update_id = ?').run(updateId);
    });
  }

  // A handled update's `at` is set ahead of now: no claim age reaches it until keepMs have passed.
  completeUpdate(updateId: number, keepMs: number): Promise<void> {
    return this.run('completeUpdate', () => {
      this.sql('UPDATE webhook_updates SET at = ? WHERE update_id = ?').run(Date.now() + keepMs, updateId);
    });
  }

  isUpdateDone(updateId: number): Promise<boolean> {
    return this.run('isUpdateDone', () => {
      const row = this.sql('SELECT at FROM webhook_updates WHERE update_id = ?').get(updateId) as { at: number } | undefined;
      return row !== undefined && row.at > Date.now();
    });
  }

  recordQuestion(q: QuestionOutcome): Promise<void> {
    return this.run('recordQuestion', () => {
      this.sql('INSERT INTO questions (at, answered, paragraph, text) VALUES (?, ?, ?, ?)').run(Date.now(), q.answered ? 1 : 0, q.paragraph, q.text);
    });
  }

  recordFeedback(ref: { notice: string; paragraph: number; sentence: number }, useful: boolean, voter?: string): Promise<void> {
    return this.run('recordFeedback', () => {
      this.sql(
        `INSERT INTO feedback (at, notice, paragraph, sentence, useful, voter) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (voter, notice, paragraph, sentence) WHERE voter IS NOT NULL DO UPDATE SET useful = excluded.useful, at = excluded.at`,
      ).run(Date.now(), ref.notice, ref.paragraph, ref.sentence, useful ? 1 : 0, voter ?? null);
    });
  }

  readSession(key: string): Promise<string | undefined> {
    return this.run('readSession', () => (this.sql('SELECT value FROM sessions WHERE key = ?').get(key) as { value: string } | undefined)?.value);
  }

  writeSession(key: string, chatId: number, value: string, maxAgeMs: number): Promise<void> {
    return this.run('writeSession', () => {
      const now = Date.now();
      // Expired conversations are dropped as new ones are written: no timer, and none outlives its age by much.
      this.sql('DELETE FROM sessions WHERE at < ?').run(now - maxAgeMs);
      this.sql(
        'INSERT INTO sessions (key, chat_id, value, at) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, at = excluded.at',
      ).run(key, chatId, value, now);
    });
  }

  deleteSession(key: string): Promise<void> {
    return this.run('deleteSession', () => {
      this.sql('DELETE FROM sessions WHERE key = ?').run(key);
    });
  }

  saveDraft(adminId: number, text: string, maxAgeMs: number): Promise<number> {
    return this.run('saveDraft', () => {
      const now = Date.now();
      this.sql('DELETE FROM drafts WHERE at < ?').run(now - maxAgeMs);
      return Number(this.sql('INSERT INTO drafts (admin_id, text, at) VALUES (?, ?, ?)').run(adminId, text, now).lastInsertRowid);
    });
  }

  getDraft(id: number, maxAgeMs: number): Promise<{ adminId: number; text: string } | undefined> {
    return this.run('getDraft', () => {
      const row = this.sql('SELECT admin_id AS adminId, text FROM drafts WHERE id = ? AND at >= ?').get(id, Date.now() - maxAgeMs) as
        | { adminId: number; text: string }
        | undefined;
      return row;
    });
  }

  deleteDraft(id: number): Promise<void> {
    return this.run('deleteDraft', () => {
      this.sql('DELETE FROM drafts WHERE id = ?').run(id);
    });
  }

  stats(): Promise<Stats> {
    return this.run('stats', () => {
      const one = <T>(sql: string) => this.sql(sql).get() as T;
      const users = one<{ n: number; active: number }>('SELECT COUNT(*) AS n, COALESCE(SUM(active), 0) AS active FROM users');
      const q = one<{ n: number; answered: number }>('SELECT COUNT(*) AS n, COALESCE(SUM(answered), 0) AS answered FROM questions');
      const fb = one<{ up: number; down: number }>('SELECT COALESCE(SUM(useful), 0) AS up, COALESCE(SUM(1 - useful), 0) AS down FROM feedback');
      const subs = this.sql(
        'SELECT s.sector, COUNT(*) AS count FROM subscriptions s JOIN users u ON u.chat_id = s.chat_id WHERE u.active = 1 GROUP BY s.sector ORDER BY count DESC, s.sector',
      ).all() as Array<{ sector: string; count: number }>;
      const top = this.sql(
        'SELECT text, COUNT(*) AS count FROM questions WHERE answered = 0 AND text IS NOT NULL GROUP BY text ORDER BY count DESC, text LIMIT 10',
      ).all() as Array<{ text: string; count: number }>;
      return statsOf({ users: users.n, active: users.active, questions: q.n, answered: q.answered, up: fb.up, down: fb.down }, subs, top);
    });
  }

  ping(): Promise<void> {
    return this.run('ping', () => void this.sql('SELECT 1').get());
  }

  close(): void {
    this.db.close();
  }
}
