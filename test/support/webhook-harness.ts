// The real bot behind the webhook server on 127.0.0.1, talking to the fake Bot API.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createBot } from '../../src/bot/create-bot.js';
import { createWebhookServer } from '../../src/bot/webhook.js';
import { createLogger } from '../../src/logger.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/types.js';
import { FakeBotApi } from './fake-bot-api.js';
import { LogCapture, TEST_TOKEN } from './harness.js';
import { realKnowledge } from './knowledge.js';

export interface WebhookHarness {
  api: FakeBotApi;
  /** http://127.0.0.1:<port> */
  base: string;
  logs: LogCapture;
  stop(): Promise<void>;
}

export interface WebhookHarnessOptions {
  /** The bot's store (default: a fresh in-memory SQLite); also the webhook's update claims unless `updates` says otherwise. */
  store?: Store;
  /** The webhook's update claims; null: none (memory only). */
  updates?: Pick<Store, 'claimUpdate' | 'releaseUpdate' | 'completeUpdate' | 'isUpdateDone'> | null;
  holdMs?: number;
  /** Share a fake Bot API with another harness (it is then not stopped here). */
  api?: FakeBotApi;
}

export async function startWebhookHarness(path: string, secret: string, options: WebhookHarnessOptions = {}): Promise<WebhookHarness> {
  const api = options.api ?? (await new FakeBotApi().start());
  const logs = new LogCapture();
  const logger = createLogger({ level: 'warn', destination: logs });
  const store = options.store ?? new SqliteStore(':memory:');
  const updates = options.updates === undefined ? store : (options.updates ?? undefined);
  const bot = createBot({
    config: { BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: api.url, RATE_LIMIT_MESSAGES: 1000, RATE_LIMIT_WINDOW_MS: 1000, ADMIN_IDS: [], STORE_QUESTIONS: false },
    logger,
    knowledge: { answerer: realKnowledge().answerer },
    store,
  });
  await bot.init();
  const server = createWebhookServer({ bot, path, secret, logger, ...(updates ? { updates } : {}), ...(options.holdMs ? { holdMs: options.holdMs } : {}) });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    api,
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    logs,
    async stop() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      if (!options.api) await api.stop();
    },
  };
}
