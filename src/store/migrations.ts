// The database schema, as numbered migrations: SQLite's user_version says how many are applied.
/** Append only: a migration, once released, is never edited. Applied in order at open. */
export const MIGRATIONS: string[] = [
  `CREATE TABLE users (
     chat_id INTEGER PRIMARY KEY,
     lang TEXT,
     active INTEGER NOT NULL DEFAULT 1,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   );
   CREATE TABLE subscriptions (
     chat_id INTEGER NOT NULL REFERENCES users(chat_id) ON DELETE CASCADE,
     sector TEXT NOT NULL,             -- '*' is the whole notice
     created_at INTEGER NOT NULL,
     PRIMARY KEY (chat_id, sector)
   );
   CREATE TABLE published (
     id INTEGER PRIMARY KEY CHECK (id = 1),
     version TEXT NOT NULL,
     snapshot TEXT NOT NULL,
     published_at INTEGER NOT NULL
   );
   CREATE TABLE broadcasts (
     id INTEGER PRIMARY KEY,
     kind TEXT NOT NULL,
     version TEXT,
     created_by INTEGER,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE broadcast_texts (
     id INTEGER PRIMARY KEY,
     broadcast_id INTEGER NOT NULL REFERENCES broadcasts(id),
     text TEXT NOT NULL
   );
   CREATE TABLE outbox (
     id INTEGER PRIMARY KEY,
     broadcast_id INTEGER NOT NULL REFERENCES broadcasts(id),
     chat_id INTEGER NOT NULL,
     text_id INTEGER NOT NULL REFERENCES broadcast_texts(id),
     status TEXT NOT NULL DEFAULT 'pending',
     attempts INTEGER NOT NULL DEFAULT 0,
     last_error TEXT,
     updated_at INTEGER NOT NULL,
     UNIQUE (broadcast_id, chat_id)
   );
   CREATE INDEX outbox_pending ON outbox(status, id);
   CREATE TABLE questions (
     id INTEGER PRIMARY KEY,
     at INTEGER NOT NULL,
     answered INTEGER NOT NULL,
     paragraph INTEGER,
     text TEXT
   );
   CREATE TABLE feedback (
     id INTEGER PRIMARY KEY,
     at INTEGER NOT NULL,
     notice TEXT NOT NULL,
     paragraph INTEGER NOT NULL,
     sentence INTEGER NOT NULL,
     useful INTEGER NOT NULL
   );`,
  // One vote per voter and sentence: the voter is a keyed hash, never a user id (statistics hold no ids).
  `ALTER TABLE feedback ADD COLUMN voter TEXT;
   CREATE UNIQUE INDEX feedback_one_vote ON feedback (voter, notice, paragraph, sentence) WHERE voter IS NOT NULL;`,
  // Announcement drafts wait for their author's confirmation across restarts.
  `CREATE TABLE drafts (
     id INTEGER PRIMARY KEY,
     admin_id INTEGER NOT NULL,
     text TEXT NOT NULL,
     at INTEGER NOT NULL
   );`,
  // What each chat was last about (grammY sessions), so follow-ups survive a restart and work across instances.
  `CREATE TABLE sessions (
     key TEXT PRIMARY KEY,
     chat_id INTEGER NOT NULL,
     value TEXT NOT NULL,
     at INTEGER NOT NULL
   );
   CREATE INDEX sessions_chat ON sessions(chat_id);
   CREATE INDEX sessions_at ON sessions(at);`,
  // Webhook updates claimed by an instance: Telegram's re-delivery of an update is answered once, whichever
  // instance (sharing this database) it reaches. Rows older than the claim's age are pruned as new ones come.
  `CREATE TABLE webhook_updates (
     update_id INTEGER PRIMARY KEY,
     at INTEGER NOT NULL
   );
   CREATE INDEX webhook_updates_at ON webhook_updates(at);`,
];
