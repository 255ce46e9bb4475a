// What the PostgreSQL store keeps about a chat: its user row (language, blocked or not) and its subscriptions,
// and forget, which deletes everything about it. Part of PostgresStore (postgres.ts); see Store for the meaning.
import type { Lang } from '../knowledge/types.js';
import type { PgDb } from './postgres-db.js';
import { bySubscriber, fromDb, toDb } from './rows.js';
import type { SectorId } from './types.js';

export class PgChats {
  constructor(private readonly db: PgDb) {}

  touchUser(chatId: number): Promise<void> {
    return this.db.run('touchUser', async () => {
      const now = Date.now();
      await this.db.query(
        'INSERT INTO users (chat_id, created_at, updated_at) VALUES ($1, $2, $2) ON CONFLICT (chat_id) DO UPDATE SET active = TRUE, updated_at = excluded.updated_at',
        [chatId, now],
      );
    });
  }

  getLang(chatId: number): Promise<Lang | undefined> {
    return this.db.run(
      'getLang',
      async () => (await this.db.query<{ lang: Lang | null }>('SELECT lang FROM users WHERE chat_id = $1', [chatId])).rows[0]?.lang ?? undefined,
    );
  }

  setLang(chatId: number, lang: Lang): Promise<void> {
    return this.db.run('setLang', async () => {
      const now = Date.now();
      await this.db.query(
        'INSERT INTO users (chat_id, lang, created_at, updated_at) VALUES ($1, $2, $3, $3) ON CONFLICT (chat_id) DO UPDATE SET lang = excluded.lang, updated_at = excluded.updated_at',
        [chatId, lang, now],
      );
    });
  }

  setActive(chatId: number, active: boolean): Promise<void> {
    return this.db.run('setActive', async () => {
      const now = Date.now();
      await this.db.query(
        'INSERT INTO users (chat_id, active, created_at, updated_at) VALUES ($1, $2, $3, $3) ON CONFLICT (chat_id) DO UPDATE SET active = excluded.active, updated_at = excluded.updated_at',
        [chatId, active, now],
      );
    });
  }

  forget(chatId: number): Promise<boolean> {
    return this.db.run('forget', () =>
      this.db.tx(async (c) => {
        // Undelivered messages go too; delivered ones are only ids and statuses, removed as well.
        await c.query('DELETE FROM outbox WHERE chat_id = $1', [chatId]);
        await c.query('DELETE FROM subscriptions WHERE chat_id = $1', [chatId]);
        const talked = ((await c.query('DELETE FROM sessions WHERE chat_id = $1', [chatId])).rowCount ?? 0) > 0;
        return ((await c.query('DELETE FROM users WHERE chat_id = $1', [chatId])).rowCount ?? 0) > 0 || talked;
      }),
    );
  }

  subscribe(chatId: number, sector: SectorId): Promise<boolean> {
    return this.db.run('subscribe', () =>
      this.db.tx(async (c) => {
        const now = Date.now();
        await c.query('INSERT INTO users (chat_id, created_at, updated_at) VALUES ($1, $2, $2) ON CONFLICT (chat_id) DO UPDATE SET active = TRUE', [
          chatId,
          now,
        ]);
        const added = await c.query('INSERT INTO subscriptions (chat_id, sector, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
          chatId,
          toDb(sector),
          now,
        ]);
        return (added.rowCount ?? 0) > 0;
      }),
    );
  }

  unsubscribe(chatId: number, sector: SectorId | 'all'): Promise<number> {
    return this.db.run('unsubscribe', async () => {
      const r =
        sector === 'all'
          ? await this.db.query('DELETE FROM subscriptions WHERE chat_id = $1', [chatId])
          : await this.db.query('DELETE FROM subscriptions WHERE chat_id = $1 AND sector = $2', [chatId, toDb(sector)]);
      return r.rowCount ?? 0;
    });
  }

  listSubscriptions(chatId: number): Promise<SectorId[]> {
    return this.db.run('listSubscriptions', async () =>
      (await this.db.query<{ sector: string }>('SELECT sector FROM subscriptions WHERE chat_id = $1 ORDER BY created_at, sector', [chatId])).rows.map((r) =>
        fromDb(r.sector),
      ),
    );
  }

  subscribers(): Promise<Map<number, { sectors: SectorId[]; lang: Lang | undefined }>> {
    return this.db.run('subscribers', async () => {
      const { rows } = await this.db.query<{ chat_id: number; sector: string; lang: Lang | null }>(
        'SELECT s.chat_id, s.sector, u.lang FROM subscriptions s JOIN users u ON u.chat_id = s.chat_id WHERE u.active ORDER BY s.chat_id, s.sector',
      );
      return bySubscriber(rows);
    });
  }
}
