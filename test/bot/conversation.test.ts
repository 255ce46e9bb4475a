// A conversation through the fake Bot API: follow-ups lean on the chat's last answer, kept in the
// database (across a restart), never across chats, deleted by /forget; answers in the reader's language.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite.js';
import { type Harness, startHarness } from '../support/harness.js';
import { telegramHtmlProblems } from '../support/telegram-html.js';
import { callback, textMessage } from '../support/updates.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const ask = async (text: string, id = 3001, language_code = 'zh-hans') =>
  (await h!.send(textMessage(text, { from: { id, language_code } }))).payload.text as string;

describe('follow-up questions in a chat', () => {
  it('read the last answer: 那餐饮呢 asks the same of catering, 为什么 gets the reason, 下一句 the next sentence', async () => {
    h = await startHarness();
    expect(await ask('慈善组织要做什么？')).toContain('第4段第8句');
    const catering = await ask('那餐饮呢？');
    expect(catering).toMatch(/^<i>关于餐饮：<\/i>/);
    expect(catering).toContain('粮油加工');
    expect(telegramHtmlProblems(catering)).toEqual([]);
    expect(await ask('为什么？')).toContain('重要意义');
    expect(await ask('下一句')).toContain('第2段第3句');
  });

  it('a date set for others is said to be theirs; context never crosses chats', async () => {
    h = await startHarness();
    await ask('慈善组织要做什么？', 3101);
    const when = await ask('截止到什么时候？', 3101);
    expect(when).toContain('倡议没有说到慈善组织的时间');
    expect(when).toContain('2月底前');
    // Another chat asked the same thing with no conversation of its own.
    expect(await ask('截止到什么时候？', 3102)).not.toContain('慈善组织');
    expect(await ask('为什么？', 3103)).toContain('没有提到');
  });

  it('survives a restart (kept in the database) and /forget deletes it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'notice-bot-conv-')), 'bot.sqlite');
    h = await startHarness({ store: new SqliteStore(file) });
    await ask('慈善组织要做什么？', 3201);
    await h.stop();
    h = await startHarness({ store: new SqliteStore(file) });
    expect(await ask('那医疗呢？', 3201)).toContain('防疫物资');
    await ask('/forget', 3201);
    expect(await ask('为什么？', 3201)).toContain('没有提到');
  });

  it('in a group, each member has a conversation of their own', async () => {
    h = await startHarness();
    const inGroup = async (text: string, id: number) =>
      (await h!.send(textMessage(`@${h!.bot.botInfo.username} ${text}`, { from: { id }, chatType: 'group', chatId: -700 }))).payload.text as string;
    await inGroup('慈善组织要做什么？', 3301);
    await inGroup('教育类协会要做什么？', 3302);
    expect(await inGroup('为什么？', 3301)).toMatch(/关于慈善组织/);
    expect(await inGroup('为什么？', 3302)).toMatch(/关于教育/);
  });
});

describe('the reader’s language', () => {
  it('English questions get the unofficial English translation above the Chinese original', async () => {
    h = await startHarness();
    const text = await ask('By when should key enterprises resume production?', 3401, 'en');
    expect(text).toContain('paragraph 2, sentence 3 (First, understand the situation)');
    expect(text).toMatch(/<blockquote>[^<]*before the end of February[^<]*\n<i>[^<]*2月底前/);
    expect(text).toContain('Unofficial English translation');
    expect(telegramHtmlProblems(text)).toEqual([]);
  });

  it('after /lang English: a Chinese question, or one with no script (？, 👍👍), is answered in English', async () => {
    h = await startHarness();
    await h.send(textMessage('/lang', { from: { id: 3501 } }));
    await h.send(callback('l:en', { id: 3501 }), 'editMessageText');
    expect(await ask('慈善组织要做什么？', 3501)).toContain('paragraph 4, sentence 8');
    expect(await ask('👍👍', 3501)).toMatch(/Please type your question/);
  });

  it('greetings and thanks get a greeting, with how to ask', async () => {
    h = await startHarness();
    expect(await ask('你好', 3601)).toContain('直接提问就行');
    expect(await ask('谢谢！', 3601)).toContain('不客气');
    expect(await ask('hi', 3602, 'en')).toContain('Ask me anything');
  });

  it('a sentence number the paragraph lacks, and a business owner asking a call to associations', async () => {
    h = await startHarness();
    expect(await ask('第4段第20句', 3701)).toContain('第4段共有9句，没有第20句');
    const owner = await ask('我开饭店的，要做什么?', 3702);
    expect(owner).toMatch(/^这份倡议是写给全省社会组织（如行业协会商会）的。其中与您的行业相关的是：\n\n<b>《贵州省民政厅倡议》第4段第5句/);
    // Asked who issued it and when: the notice's own lines, with no unrelated did-you-mean buttons.
    const who = (await h.send(textMessage('这份倡议是谁发的？哪天发的？', { from: { id: 3703 } }))).payload;
    expect(who.text).toContain('第1段第1句');
    const labels = who.reply_markup.inline_keyboard.flat().map((b: { text: string }) => b.text);
    expect(labels.filter((l: string) => l.startsWith('👉'))).toEqual([]);
  });
});
