// /lang: the interface language, remembered per user (else Telegram's language_code decides).
import { Composer } from 'grammy';
import { t } from '../../i18n.js';
import type { Store } from '../../store/types.js';
import { decodeAction } from '../callback-data.js';
import { type BotContext, scriptOf } from '../context.js';
import { escapeHtml, langKeyboard } from '../render.js';

export function langFeature(store: Store): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.command('lang', (ctx) => ctx.reply(escapeHtml(t(ctx.lang, 'langPrompt')), { parse_mode: 'HTML', reply_markup: langKeyboard() }));
  c.callbackQuery(/^l:/, async (ctx, next) => {
    const action = decodeAction(ctx.callbackQuery.data);
    if (action?.kind !== 'lang') return next();
    await store.setLang(ctx.from.id, action.lang);
    ctx.lang = action.lang;
    ctx.script = scriptOf(action.lang);
    // Confirmed once, in the message itself; the toast would only say it again.
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(escapeHtml(t(action.lang, 'langSet')), { parse_mode: 'HTML' });
  });
  return c;
}
