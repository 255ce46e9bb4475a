// Load over real HTTP on 127.0.0.1: 10,000 updates in bursts to the webhook server, with re-deliveries and
// calls without the secret mixed in. Every update handled exactly once; latency reported, not asserted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeBotApi } from '../support/fake-bot-api.js';
import { textMessage } from '../support/updates.js';
import { startWebhookHarness, type WebhookHarness } from '../support/webhook-harness.js';

const SECRET = 'load-secret-0123456789abcdef';
const UPDATES = 10_000;
const BURST = 1000;
const CONCURRENCY = 32;
let api: FakeBotApi;
let web: WebhookHarness;
let url = '';

beforeAll(async () => {
  web = await startWebhookHarness('/hook', SECRET);
  api = web.api;
  url = `${web.base}/hook`;
});
afterAll(() => web.stop());

/** A bounded client: at most `limit` requests in flight, each timed. */
async function pool<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

describe('webhook under load', () => {
  it(`${UPDATES} updates in bursts, re-deliveries and unauthenticated calls mixed in`, async () => {
    const questions = ['慈善组织要做什么?', '医院要做什么?', '第5段说了什么', '今天天气怎么样', '学校什么时候能开学', '/sectors'];
    const updates = Array.from({ length: UPDATES }, (_, i) => ({
      update_id: i + 1,
      ...textMessage(questions[i % questions.length]!, { from: { id: 100_000 + (i % 2000) } }),
    }));
    const latencies: number[] = [];
    const statuses = new Map<string, number>();
    const post = async (body: unknown, secret: string | null, kind: string) => {
      const started = performance.now();
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
        body: JSON.stringify(body),
      });
      const json = (await res.json()) as { duplicate?: boolean };
      if (kind === 'update') latencies.push(performance.now() - started);
      const key = `${kind}:${res.status}${json.duplicate ? ':duplicate' : ''}`;
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
    };
    for (let start = 0; start < UPDATES; start += BURST) {
      const burst = updates.slice(start, start + BURST).map((u) => ({ body: u, secret: SECRET, kind: 'update' }));
      // Telegram re-sends some updates; strangers call without the secret.
      for (let i = 0; i < 100; i++) burst.push({ body: updates[start + ((i * 7) % BURST)]!, secret: SECRET, kind: 'resend' });
      for (let i = 0; i < 50; i++)
        burst.push({ body: updates[start + i]!, secret: i % 2 ? 'wrong-secret-0123456789' : (null as unknown as string), kind: 'stranger' });
      await pool(burst, CONCURRENCY, (b) => post(b.body, b.secret, b.kind));
    }
    latencies.sort((a, b) => a - b);
    const p = (q: number) => latencies[Math.floor(q * (latencies.length - 1))]!.toFixed(2);
    console.log(`webhook load: ${UPDATES} updates, ${CONCURRENCY} in flight: p50 ${p(0.5)} ms, p99 ${p(0.99)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`);

    expect(statuses.get('update:200')).toBe(UPDATES);
    // A re-delivery that raced its original may be taken as the first copy; then the original is the duplicate.
    expect((statuses.get('resend:200:duplicate') ?? 0) + (statuses.get('resend:200') ?? 0)).toBe(UPDATES / 10);
    expect(statuses.get('stranger:401')).toBe((UPDATES / BURST) * 50);
    const replies = api.callsOf('sendMessage');
    expect(replies).toHaveLength(UPDATES); // none lost, none twice…
    const perChat = new Map<number, number>();
    for (const c of replies) perChat.set(c.payload.chat_id, (perChat.get(c.payload.chat_id) ?? 0) + 1);
    expect(perChat.size).toBe(2000);
    expect([...perChat.values()].every((n) => n === UPDATES / 2000)).toBe(true); // …and each user got one reply per message
    const quoted = replies.filter((c) => c.payload.reply_parameters).map((c) => `${c.payload.chat_id}/${c.payload.reply_parameters.message_id}`);
    expect(new Set(quoted).size).toBe(quoted.length);
  }, 120_000);
});
