// Faults while people use the bot: the Bot API failing, the database failing.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite.js';
import { type Harness, startHarness } from '../support/harness.js';
import { textMessage } from '../support/updates.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe('the Bot API failing while people talk', () => {
  it('429s, 500s, dropped connections and slow answers: every question answered exactly once', async () => {
    h = await startHarness();
    h.api.latencyMs = 50;
    // 5% each: some questions meet two or three faults in a row (auto-retry backs off 3 s, 6 s, 12 s…).
    h.api.setFaults({ rate429: 0.05, rate500: 0.05, rateDrop: 0.05, retryAfter: 1, methods: ['sendMessage', 'sendChatAction'] });
    const users = Array.from({ length: 30 }, (_, i) => ({ id: 70_000 + i }));
    const questions = ['慈善组织要做什么?', '医院要做什么?', '第5段说了什么', '倡议是谁发出的?', '学校什么时候能开学'];
    users.forEach((u, i) => {
      h!.api.push(textMessage(questions[i % questions.length]!, { from: u }));
    });
    const deadline = Date.now() + 75_000;
    const answered = () => new Set(h!.api.callsOf('sendMessage').map((c) => c.payload.chat_id));
    while (users.some((u) => !answered().has(u.id)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    h.api.setFaults(undefined);
    for (const u of users)
      expect(
        h.api.callsOf('sendMessage').filter((c) => c.payload.chat_id === u.id),
        `user ${u.id}`,
      ).toHaveLength(1);
    // And it has recovered: a new question is answered at once.
    expect((await h.send(textMessage('志愿者能做什么?', { from: { id: 71_000 } }))).payload.text).toContain('志愿服务');
  }, 100_000);
});

describe('the database failing', () => {
  const dbFile = () => join(mkdtempSync(join(tmpdir(), 'notice-bot-faults-')), 'bot.sqlite');

  // A full disk is the same StoreError path (shown at the store level in test/store/sqlite.test.ts).
  it.each([['read-only', ['query_only = ON']]])(
    '%s: a polite error, a clear log line, questions still answered; a restart recovers with the data intact',
    async (_name, pragmas) => {
      const path = dbFile();
      const setup = new SqliteStore(path);
      await setup.subscribe(72_000, 'medical');
      setup.close();
      const broken = new SqliteStore(path, { pragmas: pragmas as string[] });
      h = await startHarness({ store: broken });
      const user = { id: 72_001 };
      const reply = await h.send(textMessage('/subscribe 慈善', { from: user }));
      expect(reply.payload.text).toContain('抱歉，出了点问题，请稍后再试');
      expect(h.logs.text).toMatch(/"msg":"update failed".*StoreError|StoreError.*"msg":"update failed"/);
      expect((await h.send(textMessage('慈善组织要做什么?', { from: user }))).payload.text).toContain('第4段第8句');
      await h.stop();
      h = undefined;
      broken.close();

      const fixed = new SqliteStore(path);
      expect(await fixed.listSubscriptions(72_000)).toEqual(['medical']);
      expect(await fixed.subscribe(72_001, 'charity')).toBe(true);
      fixed.close();
      const db = new Database(path);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    },
  );

  it('locked: a polite error while another process holds the lock; fine again once it is released', async () => {
    const path = dbFile();
    const store = new SqliteStore(path, { pragmas: ['busy_timeout = 50'] });
    h = await startHarness({ store });
    const other = new Database(path);
    other.exec('BEGIN EXCLUSIVE');
    const user = { id: 73_001 };
    expect((await h.send(textMessage('/subscribe', { from: user }))).payload.text).toContain('抱歉');
    expect(h.logs.text).toContain('database is locked');
    other.exec('ROLLBACK');
    other.close();
    expect((await h.send(textMessage('/subscribe', { from: user }))).payload.text).toContain('已订阅');
  });
});
