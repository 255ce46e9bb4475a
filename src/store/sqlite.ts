// The Store on SQLite (better-sqlite3): one file, WAL, numbered migrations applied at open. The connection is
// sqlite-db.ts; broadcasts and the outbox are sqlite-broadcasts.ts; users, subscriptions, update claims,
// conversations, drafts and statistics are here.
import type Database from 'better-sqlite3';
import type { Lang } from '../knowledge/types.js';
import { MIGRATIONS } from './migrations.js';
import { bySubscriber, fromDb, statsOf, toDb } from './rows.js';
import { SqliteBroadcasts } from './sqlite-broadcasts.js';
import { SqliteDb } from './sqlite-db.js';
import type { BroadcastProgress, DeliveryStatus, NewBroadcast, OutboxRow, QuestionOutcome, SectorId, Stats, Store } from './types.js';

export { MIGRATIONS };

/** Webhook update claims are pruned at most this often. */
const PRUNE_MS = 60_000;

export class SqliteStore implements Store {
  private readonly d: SqliteDb;
  private readonly broadcasts: SqliteBroadcasts;

  /** `pragmas` are applied after opening, e.g. "busy_timeout = 100" or "query_only = ON". */
  constructor(path: string, options: { pragmas?: string[] } = {}) {
    this.d = new SqliteDb(path, options);
    this.broadcasts = new SqliteBroadcasts(this.d);
  }

  private get db(): Database.Database {
    return this.d.db;
  }

  private sql(text: string): Database.Statement {
    return this.d.sql(text);
  }

  private run<T>(what: string, fn: () => T): Promise<T> {
    return this.d.run(what, fn);
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

  // the published version, broadcasts and the outbox (sqlite-broadcasts.ts)
  getPublished(): Promise<{ version: string; snapshot: string } | undefined> {
    return this.broadcasts.getPublished();
  }
  publish(version: string, snapshot: string, broadcast: NewBroadcast | null): Promise<number | null> {
    return this.broadcasts.publish(version, snapshot, broadcast);
  }
  createBroadcast(b: NewBroadcast): Promise<number> {
    return this.broadcasts.createBroadcast(b);
  }
  pendingOutbox(limit: number): Promise<OutboxRow[]> {
    return this.broadcasts.pendingOutbox(limit);
  }
  holdClaim(rowId: number): Promise<boolean> {
    return this.broadcasts.holdClaim(rowId);
  }
  markDelivery(rowId: number, status: Exclude<DeliveryStatus, 'pending'>, error?: string): Promise<void> {
    return this.broadcasts.markDelivery(rowId, status, error);
  }
  noteAttempt(rowId: number, error: string): Promise<void> {
    return this.broadcasts.noteAttempt(rowId, error);
  }
  progress(broadcastId: number): Promise<BroadcastProgress | undefined> {
    return this.broadcasts.progress(broadcastId);
  }
  unfinishedBroadcasts(): Promise<BroadcastProgress[]> {
    return this.broadcasts.unfinishedBroadcasts();
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
    this.d.close();
  }
}
