// One user's presses and inline queries are limited like messages: they cannot spend the bot's
// Telegram-wide budget for everyone; and a vote is one per person and sentence.
import { afterEach, describe, expect, it } from 'vitest';
import { encodeAction } from '../../src/bot/callback-data.js';
import { type Harness, startHarness } from '../support/harness.js';
import { NOTICE_ID } from '../support/knowledge.js';
import { callback, inlineQuery } from '../support/updates.js';

let h: Harness | undefined;
afterEach(async () => h?.stop());

const settle = () => new Promise((r) => setTimeout(r, 1500));

describe('floods of buttons and inline queries', () => {
  it('300 presses of "whole paragraph" send at most the limit of messages; the rest get a toast', async () => {
    h = await startHarness({ config: { RATE_LIMIT_MESSAGES: 5, RATE_LIMIT_WINDOW_MS: 60_000 } });
    const data = encodeAction({ kind: 'paragraph', notice: NOTICE_ID, paragraph: 4, sentence: 2 });
    const from = { id: 4242 };
    for (let i = 0; i < 300; i++) h.api.push(callback(data, from));
    // Every press is answered: a message for the first few, a toast for the rest.
    const deadline = Date.now() + 20_000;
    while (h.api.callsOf('answerCallbackQuery').length < 300 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const sent = h.api.callsOf('sendMessage').filter((c) => c.payload.chat_id === 4242);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.length).toBeLessThanOrEqual(10);
    expect(h.api.callsOf('answerCallbackQuery').length).toBe(300);
    expect(h.api.callsOf('answerCallbackQuery').filter((c) => String(c.payload.text ?? '').length > 0).length).toBeGreaterThan(280);
    // Someone else is still served.
    const other = await h.send(callback(data, { id: 4343 }), (c) => c.method === 'sendMessage' && c.payload.chat_id === 4343);
    expect(other.payload.text).toContain('第4段');
  }, 30_000);

  it('300 inline queries: at most the limit are computed', async () => {
    h = await startHarness({ config: { RATE_LIMIT_MESSAGES: 5, RATE_LIMIT_WINDOW_MS: 60_000 } });
    for (let i = 0; i < 300; i++) h.api.push(inlineQuery(`慈善 ${i}`, { id: 5151 }));
    await settle();
    const answers = h.api.callsOf('answerInlineQuery');
    expect(answers.filter((c) => (c.payload.results as unknown[]).length > 0).length).toBeLessThanOrEqual(10);
  }, 30_000);

  it('300 👍 on one answer are one vote', async () => {
    h = await startHarness({ config: { RATE_LIMIT_MESSAGES: 1000, RATE_LIMIT_WINDOW_MS: 1000 } });
    const up = encodeAction({ kind: 'feedback', useful: true, ref: { notice: NOTICE_ID, paragraph: 4, sentence: 8 } });
    for (let i = 0; i < 300; i++) h.api.push(callback(up, { id: 6161 }));
    await settle();
    const down = encodeAction({ kind: 'feedback', useful: false, ref: { notice: NOTICE_ID, paragraph: 4, sentence: 8 } });
    await h.send(callback(down, { id: 6262 }), 'answerCallbackQuery');
    await settle();
    const stats = await h.deps.store.stats();
    expect(stats).toMatchObject({ useful: 1, notUseful: 1 });
  }, 30_000);
});
