// Coordination of several instances on PostgreSQL (see delivery/coordination.ts): a connection of its own per
// instance, outside the pool, that LISTENs on one channel and, for instances that may publish, holds the
// publisher lock: a session-level advisory lock, so it is released when the leader's connection ends,
// however the leader ends (a kill -9 closes its socket). The others try again every `campaignMs`.
// Messages carry the schema, so that schemas sharing a database (tests) do not hear one another.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Coordination, CoordinationHandlers, CoordinationMessage } from '../delivery/coordination.js';

const CHANNEL = 'notice_bot';
/** The advisory lock's first key ('nb', any constant); the second is the schema's hash: one leader per schema. */
const PUBLISHER_LOCK_CLASS = 28258;

export interface CoordinationLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export class PgCoordination implements Coordination {
  readonly instance = `${process.pid}:${randomUUID().slice(0, 8)}`;
  private client: pg.Client | undefined;
  private connecting = false;
  private leader = false;
  private schema = '';
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private handlers: CoordinationHandlers | undefined;

  constructor(
    private readonly newClient: () => pg.Client,
    private readonly notify: (channel: string, payload: string) => Promise<void>,
    private readonly log: CoordinationLog,
    private readonly campaignMs = 1000,
  ) {}

  isLeader(): boolean {
    return this.leader;
  }

  async start(handlers: CoordinationHandlers): Promise<void> {
    this.handlers = handlers;
    await this.connect();
    this.timer = setInterval(() => void this.tick(), this.campaignMs);
    this.timer.unref();
  }

  async send(m: CoordinationMessage): Promise<void> {
    await this.notify(CHANNEL, JSON.stringify({ ...m, schema: this.schema, from: this.instance }));
  }

  /** Ends the connection: the publisher lock goes with it. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    const c = this.client;
    this.client = undefined;
    this.leader = false;
    await c?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    this.connecting = true;
    const c = this.newClient();
    c.on('error', (err) => this.lost(c, err));
    c.on('end', () => this.lost(c));
    c.on('notification', (n) => this.received(n.payload));
    try {
      await c.connect();
      this.schema = (await c.query<{ s: string }>('SELECT current_schema() AS s')).rows[0]!.s;
      await c.query(`LISTEN ${CHANNEL}`);
      if (this.stopped) return void (await c.end().catch(() => {}));
      this.client = c;
      if (this.handlers?.campaign) await this.campaign(c);
    } catch (err) {
      await c.end().catch(() => {});
      throw err;
    } finally {
      this.connecting = false;
    }
  }

  private lost(c: pg.Client, err?: Error): void {
    if (this.client !== c) return;
    this.client = undefined;
    if (this.leader) {
      this.leader = false;
      this.log.warn({ err }, 'publisher lock lost with the database connection; trying to take it again');
    }
    void c.end().catch(() => {});
  }

  private async tick(): Promise<void> {
    if (this.stopped || this.connecting) return;
    try {
      if (!this.client) await this.connect();
      else if (this.handlers?.campaign && !this.leader) await this.campaign(this.client);
    } catch (err) {
      this.log.warn({ err }, 'coordination connection failed; retrying');
    }
  }

  private async campaign(c: pg.Client): Promise<void> {
    const r = await c.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, hashtext(current_schema())) AS ok', [PUBLISHER_LOCK_CLASS]);
    if (!r.rows[0]?.ok || this.client !== c) return;
    this.leader = true;
    this.log.info({ instance: this.instance }, 'this instance publishes knowledge changes (publisher lock taken)');
    this.handlers?.onLeader();
  }

  private received(payload: string | undefined): void {
    let m: CoordinationMessage & { schema?: string; from?: string };
    try {
      m = JSON.parse(payload ?? '');
    } catch {
      return;
    }
    if (m.schema !== this.schema) return;
    const { schema: _schema, from, ...message } = m;
    this.handlers?.onMessage(message as CoordinationMessage, from === this.instance);
  }
}
