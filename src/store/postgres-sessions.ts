// Short-lived state on PostgreSQL: a chat's conversation (grammY sessions, for follow-ups) and an admin's
// announcement draft waiting for confirmation. Both expire after an age the caller gives, and expired rows
// are deleted as new ones are written: no timer. Part of PostgresStore (postgres.ts); see Store for the meaning.
import type { PgDb } from './postgres-db.js';

export class PgSessions {
  constructor(private readonly db: PgDb) {}

  readSession(key: string): Promise<string | undefined> {
    return this.db.run('readSession', async () => (await this.db.query<{ value: string }>('SELECT value FROM sessions WHERE key = $1', [key])).rows[0]?.value);
  }

  writeSession(key: string, chatId: number, value: string, maxAgeMs: number): Promise<void> {
    return this.db.run('writeSession', async () => {
      const now = Date.now();
      // Expired conversations are dropped as new ones are written: no timer, and none outlives its age by much.
      await this.db.query('DELETE FROM sessions WHERE at < $1', [now - maxAgeMs]);
      await this.db.query(
        'INSERT INTO sessions (key, chat_id, value, at) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO UPDATE SET value = excluded.value, at = excluded.at',
        [key, chatId, value, now],
      );
    });
  }

  deleteSession(key: string): Promise<void> {
    return this.db.run('deleteSession', async () => {
      await this.db.query('DELETE FROM sessions WHERE key = $1', [key]);
    });
  }

  saveDraft(adminId: number, text: string, maxAgeMs: number): Promise<number> {
    return this.db.run('saveDraft', async () => {
      const now = Date.now();
      await this.db.query('DELETE FROM drafts WHERE at < $1', [now - maxAgeMs]);
      return (await this.db.query<{ id: number }>('INSERT INTO drafts (admin_id, text, at) VALUES ($1, $2, $3) RETURNING id', [adminId, text, now])).rows[0]!
        .id;
    });
  }

  getDraft(id: number, maxAgeMs: number): Promise<{ adminId: number; text: string } | undefined> {
    return this.db.run(
      'getDraft',
      async () =>
        (
          await this.db.query<{ adminId: number; text: string }>('SELECT admin_id AS "adminId", text FROM drafts WHERE id = $1 AND at >= $2', [
            id,
            Date.now() - maxAgeMs,
          ])
        ).rows[0],
    );
  }

  deleteDraft(id: number): Promise<void> {
    return this.db.run('deleteDraft', async () => {
      await this.db.query('DELETE FROM drafts WHERE id = $1', [id]);
    });
  }
}
