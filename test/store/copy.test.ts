// npm run db:copy: a SQLite file with some of everything -> a fresh PostgreSQL schema; counts and rows equal,
// the target usable by the bot afterwards (ids continue), a non-empty target refused unless --force.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COPIED_TABLES, CopyError, copySqliteToPostgres } from '../../src/store/copy.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { freshSchema, TEST_DATABASE_URL, type TestSchema } from '../support/postgres.js';
import { nodeArgs } from '../support/process.js';

const HOUR = 3_600_000;
const GROUP = -1_001_234_567_890;

/** A SQLite file as a bot leaves it after a while: users, languages, subscriptions, broadcasts half delivered… */
async function filledSqlite(): Promise<{ file: string; broadcast: number; draft: number }> {
  const file = join(mkdtempSync(join(tmpdir(), 'notice-bot-copy-')), 'bot.sqlite');
  const s = new SqliteStore(file);
  for (let i = 0; i < 50; i++) await s.subscribe(1000 + i, i % 3 === 0 ? null : i % 3 === 1 ? 'medical' : 'charity');
  await s.subscribe(GROUP, 'education');
  await s.setLang(1001, 'en');
  await s.setLang(1002, 'zh-Hant');
  await s.setActive(1003, false);
  await s.publish('v1', '{"snapshot":1}', { kind: 'knowledge', version: 'v1', createdBy: null, messages: [{ text: '更新 <b>1</b>', chatIds: [1000, 1001] }] });
  const broadcast = await s.createBroadcast({
    kind: 'announce',
    version: null,
    createdBy: 42,
    messages: [
      { text: '📢 明天停电', chatIds: [1000, 1001, 1002, GROUP] },
      { text: '📢 second text', chatIds: [1004] },
    ],
  });
  const rows = await s.pendingOutbox(100);
  await s.markDelivery(rows[0]!.id, 'sent');
  await s.markDelivery(rows[1]!.id, 'blocked', 'Forbidden: bot was blocked by the user');
  await s.noteAttempt(rows[2]!.id, '429');
  await s.recordQuestion({ answered: true, paragraph: 4, text: null });
  await s.recordQuestion({ answered: false, paragraph: null, text: '学校什么时候开学' });
  await s.recordFeedback({ notice: 'gz', paragraph: 4, sentence: 8 }, true, 'voter-a');
  await s.recordFeedback({ notice: 'gz', paragraph: 4, sentence: 8 }, false);
  const draft = await s.saveDraft(42, '草稿', HOUR);
  await s.writeSession('1001', 1001, '{"about":"charity"}', HOUR);
  await s.claimUpdate(77, HOUR); // not copied: claims expire
  s.close();
  return { file, broadcast, draft };
}

describe.skipIf(!TEST_DATABASE_URL)('copying SQLite to PostgreSQL (db:copy)', () => {
  let schema: TestSchema;
  afterEach(async () => {
    await schema?.drop();
  });

  it('copies every table in one transaction: counts equal, rows equal, and the bot carries on there', async () => {
    const { file, broadcast, draft } = await filledSqlite();
    schema = await freshSchema();
    const seen: string[] = [];
    const counts = await copySqliteToPostgres({ from: file, to: TEST_DATABASE_URL!, schema: schema.name, onTable: (t) => seen.push(t) });
    expect(seen).toEqual(COPIED_TABLES.map((t) => t.name));
    for (const c of counts) expect(c.postgres).toBe(c.sqlite);
    const n = Object.fromEntries(counts.map((c) => [c.table, c.postgres]));
    expect(n).toMatchObject({
      users: 51,
      subscriptions: 51,
      published: 1,
      broadcasts: 2,
      broadcast_texts: 3,
      outbox: 7,
      questions: 2,
      feedback: 2,
      drafts: 1,
      sessions: 1,
    });

    const sqlite = new SqliteStore(file);
    const pgStore = await schema.open();
    expect(await pgStore.getLang(1001)).toBe('en');
    expect(await pgStore.getLang(1002)).toBe('zh-Hant');
    expect(await pgStore.listSubscriptions(GROUP)).toEqual(['education']);
    expect(await pgStore.subscribers()).toEqual(await sqlite.subscribers());
    expect(await pgStore.getPublished()).toEqual({ version: 'v1', snapshot: '{"snapshot":1}' });
    expect(await pgStore.progress(broadcast)).toEqual(await sqlite.progress(broadcast));
    expect(await pgStore.stats()).toEqual(await sqlite.stats());
    expect(await pgStore.getDraft(draft, HOUR)).toEqual({ adminId: 42, text: '草稿' });
    expect(await pgStore.readSession('1001')).toBe('{"about":"charity"}');
    expect(await pgStore.pendingOutbox(100)).toEqual(await sqlite.pendingOutbox(100));
    expect((await schema.query('SELECT last_error FROM outbox WHERE status = $1', ['blocked'])).rows).toEqual([
      { last_error: 'Forbidden: bot was blocked by the user' },
    ]);
    expect(await pgStore.claimUpdate(77, HOUR)).toBe(true);
    // New rows get new ids after the copied ones.
    const next = await pgStore.createBroadcast({ kind: 'announce', version: null, createdBy: null, messages: [{ text: 'x', chatIds: [1000] }] });
    expect(next).toBeGreaterThan(broadcast);
    expect(await pgStore.saveDraft(1, 'y', HOUR)).toBeGreaterThan(draft);
    sqlite.close();
  });

  it('refuses a target that holds anything, writing nothing; --force replaces it', async () => {
    const { file } = await filledSqlite();
    schema = await freshSchema();
    const store = await schema.open();
    await store.subscribe(999, null);
    const err = await copySqliteToPostgres({ from: file, to: TEST_DATABASE_URL!, schema: schema.name }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CopyError);
    expect((err as Error).message).toMatch(
      /^the target is not empty \(users: 1, subscriptions: 1\): refusing to copy into it; --force replaces what it holds$/,
    );
    expect(await store.listSubscriptions(999)).toEqual([null]);
    const counts = await copySqliteToPostgres({ from: file, to: TEST_DATABASE_URL!, schema: schema.name, force: true });
    expect(counts.find((c) => c.table === 'users')).toEqual({ table: 'users', sqlite: 51, postgres: 51 });
    expect(await store.listSubscriptions(999)).toEqual([]);
  });

  it('npm run db:copy: prints both sides per table, exit 0; again (not empty): exit 1; no password shown', async () => {
    const { file } = await filledSqlite();
    schema = await freshSchema();
    const url = new URL(TEST_DATABASE_URL!);
    url.password = 'pw-not-to-show'; // trust auth: any password does
    const run = () => {
      const [node, args] = nodeArgs('src/cli/db-copy.ts', ['--from', file, '--to', url.toString(), '--schema', schema.name]);
      return spawnSync(node, args, { encoding: 'utf8', timeout: 60_000 });
    };
    const first = run();
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^outbox\s+7\s+7$/m);
    expect(first.stdout).toMatch(/^users\s+51\s+51$/m);
    expect(first.stdout).toMatch(/done: \d+ rows in 10 tables, every count equal/);
    const again = run();
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/^db:copy: the target is not empty/);
    expect(first.stdout + first.stderr + again.stdout + again.stderr).not.toContain('pw-not-to-show');
  });
});

describe('db:copy arguments', () => {
  it('without --from or with a URL that is not PostgreSQL: usage, exit 2', () => {
    const [node, args] = nodeArgs('src/cli/db-copy.ts', ['--to', 'postgres://x@127.0.0.1/x']);
    const r = spawnSync(node, args, { encoding: 'utf8', timeout: 30_000, env: { PATH: process.env.PATH ?? '' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^db:copy: --from is missing\nusage: npm run db:copy/);
    const [node2, args2] = nodeArgs('src/cli/db-copy.ts', ['--from', 'x.sqlite', '--to', 'mysql://x']);
    expect(spawnSync(node2, args2, { encoding: 'utf8', timeout: 30_000, env: { PATH: process.env.PATH ?? '' } }).status).toBe(2);
  });
});
