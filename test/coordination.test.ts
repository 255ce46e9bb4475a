// Several app instances in one process, on one PostgreSQL schema: one publisher (the holder of the lock),
// /reload anywhere published once by it, every instance answering from the published version, and the lock
// passing on when the leader goes. Runs only with TEST_DATABASE_URL.
import { afterEach, describe, expect, it } from 'vitest';
import { App, KnowledgeHolder } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { SharedPacer } from '../src/delivery/pace.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { createLogger } from '../src/logger.js';
import { Answerer } from '../src/search/answer.js';
import { FakeBotApi } from './support/fake-bot-api.js';
import { LogCapture, TEST_TOKEN } from './support/harness.js';
import { editNotice, knowledgeCopy } from './support/knowledge.js';
import { freshSchema, TEST_DATABASE_URL, type TestSchema } from './support/postgres.js';
import { until } from './support/wait.js';

let schema: TestSchema | undefined;
let api: FakeBotApi | undefined;
const apps: App[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.stop()));
  await api?.stop();
  await schema?.drop();
});

const edit = (t: string) => t.replace('援助湖北鄂州', '援助湖北鄂州和武汉');

describe.skipIf(!TEST_DATABASE_URL)('one publisher among instances', () => {
  async function instance(dir: string, role: 'worker' | 'web') {
    const store = await schema!.open();
    const logs = new LogCapture();
    const logger = createLogger({ level: 'info', destination: logs });
    const config = loadConfig({ BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: api!.url, BROADCAST_PER_SECOND: '1000' });
    const knowledge = new KnowledgeHolder(dir, new Answerer(loadKnowledge(dir)));
    const app = new App({
      config,
      logger,
      store,
      knowledge,
      coordination: store.coordination(logger, 100),
      pacer: (sleep) => new SharedPacer(store, 1000, 1000, sleep, () => {}),
      reloadTimeoutMs: 5000,
    });
    apps.push(app);
    await app.start(undefined, { deliver: role === 'worker', publish: role === 'worker' });
    return { app, store, knowledge, logs };
  }

  it('/reload on a web instance: the leader publishes once, every instance answers from the new version; the lock passes on', async () => {
    schema = await freshSchema();
    api = await new FakeBotApi().start();
    const dirs = [knowledgeCopy(), knowledgeCopy(), knowledgeCopy()];
    const a = await instance(dirs[0]!, 'worker');
    const b = await instance(dirs[1]!, 'worker');
    const web = await instance(dirs[2]!, 'web');
    await until(async () => [a, b].some((i) => i.logs.text.includes('publisher lock taken')), 5000);
    await new Promise((r) => setTimeout(r, 300)); // several campaign rounds: still one leader
    expect([a, b].filter((i) => i.logs.text.includes('publisher lock taken'))).toHaveLength(1);
    expect(web.logs.text).not.toContain('publisher lock taken');
    await a.store.subscribe(1, 'charity');

    // A deploy changed the files everywhere; the admin says /reload to a web instance.
    for (const dir of dirs) editNotice(dir, edit);
    const r = await web.app.admin.reload(777);
    expect(r).toMatchObject({ changed: true, recipients: 1 });
    await until(async () => [a, b, web].every((i) => i.knowledge.answerer.kb.version === r.version), 5000);
    await api.waitFor((c) => c.method === 'sendMessage' && c.payload.chat_id === 1 && String(c.payload.text).includes('和武汉'), 5000);
    expect((await schema.query('SELECT COUNT(*)::int AS n FROM broadcasts')).rows[0].n).toBe(1);

    // Files that differ from the published version on one instance: said in its log; nothing is announced.
    editNotice(dirs[2]!, (t) => t.replace('援助湖北鄂州和武汉', '援助湖北'));
    const again = await web.app.admin.reload(777);
    expect(again).toMatchObject({ changed: false, version: r.version });
    await until(async () => web.logs.text.includes('differs from the published version'), 5000).catch((e) => {
      console.log(web.logs.text.slice(-3000));
      throw e;
    });
    expect((await schema.query('SELECT COUNT(*)::int AS n FROM broadcasts')).rows[0].n).toBe(1);

    // The leader stops: the other worker takes the lock.
    const [leader, other] = a.logs.text.includes('publisher lock taken') ? [a, b] : [b, a];
    await leader.app.stop();
    await until(async () => other.logs.text.includes('publisher lock taken'), 5000);
    expect((await web.app.admin.reload(777)).version).toBe(r.version);
  }, 30_000);

  it('without any worker, /reload on a web instance says that no publisher answered', async () => {
    schema = await freshSchema();
    api = await new FakeBotApi().start();
    const web = await instance(knowledgeCopy(), 'web');
    await expect(web.app.admin.reload(777)).rejects.toThrow(/no publisher answered within 5 s/);
  }, 20_000);
});
