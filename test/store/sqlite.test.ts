import { mkdtempSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SqliteStore } from '../../src/store/sqlite.js';
import { StoreError } from '../../src/store/types.js';
import { storeContract } from './contract.js';

// What any store does (subscriptions, outbox, publishing, statistics, sessions, drafts…) is in contract.ts;
// here is what only the SQLite file does: WAL, file modes, locks, damage, a deleted file.
storeContract('SQLite', {
  open: async () => new SqliteStore(':memory:'),
  dispose: async (store) => store.close(),
});

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
