// The database failing under the worker: locked past the busy timeout, read-only, full. The worker keeps
// going: it backs off, keeps the rows, and resumes when the store takes writes again. Nothing is lost,
// nothing is sent twice, the process does not exit.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Api } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { DeliveryWorker } from '../../src/delivery/worker.js';
import { createLogger } from '../../src/logger.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { StoreError } from '../../src/store/types.js';
import { FakeBotApi } from '../support/fake-bot-api.js';
import { LogCapture, TEST_TOKEN } from '../support/harness.js';
import { until } from '../support/wait.js';

let api: FakeBotApi | undefined;
let worker: DeliveryWorker | undefined;
afterEach(async () => {
  await worker?.stop();
  await api?.stop();
});

describe('the store failing during a broadcast', () => {
  it('locked by another process for longer than the busy timeout, then full: each gets it exactly once', async () => {
    api = await new FakeBotApi().start();
    const dir = mkdtempSync(join(tmpdir(), 'notice-bot-faults-'));
    const file = join(dir, 'bot.sqlite');
    // A short busy timeout, so that the lock outlasts it in a short test.
    const store = new SqliteStore(file, { pragmas: ['busy_timeout = 50'] });
    const chats = Array.from({ length: 300 }, (_, i) => 7000 + i);
    const id = await store.createBroadcast({ kind: 'announce', version: null, createdBy: null, messages: [{ text: 'x', chatIds: chats }] });
    const logs = new LogCapture();
    let failing = false;
    const writes = new Set(['markDelivery', 'noteAttempt', 'setActive']);
    const flaky = new Proxy(store, {
      get(target, name, receiver) {
        const value = Reflect.get(target, name, receiver);
        if (typeof value !== 'function' || !writes.has(String(name))) return value;
        return (...args: unknown[]) => (failing ? Promise.reject(new StoreError(`${String(name)}: database or disk is full`)) : value.apply(target, args));
      },
    });
    worker = new DeliveryWorker({
      store: flaky,
      api: new Api(TEST_TOKEN, { apiRoot: api.url }),
      logger: createLogger({ level: 'error', destination: logs }),
      perSecond: 200,
      perChatPerSecond: 1000,
    });
    worker.start();
    await until(async () => api!.callsOf('sendMessage').length >= 50, 10_000);

    // An operator's sqlite3 shell holds a write lock for a while.
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    await new Promise((r) => setTimeout(r, 1500));
    other.exec('COMMIT');
    other.close();
    await until(async () => api!.callsOf('sendMessage').length >= 150, 20_000);

    // Then the disk is full for a while: every write fails as the store reports it (as root, a file mode
    // cannot make the file read-only, so the failure is injected at the store's edge).
    failing = true;
    await new Promise((r) => setTimeout(r, 1000));
    failing = false;

    await until(async () => (await store.progress(id))!.pending === 0, 60_000);
    const got = new Map<number, number>();
    for (const c of api.callsOf('sendMessage')) got.set(c.payload.chat_id, (got.get(c.payload.chat_id) ?? 0) + 1);
    expect(got.size).toBe(300);
    expect([...got.values()].every((n) => n === 1)).toBe(true);
    expect(await store.progress(id)).toMatchObject({ total: 300, sent: 300, pending: 0 });
    expect(logs.text).toContain('store write failed during delivery');
  }, 90_000);
});
