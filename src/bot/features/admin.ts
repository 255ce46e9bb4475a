// Admin commands, for the user ids in ADMIN_IDS only: /reload, /announce (preview, then confirm), /stats.
import { Composer, InlineKeyboard } from 'grammy';
import { t } from '../../i18n.js';
import { primaryNotice } from '../../knowledge/types.js';
import type { Store } from '../../store/types.js';
import { decodeAction, encodeAction } from '../callback-data.js';
import type { AdminActions, BotContext } from '../context.js';
import { escapeHtml } from '../render.js';

/** An announcement waits this long for its confirmation. */
const DRAFT_TTL_MS = 30 * 60 * 1000;

export function adminFeature(admin: AdminActions, store: Store, adminIds: number[]): Composer<BotContext> {
  const c = new Composer<BotContext>();
  const isAdmin = (ctx: BotContext) => ctx.from !== undefined && adminIds.includes(ctx.from.id);
  const say = (ctx: BotContext, text: string) => ctx.reply(escapeHtml(text), { parse_mode: 'HTML' });

  const guarded = c.filter((ctx) => ctx.hasCommand(['reload', 'announce', 'stats']) || /^a:/.test(ctx.callbackQuery?.data ?? ''));
  guarded.use(async (ctx, next) => {
    if (isAdmin(ctx)) return next();
    ctx.log.warn({ from: ctx.from?.id }, 'admin command refused');
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: t(ctx.lang, 'notAllowed'), show_alert: true });
    else await say(ctx, t(ctx.lang, 'notAllowed'));
  });

  guarded.command('reload', async (ctx) => {
    try {
      const r = await admin.reload(ctx.chat!.id);
      await say(
        ctx,
        r.changed ? t(ctx.lang, 'reloadChanged', { version: r.version, n: r.recipients }) : t(ctx.lang, 'reloadUnchanged', { version: r.version }),
      );
    } catch (err) {
      ctx.log.error({ err }, 'reload failed');
      await say(ctx, t(ctx.lang, 'reloadFailed', { error: (err as Error).message.slice(0, 300) }));
    }
  });

  guarded.command('announce', async (ctx) => {
    const text = ctx.match.trim();
    if (!text) return void (await say(ctx, t(ctx.lang, 'announceUsage')));
    const recipients = (await store.subscribers()).size;
    // Kept in the store: a restart does not lose it; drafts never confirmed are dropped after the TTL.
    const draft = await store.saveDraft(ctx.from!.id, text, DRAFT_TTL_MS);
    const keyboard = new InlineKeyboard()
      .text(t(ctx.lang, 'announceSend'), encodeAction({ kind: 'announce', confirm: true, draft }))
      .text(t(ctx.lang, 'announceCancel'), encodeAction({ kind: 'announce', confirm: false, draft }));
    await ctx.reply(`${escapeHtml(t(ctx.lang, 'announcePreview', { n: recipients }))}\n\n${escapeHtml(text)}`, { parse_mode: 'HTML', reply_markup: keyboard });
  });

  guarded.callbackQuery(/^a:/, async (ctx, next) => {
    const action = decodeAction(ctx.callbackQuery.data);
    const draft = action?.kind === 'announce' ? await store.getDraft(action.draft, DRAFT_TTL_MS) : undefined;
    if (action?.kind !== 'announce' || !draft) return next();
    // Only the admin who wrote it sends or cancels it.
    if (draft.adminId !== ctx.from.id) return void (await ctx.answerCallbackQuery({ text: t(ctx.lang, 'notYourDraft'), show_alert: true }));
    await store.deleteDraft(action.draft);
    await ctx.answerCallbackQuery();
    if (!action.confirm) return void (await ctx.editMessageText(escapeHtml(t(ctx.lang, 'announceCancelled')), { parse_mode: 'HTML' }));
    const r = await admin.announce(draft.text, ctx.chat!.id);
    await ctx.editMessageText(escapeHtml(t(ctx.lang, 'announceQueued', { n: r.recipients })), { parse_mode: 'HTML' });
  });

  guarded.command('stats', async (ctx) => {
    // Statistics are for the admin, not for everyone in a group.
    if (ctx.chat?.type !== 'private') return void (await say(ctx, t(ctx.lang, 'privateOnly')));
    const s = await store.stats();
    const name = (id: string | null) =>
      id === null
        ? t(ctx.lang, 'wholeNotice', { kind: primaryNotice(ctx.kb).kind[ctx.lang] })
        : (ctx.kb.sectors.find((x) => x.id === id)?.names[ctx.lang] ?? id);
    const share = s.questions > 0 ? `${Math.round((100 * s.answered) / s.questions)}%` : '–';
    const lines = [
      `<b>${escapeHtml(t(ctx.lang, 'statsTitle'))}</b>`,
      `users: ${s.users} (active ${s.activeUsers})`,
      `questions: ${s.questions}, answered ${s.answered} (${share})`,
      `👍 ${s.useful}  👎 ${s.notUseful}`,
      'subscribers:',
      ...s.subscribersBySector.map((x) => `• ${escapeHtml(name(x.sector))}: ${x.count}`),
      ...(s.topUnanswered.length > 0 ? ['unanswered, most asked:', ...s.topUnanswered.map((q) => `• ${escapeHtml(q.text.slice(0, 80))} ×${q.count}`)] : []),
    ];
    await ctx.reply(lines.join('\n'), { parse_mode: 'HTML' });
  });
  return c;
}
