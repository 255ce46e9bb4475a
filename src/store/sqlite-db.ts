// The SQLite connection the store's parts share (better-sqlite3): the file opened with its pragmas, checked and
// migrated; statements prepared once; each call turned into a StoreError on failure; writes refused once the file
// was deleted or replaced. Its own module, as postgres-db.ts is, so that the store's parts stay small.
import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';
import { StoreError } from './types.js';

/** How often writes check that the database file is still the one opened. */
const FILE_CHECK_MS = 1000;

export class SqliteDb {
  readonly db: Database.Database;
  /** Statements prepared once per SQL text: getLang runs for every update, markDelivery for every message. */
  private readonly statements = new Map<string, Database.Statement>();

  /** `pragmas` are applied after opening, e.g. "busy_timeout = 100" or "query_only = ON". */
  constructor(
    readonly path: string,
    options: { pragmas?: string[] } = {},
  ) {
    try {
      // Only the bot's own user reads what people subscribed to: the folder 0700, the file 0600.
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      this.db = new Database(path);
      if (path !== ':memory:') chmodSync(path, 0o600);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      this.db.pragma('busy_timeout = 5000');
      // /forget deletes: overwrite the freed pages, so the old bytes do not stay in the file.
      this.db.pragma('secure_delete = ON');
      const check = this.db.pragma('quick_check', { simple: true }) as string;
      if (check !== 'ok') throw new Error(`the file is damaged (quick_check: ${check})`);
      this.migrate();
      for (const p of options.pragmas ?? []) this.db.pragma(p);
      this.identity = this.fileIdentity();
    } catch (err) {
      throw new StoreError(`cannot open the database at ${path}: ${(err as Error).message}`, { cause: err });
    }
  }

  /** The file's device and inode at open: a deleted or replaced file is noticed (see checkFile). */
  private identity: string | undefined;
  private checkedAt = 0;

  private fileIdentity(): string | undefined {
    if (this.path === ':memory:') return undefined;
    try {
      const st = statSync(this.path);
      return `${st.dev}:${st.ino}`;
    } catch {
      return 'missing';
    }
  }

  /**
   * SQLite keeps writing to a deleted file's open handle, and everything written is lost at the next
   * start. Before writes (at most once a second) the file must still be the one opened; if not, every
   * write fails loudly until the bot is restarted on a good file.
   */
  private checkFile(): void {
    if (this.identity === undefined) return;
    const now = Date.now();
    if (now - this.checkedAt < FILE_CHECK_MS && this.identity !== 'gone') return;
    this.checkedAt = now;
    if (this.identity === 'gone' || this.fileIdentity() !== this.identity) {
      this.identity = 'gone';
      throw new Error(`the database file ${this.path} was deleted or replaced while the bot ran; writes are refused until a restart`);
    }
  }

  sql(text: string): Database.Statement {
    const cached = this.statements.get(text);
    if (cached) return cached;
    const statement = this.db.prepare(text);
    this.statements.set(text, statement);
    return statement;
  }

  private migrate(): void {
    const current = this.db.pragma('user_version', { simple: true }) as number;
    if (current > MIGRATIONS.length) {
      throw new Error(`the database is from a newer version of the bot (schema ${current}; this one knows ${MIGRATIONS.length}): run that version`);
    }
    for (let v = current; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  /** Runs a statement, turning SQLite failures (locked, read-only, disk full) into StoreErrors. */
  run<T>(what: string, fn: () => T): Promise<T> {
    try {
      this.checkFile();
      return Promise.resolve(fn());
    } catch (err) {
      return Promise.reject(new StoreError(`${what}: ${(err as Error).message}`, { cause: err }));
    }
  }

  close(): void {
    this.db.close();
  }
}
