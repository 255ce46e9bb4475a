// The context every handler sees: grammY's, plus the reader's language and a per-update logger.
import type { Context } from 'grammy';
import type { Config } from '../config.js';
import type { KnowledgeBase, Lang } from '../knowledge/types.js';
import type { Logger } from '../logger.js';
import type { Answerer } from '../search/answer.js';
import type { Script } from '../search/script.js';

/** Where the bot keeps per-user preferences; issue 4's SQLite store implements the same. */
export interface PreferenceStore {
  getLang(userId: number): Lang | undefined;
  setLang(userId: number, lang: Lang): void;
}

/** The current knowledge: replaced as a whole when an admin reloads it. */
export interface KnowledgeSource {
  readonly answerer: Answerer;
}

/** Told of each answer and each 👍/👎, for statistics (issue 4 stores them). */
export interface AnswerObserver {
  answered?(event: { userId: number; question: string; answered: boolean; paragraph: number | null }): void;
  feedback?(event: { userId: number; notice: string; paragraph: number; sentence: number; useful: boolean }): void;
}

/** Who follows which sector's updates (issue 4 keeps them in SQLite). `sector` null: the whole notice. */
export interface SubscriptionStore {
  subscribe(chatId: number, sector: string | null): boolean;
  unsubscribe(chatId: number, sector: string | null | 'all'): number;
  list(chatId: number): Array<string | null>;
}

export interface BotDeps {
  config: Pick<Config, 'BOT_TOKEN' | 'TELEGRAM_API_ROOT' | 'RATE_LIMIT_MESSAGES' | 'RATE_LIMIT_WINDOW_MS' | 'ADMIN_IDS'>;
  logger: Logger;
  knowledge: KnowledgeSource;
  prefs: PreferenceStore;
  subscriptions: SubscriptionStore;
  observer?: AnswerObserver;
}

export interface BotFlavor {
  lang: Lang;
  /** The script to show notice text in when there is no question to follow (commands, buttons). */
  script: Script;
  log: Logger;
  kb: KnowledgeBase;
  answerer: Answerer;
}

export type BotContext = Context & BotFlavor;

export function scriptOf(lang: Lang): Script {
  return lang === 'zh-Hant' ? 'hant' : 'hans';
}

/** An in-memory preference store, for the console and tests. */
export class MemoryPreferences implements PreferenceStore {
  private readonly langs = new Map<number, Lang>();
  getLang(userId: number): Lang | undefined {
    return this.langs.get(userId);
  }
  setLang(userId: number, lang: Lang): void {
    this.langs.set(userId, lang);
  }
}

export class MemorySubscriptions implements SubscriptionStore {
  private readonly subs = new Map<number, Set<string | null>>();
  subscribe(chatId: number, sector: string | null): boolean {
    const set = this.subs.get(chatId) ?? new Set();
    this.subs.set(chatId, set);
    const added = !set.has(sector);
    set.add(sector);
    return added;
  }
  unsubscribe(chatId: number, sector: string | null | 'all'): number {
    const set = this.subs.get(chatId);
    if (!set) return 0;
    if (sector === 'all') {
      const n = set.size;
      set.clear();
      return n;
    }
    return set.delete(sector) ? 1 : 0;
  }
  list(chatId: number): Array<string | null> {
    return [...(this.subs.get(chatId) ?? [])];
  }
}
