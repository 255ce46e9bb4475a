// The webhook server over real HTTP on 127.0.0.1, in front of the real bot and the fake Bot API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeBotApi } from '../support/fake-bot-api.js';
import { textMessage } from '../support/updates.js';
import { startWebhookHarness, type WebhookHarness } from '../support/webhook-harness.js';

const SECRET = 'test-secret-0123456789';
let api: FakeBotApi;
let web: WebhookHarness;
let base = '';
let updateId = 1;

beforeAll(async () => {
  web = await startWebhookHarness('/telegram', SECRET);
  api = web.api;
  base = web.base;
});
afterAll(() => web.stop());

const post = (body: unknown, secret: string | null = SECRET, path = '/telegram') =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('the webhook server', () => {
  it('GET /healthz answers 200', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ok');
  });

  it('rejects calls without the secret, or with a wrong one, with 401 and handles nothing', async () => {
    const before = api.calls.length;
    expect((await post({ update_id: updateId++, ...textMessage('慈善组织要做什么?') }, null)).status).toBe(401);
    expect((await post({ update_id: updateId++, ...textMessage('慈善组织要做什么?') }, 'wrong-secret-0123456789')).status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(api.calls.length).toBe(before);
  });

  it('handles an update and acknowledges it after the reply was sent', async () => {
    const res = await post({ update_id: updateId++, ...textMessage('倡议是谁发出的?', { from: { id: 7001 } }) });
    expect(res.status).toBe(200);
    expect(api.callsOf('sendMessage').some((c) => c.payload.chat_id === 7001 && String(c.payload.text).includes('第1段第1句'))).toBe(true);
  });

  it('handles a re-delivered update_id once', async () => {
    const update = { update_id: updateId++, ...textMessage('慈善组织要做什么?', { from: { id: 7002 } }) };
    expect((await post(update)).status).toBe(200);
    expect(await (await post(update)).json()).toEqual({ ok: true, duplicate: true });
    expect(api.callsOf('sendMessage').filter((c) => c.payload.chat_id === 7002)).toHaveLength(1);
  });

  it('bad bodies, other paths and methods', async () => {
    expect((await post('{not json')).status).toBe(400);
    expect((await post({ hello: 1 })).status).toBe(400);
    expect((await post('x'.repeat(1024 * 1024 + 10))).status).toBe(413);
    expect((await post({ update_id: 1 }, SECRET, '/other')).status).toBe(404);
    expect((await fetch(`${base}/telegram`)).status).toBe(405);
  });
});
