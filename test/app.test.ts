// The app around the bot: a knowledge edit on disk is noticed, published, and delivered.
import { afterEach, describe, expect, it } from 'vitest';
import { App, KnowledgeHolder } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { createLogger } from '../src/logger.js';
import { Answerer } from '../src/search/answer.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { FakeBotApi } from './support/fake-bot-api.js';
import { LogCapture, TEST_TOKEN } from './support/harness.js';
import { editNotice, knowledgeCopy } from './support/knowledge.js';

let app: App | undefined;
let api: FakeBotApi | undefined;
afterEach(async () => {
  await app?.stop();
  await api?.stop();
});

describe('watching knowledge/', () => {
  it('an edited notice file reaches the subscribers of the sector concerned, once', async () => {
    api = await new FakeBotApi().start();
    const dir = knowledgeCopy();
    const store = new SqliteStore(':memory:');
    const knowledge = new KnowledgeHolder(dir, new Answerer(loadKnowledge(dir)));
    const config = loadConfig({ BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: api.url, BROADCAST_PER_SECOND: '1000' });
    app = new App({ config, logger: createLogger({ level: 'silent', destination: new LogCapture() }), store, knowledge });
    await app.start(dir);
    await store.subscribe(1, 'charity');
    await store.subscribe(2, 'medical');
    editNotice(dir, (t) => t.replace('援助湖北鄂州', '援助湖北鄂州和武汉'));
    const update = await api.waitFor((c) => c.method === 'sendMessage' && c.payload.chat_id === 1, 10_000);
    expect(update.payload.text).toContain('援助湖北鄂州和武汉');
    expect(knowledge.answerer.answer('慈善组织要做什么?').citations[0]).toMatchObject({ paragraph: 4, sentence: 8 });
    await new Promise((r) => setTimeout(r, 1500));
    expect(api.callsOf('sendMessage').filter((c) => c.payload.chat_id === 2)).toEqual([]);
    expect(api.callsOf('sendMessage').filter((c) => c.payload.chat_id === 1)).toHaveLength(1);
  }, 20_000);
});
