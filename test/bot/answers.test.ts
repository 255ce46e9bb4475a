import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/harness.js';
import { telegramHtmlProblems } from '../support/telegram-html.js';
import { callback, editedText, inlineQuery, mediaMessage, textMessage } from '../support/updates.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

describe('a question in a private chat', () => {
  it('is answered with the citation, the quote and the buttons', async () => {
    const call = await h.send(textMessage('慈善组织要做什么?'));
    const { text, parse_mode, reply_markup } = call.payload;
    expect(parse_mode).toBe('HTML');
    expect(text).toContain('<b>《贵州省民政厅倡议》第4段第8句');
    expect(text).toMatch(/<blockquote>各慈善组织要在依法开展公开募捐援助湖北鄂州的同时.*<\/blockquote>/);
    expect(text).toContain('2020-02-20');
    const buttons = reply_markup.inline_keyboard.flat();
    expect(buttons[0]).toEqual({ text: '📄 第4段全文', callback_data: 'p:gz-mzt-2020-02-20:4:8' });
    expect(buttons.map((b: { text: string }) => b.text)).toEqual(expect.arrayContaining(['👍', '👎']));
    expect(buttons.some((b: { callback_data: string }) => b.callback_data === 'sub:charity')).toBe(true);
    for (const b of buttons) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
    expect(h.api.callsOf('sendChatAction').length).toBeGreaterThan(0);
  });

  it('a question for what the notice does not state: "not stated", and the nearest sentence as related', async () => {
    const call = await h.send(textMessage('慈善组织募捐的银行账号是多少', { from: { id: 2222 } }));
    const { text } = call.payload;
    expect(text).toContain('倡议没有说到“账号”。相关的是');
    expect(text).toMatch(/<b>《贵州省民政厅倡议》第4段第8句.*<\/b>\n<blockquote>各慈善组织/);
    expect(telegramHtmlProblems(text)).toEqual([]);
  });

  it('follows the script of the question', async () => {
    const call = await h.send(textMessage('學校什麼時候能開學?'));
    expect(call.payload.text).toContain('《貴州省民政廳倡議》第4段第7句');
    expect(call.payload.text).toContain('暫時關閉');
    expect(call.payload.reply_markup.inline_keyboard[0][0].callback_data).toBe('p:gz-mzt-2020-02-20:4:7:t');
  });

  it('says plainly when the notice does not cover it, with the sector keyboard and two examples', async () => {
    const call = await h.send(textMessage('今天天气怎么样?'));
    expect(call.payload.text).toContain('倡议里没有提到这个问题');
    expect(call.payload.text.split('\n').filter((l: string) => l.startsWith('• '))).toHaveLength(2);
    expect(call.payload.reply_markup.inline_keyboard.flat().map((b: { callback_data: string }) => b.callback_data)).toContain('s:medical');
  });

  it('escapes HTML in what it echoes and renders', async () => {
    const long = `<b>慈善组织</b>&</blockquote>${'啊'.repeat(400)}`;
    const call = await h.send(textMessage(long));
    expect(call.payload.text).not.toContain('<b>慈善组织</b>');
    expect(call.payload.text).toContain('问题太长');
    expect(call.payload.text.length).toBeLessThanOrEqual(4096);
  });

  it('answers an edited question again', async () => {
    const call = await h.send(editedText('建筑建材领域的协会要做哪些工作?'));
    expect(call.payload.text).toContain('第4段第3句');
  });

  it.each(['sticker', 'photo', 'voice', 'location', 'document', 'poll'] as const)('a %s gets "please ask in text"', async (kind) => {
    const call = await h.send(mediaMessage(kind));
    expect(call.payload.text).toContain('请用文字提问');
  });
});

describe('buttons', () => {
  it('📄 shows the whole paragraph with the cited sentence marked', async () => {
    const call = await h.send(callback('p:gz-mzt-2020-02-20:4:8'));
    expect(call.payload.text).toContain('<b>《贵州省民政厅倡议》第4段');
    expect(call.payload.text).toMatch(/<b><u>各慈善组织要.*?<\/u><\/b>/);
    expect(call.payload.text).toContain('医疗卫生领域');
    const ack = await h.api.waitFor((c) => c.method === 'answerCallbackQuery');
    expect(ack).toBeTruthy();
  });

  it('📋 under a sector answer sends the sector list as a new message', async () => {
    const answer = await h.send(textMessage('慈善组织要做什么?'));
    const other = answer.payload.reply_markup.inline_keyboard.flat().find((b: { callback_data: string }) => b.callback_data === 'sn');
    expect(other.text).toBe('📋 其他行业的要求');
    const list = await h.send(callback('sn'));
    expect(list.payload.text).toContain('请选择您所在的行业');
    expect(list.payload.reply_markup.inline_keyboard.flat()).toHaveLength(8);
  });

  it('a did-you-mean choice answers with that sentence', async () => {
    const call = await h.send(callback('q:gz-mzt-2020-02-20:4:3'));
    expect(call.payload.text).toContain('第4段第3句');
  });

  it('👍 is acknowledged', async () => {
    const ack = await h.send(callback('f:y:gz-mzt-2020-02-20:4:8'), 'answerCallbackQuery');
    expect(ack.payload.text).toContain('谢谢');
  });

  it.each([
    'p:gz-mzt-2020-02-20:9:1',
    'p:no-such-notice:1:1',
    's:no-such-sector',
    'garbage',
    'q:x',
    '',
    'f:y:gz-mzt-2020-02-20:4:99',
    'p:gz-mzt-2020-02-20:4:8'.repeat(4),
  ])('forged or stale data %j: "this button has expired"', async (data) => {
    const ack = await h.send(callback(data), 'answerCallbackQuery');
    expect(ack.payload.text).toContain('按钮已过期');
  });
});

describe('inline mode', () => {
  it('offers cited answers as articles', async () => {
    const call = await h.send(inlineQuery('医疗'), 'answerInlineQuery');
    const results = call.payload.results;
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(10);
    expect(results[0].title).toContain('第4段第2句');
    expect(results[0].input_message_content.message_text).toContain('<blockquote>医疗卫生领域');
  });

  it('an empty query lists the sectors; a 256-character one still answers', async () => {
    expect((await h.send(inlineQuery(''), 'answerInlineQuery')).payload.results).toHaveLength(8);
    const call = await h.send(inlineQuery(`慈善组织${'啊'.repeat(252)}`), 'answerInlineQuery');
    expect(Array.isArray(call.payload.results)).toBe(true);
  });
});
