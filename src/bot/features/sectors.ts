// /sectors: the sector keyboard; a tap shows that sector's duty with its citation and a back button.
import { Composer } from 'grammy';
import { t } from '../../i18n.js';
import { decodeAction } from '../callback-data.js';
import type { BotContext } from '../context.js';
import { escapeHtml, renderSector, sectorsKeyboard } from '../render.js';

export function sectorsFeature(): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.command('sectors', (ctx) => ctx.reply(escapeHtml(t(ctx.lang, 'sectorsPrompt')), { parse_mode: 'HTML', reply_markup: sectorsKeyboard(ctx.kb, ctx.lang) }));
  c.callbackQuery(/^(s:|sl$|sn$)/, async (ctx, next) => {
    const action = decodeAction(ctx.callbackQuery.data);
    if (action?.kind === 'sectors' && action.asNewMessage) {
      // Under an answer: keep the answer, send the list below it.
      await ctx.answerCallbackQuery();
      await ctx.reply(escapeHtml(t(ctx.lang, 'sectorsPrompt')), { parse_mode: 'HTML', reply_markup: sectorsKeyboard(ctx.kb, ctx.lang) });
      return;
    }
    if (action?.kind === 'sectors') {
      await ctx.answerCallbackQuery();
      await ctx.editMessageText(escapeHtml(t(ctx.lang, 'sectorsPrompt')), { parse_mode: 'HTML', reply_markup: sectorsKeyboard(ctx.kb, ctx.lang) });
      return;
    }
    const sector = action?.kind === 'sector' ? ctx.kb.sectors.find((s) => s.id === action.id) : undefined;
    if (!sector) return next(); // unknown sector: the expired-button handler answers
    await ctx.answerCallbackQuery();
    const r = renderSector(ctx.kb, sector, ctx.lang, ctx.script);
    await ctx.editMessageText(r.text, { parse_mode: 'HTML', reply_markup: r.keyboard });
  });
  return c;
}
