// /lang confirms once (the edited message), and every toast speaks the language the user chose.
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite.js';
import { StoreError } from '../../src/store/types.js';
import { type Harness, startHarness } from '../support/harness.js';
import { NOTICE_ID } from '../support/knowledge.js';
import { callback, textMessage } from '../support/updates.js';

let h: Harness;
afterEach(async () => h?.stop());

/** A user whose Telegram is in simplified Chinese and who chose English with /lang. */
async function choseEnglish(id: number) {
  const user = { id, language_code: 'zh-hans' };
  await h.send(textMessage('/lang', { from: user }));
  await h.send(callback('l:en', user), 'editMessageText');
  return user;
}

describe('/lang', () => {
  it('confirms once: the message is edited to say so, the button is answered without a toast', async () => {
    h = await startHarness();
    const user = { id: 7201, language_code: 'zh-hans' };
    const prompt = await h.send(textMessage('/lang', { from: user }));
    expect(prompt.payload.reply_markup.inline_keyboard.flat().map((b: { text: string }) => b.text)).toEqual(['简体中文', '繁體中文', 'English']);
    const since = h.api.calls.length;
    const edit = await h.send(callback('l:zh-Hant', user), 'editMessageText');
    expect(edit.payload.text).toBe('已切換為繁體中文。');
    const calls = h.api.calls.slice(since);
    const acks = calls.filter((c) => c.method === 'answerCallbackQuery');
    expect(acks).toHaveLength(1);
    expect(acks[0]!.payload.text).toBeUndefined();
    expect(calls.filter((c) => c.method === 'sendMessage')).toEqual([]);
    // And the choice holds.
    expect((await h.send(textMessage('/help', { from: user }))).payload.text).toContain('切換語言');
  });
});

describe('toasts follow the chosen language, not the Telegram one', () => {
  it('feedback thanks, an expired button, a subscription', async () => {
    h = await startHarness();
    const user = await choseEnglish(7202);
    expect((await h.send(callback(`f:y:${NOTICE_ID}:4:8`, user), 'answerCallbackQuery')).payload.text).toBe('Thank you for the feedback!');
    expect((await h.send(callback('q:nope:1:1', user), 'answerCallbackQuery')).payload.text).toBe(
      'This button has expired. Please ask again or send /sectors.',
    );
    expect((await h.send(callback('sub:charity', user), 'answerCallbackQuery')).payload.text).toContain('You will get updates for Charities');
  });

  it('the rate limit, for buttons (a toast) and for messages (a reply)', async () => {
    h = await startHarness({ config: { RATE_LIMIT_MESSAGES: 2, RATE_LIMIT_WINDOW_MS: 60_000 } });
    const user = await choseEnglish(7203);
    // The /lang message and its button count; presses are allowed twice the messages.
    const toasts: Array<string | undefined> = [];
    for (let i = 0; i < 5; i++) toasts.push((await h.send(callback(`f:y:${NOTICE_ID}:4:8`, user), 'answerCallbackQuery')).payload.text);
    expect(toasts.at(-1)).toBe('You are sending messages too fast. Please wait a few seconds.');
    expect(toasts.some((t) => t?.includes('您'))).toBe(false);
    await h.send(textMessage('慈善组织要做什么?', { from: user }));
    const told = await h.send(textMessage('慈善组织要做什么?', { from: user }));
    expect(told.payload.text).toBe('You are sending messages too fast. Please wait a few seconds.');
  });

  it('when the store fails before the choice can be read, the Telegram language, not always Chinese', async () => {
    const store = new SqliteStore(':memory:');
    store.getLang = async () => {
      throw new StoreError('database is locked');
    };
    h = await startHarness({ store });
    const en = { id: 7204, language_code: 'en' };
    expect((await h.send(callback('sl', en), 'answerCallbackQuery')).payload.text).toBe('Sorry, something went wrong. Please try again shortly.');
    expect((await h.send(textMessage('/help', { from: en }))).payload.text).toBe('Sorry, something went wrong. Please try again shortly.');
    const hant = { id: 7205, language_code: 'zh-hk' };
    expect((await h.send(textMessage('/help', { from: hant }))).payload.text).toBe('抱歉，出了點問題，請稍後再試。');
  });
});
