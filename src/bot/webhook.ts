// Webhook mode: node:http serving WEBHOOK_PATH (secret checked), GET /healthz, nothing else.
// An update is acknowledged after it was handled, so Telegram re-sends it if we fail; a re-sent
// update_id that was already handled is acknowledged and skipped.
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from '../logger.js';
import type { BotContext } from './context.js';

export const MAX_UPDATE_BYTES = 1024 * 1024;

export interface WebhookOptions {
  bot: Bot<BotContext>;
  path: string;
  secret: string;
  logger: Logger;
}

export function createWebhookServer(o: WebhookOptions): Server & { inFlight(): number } {
  const recent = new RecentIds(10_000);
  let inFlight = 0;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && url.pathname === '/healthz') return send(res, 200, { ok: true });
    if (url.pathname !== o.path) return send(res, 404, { ok: false });
    if (req.method !== 'POST') return send(res, 405, { ok: false });
    if (!secretMatches(req.headers['x-telegram-bot-api-secret-token'], o.secret)) {
      o.logger.warn({ ip: req.socket.remoteAddress }, 'webhook call without the right secret');
      req.resume();
      return send(res, 401, { ok: false });
    }
    let update: Update;
    try {
      update = JSON.parse(await readBody(req, MAX_UPDATE_BYTES)) as Update;
      if (typeof update?.update_id !== 'number') throw new Error('no update_id');
    } catch (err) {
      return send(res, (err as Error).message === 'too large' ? 413 : 400, { ok: false });
    }
    if (!recent.add(update.update_id)) return send(res, 200, { ok: true, duplicate: true });
    inFlight++;
    try {
      await o.bot.handleUpdate(update);
      send(res, 200, { ok: true });
    } catch (err) {
      // errorBoundary answers the user; reaching here means the update could not be handled at all.
      recent.delete(update.update_id);
      o.logger.error({ err, update_id: update.update_id }, 'webhook update failed');
      send(res, 500, { ok: false });
    } finally {
      inFlight--;
    }
  });
  return Object.assign(server, { inFlight: () => inFlight });
}

function secretMatches(header: string | string[] | undefined, secret: string): boolean {
  if (typeof header !== 'string') return false;
  const a = Buffer.from(header);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Past the cap the rest is read and dropped, so that the 413 can still be sent.
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= max) chunks.push(c);
    });
    req.on('end', () => (size > max ? reject(new Error('too large')) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

/** The last `capacity` update ids, to skip Telegram's re-deliveries. */
class RecentIds {
  private readonly ids = new Set<number>();
  constructor(private readonly capacity: number) {}
  add(id: number): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.capacity) this.ids.delete(this.ids.values().next().value!);
    return true;
  }
  delete(id: number): void {
    this.ids.delete(id);
  }
}
