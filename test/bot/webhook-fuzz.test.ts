// Requests no client should send, over raw sockets: every one is answered, none stops the server.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathOf } from '../../src/bot/webhook.js';
import { seededRandom } from '../support/random.js';
import { startWebhookHarness, type WebhookHarness } from '../support/webhook-harness.js';

const SECRET = 'fuzz-secret-0123456789';

/** Sends raw bytes and resolves with what came back before the server closed or answered. */
function raw(base: string, bytes: string): Promise<string> {
  const { port } = new URL(base);
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1');
    let got = '';
    const done = () => {
      socket.destroy();
      resolve(got);
    };
    socket.setTimeout(3000, done);
    socket.on('data', (d) => {
      got += d.toString('latin1');
      if (/\r\n\r\n/.test(got)) done();
    });
    socket.on('error', done);
    socket.on('close', done);
    socket.write(bytes, 'latin1');
  });
}

describe('the webhook server against malformed requests', () => {
  let h: WebhookHarness;
  beforeAll(async () => {
    h = await startWebhookHarness('/telegram', SECRET);
  });
  afterAll(async () => h.stop());

  it('answers request targets that are no URL path (//a:b, backslashes, %) instead of crashing', async () => {
    for (const target of ['//a:b', '//', '\\\\evil', '/%zz', '/telegram/../healthz', 'http://x:y@/', '*']) {
      const reply = await raw(h.base, `GET ${target} HTTP/1.1\r\nhost: x\r\n\r\n`);
      expect(reply, target).toMatch(/^HTTP\/1\.1 (200|400|404|405)/);
    }
    expect(pathOf('//a:b')).toBe('');
    // Still serving.
    expect((await fetch(`${h.base}/healthz`)).status).toBe(200);
  });

  it('a few thousand random requests, all answered, the server still healthy', async () => {
    const rand = seededRandom(9);
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
    const methods = ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'G\u00e9T', ''];
    const pieces = ['/', '//', '/telegram', '/healthz', '%', '%00', '\\', ':', '@', '..', '?a=b', '#x', '\u00e9', 'a'.repeat(300)];
    const bodies = ['', '{}', '{"update_id":"x"}', '{"update_id":1', 'null', '[]', '\u0000\u0001', 'x'.repeat(2000)];
    let answered = 0;
    const started = Date.now();
    for (let i = 0; i < 2000 && Date.now() - started < 60_000; i++) {
      const target = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(pieces)).join('');
      const body = pick(bodies);
      const headers = [
        `host: ${pick(['x', '', '\u00e9'])}`,
        rand() < 0.5 ? `x-telegram-bot-api-secret-token: ${pick([SECRET, 'wrong', ''])}` : '',
        rand() < 0.8 ? `content-length: ${pick([String(body.length), '-1', 'abc', '99999999'])}` : '',
        rand() < 0.1 ? 'transfer-encoding: chunked' : '',
      ].filter(Boolean);
      const reply = await raw(h.base, `${pick(methods)} ${target} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n${body}`);
      if (/^HTTP\/1\.1 \d{3}/.test(reply) || reply === '') answered++;
    }
    expect(answered).toBeGreaterThan(1000);
    expect((await fetch(`${h.base}/healthz`)).status).toBe(200);
  }, 90_000);
});
