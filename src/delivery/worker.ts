// Delivers the outbox: one message in flight at a time (so a crash can duplicate at most one), at most
// `perSecond` messages in total and `perChatPerSecond` per chat (kept by a Pacer: in memory, or shared by
// every worker instance through the database). A 429 pauses all sending for its retry_after; a 5xx or network error leaves the row pending for a later pass; a 403 marks the chat
// blocked (and inactive); other 4xx mark the row failed. Each row is marked right after its send, and checked
// (store.holdClaim) right before it: a row another worker took over while this one's claim lapsed is not sent.
import { type Api, GrammyError, HttpError } from 'grammy';
import type { Logger } from '../logger.js';
import type { BroadcastProgress, OutboxRow, Store } from '../store/types.js';
import { LocalPacer, type Pacer } from './pace.js';

export interface WorkerOptions {
  store: Store;
  /** A grammY Api without auto-retry: the worker decides what to retry, and keeps going meanwhile. */
  api: Api;
  logger: Logger;
  perSecond: number;
  perChatPerSecond: number;
  /**
   * Keeps the pace; default: in memory (`perSecond`, `perChatPerSecond`). Given the worker's own interruptible
   * sleep, so that a stop ends a wait.
   */
  pacer?: (sleep: (ms: number) => Promise<void>) => Pacer;
  /** Attempts before a row that keeps failing with 5xx or network errors is marked failed. */
  maxAttempts?: number;
  /** Told of progress now and then, and when a broadcast is done. */
  onProgress?: (p: BroadcastProgress, done: boolean, etaSeconds: number) => void;
  progressEveryMs?: number;
}

const BATCH = 200;
const IDLE_POLL_MS = 1000;

/** First pause after a failed store write, doubling up to the second: short locks pass, long outages wait. */
const STORE_RETRY_MS = 250;
const STORE_RETRY_MAX_MS = 10_000;

export class DeliveryWorker {
  private running = false;
  private loop: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;
  private readonly pacer: Pacer;
  private readonly lastReport = new Map<number, number>();
  private readonly startedAt = new Map<number, { at: number; done: number }>();

  constructor(private readonly o: WorkerOptions) {
    this.pacer = o.pacer?.((ms) => this.idle(ms)) ?? new LocalPacer(o.perSecond, o.perChatPerSecond);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    // No failure of a loop round may end the process: it is logged, and the loop starts again.
    const loop = async (): Promise<void> => {
      while (this.running) {
        try {
          await this.run();
        } catch (err) {
          this.o.logger.error({ err }, 'delivery loop failed; restarting');
          await this.idle(STORE_RETRY_MS);
        }
      }
    };
    this.loop = loop();
  }

  /** Finishes the message in flight, then stops. */
  async stop(): Promise<void> {
    this.running = false;
    this.wakeUp?.();
    await this.loop;
  }

  /** New rows were queued: do not wait for the idle poll. */
  wake(): void {
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    while (this.running) {
      let rows: OutboxRow[];
      try {
        rows = await this.o.store.pendingOutbox(BATCH);
      } catch (err) {
        this.o.logger.error({ err }, 'outbox unreadable; retrying');
        await this.idle(5000);
        continue;
      }
      if (rows.length === 0) {
        await this.idle(IDLE_POLL_MS);
        continue;
      }
      const touched = new Set<number>();
      for (const row of rows) {
        if (!this.running) break;
        if (!(await this.pacer.acquire(row.chatId, () => this.running))) break;
        // Checked after the pace's wait, right before the send: a claim that lapsed meanwhile is not sent twice.
        const held = await this.o.store.holdClaim(row.id).catch((err: unknown) => {
          this.o.logger.error({ err }, 'outbox claim unreadable; reading the queue again');
          return undefined;
        });
        if (held === undefined) await this.idle(STORE_RETRY_MS);
        if (!held) {
          if (held === false) this.o.logger.warn({ row: row.id }, 'outbox row taken over by another worker; reading the queue again');
          break;
        }
        await this.deliver(row);
        touched.add(row.broadcastId);
      }
      // Progress costs a count over the broadcast's rows: only when a report is due, or it may be done.
      const mayBeDone = rows.length < BATCH;
      for (const id of touched) await this.report(id, mayBeDone);
    }
  }

  private async deliver(row: { id: number; chatId: number; text: string; attempts: number }): Promise<void> {
    const { store, logger } = this.o;
    let sent = false;
    try {
      await this.o.api.sendMessage(row.chatId, row.text, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
      sent = true;
    } catch (err) {
      if (err instanceof GrammyError && err.error_code === 429) {
        const seconds = err.parameters.retry_after ?? 1;
        await this.pacer.pause(seconds * 1000);
        logger.warn({ retry_after: seconds }, 'broadcast rate limited by Telegram; pausing');
        await this.persist(() => store.noteAttempt(row.id, '429'));
      } else if (err instanceof GrammyError && err.error_code === 403) {
        await this.persist(() => store.markDelivery(row.id, 'blocked', err.description));
        await this.persist(() => store.setActive(row.chatId, false));
      } else if (err instanceof GrammyError && err.error_code < 500) {
        await this.persist(() => store.markDelivery(row.id, 'failed', err.description));
      } else {
        const reason = err instanceof GrammyError ? `${err.error_code}` : err instanceof HttpError ? 'network' : String(err);
        if (row.attempts + 1 >= (this.o.maxAttempts ?? 10)) await this.persist(() => store.markDelivery(row.id, 'failed', reason));
        else await this.persist(() => store.noteAttempt(row.id, reason));
      }
    }
    // Sent, so it must be marked: until the store takes the write, nothing else is sent (a row left
    // pending by a stop is the one message a restart may send twice).
    if (sent) await this.persist(() => store.markDelivery(row.id, 'sent'));
  }

  /**
   * A store write that must happen: retried with a growing pause while the store refuses it (locked for
   * longer than the busy timeout, read-only, disk full), for as long as the worker runs. Never throws.
   */
  private async persist(write: () => Promise<unknown>): Promise<void> {
    let pause = STORE_RETRY_MS;
    for (;;) {
      try {
        await write();
        if (pause > STORE_RETRY_MS) this.o.logger.info('store writable again; delivery resumes');
        return;
      } catch (err) {
        this.o.logger.error({ err, retry_in_ms: pause }, 'store write failed during delivery; retrying');
        if (!this.running) return;
        await this.idle(pause);
        pause = Math.min(pause * 2, STORE_RETRY_MAX_MS);
      }
    }
  }

  private async report(broadcastId: number, mayBeDone: boolean): Promise<void> {
    const now = Date.now();
    if (!this.startedAt.has(broadcastId)) this.startedAt.set(broadcastId, { at: now, done: -1 });
    if (!mayBeDone && now - (this.lastReport.get(broadcastId) ?? this.startedAt.get(broadcastId)!.at) < (this.o.progressEveryMs ?? 30_000)) return;
    const p = await this.o.store.progress(broadcastId).catch(() => undefined);
    if (!p) return;
    const done = p.pending === 0;
    const first = this.startedAt.get(broadcastId)!;
    if (first.done < 0) first.done = 0;
    if (!done && now - (this.lastReport.get(broadcastId) ?? first.at) < (this.o.progressEveryMs ?? 30_000)) return;
    this.lastReport.set(broadcastId, now);
    const rate = (p.total - p.pending - first.done) / Math.max(0.001, (now - first.at) / 1000);
    const etaSeconds = done || rate <= 0 ? 0 : Math.round(p.pending / rate);
    this.o.logger.info(
      { broadcast: p.id, sent: p.sent, total: p.total, failed: p.failed, blocked: p.blocked, pending: p.pending, eta_s: etaSeconds },
      done ? 'broadcast done' : 'broadcast progress',
    );
    this.o.onProgress?.(p, done, etaSeconds);
    if (done) {
      this.startedAt.delete(broadcastId);
      this.lastReport.delete(broadcastId);
    }
  }

  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = done;
    });
  }
}
