// The delivery pace: Telegram limits the bot, not the process, so every sender of one bot must keep to one
// pace (BROADCAST_PER_SECOND in total, BROADCAST_PER_CHAT_PER_SECOND per chat) and respect a 429's pause.
// LocalPacer keeps it in memory (one process: SQLite, or tests); SharedPacer keeps it in the database, for
// several worker instances on PostgreSQL.

export interface Pacer {
  /**
   * Resolves once this sender may send one message to `chatId` now; the slot is then taken. Resolves false
   * when `running()` turned false meanwhile (the worker is stopping): nothing may be sent.
   */
  acquire(chatId: number, running: () => boolean): Promise<boolean>;
  /** Telegram answered 429: nobody sends for `ms`. */
  pause(ms: number): Promise<void>;
}

/** One process: the slots in memory (the worker's pacing as it always was). */
export class LocalPacer implements Pacer {
  private nextSlot = 0;
  private pausedUntil = 0;
  private readonly lastToChat = new Map<number, number>();

  constructor(
    private readonly perSecond: number,
    private readonly perChatPerSecond: number,
  ) {}

  async acquire(chatId: number): Promise<boolean> {
    const now = Date.now();
    const interval = 1000 / this.perSecond;
    const chatInterval = 1000 / this.perChatPerSecond;
    const at = Math.max(now, this.nextSlot, this.pausedUntil, (this.lastToChat.get(chatId) ?? 0) + chatInterval);
    this.nextSlot = at + interval;
    this.lastToChat.set(chatId, at);
    if (this.lastToChat.size > 100_000) this.lastToChat.clear();
    // Timers are ms-grained: a wait under a millisecond is skipped (the slots still add up).
    if (at - now >= 1) await new Promise((r) => setTimeout(r, at - now));
    return true;
  }

  async pause(ms: number): Promise<void> {
    this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms);
  }
}

/** What SharedPacer needs from the database (PostgresStore implements it; see takeSendSlot in store/postgres-pace.ts). */
export interface SlotSource {
  /** Takes the send slot for `chatId` if it is free now (returns 0); else returns how many ms to wait first. */
  takeSendSlot(chatId: number, intervalMs: number, chatIntervalMs: number): Promise<number>;
  /** No sender takes a slot for the next `ms`. */
  pauseSending(ms: number): Promise<void>;
}

/** Longest single wait between two tries: a stop, or a pause lifted early, is noticed this soon. */
const MAX_WAIT_MS = 500;
/** After a database error, wait this long before asking again. */
const ERROR_WAIT_MS = 1000;

/**
 * Several worker instances: a slot is taken in the database only when it is free at that moment (try, else
 * wait and try again), so no sender holds a slot while it sleeps, and a 429 pause set meanwhile by another
 * instance is seen before the next send. Intervals are whole milliseconds, rounded up: never faster than asked.
 */
export class SharedPacer implements Pacer {
  private localPause = 0;

  constructor(
    private readonly db: SlotSource,
    private readonly perSecond: number,
    private readonly perChatPerSecond: number,
    private readonly sleep: (ms: number) => Promise<void>,
    private readonly onError: (err: unknown) => void,
  ) {}

  async acquire(chatId: number, running: () => boolean): Promise<boolean> {
    const interval = Math.ceil(1000 / this.perSecond);
    const chatInterval = Math.ceil(1000 / this.perChatPerSecond);
    while (running()) {
      // A pause this instance could not write to the database still holds here.
      const paused = this.localPause - Date.now();
      if (paused > 0) {
        await this.sleep(Math.min(paused, MAX_WAIT_MS));
        continue;
      }
      let wait: number;
      try {
        wait = await this.db.takeSendSlot(chatId, interval, chatInterval);
      } catch (err) {
        this.onError(err);
        await this.sleep(ERROR_WAIT_MS);
        continue;
      }
      if (wait <= 0) return true;
      await this.sleep(Math.min(wait, MAX_WAIT_MS));
    }
    return false;
  }

  async pause(ms: number): Promise<void> {
    this.localPause = Math.max(this.localPause, Date.now() + ms);
    try {
      await this.db.pauseSending(ms);
    } catch (err) {
      this.onError(err);
    }
  }
}
