// npm run bench:broadcast: (1) queueing an update for 100,000 subscribers, (2) delivering 10,000 to the
// fake Bot API over loopback HTTP with the rate limits lifted: messages per second, and our own overhead
// per message (everything but the HTTP round trip).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Api } from 'grammy';
import { publishKnowledge } from '../src/delivery/publisher.js';
import { DeliveryWorker } from '../src/delivery/worker.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { createLogger } from '../src/logger.js';
import { KNOWLEDGE_DIR } from '../src/paths.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { FakeBotApi } from '../test/support/fake-bot-api.js';
import { knowledgeCopy, NOTICE_FILE } from '../test/support/knowledge.js';

const logger = createLogger({ level: 'silent', pretty: false });
const dir = mkdtempSync(join(tmpdir(), 'notice-bot-bench-'));

// 1. Queue a knowledge update for 100,000 subscribers (a file on disk, WAL, as deployed).
{
  const store = new SqliteStore(join(dir, 'enqueue.sqlite'));
  const kb = loadKnowledge(KNOWLEDGE_DIR);
  await publishKnowledge(store, kb, logger);
  const sectors = [null, ...kb.sectors.map((s) => s.id)];
  for (let i = 0; i < 100_000; i++) await store.subscribe(1_000_000 + i, sectors[i % sectors.length]!);
  const next = loadKnowledge(
    knowledgeCopy({
      file: NOTICE_FILE,
      change: (t) => t.replace('全力保障生产要素供应', '全力保障生产要素和运力供应').replace('积极开发开展线上培训', '积极开发开展线上培训和辅导'),
    }),
  );
  const t0 = performance.now();
  const r = await publishKnowledge(store, next, logger);
  const ms = performance.now() - t0;
  console.log(
    `enqueue a knowledge change: ${r.recipients} of 100,000 subscribers concerned, queued in ${ms.toFixed(0)} ms (diff, per-sector texts, one transaction)`,
  );
  const t1 = performance.now();
  const all = [...(await store.subscribers()).keys()];
  const id = await store.createBroadcast({ kind: 'announce', version: null, createdBy: null, messages: [{ text: '📢 bench', chatIds: all }] });
  const p = await store.progress(id);
  console.log(`enqueue an announcement: ${p!.total} outbox rows for all 100,000 subscribers in ${(performance.now() - t1).toFixed(0)} ms`);
  store.close();
}

// 2. Deliver 10,000 with the limits lifted.
{
  const api = await new FakeBotApi().start();
  const store = new SqliteStore(join(dir, 'deliver.sqlite'));
  const chats = Array.from({ length: 10_000 }, (_, i) => 2_000_000 + i);
  const t0 = performance.now();
  const id = await store.createBroadcast({ kind: 'announce', version: null, createdBy: null, messages: [{ text: '📢 bench', chatIds: chats }] });
  const enqueueMs = performance.now() - t0;
  const client = new Api('123456:bench-token-0123456789abcdefghij', { apiRoot: api.url });
  let apiMs = 0;
  client.config.use(async (prev, method, payload, signal) => {
    const s = performance.now();
    try {
      return await prev(method, payload, signal);
    } finally {
      apiMs += performance.now() - s;
    }
  });
  const worker = new DeliveryWorker({ store, api: client, logger, perSecond: 1_000_000, perChatPerSecond: 1_000_000 });
  const start = performance.now();
  worker.start();
  while ((await store.progress(id))!.pending > 0) await new Promise((r) => setTimeout(r, 20));
  const totalMs = performance.now() - start;
  await worker.stop();
  const sent = api.callsOf('sendMessage').length;
  console.log(
    `deliver: ${sent} messages in ${(totalMs / 1000).toFixed(2)} s = ${((sent / totalMs) * 1000).toFixed(0)} msg/s (one in flight; queueing them took ${enqueueMs.toFixed(0)} ms)`,
  );
  console.log(
    `overhead: ${((totalMs - apiMs) / sent).toFixed(3)} ms per message outside the HTTP call (store, pacing, bookkeeping); HTTP round trip ${(apiMs / sent).toFixed(3)} ms`,
  );
  store.close();
  await api.stop();
}
