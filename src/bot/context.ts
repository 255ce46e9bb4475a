// The context every handler sees: grammY's, plus the reader's language and a per-update logger;
// and the dependencies createBot takes.
import type { Context } from 'grammy';
import type { Config } from '../config.js';
import type { KnowledgeBase, Lang } from '../knowledge/types.js';
import type { Logger } from '../logger.js';
import type { Answerer } from '../search/answer.js';
import type { Store } from '../store/types.js';
import type { Script } from '../text/script.js';
import type { SessionContext } from './conversation.js';
import type { LimiterRedis } from './rate-limit.js';

/** The current knowledge: replaced as a whole when it is reloaded. */
export interface KnowledgeSource {
  readonly answerer: Answerer;
}

/** Admin actions that reach beyond the bot: reloading knowledge, starting broadcasts. */
export interface AdminActions {
  /** Re-reads knowledge/ and publishes what changed; says what happened. */
  reload(adminChatId?: number): Promise<{ version: string; changed: boolean; recipients: number }>;
  /** Queues an announcement to every subscriber; progress is reported to `adminChatId`. */
  announce(text: string, adminChatId: number): Promise<{ broadcastId: number; recipients: number }>;
}

export interface BotDeps {
  config: Pick<Config, 'BOT_TOKEN' | 'TELEGRAM_API_ROOT' | 'RATE_LIMIT_MESSAGES' | 'RATE_LIMIT_WINDOW_MS' | 'ADMIN_IDS' | 'STORE_QUESTIONS'> &
    Partial<Pick<Config, 'CONVERSATION_MINUTES'>>;
  logger: Logger;
  knowledge: KnowledgeSource;
  store: Store;
  admin?: AdminActions;
  /** Set (REDIS_URL): the rate limiter counts in Redis, shared by every instance; otherwise in memory. */
  redis?: LimiterRedis;
}

export interface BotFlavor {
  lang: Lang;
  /** Whether the reader chose `lang` with /lang (then it wins over the script of what they type). */
  langChosen: boolean;
  /** The script to show notice text in when there is no question to follow (commands, buttons). */
  script: Script;
  log: Logger;
  kb: KnowledgeBase;
  answerer: Answerer;
}

export type BotContext = Context & BotFlavor & SessionContext;

export function scriptOf(lang: Lang): Script {
  return lang === 'zh-Hant' ? 'hant' : 'hans';
}
