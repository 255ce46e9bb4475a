// Several instances behind one webhook URL: Telegram re-delivers an update it saw no answer to, maybe to
// another instance. Their shared store's update claims answer it once. Over real HTTP, two bots, one fake Bot API.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/types.js';
import { FakeBotApi } from '../support/fake-bot-api.js';
import { freshSchema, TEST_DATABASE_URL, type TestSchema } from '../support/postgres.js';
import { textMessage } from '../support/updates.js';
import { startWebhookHarness, type WebhookHarness } from '../support/webhook-harness.js';

const SECRET = 'test-secret-0123456789';
let api: FakeBotApi | undefined;
const webs: WebhookHarness[] = [];
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(webs.splice(0).map((w) => w.stop()));
  await api?.stop();
  api = undefined;
  for (const c of cleanups.splice(0)) await c();
});

const post = (web: WebhookHarness, body: unknown) =>
  fetch(`${web.base}/telegram`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
    body: JSON.stringify(body),
  });

async function twoInstances(stores: [Store, Store]): Promise<[WebhookHarness, WebhookHarness]> {
  api = await new FakeBotApi().start();
  const a = await startWebhookHarness('/telegram', SECRET, { store: stores[0], api });
  const b = await startWebhookHarness('/telegram', SECRET, { store: stores[1], api });
  webs.push(a, b);
  return [a, b];
}

async function deliveredOnce(a: WebhookHarness, b: WebhookHarness): Promise<void> {
  // A re-delivery after the first was answered, to the other instance.
  const first = { update_id: 501, ...textMessage('慈善组织要做什么?', { from: { id: 8001 } }) };
  expect((await post(a, first)).status).toBe(200);
  expect(await (await post(b, first)).json()).toEqual({ ok: true, duplicate: true });
  // Both at once (the first instance was slow to answer, Telegram tried again elsewhere).
  const second = { update_id: 502, ...textMessage('倡议是谁发出的?', { from: { id: 8002 } }) };
  const answers = await Promise.all([post(a, second), post(b, second), post(a, second), post(b, second)]);
  expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200]);
  expect((await Promise.all(answers.map((r) => r.json() as Promise<{ duplicate?: boolean }>))).filter((j) => j.duplicate)).toHaveLength(3);
  const to = (chat: number) => api!.callsOf('sendMessage').filter((c) => c.payload.chat_id === chat);
  expect(to(8001)).toHaveLength(1);
  expect(to(8002)).toHaveLength(1);
}

describe('webhook instances sharing a store', () => {
  it('on one SQLite file: an update re-delivered to the other instance is answered once', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'notice-bot-wh-')), 'bot.sqlite');
    const stores: [Store, Store] = [new SqliteStore(file), new SqliteStore(file)];
    cleanups.push(async () => {
      for (const s of stores) s.close();
    });
    await deliveredOnce(...(await twoInstances(stores)));
  });

  it.skipIf(!TEST_DATABASE_URL)('on PostgreSQL: an update re-delivered to the other instance is answered once', async () => {
    const schema: TestSchema = await freshSchema();
    cleanups.push(() => schema.drop());
    await deliveredOnce(...(await twoInstances([await schema.open(), await schema.open()])));
  });

  it('without the shared claims each instance would answer it: the memory check alone is per process', async () => {
    api = await new FakeBotApi().start();
    const a = await startWebhookHarness('/telegram', SECRET, { api, updates: null });
    const b = await startWebhookHarness('/telegram', SECRET, { api, updates: null });
    webs.push(a, b);
    const update = { update_id: 601, ...textMessage('慈善组织要做什么?', { from: { id: 8101 } }) };
    await post(a, update);
    await post(b, update);
    expect(api.callsOf('sendMessage').filter((c) => c.payload.chat_id === 8101)).toHaveLength(2);
  });

  it('an instance that died after claiming an update: the re-delivery elsewhere waits, takes it over, answers once', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'notice-bot-wh-')), 'bot.sqlite');
    const store = new SqliteStore(file);
    cleanups.push(async () => store.close());
    api = await new FakeBotApi().start();
    const web = await startWebhookHarness('/telegram', SECRET, { store, api, holdMs: 300 });
    webs.push(web);
    // The dead instance's claim: taken, never completed.
    expect(await store.claimUpdate(601, 300)).toBe(true);
    const update = { update_id: 601, ...textMessage('慈善组织要做什么?', { from: { id: 8101 } }) };
    const started = Date.now();
    expect(await (await post(web, update)).json()).toEqual({ ok: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(api.callsOf('sendMessage').filter((c) => c.payload.chat_id === 8101)).toHaveLength(1);
    expect(await store.isUpdateDone(601)).toBe(true);
  });

  it('a store that cannot claim: the update is answered all the same (not lost), and a warning says why', async () => {
    const failing = {
      claimUpdate: () => Promise.reject(new Error('database unreachable')),
      releaseUpdate: () => Promise.reject(new Error('database unreachable')),
      completeUpdate: () => Promise.reject(new Error('database unreachable')),
      isUpdateDone: () => Promise.reject(new Error('database unreachable')),
    };
    api = await new FakeBotApi().start();
    const web = await startWebhookHarness('/telegram', SECRET, { api, updates: failing });
    webs.push(web);
    const update = { update_id: 701, ...textMessage('慈善组织要做什么?', { from: { id: 8201 } }) };
    expect(await (await post(web, update)).json()).toEqual({ ok: true });
    expect(api.callsOf('sendMessage').filter((c) => c.payload.chat_id === 8201)).toHaveLength(1);
    expect(web.logs.text).toMatch(/cannot claim the update in the store; handling it anyway/);
    // The memory check still holds for this process.
    expect(await (await post(web, update)).json()).toEqual({ ok: true, duplicate: true });
  });
});
