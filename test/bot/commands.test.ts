import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_USER } from '../support/fake-bot-api.js';
import { type Harness, startHarness } from '../support/harness.js';
import { callback, textMessage } from '../support/updates.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

const EN = { id: 2002, language_code: 'en' };
const HANT = { id: 2003, language_code: 'zh-tw' };

describe('/start and /help', () => {
  it('says what the bot is, which notice, three examples, and shows the sector keyboard', async () => {
    const { payload } = await h.send(textMessage('/start'));
    expect(payload.text).toContain('《贵州省民政厅倡议》');
    expect(payload.text).toContain('2020-02-20');
    expect(payload.text.split('\n').filter((l: string) => l.startsWith('• '))).toHaveLength(3);
    expect(payload.reply_markup.inline_keyboard.flat()).toHaveLength(8);
  });

  it('follows the user language: English and traditional Chinese', async () => {
    expect((await h.send(textMessage('/help', { from: EN }))).payload.text).toContain('Every answer quotes the notice');
    expect((await h.send(textMessage('/start', { from: HANT }))).payload.text).toContain('《貴州省民政廳倡議》');
  });

  it('deep links open a sector or a paragraph; a bad payload falls back to the welcome', async () => {
    expect((await h.send(textMessage('/start s_charity'))).payload.text).toContain('慈善组织：倡议的要求');
    expect((await h.send(textMessage('/start p_5'))).payload.text).toContain('第5段');
    expect((await h.send(textMessage(`/start ${'x'.repeat(300)}`))).payload.text).toContain('您好');
    expect((await h.send(textMessage('/start s_nope'))).payload.text).toContain('您好');
  });
});

describe('/sectors', () => {
  it('a tap edits the message into the sector duty with a back button, and back returns', async () => {
    await h.send(textMessage('/sectors'));
    const edit = await h.send(callback('s:utilities'), 'editMessageText');
    expect(edit.payload.text).toContain('水电气讯：倡议的要求');
    expect(edit.payload.text).toContain('水电气讯需求增长的保障');
    expect(edit.payload.reply_markup.inline_keyboard.flat().at(-1).callback_data).toBe('sl');
    const back = await h.send(callback('sl'), 'editMessageText');
    expect(back.payload.text).toContain('请选择您所在的行业');
  });
});

describe('/notice and /p', () => {
  it('/notice: title, issuer, date, the three points, the paragraph list', async () => {
    const { payload } = await h.send(textMessage('/notice'));
    expect(payload.text).toContain('贵州省民政厅向全省社会组织发出积极响应复工复产工作的倡议');
    for (const h2 of ['一要认清形势', '二要扛起责任', '三要发挥优势']) expect(payload.text).toContain(h2);
    expect(payload.reply_markup.inline_keyboard.flat()).toHaveLength(5);
  });

  it('/p N and /paragraph N show the paragraph; bad numbers get a clear message', async () => {
    expect((await h.send(textMessage('/p 2'))).payload.text).toContain('一要认清形势');
    expect((await h.send(textMessage('/paragraph 5'))).payload.text).toContain('同舟共济');
    expect((await h.send(textMessage('/p 0'))).payload.text).toContain('倡议共有5段');
    expect((await h.send(textMessage('/p 99'))).payload.text).toContain('倡议共有5段');
    expect((await h.send(textMessage('/p abc'))).payload.text).toContain('用法：/p 1 到 /p 5');
    expect((await h.send(textMessage('/p'))).payload.text).toContain('用法');
  });

  it('an unknown command lists the commands', async () => {
    expect((await h.send(textMessage('/frobnicate'))).payload.text).toContain('/sectors');
  });
});

describe('/lang', () => {
  it('changes the interface language for this user', async () => {
    const user = { id: 3003, language_code: 'zh-hans' };
    await h.send(textMessage('/lang', { from: user }));
    const edit = await h.send(callback('l:en', user), 'editMessageText');
    expect(edit.payload.text).toBe('Switched to English.');
    expect((await h.send(textMessage('/start', { from: user }))).payload.text).toContain('Hello!');
  });
});

describe('subscriptions from the bot', () => {
  it('/subscribe, the 🔔 button, /mysubs, /unsubscribe', async () => {
    const user = { id: 4004, language_code: 'zh-hans' };
    expect((await h.send(textMessage('/subscribe', { from: user }))).payload.text).toContain('已订阅「整份倡议」');
    expect((await h.send(callback('sub:medical', user), 'answerCallbackQuery')).payload.text).toContain('已订阅「医疗卫生」');
    expect((await h.send(textMessage('/subscribe 学校', { from: user }))).payload.text).toContain('已订阅「教育类协会·民办非企业单位」');
    expect((await h.send(textMessage('/subscribe nonsense', { from: user }))).payload.text).toContain('没有找到行业「nonsense」');
    const subs = (await h.send(textMessage('/mysubs', { from: user }))).payload.text;
    expect(subs).toContain('整份倡议');
    expect(subs).toContain('医疗卫生');
    expect((await h.send(textMessage('/unsubscribe all', { from: user }))).payload.text).toContain('已取消3项订阅');
    expect((await h.send(textMessage('/mysubs', { from: user }))).payload.text).toContain('您还没有订阅');
  });
});

describe('groups', () => {
  it('answers commands, mentions and replies to itself, and nothing else', async () => {
    const group = { chatType: 'group' as const, chatId: -777 };
    const since = h.api.calls.length;
    h.api.push(textMessage('大家好,今天开会', group));
    const mention = await h.send(textMessage(`@${BOT_USER.username} 慈善组织要做什么?`, group));
    expect(mention.payload.chat_id).toBe(-777);
    expect(mention.payload.text).toContain('第4段第8句');
    // The plain message before it got no reply: the only sendMessage since is the mention's answer.
    expect(h.api.calls.slice(since).filter((c) => c.method === 'sendMessage')).toHaveLength(1);
    const reply = await h.send(textMessage('那志愿者呢?', { ...group, replyTo: { message_id: 1, fromId: BOT_USER.id } }));
    expect(reply.payload.text).toContain('志愿服务');
    expect((await h.send(textMessage(`/sectors@${BOT_USER.username}`, group))).payload.text).toContain('请选择您所在的行业');
  });
});
