// Where the per-user rate limiter counts: in this process's memory (one instance), or in Redis (REDIS_URL),
// so that instances behind one webhook URL enforce one limit per user. @grammyjs/ratelimiter counts with
// INCR and PEXPIRE on the client it is given; ioredis is the client its documentation names.
import type { Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import { maskSecrets } from '../logger.js';

/** What @grammyjs/ratelimiter calls on its Redis storage client. */
export interface LimiterRedis {
  incr(key: string): Promise<number>;
  pexpire(key: string, milliseconds: number): Promise<number>;
}

/** Giving up on Redis: connecting (at start), and one command (every message waits on it). */
const CONNECT_TIMEOUT_MS = 5000;
const COMMAND_TIMEOUT_MS = 500;
/** One warning about Redis failing per this many milliseconds, with the count since the last. */
const WARN_MS = 60_000;

/**
 * Connects to REDIS_URL; throws (the URL's password masked) when it cannot at start. Afterwards a lost
 * connection is re-established in the background, and commands fail at once meanwhile (no offline queue):
 * see failOpen.
 */
export async function openRedis(url: string, logger: Logger): Promise<Redis> {
  // Loaded only when REDIS_URL is set: a single instance never pays for the client at start.
  const { Redis } = await import('ioredis');
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: CONNECT_TIMEOUT_MS,
    commandTimeout: COMMAND_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    // Reconnect forever, at most every 2 s: Redis coming back is noticed without a restart.
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
  let errors = 0;
  let warnedAt = 0;
  let connected = false;
  let lastError: Error | undefined;
  // Without a listener ioredis prints every failed reconnect itself; ours are counted and said once a minute.
  client.on('error', (err: Error) => {
    lastError = err;
    if (!connected) return; // at start the failure is thrown, below
    errors++;
    if (Date.now() - warnedAt < WARN_MS) return;
    warnedAt = Date.now();
    logger.warn({ err: new Error(maskSecrets(err.message)), errors }, 'Redis connection failing; the rate limiter lets messages through meanwhile');
    errors = 0;
  });
  try {
    await client.connect();
    await client.ping();
    connected = true;
  } catch (err) {
    client.disconnect();
    // ioredis rejects with "Connection is closed"; the error event said why (ECONNREFUSED, NOAUTH…).
    const why = lastError?.message ?? (err as Error).message;
    throw new Error(`cannot reach Redis: ${maskSecrets(why)}`, { cause: err });
  }
  return client;
}

/**
 * The limiter's view of Redis, failing open: while Redis cannot answer, a message is let through (counted
 * as none) rather than refused or turned into an error reply. A flood goes unlimited for that while; a
 * Redis outage never silences the bot.
 */
export function failOpen(client: LimiterRedis, logger: Logger): LimiterRedis {
  let failures = 0;
  let warnedAt = 0;
  const failed = (err: unknown) => {
    failures++;
    if (Date.now() - warnedAt >= WARN_MS) {
      warnedAt = Date.now();
      logger.warn({ err, failures }, 'rate limiter: Redis did not answer; letting the message through');
      failures = 0;
    }
  };
  return {
    // 0: below any limit, and not 1, so the limiter does not go on to set an expiry.
    incr: (key) =>
      client.incr(key).catch((err: unknown) => {
        failed(err);
        return 0;
      }),
    pexpire: (key, ms) =>
      client.pexpire(key, ms).catch((err: unknown) => {
        failed(err);
        return 0;
      }),
  };
}

/** Keys of one bot's limiter in a Redis that other bots (or other programs) may share: bot id and kind. */
export function limiterPrefix(token: string | undefined, kind: 'messages' | 'presses'): string {
  return `notice-bot:${(token ?? 'console').split(':')[0]}:ratelimit:${kind}:`;
}
