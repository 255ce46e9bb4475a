// The Bot API failing, floods, and what reaches the logs.
import { afterEach, describe, expect, it } from 'vitest';
import { maskSecrets } from '../../src/logger.js';
import { type Harness, startHarness, TEST_TOKEN } from '../support/harness.js';
import { textMessage } from '../support/updates.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe('when the Bot API fails', () => {
  it('429 with retry_after, 500 and a dropped connection: the reply still arrives, once', async () => {
    h = await startHarness();
    h.api.failNext('429', 1, ['sendMessage']);
    h.api.failNext('500', 1, ['sendMessage']);
    h.api.failNext('drop', 1, ['sendMessage']);
    const started = Date.now();
    // auto-retry waits retry_after (1 s) for the 429, then backs off 3 s and 6 s for the others.
    const call = await h.send(
      textMessage('慈善组织要做什么?', { from: { id: 9001 } }),
      (c) => c.method === 'sendMessage' && c.payload.chat_id === 9001,
      20_000,
    );
    expect(call.payload.text).toContain('第4段第8句');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900); // honoured retry_after: 1
    await new Promise((r) => setTimeout(r, 200));
    expect(h.api.callsOf('sendMessage').filter((c) => c.payload.chat_id === 9001)).toHaveLength(1);
  }, 30_000);

  it('getUpdates failing: polling recovers by itself', async () => {
    h = await startHarness();
    h.api.failNext('500', 1, ['getUpdates']);
    h.api.failNext('drop', 1, ['getUpdates']);
    const call = await h.send(textMessage('第5段说了什么', { from: { id: 9002 } }), 'sendMessage', 20_000);
    expect(call.payload.text).toContain('同舟共济');
  }, 30_000);
});

describe('a flood', () => {
  it('past the limit the user is told once, and the bot keeps serving others', async () => {
    h = await startHarness({ config: { RATE_LIMIT_MESSAGES: 5, RATE_LIMIT_WINDOW_MS: 5000 } });
    const flooder = { id: 9100 };
    const since = h.api.calls.length;
    for (let i = 0; i < 20; i++) h.api.push(textMessage('慈善组织要做什么?', { from: flooder }));
    const other = await h.send(textMessage('志愿服务组织能做什么?', { from: { id: 9101 } }), (c) => c.method === 'sendMessage' && c.payload.chat_id === 9101);
    expect(other.payload.text).toContain('志愿服务');
    await h.api.waitFor((c) => c.method === 'sendMessage' && String(c.payload.text).includes('太快'), 5000, since);
    await new Promise((r) => setTimeout(r, 300));
    const toFlooder = h.api.calls.slice(since).filter((c) => c.method === 'sendMessage' && c.payload.chat_id === flooder.id);
    expect(toFlooder.filter((c) => String(c.payload.text).includes('第4段第8句'))).toHaveLength(5);
    expect(toFlooder.filter((c) => String(c.payload.text).includes('太快'))).toHaveLength(1);
  });
});

describe('logs', () => {
  it('one line per update with update_id, chat id and latency; the question only at debug', async () => {
    h = await startHarness();
    await h.send(textMessage('倡议是谁发出的?', { from: { id: 9200 } }));
    await new Promise((r) => setTimeout(r, 100));
    const lines = h.logs.lines.map((l) => JSON.parse(l));
    const update = lines.find((l) => l.msg === 'update' && l.chat_id === 9200);
    expect(update).toMatchObject({ type: 'message' });
    expect(typeof update.ms).toBe('number');
    expect(lines.find((l) => l.msg === 'question' && l.chat_id === 9200)).toMatchObject({ level: 20 });
    expect(lines.find((l) => l.msg === 'answer' && l.chat_id === 9200)).not.toHaveProperty('question');
  });

  it('never contains the bot token, even in errors from the HTTP client', async () => {
    h = await startHarness();
    h.api.failNext('drop', 1, ['sendMessage']); // node's fetch error names the URL, token included
    await h.send(textMessage('慈善组织要做什么?', { from: { id: 9300 } }), (c) => c.method === 'sendMessage' && c.payload.chat_id === 9300, 15_000);
    const secret = TEST_TOKEN.split(':')[1]!;
    expect(h.logs.text).toContain('bot api call failed');
    expect(h.logs.text).toContain('/bot<token>/sendMessage'); // the URL was in the error, masked
    expect(h.logs.text).not.toContain(secret);
    expect(maskSecrets(`GET https://api.telegram.org/bot${TEST_TOKEN}/getMe`)).toBe('GET https://api.telegram.org/bot<token>/getMe');
  }, 30_000);
});
