// npm start: reads the environment, loads the knowledge, opens the database and runs the bot: the local
// console without a BOT_TOKEN, long polling by default, or a webhook server with BOT_MODE=webhook. ROLE
// (with DATABASE_URL) splits the work between instances: web takes updates and answers, worker delivers and
// publishes, all (the default) does everything.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { run } from '@grammyjs/runner';
import { App, KnowledgeHolder } from './app.js';
import { runConsole } from './bot/console.js';
import type { BotDeps } from './bot/context.js';
import { ALLOWED_UPDATES, createBot, setCommands } from './bot/create-bot.js';
import { openRedis } from './bot/rate-limit.js';
import { createHealthServer, createWebhookServer } from './bot/webhook.js';
import { type Config, ConfigError, loadConfig, loadDotEnv } from './config.js';
import { SharedPacer } from './delivery/pace.js';
import { fileIndexCache } from './index-cache.js';
import { loadKnowledge } from './knowledge/load.js';
import { KnowledgeError } from './knowledge/types.js';
import { createLogger, type Logger, maskSecrets, releaseLogs } from './logger.js';
import { Answerer } from './search/answer.js';
import type { PostgresStore } from './store/postgres.js';
import { SqliteStore } from './store/sqlite.js';
import { type Store, StoreError } from './store/types.js';

/** Exit codes of their own, so that a supervisor (or its operator) can tell the cause. */
const EXIT_CONFLICT = 3;
const EXIT_UNAUTHORIZED = 4;

/** How long shutdown may take before the process exits anyway. */
const SHUTDOWN_MS = 5000;

function fail(prefix: string, message: string): never {
  console.error(`${prefix}: ${message}`);
  process.exit(2);
}

async function startup(): Promise<{ config: Config; logger: Logger; knowledge: KnowledgeHolder; store: Store; shared: PostgresStore | undefined }> {
  let config: Config;
  try {
    loadDotEnv();
    config = loadConfig();
  } catch (err) {
    fail('config', err instanceof ConfigError ? err.message : `.env: ${(err as Error).message}`);
  }
  // The console is for people: stdout holds the conversation only. Its logs go to stderr, warnings and
  // errors only unless LOG_LEVEL asks for more.
  const consoleChat = !config.BOT_TOKEN;
  const level = consoleChat && !process.env.LOG_LEVEL ? 'warn' : config.LOG_LEVEL;
  const logger = createLogger({ level, fd: consoleChat ? 2 : 1, ...(config.LOG_PRETTY !== undefined ? { pretty: config.LOG_PRETTY } : {}) });
  let knowledge: KnowledgeHolder;
  try {
    const kb = loadKnowledge(config.KNOWLEDGE_DIR);
    logger.info({ notices: kb.notices.length, sectors: kb.sectors.length, version: kb.version }, 'knowledge loaded');
    const cachePath = indexCachePath(config);
    const cache = cachePath ? fileIndexCache(cachePath, logger) : undefined;
    knowledge = new KnowledgeHolder(config.KNOWLEDGE_DIR, new Answerer(kb, undefined, cache ? { cache } : {}), cache);
  } catch (err) {
    if (err instanceof KnowledgeError) fail('knowledge', err.message);
    throw err;
  }
  const store = await openStore(config, logger);
  // PostgreSQL: several instances may share the bot (one delivery pace, one publisher).
  return { config, logger, knowledge, store: store.sqlite ?? store.postgres!, shared: store.postgres };
}

/** KNOWLEDGE_CACHE, else beside the SQLite database with a token; the console chat keeps nothing unless asked. */
function indexCachePath(config: Config): string | undefined {
  if (config.KNOWLEDGE_CACHE) return config.KNOWLEDGE_CACHE === 'off' ? undefined : config.KNOWLEDGE_CACHE;
  return config.BOT_TOKEN ? join(dirname(config.DATABASE_PATH), 'search-index.cache') : undefined;
}

/**
 * PostgreSQL when DATABASE_URL is set (several instances may share it), else the SQLite file at DATABASE_PATH.
 * The console keeps nothing anywhere: an in-memory SQLite, so a fresh clone stays clean and no shared
 * database is touched from a terminal.
 */
async function openStore(config: Config, logger: Logger): Promise<{ sqlite?: SqliteStore; postgres?: PostgresStore }> {
  if (!config.BOT_TOKEN) return { sqlite: new SqliteStore(':memory:') };
  const url = config.DATABASE_URL;
  try {
    if (!url) return { sqlite: new SqliteStore(config.DATABASE_PATH) };
    // Loaded only with DATABASE_URL: a SQLite start (and the console chat) never pays for the pg client.
    const { PostgresStore } = await import('./store/postgres.js');
    const store = await PostgresStore.connect(url, {
      leaseMs: config.OUTBOX_LEASE_SECONDS * 1000,
      onError: (err) => logger.warn({ err }, 'database connection lost; the pool reconnects'),
    });
    logger.info({ database: store.description, migrated: store.migrated }, 'PostgreSQL store open');
    return { postgres: store };
  } catch (err) {
    if (err instanceof StoreError)
      fail('database', url ? `DATABASE_URL=${maskSecrets(url)}: ${err.message}` : `DATABASE_PATH=${config.DATABASE_PATH}: ${err.message}`);
    throw err;
  }
}

/** Redis for the rate limiter when REDIS_URL is set (not in the console chat, which keeps nothing anywhere). */
async function openLimiterRedis(config: Config, logger: Logger) {
  if (!config.BOT_TOKEN || !config.REDIS_URL) return undefined;
  try {
    const redis = await openRedis(config.REDIS_URL, logger);
    logger.info({ redis: maskSecrets(config.REDIS_URL) }, 'rate limiter on Redis');
    return redis;
  } catch (err) {
    fail('redis', `REDIS_URL=${maskSecrets(config.REDIS_URL)}: ${(err as Error).message}`);
  }
}

/**
 * The port a server listens on: PORT=0 has the system pick a free one when the server binds, and this log line
 * is where it is told (tests run several instances that way: a port chosen free beforehand could be taken
 * by another process before the instance binds it).
 */
function boundPort(server: { address(): AddressInfo | string | null }): number | undefined {
  const address = server.address();
  return typeof address === 'object' && address ? address.port : undefined;
}

async function main(): Promise<void> {
  const { config, logger, knowledge, store, shared } = await startup();
  const redis = await openLimiterRedis(config, logger);
  const app = new App({
    config,
    logger,
    store,
    knowledge,
    ...(shared
      ? {
          coordination: shared.coordination(logger),
          pacer: (sleep: (ms: number) => Promise<void>) =>
            new SharedPacer(shared, config.BROADCAST_PER_SECOND, config.BROADCAST_PER_CHAT_PER_SECOND, sleep, (err) =>
              logger.warn({ err }, 'the shared delivery pace is unreachable; waiting'),
            ),
        }
      : {}),
  });
  const deps: BotDeps = { config, logger, knowledge, store, admin: app.admin, ...(redis ? { redis } : {}) };

  if (!config.BOT_TOKEN) {
    await runConsole({ deps, input: process.stdin, output: process.stdout, color: Boolean(process.stdout.isTTY) });
    store.close();
    releaseLogs();
    return;
  }

  const role = config.ROLE;
  const health = () => store.ping(1000);
  let stopUpdates: () => Promise<void>;
  const bot = createBot(deps);
  if (role !== 'worker') {
    await bot.init();
    await setCommands(bot, knowledge.answerer.kb).catch((err) => logger.warn({ err }, 'setMyCommands failed'));
  }
  await app.start(config.KNOWLEDGE_DIR, { deliver: role !== 'web', publish: role !== 'web' });

  if (role === 'worker') {
    // Takes no updates (and leaves the webhook alone): delivers, publishes, and answers health checks.
    const server = createHealthServer({ logger, health });
    server.listen(config.PORT, config.HOST);
    await once(server, 'listening');
    logger.info({ role, port: boundPort(server) }, 'worker running: delivery and publishing, no updates taken');
    stopUpdates = () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
  } else if (config.BOT_MODE === 'webhook') {
    // The store's update claims: behind a load balancer, Telegram's re-delivery to another instance is skipped.
    const server = createWebhookServer({ bot, path: config.WEBHOOK_PATH, secret: config.WEBHOOK_SECRET!, logger, health, updates: store });
    server.listen(config.PORT, config.HOST);
    await once(server, 'listening');
    const url = new URL(config.WEBHOOK_PATH, config.WEBHOOK_URL).toString();
    await bot.api.setWebhook(url, { secret_token: config.WEBHOOK_SECRET!, allowed_updates: [...ALLOWED_UPDATES], drop_pending_updates: false });
    logger.info({ role, port: boundPort(server), path: config.WEBHOOK_PATH, username: bot.botInfo.username }, 'webhook server listening');
    // Stop taking updates; those in hand finish (Telegram re-sends any we did not acknowledge).
    stopUpdates = () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections(); // keep-alive connections would hold close() open
      });
  } else {
    await bot.api.deleteWebhook();
    // silent: the runner would print fetch errors with console.error; ours go through pino, token masked.
    const runner = run(bot, { runner: { silent: true, fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
    logger.info({ role, username: bot.botInfo.username }, 'long polling');
    // The runner gives up on 401 and 409: say which, in one line, and exit with a code of its own.
    runner.task()?.catch((err: { error_code?: number }) => {
      const why =
        err?.error_code === 409
          ? 'another process is receiving updates with this BOT_TOKEN (409 Conflict from getUpdates); stop it, or run one instance'
          : err?.error_code === 401
            ? 'Telegram refused the BOT_TOKEN (401 Unauthorized)'
            : undefined;
      if (!why) {
        logger.fatal({ err }, 'polling stopped');
        releaseLogs();
        process.exit(1);
      }
      logger.error(why);
      console.error(`polling: ${why}`);
      releaseLogs();
      process.exit(err.error_code === 409 ? EXIT_CONFLICT : EXIT_UNAUTHORIZED);
    });
    stopUpdates = async () => {
      if (runner.isRunning()) await runner.stop(); // finishes the updates in hand
    };
  }

  let stopping = false;
  // Logging must never stop a shutdown: a log reader that went away (EPIPE) is ignored.
  const say = (write: () => void) => {
    try {
      write();
    } catch {
      // nowhere left to say it
    }
  };
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(() => logger.info({ signal }, 'stopping'));
    const timer = setTimeout(() => {
      say(() => logger.error('shutdown took too long; exiting'));
      releaseLogs();
      process.exit(1);
    }, SHUTDOWN_MS);
    timer.unref();
    let code = 0;
    try {
      await Promise.all([stopUpdates(), app.stop()]);
      // PostgreSQL: wait for the pool to finish the writes in hand and close its connections.
      if (shared) await shared.end();
      else store.close();
      await redis?.quit().catch(() => redis.disconnect());
    } catch {
      code = 1;
    } finally {
      say(() => logger.info('stopped'));
      releaseLogs();
      process.exit(code);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

// A log reader that went away (closed stdout or stderr) must not crash the bot or block its shutdown.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});

main().catch((err) => {
  // Through pino, so that a token inside the error is masked.
  // Not into the console chat's stdout.
  createLogger({ level: 'error', pretty: false, fd: process.env.BOT_TOKEN ? 1 : 2 }).fatal({ err }, 'could not start');
  process.exit(1);
});
