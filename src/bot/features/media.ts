// Stickers, photos, voice, locations…: a short "please ask in text", in private chats only.
import { Composer } from 'grammy';
import { t } from '../../i18n.js';
import type { BotContext } from '../context.js';
import { escapeHtml } from '../render.js';

export function mediaFeature(): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.chatType('private').on(
    [
      'message:sticker',
      'message:photo',
      'message:voice',
      'message:video',
      'message:video_note',
      'message:audio',
      'message:animation',
      'message:document',
      'message:location',
      'message:venue',
      'message:contact',
      'message:poll',
      'message:dice',
    ],
    (ctx) => ctx.reply(escapeHtml(t(ctx.lang, 'textOnly')), { parse_mode: 'HTML' }),
  );
  return c;
}
