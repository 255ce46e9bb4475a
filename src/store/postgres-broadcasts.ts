// Broadcasts on PostgreSQL: the published knowledge version and the broadcast announcing it, written together;
// an admin's broadcast; how far each has got. Queueing writes the outbox rows that workers then claim and
// mark (postgres-outbox.ts). Part of PostgresStore (postgres.ts); see Store for the meaning.
import type pg from 'pg';
import type { PgDb } from './postgres-db.js';
import type { BroadcastProgress, NewBroadcast } from './types.js';

/** Taken while publishing a knowledge version (see publish). The migration lock (postgres-migrations.ts) + 1. */
const PUBLISH_LOCK = '7957707062574919011';

export class PgBroadcasts {
  constructor(private readonly db: PgDb) {}

  getPublished(): Promise<{ version: string; snapshot: string } | undefined> {
    return this.db.run(
      'getPublished',
      async () => (await this.db.query<{ version: string; snapshot: string }>('SELECT version, snapshot FROM published WHERE id = 1')).rows[0],
    );
  }

  publish(version: string, snapshot: string, broadcast: NewBroadcast | null): Promise<number | null> {
    return this.db.run('publish', () =>
      this.db.tx(async (c) => {
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
    return this.db.run('createBroadcast', () => this.db.tx((c) => this.insertBroadcast(c, b)));
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

  progress(broadcastId: number): Promise<BroadcastProgress | undefined> {
    return this.db.run('progress', async () => (await this.db.query<BroadcastProgress>(progressQuery('WHERE b.id = $1', ''), [broadcastId])).rows[0]);
  }

  unfinishedBroadcasts(): Promise<BroadcastProgress[]> {
    return this.db.run(
      'unfinishedBroadcasts',
      async () => (await this.db.query<BroadcastProgress>(progressQuery('', "HAVING COUNT(*) FILTER (WHERE o.status = 'pending') > 0"))).rows,
    );
  }
}

function progressQuery(where: string, having: string): string {
  return `SELECT b.id, b.kind, b.created_by AS "createdBy", b.created_at AS "createdAt", COUNT(o.id) AS total,
      COUNT(*) FILTER (WHERE o.status = 'sent') AS sent, COUNT(*) FILTER (WHERE o.status = 'failed') AS failed,
      COUNT(*) FILTER (WHERE o.status = 'blocked') AS blocked, COUNT(*) FILTER (WHERE o.status = 'pending') AS pending
    FROM broadcasts b LEFT JOIN outbox o ON o.broadcast_id = b.id ${where} GROUP BY b.id ${having} ORDER BY b.id`;
}
