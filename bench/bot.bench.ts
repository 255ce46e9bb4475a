// npm run bench:bot: text updates per second through the whole bot (middleware, rate limiter, answerer,
// HTML rendering) in one process, with the Bot API stubbed in-process; p50/p99 per update. Run twice:
// as deployed (recent answers cached) and with the answer cache off (every question computed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Update } from 'grammy/types';
import { CONSOLE_BOT } from '../src/bot/console.js';
import { createBot } from '../src/bot/create-bot.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { createLogger } from '../src/logger.js';
import { KNOWLEDGE_DIR, PROJECT_ROOT } from '../src/paths.js';
import { Answerer } from '../src/search/answer.js';
import { SqliteStore } from '../src/store/sqlite.js';

const questions = readFileSync(join(PROJECT_ROOT, 'test/fixtures/paraphrases.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l).q as string);
const UPDATES = Number(process.env.BENCH_UPDATES ?? 20_000);
const kb = loadKnowledge(KNOWLEDGE_DIR);

class UncachedAnswerer extends Answerer {
  override answer(raw: string) {
    return this.answerUncached(raw);
  }
}

async function measure(label: string, answerer: Answerer): Promise<void> {
  const bot = createBot(
    {
      config: {
        BOT_TOKEN: '1:bench',
        TELEGRAM_API_ROOT: 'http://127.0.0.1:9',
        RATE_LIMIT_MESSAGES: 5,
        RATE_LIMIT_WINDOW_MS: 5000,
        ADMIN_IDS: [],
        STORE_QUESTIONS: false,
      },
      logger: createLogger({ level: 'silent', pretty: false }),
      knowledge: { answerer },
      store: new SqliteStore(':memory:'),
    },
    { botInfo: CONSOLE_BOT },
  );
  let sent = 0;
  bot.api.config.use(async (_prev, method, payload) => {
    if (method === 'sendMessage') sent++;
    return {
      ok: true,
      result: method === 'sendMessage' ? { message_id: sent, date: 0, chat: { id: (payload as { chat_id: number }).chat_id, type: 'private' } } : true,
    } as never;
  });
  const update = (i: number): Update => {
    const user = 1 + (i % 5000); // many users, as in real traffic; each stays under the rate limit
    return {
      update_id: i,
      message: {
        message_id: i,
        date: 0,
        chat: { id: user, type: 'private', first_name: 'u' },
        from: { id: user, is_bot: false, first_name: 'u', language_code: 'zh-hans' },
        text: questions[i % questions.length]!,
      },
    } as Update;
  };
  for (let i = 0; i < 2000; i++) await bot.handleUpdate(update(i)); // warm-up
  sent = 0;
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < UPDATES; i++) {
    const s = performance.now();
    await bot.handleUpdate(update(100_000 + i));
    times.push(performance.now() - s);
  }
  const seconds = (performance.now() - start) / 1000;
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(3);
  console.log(
    `${label}: ${(UPDATES / seconds).toFixed(0)} updates/s; per update p50 ${p(0.5)} ms, p99 ${p(0.99)} ms, max ${times.at(-1)!.toFixed(1)} ms (${UPDATES} updates, ${sent} replies)`,
  );
}

console.log(`${questions.length} distinct questions from test/fixtures/paraphrases.jsonl, 5,000 users, one process`);
await measure('as deployed (answer cache on) ', new Answerer(kb));
await measure('every answer computed (cache off)', new UncachedAnswerer(kb));
