// npm run bench:broadcast: (1) queueing an update for 100,000 subscribers, (2) delivering 10,000 to the
// fake Bot API over loopback HTTP with the rate limits lifted: messages per second, and our own overhead
// per message (everything but the HTTP round trip). On SQLite (a file, as deployed); then on PostgreSQL when
// DATABASE_URL or `-- --postgres postgres://…` names one: the same, plus delivery by 1, 2 and 4 workers (each
// with a store of its own, as separate instances), in a schema of its own that is dropped at the end.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Api } from 'grammy';
import pg from 'pg';
import { publishKnowledge } from '../src/delivery/publisher.js';
import { DeliveryWorker } from '../src/delivery/worker.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { createLogger, maskSecrets } from '../src/logger.js';
import { KNOWLEDGE_DIR } from '../src/paths.js';
import { PostgresStore } from '../src/store/postgres.js';
import { SqliteStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/types.js';
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
  const next = changedKnowledge();
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
  const r = await deliver(api, [store], 10_000, 2_000_000);
  console.log(
    `deliver: ${r.sent} messages in ${(r.ms / 1000).toFixed(2)} s = ${r.perSecond.toFixed(0)} msg/s (one in flight; queueing them took ${r.enqueueMs.toFixed(0)} ms)`,
  );
  console.log(
    `overhead: ${r.overheadMs.toFixed(3)} ms per message outside the HTTP call (store, pacing, bookkeeping); HTTP round trip ${r.httpMs.toFixed(3)} ms`,
  );
  store.close();
  await api.stop();
}

// 3. PostgreSQL, when given.
const flags = parseArgs({ options: { postgres: { type: 'string' } }, strict: false }).values;
const pgUrl = (typeof flags.postgres === 'string' ? flags.postgres : undefined) ?? process.env.DATABASE_URL;
if (pgUrl) await benchPostgres(pgUrl);
else console.log('PostgreSQL: skipped (set DATABASE_URL or pass -- --postgres postgres://…)');

interface Delivery {
  sent: number;
  ms: number;
  perSecond: number;
  enqueueMs: number;
  /** Per message: time the workers spent outside the HTTP call, summed over workers. */
  overheadMs: number;
  httpMs: number;
}

/** Queues `count` messages on the first store and delivers them with one worker per store, limits lifted. */
async function deliver(api: FakeBotApi, stores: Store[], count: number, firstChat: number): Promise<Delivery> {
  const before = api.callsOf('sendMessage').length;
  const chats = Array.from({ length: count }, (_, i) => firstChat + i);
  const t0 = performance.now();
  const id = await stores[0]!.createBroadcast({ kind: 'announce', version: null, createdBy: null, messages: [{ text: '📢 bench', chatIds: chats }] });
  const enqueueMs = performance.now() - t0;
  const apiMs = stores.map(() => 0);
  const workers = stores.map((store, w) => {
    const client = new Api('123456:bench-token-0123456789abcdefghij', { apiRoot: api.url });
    client.config.use(async (prev, method, payload, signal) => {
      const s = performance.now();
      try {
        return await prev(method, payload, signal);
      } finally {
        apiMs[w]! += performance.now() - s;
      }
    });
    return new DeliveryWorker({ store, api: client, logger, perSecond: 1_000_000, perChatPerSecond: 1_000_000 });
  });
  const start = performance.now();
  for (const w of workers) w.start();
  // Watch the fake API (cheap), not the store: a progress query every few ms would cost the database.
  while (api.callsOf('sendMessage').length - before < count) await new Promise((r) => setTimeout(r, 10));
  const ms = performance.now() - start;
  if ((await stores[0]!.progress(id))!.pending > 0) await new Promise((r) => setTimeout(r, 200)); // the last marks
  await Promise.all(workers.map((w) => w.stop()));
  const sent = api.callsOf('sendMessage').length - before;
  const http = apiMs.reduce((a, b) => a + b, 0);
  return { sent, ms, perSecond: (sent / ms) * 1000, enqueueMs, overheadMs: (ms * workers.length - http) / sent, httpMs: http / sent };
}

async function benchPostgres(url: string): Promise<void> {
  const schema = `nb_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  console.log(`\nPostgreSQL ${maskSecrets(url)}, schema ${schema} (dropped at the end)`);
  const opened: PostgresStore[] = [];
  const open = async () => {
    const s = await PostgresStore.connect(url, { schema, max: 4 });
    opened.push(s);
    return s;
  };
  try {
    const store = await open();
    const kb = loadKnowledge(KNOWLEDGE_DIR);
    await publishKnowledge(store, kb, logger);
    // 100,000 subscribers, seeded in two statements (subscribing them one by one is not what is measured).
    const sectors = [null, ...kb.sectors.map((s) => s.id)];
    const ids = Array.from({ length: 100_000 }, (_, i) => 1_000_000 + i);
    await admin.query(`INSERT INTO ${schema}.users (chat_id, created_at, updated_at) SELECT u, 0, 0 FROM unnest($1::BIGINT[]) u`, [ids]);
    await admin.query(`INSERT INTO ${schema}.subscriptions (chat_id, sector, created_at) SELECT c, s, 0 FROM unnest($1::BIGINT[], $2::TEXT[]) AS x(c, s)`, [
      ids,
      ids.map((_, i) => sectors[i % sectors.length] ?? '*'),
    ]);
    const next = changedKnowledge();
    const t0 = performance.now();
    const r = await publishKnowledge(store, next, logger);
    const changeMs = performance.now() - t0;
    const t1 = performance.now();
    const all = [...(await store.subscribers()).keys()];
    const readMs = performance.now() - t1;
    const t2 = performance.now();
    const id = await store.createBroadcast({ kind: 'announce', version: null, createdBy: null, messages: [{ text: '📢 bench', chatIds: all }] });
    const insertMs = performance.now() - t2;
    const total = (await store.progress(id))!.total;
    // Out of the way of the delivery runs below, and vacuumed as autovacuum would have done by then: dead
    // entries in the queue's index would otherwise slow every claim.
    await admin.query(`UPDATE ${schema}.outbox SET status = 'sent'`);
    await admin.query(`VACUUM ANALYZE ${schema}.outbox`);

    const api = await new FakeBotApi().start();
    const runs: Array<{ workers: number } & Delivery> = [];
    let first = 5_000_000;
    for (const n of [1, 2, 4]) {
      const stores = [store, ...(await Promise.all(Array.from({ length: n - 1 }, open)))];
      runs.push({ workers: n, ...(await deliver(api, stores, 10_000, first)) });
      first += 10_000;
      for (const s of stores.slice(1)) await s.end();
    }
    await api.stop();

    console.log(`enqueue a knowledge change: ${r.recipients} of 100,000 subscribers concerned, queued in ${changeMs.toFixed(0)} ms`);
    console.log(
      `enqueue an announcement: ${total} outbox rows for all 100,000 subscribers in ${(readMs + insertMs).toFixed(0)} ms (reading subscribers ${readMs.toFixed(0)} ms, createBroadcast ${insertMs.toFixed(0)} ms)`,
    );
    console.log('\n| workers | messages | seconds | msg/s | overhead ms/msg (outside HTTP, per worker) | HTTP ms/msg |');
    console.log('|---|---|---|---|---|---|');
    for (const d of runs)
      console.log(
        `| ${d.workers} | ${d.sent} | ${(d.ms / 1000).toFixed(2)} | ${d.perSecond.toFixed(0)} | ${d.overheadMs.toFixed(3)} | ${d.httpMs.toFixed(3)} |`,
      );
  } finally {
    await Promise.all(opened.map((s) => s.end().catch(() => undefined)));
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

/** The notice with two sector sentences edited: a knowledge change that concerns a third of the subscribers. */
function changedKnowledge() {
  return loadKnowledge(
    knowledgeCopy({
      file: NOTICE_FILE,
      change: (t) => t.replace('全力保障生产要素供应', '全力保障生产要素和运力供应').replace('积极开发开展线上培训', '积极开发开展线上培训和辅导'),
    }),
  );
}
