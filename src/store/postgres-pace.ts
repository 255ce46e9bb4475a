// The delivery pace shared by every instance on one PostgreSQL database (delivery/pace.ts SharedPacer uses it
// through PostgresStore): one row holds the next free send slot and any 429 pause, one row per chat its next
// allowed send. Kept apart from the outbox: it decides when to send, not what. Part of PostgresStore (postgres.ts).
import type { SlotSource } from '../delivery/pace.js';
import { DB_NOW_MS, type PgDb } from './postgres-db.js';

export class PgPace implements SlotSource {
  private slotsTaken = 0;

  constructor(private readonly db: PgDb) {}

  /**
   * Takes the send slot for `chatId` if it is free now, on the database's clock, and returns 0; otherwise takes
   * nothing and returns the ms to wait before trying again. Free means: the global slot is due (the last one
   * was taken at least `intervalMs` ago), no 429 pause holds, and the chat was last sent to at least
   * `chatIntervalMs` ago. The UPDATE of the one pace row is the gate: concurrent takers queue on its row lock,
   * and each re-checks `next_slot` on the row the one before it left (READ COMMITTED re-evaluates the WHERE on
   * the newest version), so two takes are always at least `intervalMs` apart. The chat's condition is read from
   * the statement's snapshot: two instances sending to one chat (two broadcasts at once) within one global
   * interval could both pass it; the global pace still holds.
   */
  takeSendSlot(chatId: number, intervalMs: number, chatIntervalMs: number): Promise<number> {
    return this.db.run('takeSendSlot', async () => {
      const { rows } = await this.db.query<{ granted: number | null; wait: number }>(
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
        if (++this.slotsTaken % 1000 === 0) await this.db.query(`DELETE FROM delivery_chat_pace WHERE next_at < ${DB_NOW_MS} - 60000`);
        return 0;
      }
      // Not taken although due by this statement's snapshot: another instance took it meanwhile; try again soon.
      return Math.max(1, row.wait);
    });
  }

  /** Telegram answered 429: no instance takes a slot for `ms` (a longer pause already set stays). */
  pauseSending(ms: number): Promise<void> {
    return this.db.run('pauseSending', async () => {
      await this.db.query(`UPDATE delivery_pace SET paused_until = GREATEST(paused_until, ${DB_NOW_MS} + $1) WHERE id = 1`, [Math.ceil(ms)]);
    });
  }
}
