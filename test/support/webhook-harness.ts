// The real bot behind the webhook server on 127.0.0.1, talking to the fake Bot API.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createBot } from '../../src/bot/create-bot.js';
import { createWebhookServer } from '../../src/bot/webhook.js';
import { createLogger } from '../../src/logger.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { FakeBotApi } from './fake-bot-api.js';
import { LogCapture, TEST_TOKEN } from './harness.js';
import { realKnowledge } from './knowledge.js';

export interface WebhookHarness {
  api: FakeBotApi;
  /** http://127.0.0.1:<port> */
  base: string;
  stop(): Promise<void>;
}

export async function startWebhookHarness(path: string, secret: string): Promise<WebhookHarness> {
  const api = await new FakeBotApi().start();
  const logger = createLogger({ level: 'warn', destination: new LogCapture() });
  const bot = createBot({
    config: { BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: api.url, RATE_LIMIT_MESSAGES: 1000, RATE_LIMIT_WINDOW_MS: 1000, ADMIN_IDS: [], STORE_QUESTIONS: false },
    logger,
    knowledge: { answerer: realKnowledge().answerer },
    store: new SqliteStore(':memory:'),
  });
  await bot.init();
  const server = createWebhookServer({ bot, path, secret, logger });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    api,
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async stop() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await api.stop();
    },
  };
}
