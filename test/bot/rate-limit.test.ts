// The per-user rate limiter across instances: two bots sharing Redis (TEST_REDIS_URL) enforce one limit for
// a user, whichever instance each message reaches; in memory each instance counts alone. A Redis that stops
// answering lets messages through. Each test uses user ids of its own, so runs sharing a Redis do not meet.
import { randomInt } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { type LimiterRedis, openRedis } from '../../src/bot/rate-limit.js';
import { t } from '../../src/i18n.js';
import { createLogger, maskSecrets } from '../../src/logger.js';
import { type Harness, LogCapture, startHarness } from '../support/harness.js';
import { TEST_REDIS_URL } from '../support/redis.js';
import { textMessage } from '../support/updates.js';

const LIMIT = 3;
const harnesses: Harness[] = [];
const clients: Redis[] = [];
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((h) => h.stop()));
  await Promise.all(clients.splice(0).map((c) => c.quit()));
});

async function twoBots(redis?: LimiterRedis): Promise<[Harness, Harness]> {
  const config = { RATE_LIMIT_MESSAGES: LIMIT, RATE_LIMIT_WINDOW_MS: 60_000 };
  const a = await startHarness({ config, ...(redis ? { redis } : {}) });
  const b = await startHarness({ config, ...(redis ? { redis } : {}) });
  harnesses.push(a, b);
  return [a, b];
}

const limited = (h: Harness, chat: number) =>
  h.api.callsOf('sendMessage').filter((c) => c.payload.chat_id === chat && String(c.payload.text).includes(t('zh-Hans', 'rateLimited')));
const replies = (h: Harness, chat: number) => h.api.callsOf('sendMessage').filter((c) => c.payload.chat_id === chat);

/**
 * `n` messages from one user to bot a, b, a, b…, one after the other. Each waits for its reply (an answer or
 * the notice); past the first LIMIT + 1, a shared limit means silence, so those wait half a second for nothing.
 */
async function flood(a: Harness, b: Harness, user: number, n: number, shared: boolean): Promise<void> {
  for (let i = 0; i < n; i++) {
    const h = i % 2 === 0 ? a : b;
    const since = h.api.calls.length;
    h.api.push(textMessage('慈善组织要做什么?', { from: { id: user, language_code: 'zh-hans' } }));
    const reply = h.api.waitFor((c) => c.method === 'sendMessage' && c.payload.chat_id === user, shared && i > LIMIT ? 500 : 8000, since);
    if (shared && i > LIMIT) await reply.catch(() => undefined);
    else await reply;
  }
}

describe.skipIf(!TEST_REDIS_URL)('the rate limiter on Redis (TEST_REDIS_URL)', () => {
  it('two bots sharing Redis enforce one limit for a user: 3 answers in all, then one notice, then silence', async () => {
    const redis = await openRedis(TEST_REDIS_URL!, createLogger({ level: 'silent', pretty: false }));
    clients.push(redis);
    const [a, b] = await twoBots(redis);
    const user = 10_000_000 + randomInt(1_000_000_000);
    await flood(a, b, user, 6, true);
    const all = [...replies(a, user), ...replies(b, user)];
    expect(all).toHaveLength(LIMIT + 1);
    expect([...limited(a, user), ...limited(b, user)]).toHaveLength(1);
    // Another user is not held up by the first.
    const other = user + 1;
    await flood(a, b, other, 2, true);
    expect([...replies(a, other), ...replies(b, other)]).toHaveLength(2);
    expect([...limited(a, other), ...limited(b, other)]).toHaveLength(0);
    // The counters live in Redis under the bot's prefix, with the window as their expiry.
    const ttl = await redis.pttl(`notice-bot:123456789:ratelimit:messages:${user}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });
});

describe('the rate limiter without Redis', () => {
  it('in memory (no REDIS_URL), each instance counts alone: the same user gets 3 answers from each', async () => {
    const [a, b] = await twoBots();
    const user = 20_000_000 + randomInt(1_000_000);
    await flood(a, b, user, 6, false);
    expect([...replies(a, user), ...replies(b, user)]).toHaveLength(6);
    expect([...limited(a, user), ...limited(b, user)]).toHaveLength(0);
  });

  it('a Redis that does not answer: messages go through (never an error reply), and one warning says so', async () => {
    const logs = new LogCapture();
    const down: LimiterRedis = {
      incr: () => Promise.reject(new Error('Connection is closed.')),
      pexpire: () => Promise.reject(new Error('Connection is closed.')),
    };
    const h = await startHarness({
      config: { RATE_LIMIT_MESSAGES: 1, RATE_LIMIT_WINDOW_MS: 60_000 },
      redis: down,
      logger: createLogger({ level: 'warn', destination: logs }),
    });
    harnesses.push(h);
    const user = 30_000_000 + randomInt(1_000_000);
    for (let i = 0; i < 3; i++) await h.send(textMessage('慈善组织要做什么?', { from: { id: user } }));
    expect(replies(h, user)).toHaveLength(3);
    expect(limited(h, user)).toHaveLength(0);
    expect(logs.lines.filter((l) => l.includes('rate limiter: Redis did not answer'))).toHaveLength(1);
    expect(logs.text).not.toMatch(/update failed/);
  });

  it('a Redis URL is logged with its password masked', () => {
    expect(maskSecrets('redis://:s3cret-pw@10.0.0.5:6379/0')).toBe('redis://:<password>@10.0.0.5:6379/0');
    expect(maskSecrets('rediss://default:s3cret-pw@cache.example.org:6380')).toBe('rediss://default:<password>@cache.example.org:6380');
  });
});
