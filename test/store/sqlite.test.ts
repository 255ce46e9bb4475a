import { mkdtempSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SqliteStore } from '../../src/store/sqlite.js';
import { StoreError } from '../../src/store/types.js';

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'notice-bot-db-')), 'sub/dir/bot.sqlite');

describe('the SQLite store', () => {
  it('creates the file and its folders, in WAL mode, with every migration applied', () => {
    const path = tempDb();
    new SqliteStore(path).close();
    const db = new Database(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
    new SqliteStore(path).close(); // reopening applies nothing twice
  });

  it('subscriptions: whole notice and sectors, idempotent, listed, removed', async () => {
    const s = new SqliteStore(':memory:');
    expect(await s.subscribe(1, null)).toBe(true);
    expect(await s.subscribe(1, null)).toBe(false);
    await s.subscribe(1, 'medical');
    await s.subscribe(2, 'charity');
    expect(await s.listSubscriptions(1)).toEqual([null, 'medical']);
    expect(await s.unsubscribe(1, 'medical')).toBe(1);
    expect(await s.unsubscribe(1, 'all')).toBe(1);
    expect(await s.listSubscriptions(1)).toEqual([]);
  });

  it('inactive users are no audience, and come back with their subscriptions', async () => {
    const s = new SqliteStore(':memory:');
    await s.subscribe(7, 'medical');
    await s.setLang(7, 'zh-Hant');
    await s.setActive(7, false);
    expect((await s.subscribers()).has(7)).toBe(false);
    await s.touchUser(7); // /start
    expect((await s.subscribers()).get(7)).toEqual({ sectors: ['medical'], lang: 'zh-Hant' });
  });

  it('forget deletes everything about a chat', async () => {
    const s = new SqliteStore(':memory:');
    await s.subscribe(9, 'medical');
    await s.setLang(9, 'en');
    await s.createBroadcast({ kind: 'announce', version: null, createdBy: null, messages: [{ text: 'x', chatIds: [9] }] });
    expect(await s.forget(9)).toBe(true);
    expect(await s.getLang(9)).toBeUndefined();
    expect(await s.listSubscriptions(9)).toEqual([]);
    expect(await s.pendingOutbox(10)).toEqual([]);
    expect(await s.forget(9)).toBe(false);
  });

  it('a broadcast is one outbox row per chat, delivered in order, with progress', async () => {
    const s = new SqliteStore(':memory:');
    const id = await s.createBroadcast({
      kind: 'knowledge',
      version: 'v2',
      createdBy: 5,
      messages: [
        { text: 'a', chatIds: [1, 2] },
        { text: 'b', chatIds: [3, 2] },
      ],
    });
    const rows = await s.pendingOutbox(10);
    expect(rows.map((r) => [r.chatId, r.text])).toEqual([
      [1, 'a'],
      [2, 'a'],
      [3, 'b'],
    ]); // chat 2 once
    await s.markDelivery(rows[0]!.id, 'sent');
    await s.markDelivery(rows[1]!.id, 'blocked', 'Forbidden');
    await s.noteAttempt(rows[2]!.id, '500');
    expect(await s.progress(id)).toMatchObject({ total: 3, sent: 1, blocked: 1, failed: 0, pending: 1, createdBy: 5 });
    expect((await s.unfinishedBroadcasts()).map((b) => b.id)).toEqual([id]);
  });

  it('publishing a version and its broadcast is one transaction', async () => {
    const s = new SqliteStore(':memory:');
    expect(await s.getPublished()).toBeUndefined();
    expect(await s.publish('v1', '{}', null)).toBeNull();
    const id = await s.publish('v2', '{"x":1}', { kind: 'knowledge', version: 'v2', createdBy: null, messages: [{ text: 't', chatIds: [1] }] });
    expect(id).toBeGreaterThan(0);
    expect(await s.getPublished()).toEqual({ version: 'v2', snapshot: '{"x":1}' });
  });

  it('statistics: no user ids with questions; texts only when kept', async () => {
    const s = new SqliteStore(':memory:');
    await s.touchUser(1);
    await s.subscribe(1, 'medical');
    await s.recordQuestion({ answered: true, paragraph: 4, text: null });
    await s.recordQuestion({ answered: false, paragraph: null, text: '比特币' });
    await s.recordQuestion({ answered: false, paragraph: null, text: '比特币' });
    await s.recordFeedback({ notice: 'n', paragraph: 4, sentence: 2 }, true);
    await s.recordFeedback({ notice: 'n', paragraph: 4, sentence: 2 }, false);
    expect(await s.stats()).toEqual({
      users: 1,
      activeUsers: 1,
      subscribersBySector: [{ sector: 'medical', count: 1 }],
      questions: 3,
      answered: 1,
      useful: 1,
      notUseful: 1,
      topUnanswered: [{ text: '比特币', count: 2 }],
    });
  });

  it.each([
    ['read-only', ['query_only = ON'], /readonly|read-only|query_only/i],
    ['full', ['max_page_count = 1'], /full/i],
  ])('a %s database: writes fail with a clear StoreError; what was there stays readable', async (_name, pragmas, message) => {
    const path = tempDb();
    const s = new SqliteStore(path);
    await s.subscribe(1, 'medical');
    s.close();
    const again = new SqliteStore(path, { pragmas });
    const big = Array.from({ length: 200 }, (_, i) => 1000 + i);
    const write = pragmas[0]!.startsWith('max_page')
      ? again.createBroadcast({ kind: 'announce', version: null, createdBy: null, messages: [{ text: 'x'.repeat(4000), chatIds: big }] })
      : again.subscribe(2, 'charity');
    await expect(write).rejects.toThrow(StoreError);
    await expect(write).rejects.toThrow(message);
    expect(await again.listSubscriptions(1)).toEqual(['medical']);
    expect(await again.pendingOutbox(10)).toEqual([]); // the failed transaction left nothing half-written
    again.close();
  });

  it('a locked database: the write waits, then fails clearly; it works again once the lock is gone', async () => {
    const path = tempDb();
    const s = new SqliteStore(path, { pragmas: ['busy_timeout = 50'] });
    const other = new Database(path);
    other.exec('BEGIN EXCLUSIVE');
    await expect(s.subscribe(3, 'medical')).rejects.toThrow(/locked/);
    other.exec('ROLLBACK');
    other.close();
    expect(await s.subscribe(3, 'medical')).toBe(true);
    s.close();
  });

  it('keeps its file and folder private (0600, 0700)', () => {
    const file = tempDb();
    const s = new SqliteStore(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(file)).mode & 0o777).toBe(0o700);
    s.close();
  });

  it('refuses a database from a newer version, and a damaged file, with a clear reason', () => {
    const newer = tempDb();
    new SqliteStore(newer).close();
    const db = new Database(newer);
    db.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    db.close();
    expect(() => new SqliteStore(newer)).toThrow(/database is from a newer version of the bot/);
    const damaged = tempDb();
    new SqliteStore(damaged).close();
    // Overwrite the middle of the file: the header stays valid, the pages do not.
    const bytes = readFileSync(damaged);
    bytes.fill(0xa5, 4096, Math.min(bytes.length, 4096 * 3));
    writeFileSync(damaged, bytes);
    expect(() => new SqliteStore(damaged)).toThrow(StoreError);
  });

  it('notices that its file was deleted while running, and refuses writes loudly', async () => {
    const file = tempDb();
    const s = new SqliteStore(file);
    await s.touchUser(1);
    expect(await s.subscribe(1, null)).toBe(true);
    unlinkSync(file);
    await new Promise((r) => setTimeout(r, 1100));
    await expect(s.subscribe(1, 'medical')).rejects.toThrow(/was deleted or replaced/);
    await expect(s.touchUser(2)).rejects.toThrow(/was deleted or replaced/);
    s.close();
  });
});
