// The outbox worker against the fake Bot API over HTTP, with faults.
import { Api } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { DeliveryWorker } from '../../src/delivery/worker.js';
import { createLogger } from '../../src/logger.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import type { BroadcastProgress } from '../../src/store/types.js';
import { FakeBotApi } from '../support/fake-bot-api.js';
import { LogCapture, TEST_TOKEN } from '../support/harness.js';
import { until } from '../support/wait.js';

let api: FakeBotApi | undefined;
let worker: DeliveryWorker | undefined;
afterEach(async () => {
  await worker?.stop();
  await api?.stop();
});

describe('delivering a broadcast', () => {
  it('10,000 subscribers while the API answers 429, 500 and drops at random: each gets it exactly once', async () => {
    api = await new FakeBotApi().start();
    api.setFaults({ rate429: 0.0005, rate500: 0.01, rateDrop: 0.01, retryAfter: 1 });
    const store = new SqliteStore(':memory:');
    const chats = Array.from({ length: 10_000 }, (_, i) => 100_000 + i);
    const id = await store.createBroadcast({ kind: 'announce', version: null, createdBy: 42, messages: [{ text: '<b>更新</b>', chatIds: chats }] });
    const reports: Array<[BroadcastProgress, boolean]> = [];
    worker = new DeliveryWorker({
      store,
      api: new Api(TEST_TOKEN, { apiRoot: api.url }),
      logger: createLogger({ level: 'silent', destination: new LogCapture() }),
      perSecond: 100_000,
      perChatPerSecond: 1000,
      progressEveryMs: 1000,
      onProgress: (p, done) => reports.push([p, done]),
    });
    worker.start();
    await until(async () => (await store.progress(id))!.pending === 0, 110_000);
    const got = new Map<number, number>();
    for (const c of api.callsOf('sendMessage')) got.set(c.payload.chat_id, (got.get(c.payload.chat_id) ?? 0) + 1);
    expect(got.size).toBe(10_000);
    expect([...got.values()].every((n) => n === 1)).toBe(true);
    expect(await store.progress(id)).toMatchObject({ total: 10_000, sent: 10_000, failed: 0, blocked: 0, pending: 0 });
    expect(reports.at(-1)).toEqual([expect.objectContaining({ id, sent: 10_000, createdBy: 42 }), true]);
  }, 120_000);

  it('users who blocked the bot (403) end up blocked and inactive; the others get it', async () => {
    api = await new FakeBotApi().start();
    api.blocked.add(2).add(4);
    const store = new SqliteStore(':memory:');
    for (const chat of [1, 2, 3, 4]) await store.subscribe(chat, null);
    const id = await store.createBroadcast({ kind: 'announce', version: null, createdBy: null, messages: [{ text: 'x', chatIds: [1, 2, 3, 4] }] });
    worker = new DeliveryWorker({
      store,
      api: new Api(TEST_TOKEN, { apiRoot: api.url }),
      logger: createLogger({ level: 'silent', destination: new LogCapture() }),
      perSecond: 1000,
      perChatPerSecond: 1000,
    });
    worker.start();
    await until(async () => (await store.progress(id))!.pending === 0, 10_000);
    expect(await store.progress(id)).toMatchObject({ sent: 2, blocked: 2 });
    expect([...(await store.subscribers()).keys()].sort()).toEqual([1, 3]);
  });

  it('keeps to the configured rate: 20 messages at 10/s take about two seconds', async () => {
    api = await new FakeBotApi().start();
    const store = new SqliteStore(':memory:');
    const id = await store.createBroadcast({
      kind: 'announce',
      version: null,
      createdBy: null,
      messages: [{ text: 'x', chatIds: Array.from({ length: 20 }, (_, i) => i + 1) }],
    });
    worker = new DeliveryWorker({
      store,
      api: new Api(TEST_TOKEN, { apiRoot: api.url }),
      logger: createLogger({ level: 'silent', destination: new LogCapture() }),
      perSecond: 10,
      perChatPerSecond: 1,
    });
    worker.start();
    await until(async () => (await store.progress(id))!.pending === 0, 10_000);
    const times = api.callsOf('sendMessage').map((c) => c.at);
    const span = times.at(-1)! - times[0]!;
    expect(span).toBeGreaterThanOrEqual(1800);
    for (let i = 10; i < times.length; i++) expect(times[i]! - times[i - 10]!).toBeGreaterThanOrEqual(900); // never 10 within a second
  });
});
