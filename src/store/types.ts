// What the bot keeps, behind an interface: SQLite (sqlite.ts, the default) or PostgreSQL (postgres.ts, for
// several instances sharing state). Every method is async so that both can; test/store/contract.ts is the contract.
import type { Lang } from '../knowledge/types.js';

/** A subscription to one sector's updates, or (null) to the whole notice. */
export type SectorId = string | null;

export interface BroadcastMessage {
  /** Who gets this text: the variant key groups subscribers that see the same message. */
  text: string;
  chatIds: number[];
}

export interface NewBroadcast {
  kind: 'knowledge' | 'announce';
  /** Knowledge version it announces, or null for an admin's announcement. */
  version: string | null;
  createdBy: number | null;
  messages: BroadcastMessage[];
}

export interface OutboxRow {
  id: number;
  broadcastId: number;
  chatId: number;
  text: string;
  attempts: number;
}

export type DeliveryStatus = 'pending' | 'sent' | 'failed' | 'blocked';

export interface BroadcastProgress {
  id: number;
  kind: string;
  createdBy: number | null;
  total: number;
  sent: number;
  failed: number;
  blocked: number;
  pending: number;
  createdAt: number;
}

export interface QuestionOutcome {
  answered: boolean;
  paragraph: number | null;
  /** Kept only when STORE_QUESTIONS=true. */
  text: string | null;
}

export interface Stats {
  users: number;
  activeUsers: number;
  subscribersBySector: Array<{ sector: SectorId; count: number }>;
  questions: number;
  answered: number;
  useful: number;
  notUseful: number;
  topUnanswered: Array<{ text: string; count: number }>;
}

export interface Store {
  // people
  touchUser(chatId: number): Promise<void>;
  getLang(chatId: number): Promise<Lang | undefined>;
  setLang(chatId: number, lang: Lang): Promise<void>;
  /** Blocked the bot (inactive) or came back (active). Subscriptions are kept either way. */
  setActive(chatId: number, active: boolean): Promise<void>;
  /** Deletes everything about the chat; returns whether there was anything. */
  forget(chatId: number): Promise<boolean>;

  // subscriptions
  subscribe(chatId: number, sector: SectorId): Promise<boolean>;
  unsubscribe(chatId: number, sector: SectorId | 'all'): Promise<number>;
  listSubscriptions(chatId: number): Promise<SectorId[]>;
  /** Active subscribers with what each follows. */
  subscribers(): Promise<Map<number, { sectors: SectorId[]; lang: Lang | undefined }>>;

  // knowledge versions
  getPublished(): Promise<{ version: string; snapshot: string } | undefined>;
  /**
   * Records `version` as published and queues its broadcast (if any) in one transaction: a crash
   * cannot publish without announcing, nor announce twice. Returns the broadcast id. A version that is
   * already the published one records nothing and returns null: instances that start together with the
   * same new knowledge announce it once.
   */
  publish(version: string, snapshot: string, broadcast: NewBroadcast | null): Promise<number | null>;

  // broadcasts and the outbox
  /** The broadcast and one outbox row per chat, written in one transaction. */
  createBroadcast(b: NewBroadcast): Promise<number>;
  /** Oldest pending rows first. */
  pendingOutbox(limit: number): Promise<OutboxRow[]>;
  /**
   * Right before a send: whether this instance still holds the row (pending, and not taken over by another
   * worker because this one's claim lapsed), renewing the claim. False means: do not send it.
   */
  holdClaim(rowId: number): Promise<boolean>;
  markDelivery(rowId: number, status: Exclude<DeliveryStatus, 'pending'>, error?: string): Promise<void>;
  /** A failed attempt that will be tried again later. */
  noteAttempt(rowId: number, error: string): Promise<void>;
  progress(broadcastId: number): Promise<BroadcastProgress | undefined>;
  unfinishedBroadcasts(): Promise<BroadcastProgress[]>;

  // conversation state (grammY sessions): what a chat was last about, so a follow-up can lean on it
  readSession(key: string): Promise<string | undefined>;
  /** `chatId`: whose it is, so that /forget deletes it; rows untouched for `maxAgeMs` are dropped. */
  writeSession(key: string, chatId: number, value: string, maxAgeMs: number): Promise<void>;
  deleteSession(key: string): Promise<void>;

  // webhook updates: several instances behind one webhook URL answer each update once
  /**
   * True the first time `updateId` is claimed by any instance sharing this store, false while an earlier
   * claim is younger than `maxAgeMs` (Telegram re-delivers an update it saw no answer to, maybe to
   * another instance). Older claims count as none and are pruned as new ones are made.
   */
  claimUpdate(updateId: number, maxAgeMs: number): Promise<boolean>;
  /** Gives a claim back (handling failed): Telegram's next delivery of the update is handled again. */
  releaseUpdate(updateId: number): Promise<void>;
  /**
   * The update was handled: its claim now holds for at least `keepMs` more, whatever age later claims allow
   * (a claim in progress may be taken over once it is older than the age asked; a handled one may not).
   */
  completeUpdate(updateId: number, keepMs: number): Promise<void>;
  /** Whether the update was handled (completeUpdate), by any instance sharing this store. */
  isUpdateDone(updateId: number): Promise<boolean>;

  // statistics
  recordQuestion(q: QuestionOutcome): Promise<void>;
  /** An announcement waiting for its author's confirmation; drafts older than `maxAgeMs` are dropped. */
  saveDraft(adminId: number, text: string, maxAgeMs: number): Promise<number>;
  /** The draft, if it exists and is younger than `maxAgeMs`. */
  getDraft(id: number, maxAgeMs: number): Promise<{ adminId: number; text: string } | undefined>;
  deleteDraft(id: number): Promise<void>;
  /** One vote per `voter` (an opaque key, not a user id) and sentence: a second press changes the vote. */
  recordFeedback(ref: { notice: string; paragraph: number; sentence: number }, useful: boolean, voter?: string): Promise<void>;
  stats(): Promise<Stats>;

  /** A cheap query, for health checks: rejects when the database does not answer (within `timeoutMs` where that applies). */
  ping(timeoutMs?: number): Promise<void>;

  close(): void;
}

export class StoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
  }
}
