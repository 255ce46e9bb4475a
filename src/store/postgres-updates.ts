// Webhook update claims on PostgreSQL: several instances behind one webhook URL answer each update once
// (bot/webhook.ts says when to claim, wait, complete or release). Part of PostgresStore (postgres.ts).
import { DB_NOW_MS, type PgDb } from './postgres-db.js';

/** Webhook update claims are pruned at most this often (per instance). */
const PRUNE_MS = 60_000;

export class PgUpdateClaims {
  /** When claims were last pruned by this instance: at most once per claim age (and per minute), not at every update. */
  private prunedAt = 0;

  constructor(private readonly db: PgDb) {}

  /**
   * One statement decides, whichever instances receive the update at once: the insert wins for exactly one of
   * them (the primary key), and a claim older than maxAgeMs is taken over rather than refused. Times are the
   * database's clock, so that instances with different clocks agree on ages.
   */
  claimUpdate(updateId: number, maxAgeMs: number): Promise<boolean> {
    return this.db.run('claimUpdate', async () => {
      const now = Date.now();
      if (now - this.prunedAt >= Math.min(maxAgeMs, PRUNE_MS)) {
        this.prunedAt = now;
        await this.db.query(`DELETE FROM webhook_updates WHERE at < ${DB_NOW_MS} - $1`, [maxAgeMs]);
      }
      const r = await this.db.query(
        `INSERT INTO webhook_updates (update_id, at) VALUES ($1, ${DB_NOW_MS})
         ON CONFLICT (update_id) DO UPDATE SET at = excluded.at WHERE webhook_updates.at < ${DB_NOW_MS} - $2`,
        [updateId, maxAgeMs],
      );
      return (r.rowCount ?? 0) > 0;
    });
  }

  releaseUpdate(updateId: number): Promise<void> {
    return this.db.run('releaseUpdate', async () => {
      await this.db.query('DELETE FROM webhook_updates WHERE update_id = $1', [updateId]);
    });
  }

  // A handled update's `at` is set ahead of now: no claim age reaches it until keepMs have passed.
  completeUpdate(updateId: number, keepMs: number): Promise<void> {
    return this.db.run('completeUpdate', async () => {
      await this.db.query(`UPDATE webhook_updates SET at = ${DB_NOW_MS} + $2 WHERE update_id = $1`, [updateId, keepMs]);
    });
  }

  isUpdateDone(updateId: number): Promise<boolean> {
    return this.db.run('isUpdateDone', async () => {
      const r = await this.db.query<{ done: boolean }>(`SELECT at > ${DB_NOW_MS} AS done FROM webhook_updates WHERE update_id = $1`, [updateId]);
      return r.rows[0]?.done === true;
    });
  }
}
