// /notice, /p N (/paragraph N) and the 📄 button: the notice at a glance and its paragraphs in full.

import { Composer } from 'grammy';
import { t } from '../../i18n.js';
import { primaryNotice } from '../../knowledge/types.js';
import { decodeAction } from '../callback-data.js';
import type { BotContext } from '../context.js';
import { escapeHtml, renderNoticeInfo, renderParagraph } from '../render.js';
import { reply } from './start.js';

export function noticeFeature(): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.command('notice', (ctx) => reply(ctx, renderNoticeInfo(ctx.kb, ctx.lang, ctx.script)));
  c.command(['p', 'paragraph'], async (ctx) => {
    const notice = primaryNotice(ctx.kb);
    const arg = ctx.match.trim();
    const n = /^[0-9]{1,3}$/.test(arg) ? Number(arg) : NaN;
    const p = notice.paragraphs.find((x) => x.number === n);
    if (!p) {
      const text =
        arg && Number.isInteger(n)
          ? `${t(ctx.lang, 'noSuchParagraph', { n: notice.paragraphs.length, kind: notice.kind[ctx.lang] })}\n${t(ctx.lang, 'paragraphUsage', { n: notice.paragraphs.length })}`
          : t(ctx.lang, 'paragraphUsage', { n: notice.paragraphs.length });
      await ctx.reply(escapeHtml(text), { parse_mode: 'HTML' });
      return;
    }
    await reply(ctx, renderParagraph(ctx.kb, notice, p, undefined, ctx.lang, ctx.script));
  });
  c.callbackQuery(/^p:/, async (ctx, next) => {
    const action = decodeAction(ctx.callbackQuery.data);
    if (action?.kind !== 'paragraph') return next();
    const notice = ctx.kb.notices.find((x) => x.id === action.notice);
    const p = notice?.paragraphs.find((x) => x.number === action.paragraph);
    if (!notice || !p || (action.sentence > 0 && !p.sentences.some((s) => s.number === action.sentence))) return next();
    await ctx.answerCallbackQuery();
    const script = action.traditional ? 'hant' : ctx.script;
    await reply(ctx, renderParagraph(ctx.kb, notice, p, action.sentence || undefined, ctx.lang, script));
  });
  return c;
}
