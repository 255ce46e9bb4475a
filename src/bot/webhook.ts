// Webhook mode: node:http serving WEBHOOK_PATH (secret checked), GET /healthz, nothing else. /healthz says
// 200 "ok" only when the database answers a cheap query within a second, 503 otherwise.
// An update is acknowledged after it was handled, so Telegram re-sends it if we fail; a re-sent
// update_id that was already handled is acknowledged and skipped: first by this process's memory, then by a
// claim in the store, which several instances behind one webhook URL share.
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from '../logger.js';
import type { Store } from '../store/types.js';
import type { BotContext } from './context.js';

export const MAX_UPDATE_BYTES = 1024 * 1024;

export interface WebhookOptions {
  bot: Bot<BotContext>;
  path: string;
  secret: string;
  logger: Logger;
  /** Rejects when the instance cannot serve (its database does not answer); default: always healthy. */
  health?: () => Promise<void>;
  /** Claims update ids in the shared store, so that a re-delivery reaching another instance is skipped too. */
  updates?: Pick<Store, 'claimUpdate' | 'releaseUpdate' | 'completeUpdate' | 'isUpdateDone'>;
  /** How long another instance's claim holds before it is taken for lost (default UPDATE_HOLD_MS; tests shorten it). */
  holdMs?: number;
}

/**
 * How long a claimed update_id is remembered: Telegram keeps re-sending an unacknowledged update for up to
 * 24 hours, and one that was acknowledged is never sent again.
 */
export const UPDATE_CLAIM_MAX_AGE_MS = 24 * 3_600_000;

/**
 * An update claimed but not handled within this long is taken for lost (its instance died mid-way): a
 * re-delivery elsewhere takes it over. A handler slower than this may see its update answered twice;
 * handling takes milliseconds, Bot API retries seconds.
 */
export const UPDATE_HOLD_MS = 10_000;
/** How often a re-delivery waiting on another instance's claim looks again. */
const CLAIM_POLL_MS = 200;

/** Slow or idle clients may hold a socket this long, no longer (node's defaults allow minutes). */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 30_000;
/** Telegram opens at most 100 connections (max_connections); more is someone else. */
export const MAX_CONNECTIONS = 256;
/** One warning about calls without the secret per this many milliseconds, with the count since the last. */
const UNAUTHORISED_LOG_MS = 60_000;

export function createWebhookServer(o: WebhookOptions): Server & { inFlight(): number } {
  const recent = new RecentIds(10_000);
  let inFlight = 0;
  let unauthorised = 0;
  let lastWarned = 0;
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = pathOf(req.url);
    if (req.method === 'GET' && path === '/healthz') return healthz(res, o.health);
    if (path !== o.path) return send(res, 404, { ok: false });
    if (req.method !== 'POST') return send(res, 405, { ok: false });
    if (!secretMatches(req.headers['x-telegram-bot-api-secret-token'], o.secret)) {
      unauthorised++;
      if (Date.now() - lastWarned >= UNAUTHORISED_LOG_MS) {
        o.logger.warn({ ip: req.socket.remoteAddress, calls: unauthorised }, 'webhook calls without the right secret');
        lastWarned = Date.now();
        unauthorised = 0;
      }
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
    // The cheap check first: a re-delivery to this same process never reaches the database.
    if (!recent.add(update.update_id)) return send(res, 200, { ok: true, duplicate: true });
    inFlight++;
    let claimed = false;
    try {
      if (o.updates) {
        try {
          claimed = await claimOrWait(o.updates, update.update_id, o.holdMs ?? UPDATE_HOLD_MS);
          if (!claimed) return send(res, 200, { ok: true, duplicate: true }); // another instance handled it
        } catch (err) {
          // The store cannot say whether another instance has this update. Handle it anyway: at worst a user
          // gets an answer twice, whereas skipping it (200) would lose the question for good, and a 500 would
          // have Telegram hold it (and the updates after it) to re-send it to a store that may still be failing.
          o.logger.warn({ err, update_id: update.update_id }, 'cannot claim the update in the store; handling it anyway');
        }
      }
      await o.bot.handleUpdate(update);
      if (claimed)
        await o.updates?.completeUpdate(update.update_id, UPDATE_CLAIM_MAX_AGE_MS).catch((err) => o.logger.warn({ err }, 'cannot mark the update handled'));
      send(res, 200, { ok: true });
    } catch (err) {
      // errorBoundary answers the user; reaching here means the update could not be handled at all.
      // Give the claims back, so that Telegram's re-delivery (after the 500) is handled, here or elsewhere.
      recent.delete(update.update_id);
      if (claimed) await o.updates?.releaseUpdate(update.update_id).catch(() => undefined);
      o.logger.error({ err, update_id: update.update_id }, 'webhook update failed');
      send(res, 500, { ok: false });
    } finally {
      inFlight--;
    }
  };
  const server = createServer((req, res) => {
    // Last resort: whatever a request does, it gets an answer and the process goes on.
    handle(req, res).catch((err) => {
      o.logger.error({ err }, 'webhook request failed');
      send(res, 500, { ok: false });
    });
  });
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.maxConnections = MAX_CONNECTIONS;
  // A malformed request line or header never reaches the handler: answer 400 and close.
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
  return Object.assign(server, { inFlight: () => inFlight });
}

/** ROLE=worker takes no updates: it serves GET /healthz alone, for the supervisor's health checks. */
export function createHealthServer(o: { logger: Logger; health?: () => Promise<void> }): Server {
  const server = createServer((req, res) => {
    req.resume();
    if (req.method === 'GET' && pathOf(req.url) === '/healthz') {
      healthz(res, o.health).catch((err) => {
        o.logger.error({ err }, 'health check failed');
        send(res, 500, { ok: false });
      });
    } else send(res, 404, { ok: false });
  });
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.maxConnections = MAX_CONNECTIONS;
  return server;
}

async function healthz(res: ServerResponse, health: (() => Promise<void>) | undefined): Promise<void> {
  let ok = true;
  try {
    await health?.();
  } catch {
    ok = false;
  }
  if (res.headersSent || res.destroyed) return;
  res.writeHead(ok ? 200 : 503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(ok ? 'ok' : 'database unavailable');
}

/** The path of a request target, whatever it holds (//a:b, %zz, \\, absolute URLs): never throws. */
export function pathOf(target: string | undefined): string {
  try {
    return new URL(target ?? '/', 'http://localhost').pathname;
  } catch {
    return '';
  }
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

/**
 * Claims the update; when another instance holds it, waits until that instance has handled it (false: skip
 * it) or its claim has lapsed (it died before answering: take it over, true). Telegram re-delivers an update
 * whose call failed, often at once and to another instance; skipping it then would lose the question.
 */
async function claimOrWait(updates: NonNullable<WebhookOptions['updates']>, updateId: number, holdMs: number): Promise<boolean> {
  const until = Date.now() + holdMs + CLAIM_POLL_MS;
  for (;;) {
    if (await updates.claimUpdate(updateId, holdMs)) return true;
    if (await updates.isUpdateDone(updateId)) return false;
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, CLAIM_POLL_MS));
  }
}
