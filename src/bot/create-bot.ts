// createBot(deps): the whole bot as one grammY Bot, one Composer per feature. No I/O happens here;
// the caller decides how updates arrive (long polling, webhook, the console).
import { autoRetry } from '@grammyjs/auto-retry';
import { limit } from '@grammyjs/ratelimiter';
import { sequentialize } from '@grammyjs/runner';
import { Bot, type BotError, type Context } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { kindName, langFromCode, t } from '../i18n.js';
import { type KnowledgeBase, primaryNotice } from '../knowledge/types.js';
import type { BotContext, BotDeps } from './context.js';
import { scriptOf } from './context.js';
import { conversationSession } from './conversation.js';
import { accountFeature } from './features/account.js';
import { adminFeature } from './features/admin.js';
import { answerButtonsFeature, expiredButtonFeature } from './features/buttons.js';
import { inlineFeature } from './features/inline.js';
import { langFeature } from './features/lang.js';
import { mediaFeature } from './features/media.js';
import { noticeFeature } from './features/notice.js';
import { questionFeature } from './features/question.js';
import { sectorsFeature } from './features/sectors.js';
import { startFeature } from './features/start.js';
import { subscribeFeature } from './features/subscribe.js';
import { failOpen, type LimiterRedis, limiterPrefix } from './rate-limit.js';
import { escapeHtml } from './render.js';

/** Used when there is no token (the console): it never reaches Telegram. */
export const CONSOLE_TOKEN = '0:console';

export const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'inline_query', 'my_chat_member'] as const;

export interface CreateBotOptions {
  /** Skips getMe at start: the console and tests know who the bot is. */
  botInfo?: UserFromGetMe;
  /** How often a failed Bot API call is retried (auto-retry backs off 3 s, 6 s, 12 s…). */
  maxRetryAttempts?: number;
}

export function createBot(deps: BotDeps, options: CreateBotOptions = {}): Bot<BotContext> {
  const bot = new Bot<BotContext>(deps.config.BOT_TOKEN ?? CONSOLE_TOKEN, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    client: { apiRoot: deps.config.TELEGRAM_API_ROOT },
  });
  // Each failed attempt is logged (through pino, so the token in the request URL is masked)…
  bot.api.config.use(async (prev, method, payload, signal) => {
    try {
      const res = await prev(method, payload, signal);
      if (!res.ok) deps.logger.warn({ method, error_code: res.error_code, description: res.description }, 'bot api call failed');
      return res;
    } catch (err) {
      if (!signal?.aborted) deps.logger.warn({ method, err }, 'bot api call failed');
      throw err;
    }
  });
  // …and retried: 429 (honouring retry_after), 5xx and network errors; a reply is late rather than lost.
  bot.api.config.use(autoRetry({ maxRetryAttempts: options.maxRetryAttempts ?? 5, maxDelaySeconds: 60 }));

  // One chat's updates in order (matters under the concurrent runner); different chats in parallel.
  bot.use(sequentialize((ctx: Context) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()));
  bot.use(async (ctx, next) => {
    const started = performance.now();
    ctx.log = deps.logger.child({ update_id: ctx.update.update_id, chat_id: ctx.chat?.id });
    const answerer = deps.knowledge.answerer;
    ctx.answerer = answerer;
    ctx.kb = answerer.kb;
    const chosen = ctx.from && (await deps.store.getLang(ctx.from.id));
    ctx.langChosen = Boolean(chosen);
    ctx.lang = chosen || langFromCode(ctx.from?.language_code);
    ctx.script = scriptOf(ctx.lang);
    try {
      await next();
    } finally {
      ctx.log.info({ type: Object.keys(ctx.update).find((k) => k !== 'update_id'), ms: +(performance.now() - started).toFixed(2) }, 'update');
    }
  });
  bot.use(conversationSession(deps.store, deps.config.CONVERSATION_MINUTES ?? 15, (err) => deps.logger.warn({ err }, 'conversation state unavailable')));
  // Where the limiters count: Redis when there is one (one limit per user across instances), else memory.
  const storageClient = deps.redis ? failOpen(deps.redis, deps.logger) : 'MEMORY_STORE';
  // Floods: a user past the limit is told once per window; the extra messages are not answered.
  bot.on(
    ['message', 'edited_message'],
    limit({
      timeFrame: deps.config.RATE_LIMIT_WINDOW_MS,
      limit: deps.config.RATE_LIMIT_MESSAGES,
      storageClient,
      keyPrefix: limiterPrefix(deps.config.BOT_TOKEN, 'messages'),
      keyGenerator: (ctx: BotContext) => ctx.from?.id.toString(),
      onLimitExceeded: (ctx: BotContext) => {
        // info, not warn: the user is told, the bot is fine; nothing for an operator (or a console user) to act on.
        ctx.log.info('rate limited');
        ctx.reply(escapeHtml(t(ctx.lang, 'rateLimited')), { parse_mode: 'HTML' }).catch(() => undefined);
      },
    }),
  );

  // Buttons and inline queries cost the bot's Telegram-wide budget too: a limit per user (twice that of
  // messages: a conversation presses more than it types). Past it every press still gets its toast, so no
  // button spins, and an inline query gets an empty result; neither is computed or sent a message.
  const pressLimiter = limit<BotContext, LimiterRedis>({
    timeFrame: deps.config.RATE_LIMIT_WINDOW_MS,
    limit: deps.config.RATE_LIMIT_MESSAGES * 2,
    storageClient,
    keyPrefix: limiterPrefix(deps.config.BOT_TOKEN, 'presses'),
    keyGenerator: (ctx: BotContext) => ctx.from?.id.toString(),
  });
  bot.on(['callback_query', 'inline_query'], async (ctx, next) => {
    let allowed = false;
    await pressLimiter(ctx, async () => {
      allowed = true;
      await next();
    });
    if (allowed) return;
    ctx.log.info('rate limited (buttons or inline)');
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: t(ctx.lang, 'rateLimited') }).catch(() => undefined);
    else if (ctx.inlineQuery) await ctx.answerInlineQuery([], { cache_time: 5 }).catch(() => undefined);
  });

  bot.errorBoundary(
    (err) => onError(err, deps),
    accountFeature(deps.store), // first: /start marks the user active before the welcome
    startFeature(),
    sectorsFeature(),
    noticeFeature(),
    langFeature(deps.store),
    subscribeFeature(deps.store),
    ...(deps.admin ? [adminFeature(deps.admin, deps.store, deps.config.ADMIN_IDS)] : []),
    answerButtonsFeature(deps.store, deps.config.BOT_TOKEN ?? 'console'),
    inlineFeature(),
    questionFeature(deps.store, deps.config.STORE_QUESTIONS),
    mediaFeature(),
    expiredButtonFeature(),
  );
  bot.catch((err) => onError(err, deps));
  return bot;
}

/** One bad update is logged and answered politely; it never stops the bot. */
async function onError(err: BotError<BotContext>, deps: BotDeps): Promise<void> {
  const ctx = err.ctx;
  (ctx.log ?? deps.logger).error({ err: err.error, update_id: ctx.update.update_id }, 'update failed');
  // The user's chosen language; when the failure came before it was read (the store), their Telegram one.
  const lang = ctx.lang ?? langFromCode(ctx.from?.language_code);
  try {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: t(lang, 'error') });
    else if (ctx.chat) await ctx.reply(escapeHtml(t(lang, 'error')), { parse_mode: 'HTML' });
  } catch {
    // The Bot API itself is failing; the error above is already logged.
  }
}

/**
 * The command menu, set at start: simplified Chinese by default, English for English clients. The same
 * commands as /help lists (i18n.ts, commandsHelp).
 */
export async function setCommands(bot: Bot<BotContext>, kb: KnowledgeBase): Promise<void> {
  // /notice is named by the kind of the notice the bot is about (倡议概况, 通知概况), as every reply names it.
  const notice = primaryNotice(kb);
  const zh = [
    ['start', '开始 / 使用说明'],
    ['sectors', '各行业的要求'],
    ['notice', `${kindName(notice, 'zh-Hans')}概况`],
    ['p', '查看某一段,如 /p 4'],
    ['subscribe', '订阅更新'],
    ['mysubs', '我的订阅'],
    ['unsubscribe', '取消订阅'],
    ['lang', '切换语言'],
    ['forget', '删除我的数据'],
    ['help', '帮助'],
  ];
  const en = [
    ['start', 'Start / how to use'],
    ['sectors', 'What each sector must do'],
    ['notice', `The ${kindName(notice, 'en')} at a glance`],
    ['p', 'A paragraph, e.g. /p 4'],
    ['subscribe', 'Follow updates'],
    ['mysubs', 'My subscriptions'],
    ['unsubscribe', 'Stop updates'],
    ['lang', 'Change language'],
    ['forget', 'Delete my data'],
    ['help', 'Help'],
  ];
  const toCommands = (list: string[][]) => list.map(([command, description]) => ({ command: command!, description: description! }));
  await bot.api.setMyCommands(toCommands(zh));
  await bot.api.setMyCommands(toCommands(zh), { language_code: 'zh' });
  await bot.api.setMyCommands(toCommands(en), { language_code: 'en' });
}
