// Several instances on one database: exactly one of them publishes knowledge changes (the leader), and every
// instance hears when a version was published (and reloads its own knowledge/), when a reload is asked for,
// and when a broadcast was queued. PgCoordination (store/postgres-coordination.ts) does it with an advisory
// lock and LISTEN/NOTIFY; with SQLite (one process) there is none, and the app publishes itself.

export type CoordinationMessage =
  /** An instance that is not the leader was asked to reload (/reload, its file watcher): the leader reloads and publishes. */
  | { type: 'reload'; id: string; by: number | null }
  /** The leader published (or found unchanged) `version`; `id` answers a reload request. */
  | { type: 'published'; id: string | null; version: string; changed: boolean; recipients: number }
  /** A broadcast was queued: workers need not wait for their next poll. */
  | { type: 'queued' };

export interface CoordinationHandlers {
  /** Whether this instance may become the leader (ROLE=worker or all). */
  campaign: boolean;
  /** Every message, this instance's own included (`own`). */
  onMessage: (m: CoordinationMessage, own: boolean) => void;
  /** This instance just became the leader. */
  onLeader: () => void;
}

export interface Coordination {
  isLeader(): boolean;
  start(handlers: CoordinationHandlers): Promise<void>;
  send(m: CoordinationMessage): Promise<void>;
  stop(): Promise<void>;
}
