// Updates as Telegram sends them: commands carry their bot_command entity, as grammY expects.
import type { Update } from 'grammy/types';

export interface From {
  id: number;
  language_code?: string;
  first_name?: string;
}

export const USER: From = { id: 1001, language_code: 'zh-hans', first_name: '会长' };
let messageId = 1;

export function textMessage(
  text: string,
  opts: { from?: From; chatId?: number; chatType?: 'private' | 'group' | 'supergroup'; replyTo?: { message_id: number; fromId: number } } = {},
): Omit<Update, 'update_id'> {
  const from = { is_bot: false, first_name: 'User', ...(opts.from ?? USER) };
  const chatType = opts.chatType ?? 'private';
  const chat =
    chatType === 'private'
      ? { id: opts.chatId ?? from.id, type: 'private' as const, first_name: from.first_name }
      : { id: opts.chatId ?? -500, type: chatType, title: 'Association group' };
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
  return {
    message: {
      message_id: messageId++,
      date: Math.floor(Date.now() / 1000),
      chat,
      from,
      text,
      ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
      ...(opts.replyTo
        ? { reply_to_message: { message_id: opts.replyTo.message_id, date: 0, chat, from: { id: opts.replyTo.fromId, is_bot: true, first_name: 'bot' } } }
        : {}),
    },
  } as Omit<Update, 'update_id'>;
}

export function editedText(text: string, from: From = USER): Omit<Update, 'update_id'> {
  const m = textMessage(text, { from }) as { message: object };
  return { edited_message: { ...m.message, edit_date: Math.floor(Date.now() / 1000) } } as Omit<Update, 'update_id'>;
}

export function mediaMessage(kind: 'sticker' | 'photo' | 'voice' | 'location' | 'document' | 'poll', from: From = USER): Omit<Update, 'update_id'> {
  const content: Record<string, unknown> = {
    sticker: { sticker: { file_id: 'x', file_unique_id: 'x', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false } },
    photo: { photo: [{ file_id: 'x', file_unique_id: 'x', width: 1, height: 1 }] },
    voice: { voice: { file_id: 'x', file_unique_id: 'x', duration: 1 } },
    location: { location: { latitude: 26.6, longitude: 106.7 } },
    document: { document: { file_id: 'x', file_unique_id: 'x' } },
    poll: {
      poll: {
        id: 'p',
        question: '?',
        options: [],
        total_voter_count: 0,
        is_closed: false,
        is_anonymous: true,
        type: 'regular',
        allows_multiple_answers: false,
      },
    },
  };
  return {
    message: {
      message_id: messageId++,
      date: 0,
      chat: { id: from.id, type: 'private', first_name: 'u' },
      from: { is_bot: false, first_name: 'u', ...from },
      ...(content[kind] as object),
    },
  } as Omit<Update, 'update_id'>;
}

/** A button pressed under a message of the bot's: in the presser's private chat, or in `group`. */
export function callback(
  data: string,
  from: From = USER,
  messageId = 5,
  group?: { chatId: number; chatType: 'group' | 'supergroup' },
): Omit<Update, 'update_id'> {
  const chat = group ? { id: group.chatId, type: group.chatType, title: 'Association group' } : { id: from.id, type: 'private', first_name: 'u' };
  return {
    callback_query: {
      id: `cb${Math.random().toString(36).slice(2)}`,
      from: { is_bot: false, first_name: 'u', ...from },
      chat_instance: 'ci',
      data,
      message: {
        message_id: messageId,
        date: 0,
        chat,
        from: { id: 424242, is_bot: true, first_name: 'bot' },
        text: 'x',
      },
    },
  } as Omit<Update, 'update_id'>;
}

export function inlineQuery(query: string, from: From = USER): Omit<Update, 'update_id'> {
  return { inline_query: { id: `iq${Math.random().toString(36).slice(2)}`, from: { is_bot: false, first_name: 'u', ...from }, query, offset: '' } } as Omit<
    Update,
    'update_id'
  >;
}
