// A fake Telegram Bot API on 127.0.0.1: real HTTP, the methods the bot uses, long polling, and switches
// that make it answer 429, 500 or drop the connection. Tests point grammY at it with TELEGRAM_API_ROOT.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update } from 'grammy/types';
import { seededRandom } from './random.js';

export interface ApiCall {
  method: string;
  payload: Record<string, any>;
  token: string;
  at: number;
  /** The first path segment when the client's apiRoot had one (http://…/w1): tells clients apart. */
  via?: string;
}

/** Every request as it arrived, answered or not (faults included): what a rate limit would count. */
export interface ApiRequest {
  method: string;
  payload: Record<string, any>;
  at: number;
  via?: string;
  fault?: Fault;
}

export type Fault = '429' | '500' | 'drop' | '403' | '409';

export interface FaultPlan {
  /** Probabilities for each call of the listed methods (default: sendMessage only). */
  rate429?: number;
  rate500?: number;
  rateDrop?: number;
  retryAfter?: number;
  methods?: string[];
}

export const BOT_USER = {
  id: 424242,
  is_bot: true,
  first_name: 'Notice Bot',
  username: 'notice_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
};

export class FakeBotApi {
  readonly calls: ApiCall[] = [];
  readonly requests: ApiRequest[] = [];
  private server!: Server;
  private queue: Update[] = [];
  private nextUpdateId = 1;
  private nextMessageId = 1000;
  private pollers: Array<() => void> = [];
  private waiters: Array<{ test: (c: ApiCall) => boolean; resolve: (c: ApiCall) => void }> = [];
  private forced: Array<{ fault: Fault; methods?: string[] }> = [];
  private plan: FaultPlan | undefined;
  private random = seededRandom(7);
  /** Chats that blocked the bot: sendMessage answers 403. */
  readonly blocked = new Set<number>();
  /** Milliseconds to wait before answering each call. */
  latencyMs = 0;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const p of this.pollers.splice(0)) p();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Queues an update for getUpdates; returns it with its update_id. */
  push(update: Omit<Update, 'update_id'>): Update {
    const u = { update_id: this.nextUpdateId++, ...update } as Update;
    this.queue.push(u);
    for (const p of this.pollers.splice(0)) p();
    return u;
  }

  /** The next `count` calls (of `methods`, or any) fail this way. */
  failNext(fault: Fault, count = 1, methods?: string[]): void {
    for (let i = 0; i < count; i++) this.forced.push({ fault, ...(methods ? { methods } : {}) });
  }

  /** Random faults from now on (deterministic sequence); undefined turns them off. */
  setFaults(plan: FaultPlan | undefined): void {
    this.plan = plan;
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves with the first call (already made or future) that passes `test`. */
  waitFor(test: (c: ApiCall) => boolean, timeoutMs = 5000, since = 0): Promise<ApiCall> {
    const found = this.calls.slice(since).find(test);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `no matching Bot API call within ${timeoutMs} ms; calls: ${this.calls
                .slice(since)
                .map((c) => c.method)
                .join(', ')}`,
            ),
          ),
        timeoutMs,
      );
      this.waiters.push({
        test,
        resolve: (c) => {
          clearTimeout(timer);
          resolve(c);
        },
      });
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const m = /^(?:\/([A-Za-z0-9_-]+))?\/bot([^/]+)\/([A-Za-z]+)$/.exec(req.url ?? '');
    const body = await readBody(req);
    if (!m) return json(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const [, via, token, method] = m as unknown as [string, string | undefined, string, string];
    let payload: Record<string, any> = {};
    try {
      payload = body ? JSON.parse(body) : {};
    } catch {
      return json(res, 400, { ok: false, error_code: 400, description: 'Bad Request: invalid JSON' });
    }
    const arrived = Date.now();
    if (this.latencyMs) await new Promise((r) => setTimeout(r, this.latencyMs));
    const fault = this.pickFault(method);
    this.requests.push({ method, payload, at: arrived, ...(via ? { via } : {}), ...(fault ? { fault } : {}) });

    if (fault === 'drop') return void req.socket.destroy();
    if (fault === '429')
      return json(res, 429, {
        ok: false,
        error_code: 429,
        description: 'Too Many Requests: retry after 1',
        parameters: { retry_after: this.plan?.retryAfter ?? 1 },
      });
    if (fault === '500') return json(res, 500, { ok: false, error_code: 500, description: 'Internal Server Error' });
    if (fault === '409')
      return json(res, 409, {
        ok: false,
        error_code: 409,
        description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
      });
    if (fault === '403' || (method === 'sendMessage' && this.blocked.has(Number(payload.chat_id)))) {
      this.record(method, payload, token, via);
      return json(res, 403, { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    }
    if (method === 'getUpdates') return this.getUpdates(payload, res);
    this.record(method, payload, token, via);
    return json(res, 200, { ok: true, result: this.result(method, payload) });
  }

  private pickFault(method: string): Fault | undefined {
    const i = this.forced.findIndex((f) => !f.methods || f.methods.includes(method));
    if (i >= 0) return this.forced.splice(i, 1)[0]!.fault;
    const p = this.plan;
    if (!p || !(p.methods ?? ['sendMessage']).includes(method)) return undefined;
    const r = this.random();
    if (r < (p.rate429 ?? 0)) return '429';
    if (r < (p.rate429 ?? 0) + (p.rate500 ?? 0)) return '500';
    if (r < (p.rate429 ?? 0) + (p.rate500 ?? 0) + (p.rateDrop ?? 0)) return 'drop';
    return undefined;
  }

  private record(method: string, payload: Record<string, any>, token: string, via?: string): void {
    const call: ApiCall = { method, payload, token, at: Date.now(), ...(via ? { via } : {}) };
    this.calls.push(call);
    for (const w of [...this.waiters]) {
      if (w.test(call)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(call);
      }
    }
  }

  private async getUpdates(payload: Record<string, any>, res: ServerResponse): Promise<void> {
    const offset = Number(payload.offset ?? 0);
    this.queue = this.queue.filter((u) => u.update_id >= offset);
    if (this.queue.length === 0 && Number(payload.timeout ?? 0) > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(Number(payload.timeout), 2) * 1000);
        const wake = () => {
          clearTimeout(timer);
          resolve();
        };
        this.pollers.push(wake);
        res.on('close', wake);
      });
    }
    if (res.destroyed) return;
    json(res, 200, { ok: true, result: this.queue.slice(0, Number(payload.limit ?? 100)) });
  }

  /** User ids that getChatMember reports as administrators of any group. */
  readonly groupAdmins = new Set<number>();

  private result(method: string, p: Record<string, any>): unknown {
    switch (method) {
      case 'getMe':
        return BOT_USER;
      case 'sendMessage':
        return {
          message_id: this.nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat: { id: Number(p.chat_id), type: Number(p.chat_id) < 0 ? 'group' : 'private' },
          from: BOT_USER,
          text: p.text,
        };
      case 'getChatMember':
        return {
          status: this.groupAdmins.has(Number(p.user_id)) ? 'administrator' : 'member',
          user: { id: Number(p.user_id), is_bot: false, first_name: 'u' },
        };
      case 'editMessageText':
        return {
          message_id: Number(p.message_id),
          date: Math.floor(Date.now() / 1000),
          chat: { id: Number(p.chat_id), type: 'private' },
          from: BOT_USER,
          text: p.text,
        };
      default:
        return true;
    }
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}
