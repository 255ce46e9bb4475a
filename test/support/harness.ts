// A real bot (createBot + grammY runner, long polling over HTTP) against the fake Bot API.
import { Writable } from 'node:stream';
import { type RunnerHandle, run } from '@grammyjs/runner';
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { BotContext, BotDeps } from '../../src/bot/context.js';
import { createBot } from '../../src/bot/create-bot.js';
import { createLogger } from '../../src/logger.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { type ApiCall, FakeBotApi } from './fake-bot-api.js';
import { realKnowledge } from './knowledge.js';

export const TEST_TOKEN = '123456789:AAHtest-token-secret-0123456789abcdefXYZ';

export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
  get text(): string {
    return this.lines.join('\n');
  }
}

export interface Harness {
  api: FakeBotApi;
  bot: Bot<BotContext>;
  deps: BotDeps;
  logs: LogCapture;
  runner: RunnerHandle;
  /** Pushes an update and resolves with the first matching call the bot makes after it. */
  send(update: Omit<Update, 'update_id'>, method?: string | ((c: ApiCall) => boolean), timeoutMs?: number): Promise<ApiCall>;
  stop(): Promise<void>;
}

export async function startHarness(
  overrides: Omit<Partial<BotDeps>, 'config'> & { config?: Partial<BotDeps['config']>; maxRetryAttempts?: number; api?: FakeBotApi } = {},
): Promise<Harness> {
  const api = overrides.api ?? (await new FakeBotApi().start());
  const logs = new LogCapture();
  const { answerer } = realKnowledge();
  const deps: BotDeps = {
    logger: createLogger({ level: 'debug', destination: logs }),
    knowledge: { answerer },
    store: new SqliteStore(':memory:'),
    ...overrides,
    config: {
      BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: api.url,
      RATE_LIMIT_MESSAGES: 50,
      RATE_LIMIT_WINDOW_MS: 5000,
      ADMIN_IDS: [],
      STORE_QUESTIONS: false,
      ...overrides.config,
    },
  };
  const bot = createBot(deps, overrides.maxRetryAttempts !== undefined ? { maxRetryAttempts: overrides.maxRetryAttempts } : {});
  await bot.init();
  const runner = run(bot, { runner: { silent: true, fetch: { timeout: 1 } } });
  return {
    api,
    bot,
    deps,
    logs,
    runner,
    async send(update, method = 'sendMessage', timeoutMs = 8000) {
      const since = api.calls.length;
      api.push(update);
      // Only calls about this update's chat count (other chats may be talking, or a broadcast running).
      const u = update as {
        message?: { chat: { id: number } };
        edited_message?: { chat: { id: number } };
        callback_query?: { message?: { chat: { id: number } } };
      };
      const chatId = (u.message ?? u.edited_message ?? u.callback_query?.message)?.chat.id;
      const test =
        typeof method === 'string'
          ? (c: ApiCall) => c.method === method && (c.payload.chat_id === undefined || chatId === undefined || c.payload.chat_id === chatId)
          : method;
      return api.waitFor(test, timeoutMs, since);
    },
    async stop() {
      if (runner.isRunning()) await runner.stop();
      await api.stop();
    },
  };
}
