// Admin commands and account handling through the real bot, with the app's store, publisher and worker.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { App, KnowledgeHolder } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { createLogger } from '../../src/logger.js';
import { Answerer } from '../../src/search/answer.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { FakeBotApi } from '../support/fake-bot-api.js';
import { type Harness, LogCapture, startHarness, TEST_TOKEN } from '../support/harness.js';
import { editNotice, knowledgeCopy } from '../support/knowledge.js';
import { callback, textMessage } from '../support/updates.js';

const ADMIN = { id: 777, language_code: 'zh-hans' };
const USER = { id: 778, language_code: 'zh-hans' };
let h: Harness;
let app: App;
let store: SqliteStore;
let dir: string;

beforeAll(async () => {
  dir = knowledgeCopy();
  store = new SqliteStore(':memory:');
  const knowledge = new KnowledgeHolder(dir, new Answerer(loadKnowledge(dir)));
  const api = await new FakeBotApi().start();
  const config = loadConfig({
    BOT_TOKEN: TEST_TOKEN,
    TELEGRAM_API_ROOT: api.url,
    ADMIN_IDS: String(ADMIN.id),
    BROADCAST_PER_SECOND: '1000',
    STORE_QUESTIONS: 'true',
  });
  app = new App({ config, logger: createLogger({ level: 'silent', destination: new LogCapture() }), store, knowledge });
  await app.start();
  h = await startHarness({ api, store, knowledge, admin: app.admin, config: { ADMIN_IDS: [ADMIN.id], STORE_QUESTIONS: true } });
});
afterAll(async () => {
  await app.stop();
  await h.stop();
});

// The admin's chat also receives broadcast progress reports: wait for the reply that says `marker`.
const reply = (update: Parameters<Harness['send']>[0], marker: string) =>
  h.send(update, (c) => c.method === 'sendMessage' && String(c.payload.text).includes(marker));

describe('admin commands', () => {
  it('refuse anyone not in ADMIN_IDS', async () => {
    for (const cmd of ['/reload', '/announce hi', '/stats']) {
      expect((await h.send(textMessage(cmd, { from: USER }))).payload.text).toContain('只有管理员');
    }
    expect((await h.send(callback('a:y:1', USER), 'answerCallbackQuery')).payload.text).toContain('只有管理员');
  });

  it('/stats: users, subscribers per sector, questions, answered share, feedback, unanswered questions', async () => {
    await h.send(textMessage('/start', { from: USER }));
    await h.send(textMessage('/subscribe 医院', { from: USER }));
    await h.send(textMessage('比特币多少钱', { from: USER }));
    await h.send(textMessage('慈善组织要做什么?', { from: USER }));
    await h.send(callback('f:y:gz-mzt-2020-02-20:4:8', USER), 'answerCallbackQuery');
    const text = (await h.send(textMessage('/stats', { from: ADMIN }))).payload.text;
    expect(text).toContain('医疗卫生: 1');
    expect(text).toMatch(/questions: 2, answered 1 \(50%\)/);
    expect(text).toContain('👍 1');
    expect(text).toContain('比特币多少钱 ×1');
  });

  it('/reload with unchanged files says so and sends nothing', async () => {
    expect((await h.send(textMessage('/reload', { from: ADMIN }))).payload.text).toContain('知识库没有变化');
  });

  it('/reload after an edit: the new text answers questions, and the sector subscribers are told', async () => {
    editNotice(dir, (t) => t.replace('全面推进防护用品', '全面推进口罩、防护用品'));
    const done = await reply(textMessage('/reload', { from: ADMIN }), '知识库');
    expect(done.payload.text).toMatch(/知识库已更新为版本 [0-9a-f]{16}，将通知 1 位订阅者/);
    // The subscriber of 医疗卫生 (from the /stats test) gets the update, with the new sentence.
    const update = await h.api.waitFor((c) => c.method === 'sendMessage' && c.payload.chat_id === USER.id && String(c.payload.text).includes('有更新'));
    expect(update.payload.text).toContain('全面推进口罩、防护用品');
    const answer = await reply(textMessage('医疗卫生协会要做什么?', { from: ADMIN }), '第4段第2句');
    expect(answer.payload.text).toContain('全面推进口罩、防护用品');
  });

  it('/reload with a broken file keeps the previous knowledge and says why', async () => {
    const file = join(dir, 'sectors.json');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('"sentence": 2', '"sentence": 42'));
    const failed = await reply(textMessage('/reload', { from: ADMIN }), '重新加载失败');
    expect(failed.payload.text).toContain('sectors.json');
    expect((await reply(textMessage('慈善组织要做什么?', { from: ADMIN }), '第4段')).payload.text).toContain('第4段第8句');
    writeFileSync(file, good);
  });

  it('/announce: a preview with confirm and cancel; only a confirm queues it', async () => {
    const preview = await reply(textMessage('/announce 明天<b>开会</b>', { from: ADMIN }), '预览');
    expect(preview.payload.text).toContain('预览（将发送给 1 位订阅者）');
    expect(preview.payload.text).toContain('明天&lt;b&gt;开会&lt;/b&gt;');
    const [send, cancel] = preview.payload.reply_markup.inline_keyboard[0];
    expect((await h.send(callback(cancel.callback_data, ADMIN), 'editMessageText')).payload.text).toContain('已取消');
    expect((await h.send(callback(send.callback_data, ADMIN), 'answerCallbackQuery')).payload.text).toContain('按钮已过期'); // the draft is gone
    const again = await reply(textMessage('/announce 明天开会', { from: ADMIN }), '预览');
    const confirm = again.payload.reply_markup.inline_keyboard[0][0].callback_data;
    expect((await h.send(callback(confirm, ADMIN), 'editMessageText')).payload.text).toContain('已开始发送给 1 位订阅者');
    const delivered = await h.api.waitFor((c) => c.method === 'sendMessage' && c.payload.chat_id === USER.id && String(c.payload.text).includes('明天开会'));
    expect(delivered.payload.text).toBe('📢 明天开会');
    // The admin who started it hears how it went.
    await h.api.waitFor((c) => c.method === 'sendMessage' && c.payload.chat_id === ADMIN.id && String(c.payload.text).includes('已送达 1/1'));
  });
});

describe('accounts', () => {
  it('blocking the bot makes a user inactive; /start brings the subscriptions back', async () => {
    const user = { id: 880 };
    await h.send(textMessage('/subscribe', { from: user }));
    h.api.push({
      my_chat_member: {
        chat: { id: 880, type: 'private', first_name: 'u' },
        from: { id: 880, is_bot: false, first_name: 'u' },
        date: 0,
        old_chat_member: { status: 'member', user: { id: 1, is_bot: true, first_name: 'b' } },
        new_chat_member: { status: 'kicked', user: { id: 1, is_bot: true, first_name: 'b' }, until_date: 0 },
      },
    } as never);
    const deadline = Date.now() + 3000;
    while ((await store.subscribers()).has(880) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect((await store.subscribers()).has(880)).toBe(false);
    await h.send(textMessage('/start', { from: user }));
    expect((await store.subscribers()).get(880)?.sectors).toEqual([null]);
  });

  it('/forget deletes everything and says so', async () => {
    const user = { id: 881 };
    await h.send(textMessage('/subscribe 慈善', { from: user }));
    expect((await h.send(textMessage('/forget', { from: user }))).payload.text).toContain('已删除');
    expect(await store.listSubscriptions(881)).toEqual([]);
    expect((await h.send(textMessage('/forget', { from: user }))).payload.text).toContain('没有保存');
  });
});
