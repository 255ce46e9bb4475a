// Everything around the bot that lives as long as the process: the current knowledge (reloadable),
// the store, publishing knowledge changes, the delivery worker, and watching knowledge/ for edits.
import { type FSWatcher, watch } from 'node:fs';
import { Api } from 'grammy';
import type { AdminActions, KnowledgeSource } from './bot/context.js';
import { escapeHtml } from './bot/render.js';
import type { Config } from './config.js';
import { publishKnowledge } from './delivery/publisher.js';
import { DeliveryWorker } from './delivery/worker.js';
import { t } from './i18n.js';
import { loadKnowledge } from './knowledge/load.js';
import type { Logger } from './logger.js';
import { Answerer } from './search/answer.js';
import type { Store } from './store/types.js';

/** The knowledge in use; a reload swaps in a new Answerer only if the files load cleanly. */
export class KnowledgeHolder implements KnowledgeSource {
  constructor(
    private readonly dir: string,
    public answerer: Answerer,
  ) {}

  /** The old Answerer answers until the new one is built (the build yields between notices). */
  async reload(): Promise<Answerer> {
    const kb = loadKnowledge(this.dir); // throws KnowledgeError: the old knowledge stays
    if (kb.version !== this.answerer.kb.version) this.answerer = await Answerer.build(kb);
    return this.answerer;
  }
}

export interface AppOptions {
  config: Config;
  logger: Logger;
  store: Store;
  knowledge: KnowledgeHolder;
}

export class App {
  readonly worker: DeliveryWorker;
  readonly admin: AdminActions;
  private watcher: FSWatcher | undefined;
  private debounce: NodeJS.Timeout | undefined;
  private readonly api: Api;

  constructor(private readonly o: AppOptions) {
    const { config, logger, store } = o;
    this.api = new Api(config.BOT_TOKEN ?? '0:none', { apiRoot: config.TELEGRAM_API_ROOT });
    this.worker = new DeliveryWorker({
      store,
      api: this.api,
      logger,
      perSecond: config.BROADCAST_PER_SECOND,
      perChatPerSecond: config.BROADCAST_PER_CHAT_PER_SECOND,
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
        const r = await publishKnowledge(store, o.knowledge.answerer.kb, logger, adminChatId ?? null);
        if (r.broadcastId !== null) this.worker.wake();
        return { version: r.version, changed: r.changed, recipients: r.recipients };
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
        return { broadcastId, recipients: chatIds.length };
      },
    };
  }

  /** Publishes what changed since the last run, resumes any unfinished delivery, and watches knowledge/. */
  async start(watchDir?: string): Promise<void> {
    await publishKnowledge(this.o.store, this.o.knowledge.answerer.kb, this.o.logger);
    const unfinished = await this.o.store.unfinishedBroadcasts();
    if (unfinished.length > 0) this.o.logger.info({ broadcasts: unfinished.map((b) => ({ id: b.id, pending: b.pending })) }, 'resuming delivery');
    this.worker.start();
    if (watchDir) this.watch(watchDir);
  }

  private watch(dir: string): void {
    try {
      this.watcher = watch(dir, { recursive: true }, () => {
        // Editors write in several steps; act once things settle.
        clearTimeout(this.debounce);
        this.debounce = setTimeout(() => {
          this.admin.reload().then(
            (r) => this.o.logger.info(r, 'knowledge files changed'),
            (err) => this.o.logger.error({ err }, 'knowledge files changed but do not load; keeping the previous knowledge'),
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
  }
}
