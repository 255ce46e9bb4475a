// Statistics on PostgreSQL: questions asked (and whether they were answered), votes on answers, and the
// summary /stats shows. Part of PostgresStore (postgres.ts); see Store for the meaning.
import type { PgDb } from './postgres-db.js';
import { statsOf } from './rows.js';
import type { QuestionOutcome, Stats } from './types.js';

export class PgStats {
  constructor(private readonly db: PgDb) {}

  recordQuestion(q: QuestionOutcome): Promise<void> {
    return this.db.run('recordQuestion', async () => {
      await this.db.query('INSERT INTO questions (at, answered, paragraph, text) VALUES ($1, $2, $3, $4)', [Date.now(), q.answered, q.paragraph, q.text]);
    });
  }

  recordFeedback(ref: { notice: string; paragraph: number; sentence: number }, useful: boolean, voter?: string): Promise<void> {
    return this.db.run('recordFeedback', async () => {
      await this.db.query(
        `INSERT INTO feedback (at, notice, paragraph, sentence, useful, voter) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (voter, notice, paragraph, sentence) WHERE voter IS NOT NULL DO UPDATE SET useful = excluded.useful, at = excluded.at`,
        [Date.now(), ref.notice, ref.paragraph, ref.sentence, useful, voter ?? null],
      );
    });
  }

  stats(): Promise<Stats> {
    return this.db.run('stats', async () => {
      const counts = (
        await this.db.query<{ users: number; active: number; questions: number; answered: number; up: number; down: number }>(
          `SELECT (SELECT COUNT(*) FROM users) AS users, (SELECT COUNT(*) FILTER (WHERE active) FROM users) AS active,
             (SELECT COUNT(*) FROM questions) AS questions, (SELECT COUNT(*) FILTER (WHERE answered) FROM questions) AS answered,
             (SELECT COUNT(*) FILTER (WHERE useful) FROM feedback) AS up, (SELECT COUNT(*) FILTER (WHERE NOT useful) FROM feedback) AS down`,
        )
      ).rows[0]!;
      const subs = (
        await this.db.query<{ sector: string; count: number }>(
          'SELECT s.sector, COUNT(*) AS count FROM subscriptions s JOIN users u ON u.chat_id = s.chat_id WHERE u.active GROUP BY s.sector ORDER BY count DESC, s.sector',
        )
      ).rows;
      const top = (
        await this.db.query<{ text: string; count: number }>(
          'SELECT text, COUNT(*) AS count FROM questions WHERE NOT answered AND text IS NOT NULL GROUP BY text ORDER BY count DESC, text LIMIT 10',
        )
      ).rows;
      return statsOf(counts, subs, top);
    });
  }
}
