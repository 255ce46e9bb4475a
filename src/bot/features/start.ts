// /start (with deep links s_<sector> and p_<n>) and /help.

import { Composer } from 'grammy';
import { primaryNotice } from '../../knowledge/types.js';
import type { BotContext } from '../context.js';
import { renderParagraph, renderSector, renderWelcome } from '../render.js';

export function startFeature(): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.command('start', async (ctx) => {
    const payload = ctx.match.trim();
    const sector = /^s_([a-z0-9-]{1,40})$/.exec(payload);
    const paragraph = /^p_([0-9]{1,3})$/.exec(payload);
    if (sector) {
      const s = ctx.kb.sectors.find((x) => x.id === sector[1]);
      if (s) return reply(ctx, renderSector(ctx.kb, s, ctx.lang, ctx.script));
    }
    if (paragraph) {
      const notice = primaryNotice(ctx.kb);
      const p = notice.paragraphs.find((x) => x.number === Number(paragraph[1]));
      if (p) return reply(ctx, renderParagraph(ctx.kb, notice, p, undefined, ctx.lang, ctx.script));
    }
    // No payload, or one that names nothing (old or forged link): the plain welcome.
    return reply(ctx, renderWelcome(ctx.kb, ctx.lang, ctx.script));
  });
  c.command('help', (ctx) => reply(ctx, renderWelcome(ctx.kb, ctx.lang, ctx.script)));
  return c;
}

export async function reply(ctx: BotContext, r: { text: string; keyboard?: import('grammy').InlineKeyboard }): Promise<void> {
  await ctx.reply(r.text, {
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
    ...(r.keyboard ? { reply_markup: r.keyboard } : {}),
  });
}
