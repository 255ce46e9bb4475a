// Conversation state per chat, kept through grammY's session middleware in the bot's own database (the
// Store), so that a follow-up still works after a restart and when several instances serve one bot. A
// conversation lasts CONVERSATION_MINUTES after its last answer; /forget deletes it with the rest.
import { type Context, enhanceStorage, type SessionFlavor, type StorageAdapter, session } from 'grammy';
import type { Conversation } from '../search/follow-up.js';
import type { Store } from '../store/types.js';

export interface ChatSession {
  /** What the chat was last about; absent before the first answer or once it has expired. */
  conversation?: Conversation;
}

export type SessionContext = SessionFlavor<ChatSession>;

/**
 * One conversation per private chat; in a group, one per member, so that two people asking at once do
 * not answer each other's follow-ups. The chat id leads the key: /forget in a chat finds every row of it.
 */
export function conversationKey(ctx: Context): string | undefined {
  const chat = ctx.chat;
  if (!chat) return undefined;
  if (chat.type === 'private' || !ctx.from) return String(chat.id);
  return `${chat.id}:${ctx.from.id}`;
}

/**
 * grammY's storage interface over the Store; values are JSON. A store that fails costs the conversation,
 * never the answer: errors are reported and the chat goes on as if it had just begun.
 */
export function storeAdapter<T>(store: Store, maxAgeMs: number, onError: (err: unknown) => void): StorageAdapter<T> {
  return {
    read: async (key) => {
      const text = await store.readSession(key).catch((err) => void onError(err));
      if (text === undefined) return undefined;
      try {
        return JSON.parse(text) as T;
      } catch {
        // A damaged row is a conversation forgotten, never a failed update.
        return undefined;
      }
    },
    write: (key, value) => store.writeSession(key, Number.parseInt(key, 10), JSON.stringify(value), maxAgeMs).catch(onError),
    delete: (key) => store.deleteSession(key).catch(onError),
  };
}

export function conversationSession<C extends Context & SessionContext>(store: Store, minutes: number, onError: (err: unknown) => void) {
  const millisecondsToLive = minutes * 60_000;
  return session<ChatSession, C>({
    initial: () => ({}),
    getSessionKey: conversationKey,
    // enhanceStorage stamps each value with its expiry and treats an expired one as absent.
    storage: enhanceStorage({ storage: storeAdapter(store, millisecondsToLive * 2, onError), millisecondsToLive }),
  });
}
