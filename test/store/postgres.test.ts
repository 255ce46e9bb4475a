// The PostgreSQL store: the Store contract, then what only it does (migrations shared by several instances,
// an outbox shared by several workers). Runs when TEST_DATABASE_URL is set (CI sets it), each test in a
// schema of its own; without it the suite is skipped, and the run says so once (global-setup.ts).
import { Api } from 'grammy';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { DeliveryWorker } from '../../src/delivery/worker.js';
import { createLogger } from '../../src/logger.js';
import { PG_MIGRATIONS, PostgresStore } from '../../src/store/postgres.js';
import { StoreError } from '../../src/store/types.js';
import { FakeBotApi } from '../support/fake-bot-api.js';
import { LogCapture, TEST_TOKEN } from '../support/harness.js';
import { freshSchema, TEST_DATABASE_URL, type TestSchema } from '../support/postgres.js';
import { until } from '../support/wait.js';
import { storeContract } from './contract.js';

const schemas = new Map<unknown, TestSchema>();
const chats = (n: number, from = 1000) => Array.from({ length: n }, (_, i) => from + i);
const announce = (chatIds: number[]) => ({ kind: 'announce' as const, version: null, createdBy: null, messages: [{ text: '通知', chatIds }] });

describe('connecting to PostgreSQL', () => {
  it('a server that cannot be reached: a StoreError naming the URL, its password masked', async () => {
    const err = await PostgresStore.connect('postgres://bot:pw-secret@127.0.0.1:1/notice', { connectTimeoutMs: 2000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as Error).message).toMatch(/^cannot open the database at postgres:\/\/bot:<password>@127\.0\.0\.1:1\/notice: .*ECONNREFUSED/);
    expect((err as Error).message).not.toContain('pw-secret');
  });
});

describe.skipIf(!TEST_DATABASE_URL)('PostgreSQL', () => {
  storeContract('PostgreSQL', {
    async open() {
      const schema = await freshSchema();
      const store = await schema.open();
      schemas.set(store, schema);
      return store;
    },
    async dispose(store) {
      await schemas.get(store)?.drop();
      schemas.delete(store);
    },
  });

  let schema: TestSchema;
  let api: FakeBotApi | undefined;
  const workers: DeliveryWorker[] = [];
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop()));
    await api?.stop();
    api = undefined;
    await schema?.drop();
  });

  describe('migrations', () => {
    it('a new schema gets every migration once; a restart applies none', async () => {
      schema = await freshSchema();
      const first = await schema.open();
      expect(first.migrated).toBe(PG_MIGRATIONS.length);
      const again = await schema.open();
      expect(again.migrated).toBe(0);
      const versions = (await schema.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).rows.map((r) => r.version);
      expect(versions).toEqual(PG_MIGRATIONS.map((_, i) => i + 1));
      const tables = (
        await schema.query<{ t: string }>('SELECT table_name AS t FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1', [schema.name])
      ).rows;
      expect(tables.map((r) => r.t)).toEqual([
        'broadcast_texts',
        'broadcasts',
        'delivery_chat_pace',
        'delivery_pace',
        'drafts',
        'feedback',
        'outbox',
        'published',
        'questions',
        'schema_migrations',
        'sessions',
        'subscriptions',
        'users',
        'webhook_updates',
      ]);
    });

    it('several instances starting at once on a new database: the migrations run once, every instance starts', async () => {
      schema = await freshSchema();
      const stores = await Promise.all(Array.from({ length: 4 }, () => schema.open()));
      expect(stores.map((s) => s.migrated).sort()).toEqual([0, 0, 0, PG_MIGRATIONS.length]);
      expect((await schema.query('SELECT version FROM schema_migrations')).rowCount).toBe(PG_MIGRATIONS.length);
      // All of them work on the one schema.
      await stores[0]!.subscribe(1, null);
      expect(await stores[3]!.listSubscriptions(1)).toEqual([null]);
    });

    it('refuses a database from a newer version of the bot, with a clear reason, and changes nothing', async () => {
      schema = await freshSchema();
      await schema.open();
      await schema.query('INSERT INTO schema_migrations (version) VALUES ($1)', [PG_MIGRATIONS.length + 3]);
      const err = await schema.open().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect((err as Error).message).toContain(
        `the database is from a newer version of the bot (schema ${PG_MIGRATIONS.length + 3}; this one knows ${PG_MIGRATIONS.length}): run that version`,
      );
      expect((await schema.query('SELECT version FROM schema_migrations')).rowCount).toBe(PG_MIGRATIONS.length + 1);
    });
  });

  it('instances publishing the same new version at once: it is recorded and announced once', async () => {
    schema = await freshSchema();
    const stores = await Promise.all(Array.from({ length: 5 }, () => schema.open()));
    await Promise.all(stores.map((s) => s.getPublished())); // connections open and warm: the calls below overlap
    await stores[0]!.publish('v1', '{}', null);
    for (let v = 2; v <= 8; v++) {
      const broadcast = { kind: 'knowledge' as const, version: `v${v}`, createdBy: null, messages: [{ text: `v${v}`, chatIds: [1, 2, 3] }] };
      const ids = await Promise.all(stores.map((s) => s.publish(`v${v}`, `{"v":${v}}`, broadcast)));
      expect(ids.filter((id) => id !== null)).toHaveLength(1);
    }
    expect((await schema.query('SELECT id FROM broadcasts')).rowCount).toBe(7);
    expect((await schema.query('SELECT id FROM outbox')).rowCount).toBe(21);
  });

  describe('failures', () => {
    it('a table locked past the statement timeout: the write fails with a StoreError; it works again once the lock is gone', async () => {
      schema = await freshSchema();
      const store = await schema.open({ statementTimeoutMs: 300 });
      const other = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await other.connect();
      await other.query(`SET search_path TO ${schema.name}`);
      await other.query('BEGIN');
      await other.query('LOCK TABLE subscriptions IN ACCESS EXCLUSIVE MODE');
      const write = store.subscribe(3, 'medical');
      await expect(write).rejects.toThrow(StoreError);
      await expect(write).rejects.toThrow(/^subscribe: canceling statement due to statement timeout/);
      await other.query('ROLLBACK');
      await other.end();
      expect(await store.subscribe(3, 'medical')).toBe(true);
      expect(await store.listSubscriptions(3)).toEqual(['medical']); // the failed transaction left nothing half-written
    });
  });

  describe('an outbox shared by several workers', () => {
    it('instances claiming at the same time never get the same row, and together get every row once', async () => {
      schema = await freshSchema();
      const stores = await Promise.all(Array.from({ length: 4 }, () => schema.open()));
      const id = await stores[0]!.createBroadcast(announce(chats(2000)));
      const seen = new Map<number, number>(); // row id -> how many times claimed
      const perStore = stores.map(() => 0);
      await Promise.all(
        stores.map(async (store, i) => {
          for (;;) {
            const rows = await store.pendingOutbox(37);
            if (rows.length === 0) return;
            perStore[i]! += rows.length;
            for (const r of rows) seen.set(r.id, (seen.get(r.id) ?? 0) + 1);
            // Marked one by one, as the worker does, while the others keep claiming.
            for (const r of rows) await store.markDelivery(r.id, 'sent');
          }
        }),
      );
      expect(seen.size).toBe(2000);
      expect([...seen.values()].every((n) => n === 1)).toBe(true);
      expect(perStore.filter((n) => n > 0).length).toBeGreaterThan(1);
      expect(await stores[0]!.progress(id)).toMatchObject({ total: 2000, sent: 2000, pending: 0 });
    });

    it('a burst of claims at one instant: each row goes to one claimer only', async () => {
      schema = await freshSchema();
      const stores = await Promise.all(Array.from({ length: 6 }, () => schema.open()));
      await stores[0]!.createBroadcast(announce(chats(300)));
      const claims = await Promise.all(stores.flatMap((s) => [s.pendingOutbox(40), s.pendingOutbox(40)]));
      // Per instance: its two calls may return the same rows (its own claims come back to it, see below).
      const byStore = stores.map((_, i) => new Set([...claims[2 * i]!, ...claims[2 * i + 1]!].map((r) => r.id)));
      const all = byStore.flatMap((ids) => [...ids]);
      expect(all.length).toBeGreaterThanOrEqual(40);
      expect(new Set(all).size).toBe(all.length); // no row claimed by two instances
      // Asking again, an instance gets its own claims back (as SQLite returns rows until they are marked),
      // and never another's.
      const again = new Set((await stores[0]!.pendingOutbox(300)).map((r) => r.id));
      expect([...byStore[0]!].every((rowId) => again.has(rowId))).toBe(true);
      expect(byStore.slice(1).some((ids) => [...ids].some((rowId) => again.has(rowId)))).toBe(false);
    });

    it("a dead worker's rows are taken over after the lease; a live worker's claim is renewed and kept", async () => {
      schema = await freshSchema();
      const leaseMs = 1000; // renewed every 250 ms: room for a busy machine
      const [a, b] = await Promise.all([schema.open({ leaseMs }), schema.open({ leaseMs })]);
      await a.createBroadcast(announce(chats(30)));
      const heldByA = await a.pendingOutbox(10);
      expect(heldByA).toHaveLength(10);
      const restForB = await b.pendingOutbox(100);
      expect(restForB).toHaveLength(20);
      expect(restForB.some((r) => heldByA.some((h) => h.id === r.id))).toBe(false);
      for (const r of restForB) await b.markDelivery(r.id, 'sent');
      // A is alive: well past the lease, its renewed claims still keep B away.
      await new Promise((r) => setTimeout(r, leaseMs * 3));
      expect(await b.pendingOutbox(100)).toEqual([]);
      // A sends one row, marks it, and dies with the rest of its batch unsent.
      await a.markDelivery(heldByA[0]!.id, 'sent');
      await a.end();
      expect(await b.pendingOutbox(100)).toEqual([]); // not before the lease is over
      await new Promise((r) => setTimeout(r, leaseMs + 300));
      const takenOver = await b.pendingOutbox(100);
      expect(takenOver.map((r) => r.id)).toEqual(heldByA.slice(1).map((r) => r.id));
    });

    it('a claim that lapsed while its worker lived (renewals late): holdClaim says which rows it still holds', async () => {
      schema = await freshSchema();
      const leaseMs = 60_000; // renewed every 15 s: none comes during the test; the lapse is written below
      const [a, b] = await Promise.all([schema.open({ leaseMs }), schema.open({ leaseMs })]);
      await a.createBroadcast(announce(chats(4)));
      const held = await a.pendingOutbox(4);
      expect(await a.holdClaim(held[0]!.id)).toBe(true);
      await a.markDelivery(held[0]!.id, 'sent');
      expect(await a.holdClaim(held[0]!.id)).toBe(false); // sent: nothing to hold
      // Two rows' claims lapse; B takes them. A still holds the fourth.
      await schema.query('UPDATE outbox SET claimed_at = claimed_at - $1 WHERE id = ANY($2)', [leaseMs * 2, [held[1]!.id, held[2]!.id]]);
      expect((await b.pendingOutbox(10)).map((r) => r.id)).toEqual([held[1]!.id, held[2]!.id]);
      expect(await a.holdClaim(held[1]!.id)).toBe(false);
      expect(await a.holdClaim(held[2]!.id)).toBe(false);
      expect(await a.holdClaim(held[3]!.id)).toBe(true);
      expect(await b.holdClaim(held[3]!.id)).toBe(false);
    });

    it('a worker whose claims lapse mid-batch sends none of the rows another worker took over', async () => {
      schema = await freshSchema();
      api = await new FakeBotApi().start();
      const leaseMs = 60_000;
      const [a, b] = await Promise.all([schema.open({ leaseMs }), schema.open({ leaseMs })]);
      const id = await a.createBroadcast(announce(chats(40, 700_000)));
      const worker = new DeliveryWorker({
        store: a,
        api: new Api(TEST_TOKEN, { apiRoot: api.url }),
        logger: createLogger({ level: 'silent', destination: new LogCapture() }),
        perSecond: 20, // two seconds for the batch: time to take it over in the middle
        perChatPerSecond: 1000,
      });
      workers.push(worker);
      worker.start();
      await until(async () => api!.callsOf('sendMessage').length >= 5, 10_000);
      // A's renewals are late: every claim it holds lapses, and B takes (and delivers) what A had not sent.
      await schema.query('UPDATE outbox SET claimed_at = claimed_at - $1 WHERE status = $2', [leaseMs * 2, 'pending']);
      const takenOver = await b.pendingOutbox(100);
      expect(takenOver.length).toBeGreaterThan(10);
      for (const r of takenOver) await b.markDelivery(r.id, 'sent');
      await until(async () => (await a.progress(id))!.pending === 0, 10_000);
      await new Promise((r) => setTimeout(r, 300)); // a send in flight would land by now
      const taken = new Set(takenOver.map((r) => r.chatId));
      const sentByA = api.callsOf('sendMessage').map((c) => c.payload.chat_id as number);
      // The one row A may have been sending as its claims lapsed (checked, not yet sent) is the only overlap.
      expect(sentByA.filter((chat) => taken.has(chat)).length).toBeLessThanOrEqual(1);
      expect(new Set([...sentByA, ...taken]).size).toBe(40);
    });

    it('a row whose send failed is let go: another worker may try it', async () => {
      schema = await freshSchema();
      const [a, b] = await Promise.all([schema.open(), schema.open()]);
      await a.createBroadcast(announce([1, 2]));
      const [first, second] = await a.pendingOutbox(10);
      await a.noteAttempt(first!.id, '502');
      expect(await b.pendingOutbox(10)).toEqual([{ ...first, attempts: 1 }]);
      expect((await a.pendingOutbox(10)).map((r) => r.id)).toEqual([second!.id]);
    });

    it('two delivery workers on one database, while the API fails at random: every chat gets the message exactly once', async () => {
      schema = await freshSchema();
      api = await new FakeBotApi().start();
      api.setFaults({ rate429: 0.0005, rate500: 0.01, rateDrop: 0.01, retryAfter: 1 });
      const stores = await Promise.all([schema.open(), schema.open()]);
      const ids = chats(3000, 200_000);
      const id = await stores[0]!.createBroadcast(announce(ids));
      const sentBy = [0, 0];
      for (const [i, store] of stores.entries()) {
        // Counts what each worker marked sent.
        const counting = new Proxy(store, {
          get(target, name, receiver) {
            const value = Reflect.get(target, name, receiver);
            if (name !== 'markDelivery') return typeof value === 'function' ? value.bind(target) : value;
            return (rowId: number, status: string, error?: string) => {
              if (status === 'sent') sentBy[i]!++;
              return target.markDelivery(rowId, status as 'sent', error);
            };
          },
        });
        const worker = new DeliveryWorker({
          store: counting,
          api: new Api(TEST_TOKEN, { apiRoot: api.url }),
          logger: createLogger({ level: 'silent', destination: new LogCapture() }),
          perSecond: 100_000,
          perChatPerSecond: 1000,
        });
        workers.push(worker);
        worker.start();
      }
      await until(async () => (await stores[0]!.progress(id))!.pending === 0, 60_000);
      const got = new Map<number, number>();
      for (const c of api.callsOf('sendMessage')) got.set(c.payload.chat_id, (got.get(c.payload.chat_id) ?? 0) + 1);
      expect(got.size).toBe(3000);
      expect([...got.values()].every((n) => n === 1)).toBe(true);
      expect(await stores[1]!.progress(id)).toMatchObject({ total: 3000, sent: 3000, failed: 0, blocked: 0, pending: 0 });
      expect(sentBy[0]! + sentBy[1]!).toBe(3000);
      expect(Math.min(...sentBy)).toBeGreaterThan(0); // both took part
    }, 90_000);
  });
});
