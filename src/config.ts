// The environment, validated once at start. A bad value stops the program with one line naming the
// variable (exit code 2); .env.example documents every variable.
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { BOT_TOKEN_PATTERN } from './logger.js';
import { KNOWLEDGE_DIR } from './paths.js';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const Schema = z
  .object({
    BOT_TOKEN: z.string().regex(BOT_TOKEN_PATTERN, 'expected a token from @BotFather, like 123456:ABC-DEF…').optional(),
    BOT_MODE: z.enum(['polling', 'webhook']).default('polling'),
    // all: one process does everything; web: takes updates and answers (no delivery, no publishing); worker:
    // delivers broadcasts and publishes knowledge changes (takes no updates). web and worker share PostgreSQL.
    ROLE: z.enum(['all', 'web', 'worker'], { error: 'expected all, web or worker' }).default('all'),
    // Telegram calls webhooks over https only: an http URL would fail at setWebhook, after start.
    WEBHOOK_URL: z.url({ protocol: /^https$/, error: 'expected an https URL (Telegram calls webhooks over https only)' }).optional(),
    WEBHOOK_PATH: z
      .string()
      .regex(/^\/[A-Za-z0-9/_-]*$/, 'expected a path like /telegram')
      .default('/telegram'),
    WEBHOOK_SECRET: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,256}$/, '16 to 256 characters of A-Z, a-z, 0-9, _ and -')
      .optional(),
    HOST: z.string().min(1).default('0.0.0.0'),
    // 0: any free port, chosen when the server binds; the 'listening' log line says which (tests use it).
    PORT: int(0, 65535).default(8080),
    TELEGRAM_API_ROOT: z.url({ protocol: /^https?$/ }).default('https://api.telegram.org'),
    KNOWLEDGE_DIR: z.string().min(1).default(KNOWLEDGE_DIR),
    // The search index's build cache (src/index-cache.ts): a file path, or off. Unset: search-index.cache in
    // DATABASE_PATH's folder with a BOT_TOKEN; none for the console chat, which keeps nothing anywhere.
    KNOWLEDGE_CACHE: z.string().min(1).optional(),
    ADMIN_IDS: z
      .string()
      .regex(/^\s*(\d+\s*(,\s*\d+\s*)*)?$/, 'expected Telegram user ids separated by commas')
      .default('')
      .transform((s) =>
        s
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean)
          .map(Number),
      ),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LOG_PRETTY: bool.optional(),
    RATE_LIMIT_MESSAGES: int(1, 1000).default(5),
    RATE_LIMIT_WINDOW_MS: int(100, 3_600_000).default(5000),
    DATABASE_PATH: z.string().min(1).default('./data/notice-bot.sqlite'),
    // Set: the bot keeps its state in PostgreSQL (several instances may share it); unset: SQLite at DATABASE_PATH.
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'expected a PostgreSQL URL like postgres://user:password@host:5432/database' }).optional(),
    // Set: the per-user rate limiter counts in Redis, one limit shared by every instance; unset: in memory.
    REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'expected a Redis URL like redis://:password@host:6379/0 (rediss:// for TLS)' }).optional(),
    STORE_QUESTIONS: bool.default(false),
    // PostgreSQL: how long a worker's claim on outbox rows lasts unrenewed before another worker takes them over.
    OUTBOX_LEASE_SECONDS: int(2, 3600).default(120),
    // How long a chat's conversation is remembered after its last answer, for follow-ups (那餐饮呢, 为什么?).
    CONVERSATION_MINUTES: int(1, 1440).default(15),
    BROADCAST_PER_SECOND: int(1, 1000).default(25),
    BROADCAST_PER_CHAT_PER_SECOND: int(1, 100).default(1),
  })
  .superRefine((c, ctx) => {
    if (c.ROLE !== 'all') {
      if (!c.DATABASE_URL)
        ctx.addIssue({ code: 'custom', path: ['ROLE'], message: `ROLE=${c.ROLE} needs DATABASE_URL (the roles share their state through PostgreSQL)` });
      else if (!c.BOT_TOKEN) ctx.addIssue({ code: 'custom', path: ['ROLE'], message: `ROLE=${c.ROLE} needs BOT_TOKEN (the console chat has no roles)` });
    }
    if (c.BOT_MODE === 'webhook') {
      if (!c.BOT_TOKEN) ctx.addIssue({ code: 'custom', path: ['BOT_TOKEN'], message: 'required when BOT_MODE=webhook' });
      if (!c.WEBHOOK_URL)
        ctx.addIssue({ code: 'custom', path: ['WEBHOOK_URL'], message: 'required when BOT_MODE=webhook (the public https URL Telegram calls)' });
      if (!c.WEBHOOK_SECRET) ctx.addIssue({ code: 'custom', path: ['WEBHOOK_SECRET'], message: 'required when BOT_MODE=webhook' });
    }
  });

export type Config = z.infer<typeof Schema>;

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

/** Empty strings count as unset, as in most .env files. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const input = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = Schema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const variable = String(issue.path[0] ?? 'environment');
    const value = input[variable];
    // Never echo a secret back, only say what is wrong with it (a database URL may hold a password).
    const shown = value !== undefined && !/TOKEN|SECRET|PASSWORD|DATABASE_URL|REDIS_URL/.test(variable) ? ` (got "${value.slice(0, 40)}")` : '';
    throw new ConfigError(variable, `${issue.message}${shown}`);
  }
  return result.data;
}

/** Reads .env from the working directory when there is one (Node's own parser; no dependency). */
export function loadDotEnv(file = '.env'): void {
  if (existsSync(file)) process.loadEnvFile(file);
}
