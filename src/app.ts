// Everything around the bot that lives as long as the process: the current knowledge (reloadable),
// the store, publishing knowledge changes, the delivery worker, and watching knowledge/ for edits.
// With a Coordination (PostgreSQL, several instances): only the leader publishes; /reload and the file watcher
// anywhere ask it to; every instance reloads its own knowledge/ when a version is published.
import { randomUUID } from 'node:crypto';
import { type FSWatcher, watch } from 'node:fs';
import { Api } from 'grammy';
import type { AdminActions, KnowledgeSource } from './bot/context.js';
import { escapeHtml } from './bot/render.js';
import type { Config } from './config.js';
import type { Coordination, CoordinationMessage } from './delivery/coordination.js';
import type { Pacer } from './delivery/pace.js';
import { type PublishResult, publishKnowledge } from './delivery/publisher.js';
import { DeliveryWorker } from './delivery/worker.js';
import { t } from './i18n.js';
import { loadKnowledge } from './knowledge/load.js';
import type { Logger } from './logger.js';
import { Answerer } from './search/answer.js';
import type { IndexCache } from './search/index-snapshot.js';
import type { Store } from './store/types.js';

/** The knowledge in use; a reload swaps in a new Answerer only if the files load cleanly. */
export class KnowledgeHolder implements KnowledgeSource {
  constructor(
    private readonly dir: string,
    public answerer: Answerer,
    /** The index's build cache: a reload to new knowledge builds, and rewrites it. */
    private readonly cache?: IndexCache,
  ) {}

  /** The old Answerer answers until the new one is built (the build yields between notices). */
  async reload(): Promise<Answerer> {
    const kb = loadKnowledge(this.dir); // throws KnowledgeError: the old knowledge stays
    if (kb.version !== this.answerer.kb.version) this.answerer = await Answerer.build(kb, this.cache ? { cache: this.cache } : {});
    return this.answerer;
  }
}

export interface AppOptions {
  config: Config;
  logger: Logger;
  store: Store;
  knowledge: KnowledgeHolder;
  /** Several instances on one database: the leader lock and messages between them (see delivery/coordination.ts). */
  coordination?: Coordination;
  /** The delivery pace; default: in memory (see delivery/pace.ts). */
  pacer?: (sleep: (ms: number) => Promise<void>) => Pacer;
  /** How long /reload on an instance that is not the leader waits for the leader's answer. */
  reloadTimeoutMs?: number;
}

export interface StartOptions {
  /** Run the delivery worker (default true; false for ROLE=web). */
  deliver?: boolean;
  /** May publish knowledge changes (default true; false for ROLE=web). With a Coordination: only while the leader. */
  publish?: boolean;
}

type ReloadResult = { version: string; changed: boolean; recipients: number };

export class App {
  readonly worker: DeliveryWorker;
  readonly admin: AdminActions;
  private watcher: FSWatcher | undefined;
  private debounce: NodeJS.Timeout | undefined;
  private readonly api: Api;
  private readonly waiting = new Map<string, (r: ReloadResult) => void>();
  /** Publishing goes one at a time within the process too (the leader's lock covers instances). */
  private publishing: Promise<unknown> = Promise.resolve();

  constructor(private readonly o: AppOptions) {
    const { config, logger, store } = o;
    this.api = new Api(config.BOT_TOKEN ?? '0:none', { apiRoot: config.TELEGRAM_API_ROOT });
    this.worker = new DeliveryWorker({
      store,
      api: this.api,
      logger,
      perSecond: config.BROADCAST_PER_SECOND,
      perChatPerSecond: config.BROADCAST_PER_CHAT_PER_SECOND,
      ...(o.pacer ? { pacer: o.pacer } : {}),
      onProgress: (p, done, etaSeconds) => {
        if (p.createdBy === null) return;
        const eta = done ? '' : `, ETA ${Math.ceil(etaSeconds / 60)} min`;
        const text = t('zh-Hans', 'broadcastProgress', { id: p.id, sent: p.sent, total: p.total, failed: p.failed, blocked: p.blocked, eta });
        this.api.sendMessage(p.createdBy, escapeHtml(text), { parse_mode: 'HTML' }).catch((err) => logger.warn({ err }, 'could not report progress'));
      },
    });
    this.admin = {
      reload: async (adminChatId?: number) => {
        await o.knowledge.reload();
        const c = o.coordination;
        if (!c) {
          const r = await this.publish(adminChatId ?? null);
          return { version: r.version, changed: r.changed, recipients: r.recipients };
        }
        if (c.isLeader()) return this.publishAndTell(null, adminChatId ?? null);
        return this.askLeader(adminChatId ?? null);
      },
      announce: async (text, adminChatId) => {
        const chatIds = [...(await store.subscribers()).keys()];
        const broadcastId = await store.createBroadcast({
          kind: 'announce',
          version: null,
          createdBy: adminChatId,
          messages: [{ text: `📢 ${escapeHtml(text)}`, chatIds }],
        });
        logger.info({ broadcastId, recipients: chatIds.length, by: adminChatId }, 'announcement queued');
        this.worker.wake();
        o.coordination?.send({ type: 'queued' }).catch((err) => logger.warn({ err }, 'could not tell the workers; they find it at their next poll'));
        return { broadcastId, recipients: chatIds.length };
      },
    };
  }

  /**
   * Publishes what changed since the last run (with a Coordination: once this instance is the leader), resumes
   * any unfinished delivery, and watches knowledge/.
   */
  async start(watchDir?: string, options: StartOptions = {}): Promise<void> {
    const { deliver = true, publish = true } = options;
    const { coordination, logger, store } = this.o;
    if (!coordination) {
      if (publish) await this.publish(null);
    } else {
      await coordination.start({
        campaign: publish,
        onMessage: (m, own) => this.received(m, own),
        onLeader: () => {
          // The new leader publishes what its knowledge/ holds, as a single instance does at start.
          this.publishAndTell(null, null).catch((err) => logger.error({ err }, 'publishing as the new leader failed'));
        },
      });
      if (!coordination.isLeader()) await this.compareWithPublished();
    }
    if (deliver) {
      const unfinished = await store.unfinishedBroadcasts();
      if (unfinished.length > 0) logger.info({ broadcasts: unfinished.map((b) => ({ id: b.id, pending: b.pending })) }, 'resuming delivery');
      this.worker.start();
    }
    if (watchDir) this.watch(watchDir);
  }

  private publish(createdBy: number | null): Promise<PublishResult> {
    const next = this.publishing.then(async () => {
      const r = await publishKnowledge(this.o.store, this.o.knowledge.answerer.kb, this.o.logger, createdBy);
      if (r.broadcastId !== null) this.worker.wake();
      return r;
    });
    this.publishing = next.catch(() => {});
    return next;
  }

  /** The leader: publishes its knowledge, then tells every instance the version (they reload theirs). */
  private async publishAndTell(requestId: string | null, createdBy: number | null): Promise<ReloadResult> {
    const r = await this.publish(createdBy);
    const result = { version: r.version, changed: r.changed, recipients: r.recipients };
    await this.o.coordination!.send({ type: 'published', id: requestId, ...result });
    if (r.broadcastId !== null) await this.o.coordination!.send({ type: 'queued' });
    return result;
  }

  /** Not the leader: asks it to reload and publish, and waits for its answer. */
  private askLeader(by: number | null): Promise<ReloadResult> {
    const id = randomUUID();
    const timeoutMs = this.o.reloadTimeoutMs ?? 20_000;
    return new Promise<ReloadResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`no publisher answered within ${timeoutMs / 1000} s (is an instance with ROLE=worker or all running?)`));
      }, timeoutMs);
      this.waiting.set(id, (r) => {
        clearTimeout(timer);
        resolve(r);
      });
      this.o.coordination!.send({ type: 'reload', id, by }).catch((err) => {
        clearTimeout(timer);
        this.waiting.delete(id);
        reject(err);
      });
    });
  }

  private received(m: CoordinationMessage, own: boolean): void {
    const { coordination, knowledge, logger } = this.o;
    if (m.type === 'queued') {
      this.worker.wake();
      return;
    }
    if (m.type === 'reload') {
      if (!coordination?.isLeader()) return;
      knowledge
        .reload()
        .then(() => this.publishAndTell(m.id, m.by))
        .catch((err) => logger.error({ err }, 'reload asked by another instance failed; keeping the previous knowledge'));
      return;
    }
    // published
    if (m.id) this.waiting.get(m.id)?.(m);
    if (m.id) this.waiting.delete(m.id);
    if (own) return;
    knowledge.reload().then(
      (a) => this.sayIfDifferent(a.kb.version, m.version),
      (err) => logger.error({ err, published: m.version }, 'a version was published but knowledge/ here does not load; keeping the previous knowledge'),
    );
  }

  private async compareWithPublished(): Promise<void> {
    const published = await this.o.store.getPublished().catch(() => undefined);
    if (published) this.sayIfDifferent(this.o.knowledge.answerer.kb.version, published.version);
  }

  private sayIfDifferent(local: string, published: string): void {
    if (local === published) this.o.logger.info({ version: local }, 'answering from the published knowledge version');
    else this.o.logger.warn({ local, published }, "knowledge/ here differs from the published version; answering from this instance's files until they match");
  }

  private watch(dir: string): void {
    try {
      this.watcher = watch(dir, { recursive: true }, () => {
        // Editors write in several steps; act once things settle.
        clearTimeout(this.debounce);
        this.debounce = setTimeout(() => {
          this.admin.reload().then(
            (r) => this.o.logger.info(r, 'knowledge files changed'),
            (err) => this.o.logger.error({ err }, 'knowledge files changed but could not be loaded or published; keeping the previous knowledge'),
          );
        }, 1000);
      });
    } catch (err) {
      this.o.logger.warn({ err }, 'cannot watch the knowledge folder; use /reload after editing it');
    }
  }

  async stop(): Promise<void> {
    this.watcher?.close();
    clearTimeout(this.debounce);
    await this.worker.stop();
    await this.o.coordination?.stop();
  }
}
