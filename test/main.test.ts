// npm start as an operator runs it: a real process, its environment, signals and exit codes.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeBotApi } from './support/fake-bot-api.js';
import { TEST_TOKEN } from './support/harness.js';
import { knowledgeCopy } from './support/knowledge.js';
import { freshSchema, TEST_DATABASE_URL, type TestSchema } from './support/postgres.js';
import { listeningPort, nodeArgs } from './support/process.js';
import { textMessage } from './support/updates.js';

const [node, mainArgs] = nodeArgs('src/main.ts');
const cwd = mkdtempSync(join(tmpdir(), 'notice-bot-cwd-')); // no .env here
const baseEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };

/** The environment of a bot in webhook mode against the fake Bot API on 127.0.0.1, on a port it picks (see listeningPort). */
function webhookEnv(apiRoot: string, secret: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...baseEnv,
    BOT_TOKEN: TEST_TOKEN,
    TELEGRAM_API_ROOT: apiRoot,
    BOT_MODE: 'webhook',
    WEBHOOK_URL: 'https://bot.example.org',
    WEBHOOK_SECRET: secret,
    PORT: '0',
    HOST: '127.0.0.1',
    ...extra,
  };
}

function runSync(env: Record<string, string>) {
  return spawnSync(node, mainArgs, { cwd, env: { ...baseEnv, ...env }, encoding: 'utf8', timeout: 30_000, input: '' });
}

/**
 * A port nothing listens on, for "cannot be reached": 1 (tcpmux, unused), below the range listen(0) picks from,
 * so no test's server can take it meanwhile (a port found free and let go could be, by a suite running in parallel).
 */
const CLOSED_PORT = 1;

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe('bad configuration: one line naming the variable, exit code 2', () => {
  it.each([
    [{ BOT_MODE: 'bogus' }, /^config: BOT_MODE: /],
    [{ BOT_TOKEN: 'not-a-token' }, /^config: BOT_TOKEN: expected a token from @BotFather/],
    [{ PORT: '99999' }, /^config: PORT: /],
    [{ ADMIN_IDS: '12,abc' }, /^config: ADMIN_IDS: /],
    [{ ROLE: 'frontend' }, /^config: ROLE: expected all, web or worker \(got "frontend"\)/],
    [{ ROLE: 'worker', BOT_TOKEN: TEST_TOKEN }, /^config: ROLE: ROLE=worker needs DATABASE_URL/],
    [{ BOT_MODE: 'webhook', BOT_TOKEN: TEST_TOKEN }, /^config: WEBHOOK_URL: required when BOT_MODE=webhook/],
    // The password of a database URL is never echoed.
    [
      { DATABASE_URL: 'mysql://bot:not-a-token@127.0.0.1/x' },
      /^config: DATABASE_URL: expected a PostgreSQL URL like postgres:\/\/user:password@host:5432\/database/,
    ],
    [{ REDIS_URL: 'http://user:not-a-token@127.0.0.1:6379' }, /^config: REDIS_URL: expected a Redis URL like redis:\/\/:password@host:6379\/0/],
    // Telegram refuses http webhooks: said at start, not as a failed setWebhook (which once logged the secret).
    [
      { BOT_MODE: 'webhook', BOT_TOKEN: TEST_TOKEN, WEBHOOK_URL: 'http://bot.example.org', WEBHOOK_SECRET: 'x'.repeat(20) },
      /^config: WEBHOOK_URL: expected an https URL/,
    ],
  ])('%j', (env, message) => {
    const r = runSync(env as Record<string, string>);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toContain('not-a-token');
  });

  it('a PostgreSQL server that cannot be reached: one line naming DATABASE_URL, its password masked, exit code 2', async () => {
    const port = CLOSED_PORT;
    const r = runSync({ BOT_TOKEN: TEST_TOKEN, DATABASE_URL: `postgres://bot:pw-not-to-show@127.0.0.1:${port}/notice` });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      new RegExp(`^database: DATABASE_URL=postgres://bot:<password>@127\\.0\\.0\\.1:${port}/notice: cannot open the database at .*ECONNREFUSED`),
    );
    expect(r.stderr + r.stdout).not.toContain('pw-not-to-show');
  });

  it('a Redis server that cannot be reached: one line naming REDIS_URL, its password masked, exit code 2', async () => {
    const port = CLOSED_PORT;
    const r = runSync({ BOT_TOKEN: TEST_TOKEN, REDIS_URL: `redis://:pw-not-to-show@127.0.0.1:${port}/0` });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`^redis: REDIS_URL=redis://:<password>@127\\.0\\.0\\.1:${port}/0: cannot reach Redis: .*ECONNREFUSED`));
    expect(r.stderr + r.stdout).not.toContain('pw-not-to-show');
  });

  it('a broken knowledge file: file and line, exit code 2', () => {
    const dir = knowledgeCopy({ file: 'sectors.json', change: (t) => t.replace('"sentence": 2', '"sentence": 20') });
    const r = runSync({ KNOWLEDGE_DIR: dir });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/^knowledge: .*sectors\.json:\d+: sector "medical" cites gz-mzt-2020-02-20 paragraph 4 sentence 20, which does not exist$/);
  });
});

describe('running against the Bot API', () => {
  let api: FakeBotApi | undefined;
  let child: ChildProcess | undefined;
  afterEach(async () => {
    child?.kill('SIGKILL');
    await api?.stop();
  });

  it('long polling: commands set, questions answered, SIGTERM stops it with exit code 0', async () => {
    api = await new FakeBotApi().start();
    child = spawn(node, mainArgs, {
      cwd,
      env: { ...baseEnv, BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: api.url, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    await api.waitFor((c) => c.method === 'setMyCommands' && c.payload.language_code === 'en', 20_000);
    await api.waitFor((c) => c.method === 'deleteWebhook', 5000);
    api.push(textMessage('慈善组织要做什么?', { from: { id: 5150 } }));
    const reply = await api.waitFor((c) => c.method === 'sendMessage' && c.payload.chat_id === 5150, 10_000);
    expect(reply.payload.text).toContain('第4段第8句');
    const started = Date.now();
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(out).toContain('"msg":"stopped"');
    expect(out).not.toContain(TEST_TOKEN.split(':')[1]);
  }, 40_000);

  it.skipIf(!TEST_DATABASE_URL)(
    'on PostgreSQL (DATABASE_URL): migrates, delivers what was queued, keeps subscriptions and conversations there, stops with 0',
    async () => {
      let schema: TestSchema | undefined;
      try {
        schema = await freshSchema();
        const store = await schema.open();
        await store.createBroadcast({ kind: 'announce', version: null, createdBy: null, messages: [{ text: '排队的通知', chatIds: [7001] }] });
        await store.end();
        const url = new URL(TEST_DATABASE_URL!);
        url.searchParams.set('options', `-c search_path=${schema.name}`);
        api = await new FakeBotApi().start();
        child = spawn(node, mainArgs, {
          cwd,
          env: { ...baseEnv, BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: api.url, LOG_LEVEL: 'info', DATABASE_URL: url.toString() },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
        const queued = await api.waitFor((c) => c.method === 'sendMessage' && c.payload.chat_id === 7001, 20_000);
        expect(queued.payload.text).toBe('排队的通知');
        api.push(textMessage('/subscribe', { from: { id: 5152 } }));
        await api.waitFor((c) => c.method === 'sendMessage' && c.payload.chat_id === 5152, 10_000);
        api.push(textMessage('慈善组织要做什么?', { from: { id: 5152 } }));
        await api.waitFor((c) => c.method === 'sendMessage' && c.payload.chat_id === 5152 && String(c.payload.text).includes('第4段第8句'), 10_000);
        expect((await schema.query('SELECT sector FROM subscriptions WHERE chat_id = 5152')).rows).toEqual([{ sector: '*' }]);
        expect((await schema.query('SELECT key FROM sessions WHERE chat_id = 5152')).rowCount).toBe(1);
        child.kill('SIGTERM');
        expect(await exited(child)).toBe(0);
        expect(out).toContain('"msg":"PostgreSQL store open"');
        expect(out).toContain('"migrated":0');
        expect((await schema.query('SELECT status FROM outbox WHERE chat_id = 7001')).rows).toEqual([{ status: 'sent' }]);
      } finally {
        await schema?.drop();
      }
    },
    40_000,
  );

  it('webhook mode: setWebhook with the secret and allowed updates, then updates over HTTP', async () => {
    api = await new FakeBotApi().start();
    const secret = 'webhook-secret-abcdefgh';
    child = spawn(node, mainArgs, { cwd, env: webhookEnv(api.url, secret, { WEBHOOK_PATH: '/tg/hook' }), stdio: ['ignore', 'pipe', 'pipe'] });
    const port = await listeningPort(child);
    const set = await api.waitFor((c) => c.method === 'setWebhook', 20_000);
    expect(set.payload).toMatchObject({ url: 'https://bot.example.org/tg/hook', secret_token: secret });
    expect(set.payload.allowed_updates).toEqual(expect.arrayContaining(['message', 'callback_query', 'inline_query', 'my_chat_member']));
    const post = (s: string) =>
      fetch(`http://127.0.0.1:${port}/tg/hook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': s },
        body: JSON.stringify({ update_id: 1, ...textMessage('第5段说了什么', { from: { id: 5151 } }) }),
      });
    expect((await post('wrong-secret-abcdefgh')).status).toBe(401);
    expect((await post(secret)).status).toBe(200);
    expect(api.callsOf('sendMessage').find((c) => c.payload.chat_id === 5151)?.payload.text).toContain('同舟共济');
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
  }, 40_000);

  it('webhook mode stops on SIGTERM even when the log reader stops reading, then goes away', async () => {
    api = await new FakeBotApi().start();
    const secret = 'webhook-secret-abcdefgh';
    child = spawn(node, mainArgs, { cwd, env: webhookEnv(api.url, secret, { LOG_LEVEL: 'debug' }), stdio: ['ignore', 'pipe', 'pipe'] });
    // Read until the line that tells the port, then never again: the pipe fills as a stuck log shipper's would
    // (a paused stream reads no further than its small buffer).
    const port = await listeningPort(child);
    child.stdout!.pause();
    await api.waitFor((c) => c.method === 'setWebhook', 20_000);
    // Far more log lines than a pipe holds (64 KB).
    for (let i = 0; i < 600; i++) {
      await fetch(`http://127.0.0.1:${port}/telegram`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
        body: JSON.stringify({ update_id: 10_000 + i, ...textMessage(`慈善组织要做什么 ${i}`, { from: { id: 7000 + i } }) }),
      });
    }
    const started = Date.now();
    const stuck = child;
    stuck.kill('SIGTERM');
    const gone = setTimeout(() => {
      // Then the reader goes away altogether.
      stuck.stdout?.destroy();
      stuck.stderr?.destroy();
    }, 200);
    const code = await exited(stuck);
    clearTimeout(gone);
    expect(Date.now() - started).toBeLessThan(6000);
    expect(code).toBe(0);
  }, 60_000);

  it('a second process polling with the same token (409 Conflict): one line naming the cause, exit code 3', async () => {
    api = await new FakeBotApi().start();
    api.failNext('409', 1, ['getUpdates']);
    child = spawn(node, mainArgs, { cwd, env: { ...baseEnv, BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: api.url }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    child.stderr?.on('data', (d) => {
      stderr += d;
    });
    child.stdout?.on('data', (d) => {
      stdout += d;
    });
    // 'close', not 'exit': the pipes are read to their end.
    const code = await new Promise((resolve) => child?.once('close', resolve));
    expect(code).toBe(3);
    const cause = 'another process is receiving updates with this BOT_TOKEN (409 Conflict from getUpdates); stop it, or run one instance';
    // One plain line on stderr for the operator (and the same in the JSON log), no stack trace.
    expect(stdout).toContain(cause);
    expect(stderr.trim().split('\n')).toEqual([`polling: ${cause}`]);
    expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at /);
  }, 40_000);
});
