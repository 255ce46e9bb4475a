// Broadcasts on SQLite: the published knowledge version with the broadcast it starts, the outbox rows of each
// broadcast and their delivery, and progress. Part of SqliteStore (sqlite.ts), as postgres-broadcasts.ts and
// postgres-outbox.ts are of PostgresStore.
import type { SqliteDb } from './sqlite-db.js';
import type { BroadcastProgress, DeliveryStatus, NewBroadcast, OutboxRow } from './types.js';

export class SqliteBroadcasts {
  constructor(private readonly d: SqliteDb) {}

  getPublished(): Promise<{ version: string; snapshot: string } | undefined> {
    return this.d.run(
      'getPublished',
      () => this.d.sql('SELECT version, snapshot FROM published WHERE id = 1').get() as { version: string; snapshot: string } | undefined,
    );
  }

  publish(version: string, snapshot: string, broadcast: NewBroadcast | null): Promise<number | null> {
    return this.d.run('publish', () =>
      // IMMEDIATE: the write lock before the read, so that two processes on one file cannot both see the old version.
      this.d.db
        .transaction(() => {
          const current = this.d.sql('SELECT version FROM published WHERE id = 1').get() as { version: string } | undefined;
          if (current?.version === version) return null; // another process announced it already
          this.d
            .sql(
              'INSERT INTO published (id, version, snapshot, published_at) VALUES (1, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET version = excluded.version, snapshot = excluded.snapshot, published_at = excluded.published_at',
            )
            .run(version, snapshot, Date.now());
          return broadcast ? this.insertBroadcast(broadcast) : null;
        })
        .immediate(),
    );
  }

  createBroadcast(b: NewBroadcast): Promise<number> {
    return this.d.run('createBroadcast', () => this.d.db.transaction(() => this.insertBroadcast(b))());
  }

  private insertBroadcast(b: NewBroadcast): number {
    const now = Date.now();
    const id = Number(
      this.d.sql('INSERT INTO broadcasts (kind, version, created_by, created_at) VALUES (?, ?, ?, ?)').run(b.kind, b.version, b.createdBy, now).lastInsertRowid,
    );
    const addText = this.d.sql('INSERT INTO broadcast_texts (broadcast_id, text) VALUES (?, ?)');
    const addRow = this.d.sql('INSERT OR IGNORE INTO outbox (broadcast_id, chat_id, text_id, updated_at) VALUES (?, ?, ?, ?)');
    for (const m of b.messages) {
      const textId = Number(addText.run(id, m.text).lastInsertRowid);
      for (const chatId of m.chatIds) addRow.run(id, chatId, textId, now);
    }
    return id;
  }

  pendingOutbox(limit: number): Promise<OutboxRow[]> {
    return this.d.run(
      'pendingOutbox',
      () =>
        this.d
          .sql(
            `SELECT o.id, o.broadcast_id AS broadcastId, o.chat_id AS chatId, t.text, o.attempts FROM outbox o JOIN broadcast_texts t ON t.id = o.text_id WHERE o.status = 'pending' ORDER BY o.attempts, o.id LIMIT ?`,
          )
          .all(limit) as OutboxRow[],
    );
  }

  /** One process owns an SQLite file: its rows are its own while they are pending. */
  holdClaim(rowId: number): Promise<boolean> {
    return this.d.run('holdClaim', () => this.d.sql(`SELECT 1 FROM outbox WHERE id = ? AND status = 'pending'`).get(rowId) !== undefined);
  }

  markDelivery(rowId: number, status: Exclude<DeliveryStatus, 'pending'>, error?: string): Promise<void> {
    return this.d.run('markDelivery', () => {
      this.d
        .sql('UPDATE outbox SET status = ?, attempts = attempts + 1, last_error = ?, updated_at = ? WHERE id = ?')
        .run(status, error ?? null, Date.now(), rowId);
    });
  }

  noteAttempt(rowId: number, error: string): Promise<void> {
    return this.d.run('noteAttempt', () => {
      this.d.sql('UPDATE outbox SET attempts = attempts + 1, last_error = ?, updated_at = ? WHERE id = ?').run(error, Date.now(), rowId);
    });
  }

  progress(broadcastId: number): Promise<BroadcastProgress | undefined> {
    return this.d.run('progress', () => this.progressQuery('WHERE b.id = ?').get(broadcastId) as BroadcastProgress | undefined);
  }

  unfinishedBroadcasts(): Promise<BroadcastProgress[]> {
    return this.d.run('unfinishedBroadcasts', () => (this.progressQuery('').all() as BroadcastProgress[]).filter((p) => p.pending > 0));
  }

  private progressQuery(where: string) {
    return this.d.sql(`SELECT b.id, b.kind, b.created_by AS createdBy, b.created_at AS createdAt, COUNT(o.id) AS total,
      COALESCE(SUM(o.status = 'sent'), 0) AS sent, COALESCE(SUM(o.status = 'failed'), 0) AS failed,
      COALESCE(SUM(o.status = 'blocked'), 0) AS blocked, COALESCE(SUM(o.status = 'pending'), 0) AS pending
      FROM broadcasts b LEFT JOIN outbox o ON o.broadcast_id = b.id ${where} GROUP BY b.id ORDER BY b.id`);
  }
}
