// The outbox on PostgreSQL, as delivery workers use it: several workers (one per instance) claim pending rows
// under a lease that this module renews while its instance lives, then mark each row sent, failed or blocked.
// Its own module because the claims are the part of the store with state and a timer, and the reasoning about
// duplicates (see pendingOutbox) belongs with the statements it is about. Part of PostgresStore (postgres.ts).
import { DB_NOW_MS, type PgDb } from './postgres-db.js';
import type { DeliveryStatus, OutboxRow } from './types.js';

export class PgOutbox {
  private heartbeat: NodeJS.Timeout | undefined;
  /** Whether this instance may hold outbox claims that need renewing. */
  private holding = false;
  private renewing = false;
  private stopped = false;

  constructor(
    private readonly db: PgDb,
    /** Names this instance in outbox claims. */
    private readonly workerId: string,
    /** How long a claim lasts without renewal before another worker may take the rows. */
    private readonly leaseMs: number,
  ) {}

  /** Renews this instance's claims every quarter lease from now on, until stop(). */
  startRenewing(): void {
    this.heartbeat = setInterval(() => void this.renewClaims(), Math.max(10, Math.floor(this.leaseMs / 4)));
    this.heartbeat.unref();
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.heartbeat);
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
   * - A claim can still lapse while its instance lives: renewals that come late (a busy machine, a slow pool,
   *   a database away for longer than the lease). Another worker then takes the rows while the first still
   *   holds them in its batch. So the worker asks holdClaim right before each send, and skips a row it no
   *   longer holds: a lapse costs a duplicate only if it falls between that check and the send.
   */
  pendingOutbox(limit: number): Promise<OutboxRow[]> {
    return this.db.run('pendingOutbox', async () => {
      const { rows } = await this.db.query<OutboxRow>(
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
    if (!this.holding || this.renewing || this.stopped) return;
    this.renewing = true;
    try {
      const r = await this.db.query(`UPDATE outbox SET claimed_at = ${DB_NOW_MS} WHERE claimed_by = $1 AND status = 'pending'`, [this.workerId]);
      if ((r.rowCount ?? 0) === 0) this.holding = false;
    } catch {
      // The database is away: the next round tries again (and the worker's own writes say so in the logs).
    } finally {
      this.renewing = false;
    }
  }

  /** Renews this instance's claim on one row, right before its send; false if another worker took it over. */
  holdClaim(rowId: number): Promise<boolean> {
    return this.db.run('holdClaim', async () => {
      const r = await this.db.query(`UPDATE outbox SET claimed_at = ${DB_NOW_MS} WHERE id = $1 AND claimed_by = $2 AND status = 'pending'`, [
        rowId,
        this.workerId,
      ]);
      return (r.rowCount ?? 0) > 0;
    });
  }

  markDelivery(rowId: number, status: Exclude<DeliveryStatus, 'pending'>, error?: string): Promise<void> {
    return this.db.run('markDelivery', async () => {
      await this.db.query(
        'UPDATE outbox SET status = $1, attempts = attempts + 1, last_error = $2, updated_at = $3, claimed_by = NULL, claimed_at = NULL WHERE id = $4',
        [status, error ?? null, Date.now(), rowId],
      );
    });
  }

  /** The row stays pending and is let go: any worker (this one included) may try it again, after the others. */
  noteAttempt(rowId: number, error: string): Promise<void> {
    return this.db.run('noteAttempt', async () => {
      await this.db.query('UPDATE outbox SET attempts = attempts + 1, last_error = $1, updated_at = $2, claimed_by = NULL, claimed_at = NULL WHERE id = $3', [
        error,
        Date.now(),
        rowId,
      ]);
    });
  }
}
