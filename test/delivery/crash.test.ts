// kill -9 in the middle of a broadcast, then a restart: nothing lost, at most one duplicate.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite.js';
import { FakeBotApi } from '../support/fake-bot-api.js';
import { TEST_TOKEN } from '../support/harness.js';
import { nodeArgs } from '../support/process.js';

const [node, args] = nodeArgs('src/main.ts');
let api: FakeBotApi | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  child?.kill('SIGKILL');
  await api?.stop();
});

describe('a crash during a broadcast', () => {
  it('resumes where it stopped after kill -9', async () => {
    api = await new FakeBotApi().start();
    const dir = mkdtempSync(join(tmpdir(), 'notice-bot-crash-'));
    const dbPath = join(dir, 'bot.sqlite');
    const chats = Array.from({ length: 3000 }, (_, i) => 500_000 + i);
    const store = new SqliteStore(dbPath);
    for (const c of chats) await store.subscribe(c, null);
    await store.createBroadcast({ kind: 'announce', version: null, createdBy: null, messages: [{ text: '📢 通知', chatIds: chats }] });
    store.close();

    const env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: api.url,
      DATABASE_PATH: dbPath,
      BROADCAST_PER_SECOND: '500',
      LOG_LEVEL: 'warn',
    };
    const delivered = () => api!.callsOf('sendMessage').filter((c) => c.payload.chat_id >= 500_000);
    const start = () => spawn(node, args, { cwd: dir, env, stdio: 'ignore' });

    child = start();
    await api.waitFor(() => delivered().length >= 600, 30_000);
    child.kill('SIGKILL');
    await new Promise((r) => child!.once('exit', r));
    const beforeRestart = delivered().length;
    expect(beforeRestart).toBeLessThan(3000);

    child = start();
    const deadline = Date.now() + 40_000;
    while (new Set(delivered().map((c) => c.payload.chat_id)).size < 3000 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGTERM');
    await new Promise((r) => child!.once('exit', r));

    const counts = new Map<number, number>();
    for (const c of delivered()) counts.set(c.payload.chat_id, (counts.get(c.payload.chat_id) ?? 0) + 1);
    expect(counts.size).toBe(3000); // nobody lost
    const duplicates = [...counts.values()].reduce((n, k) => n + (k - 1), 0);
    expect(duplicates).toBeLessThanOrEqual(1); // at most one per crash
    const after = new SqliteStore(dbPath);
    expect(await after.unfinishedBroadcasts()).toEqual([]);
    after.close();
  }, 90_000);
});
