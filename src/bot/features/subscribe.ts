// 🔔 under a sector answer, /subscribe [sector], /unsubscribe [sector|all], /mysubs.
import { Composer } from 'grammy';
import { t } from '../../i18n.js';
import { type KnowledgeBase, type Lang, primaryNotice } from '../../knowledge/types.js';
import type { Store } from '../../store/types.js';
import { decodeAction } from '../callback-data.js';
import type { BotContext } from '../context.js';
import { mayManageChat } from '../group-admin.js';
import { escapeHtml, sectorsKeyboard } from '../render.js';

function sectorName(kb: KnowledgeBase, id: string | null, lang: Lang): string {
  if (id === null) return t(lang, 'wholeNotice', { kind: primaryNotice(kb).kind[lang] });
  return kb.sectors.find((s) => s.id === id)?.names[lang] ?? id;
}

/** A sector named by id, by a name in any language, or by an alias ("/subscribe 医院"). */
function findSector(kb: KnowledgeBase, arg: string): string | undefined {
  const a = arg.trim().toLowerCase();
  const exact = kb.sectors.find((s) => s.id === a || Object.values(s.names).some((n) => n.toLowerCase() === a));
  return (exact ?? kb.sectors.find((s) => Object.values(s.aliases).some((list) => list.some((x) => x.toLowerCase() === a))))?.id;
}

export function subscribeFeature(store: Store): Composer<BotContext> {
  const c = new Composer<BotContext>();
  const say = (ctx: BotContext, text: string) => ctx.reply(escapeHtml(text), { parse_mode: 'HTML' });

  // In a group, subscriptions are the group's: its admins change them.
  const guard = async (ctx: BotContext) => (await mayManageChat(ctx)) || void (await say(ctx, t(ctx.lang, 'groupAdminsOnly')));
  c.command('subscribe', async (ctx) => {
    if (!(await guard(ctx))) return;
    const arg = ctx.match.trim();
    const sector = arg ? findSector(ctx.kb, arg) : null;
    if (sector === undefined)
      return void (await ctx.reply(escapeHtml(t(ctx.lang, 'unknownSector', { arg: arg.slice(0, 40) })), {
        parse_mode: 'HTML',
        reply_markup: sectorsKeyboard(ctx.kb, ctx.lang),
      }));
    const added = await store.subscribe(ctx.chat!.id, sector);
    await say(ctx, t(ctx.lang, added ? 'subscribed' : 'alreadySubscribed', { name: sectorName(ctx.kb, sector, ctx.lang) }));
  });

  c.command('unsubscribe', async (ctx) => {
    if (!(await guard(ctx))) return;
    const arg = ctx.match.trim();
    const target = !arg || /^(all|全部|所有)$/i.test(arg) ? 'all' : findSector(ctx.kb, arg);
    if (target === undefined) return void (await say(ctx, t(ctx.lang, 'unknownSector', { arg: arg.slice(0, 40) })));
    const removed = await store.unsubscribe(ctx.chat!.id, target);
    await say(ctx, removed > 0 ? t(ctx.lang, 'unsubscribed', { n: removed }) : t(ctx.lang, 'noSubscriptions', { kind: primaryNotice(ctx.kb).kind[ctx.lang] }));
  });

  c.command('mysubs', async (ctx) => {
    const list = await store.listSubscriptions(ctx.chat!.id);
    if (list.length === 0) return void (await say(ctx, t(ctx.lang, 'noSubscriptions', { kind: primaryNotice(ctx.kb).kind[ctx.lang] })));
    await say(ctx, `${t(ctx.lang, 'yourSubscriptions')}\n${list.map((s) => `• ${sectorName(ctx.kb, s, ctx.lang)}`).join('\n')}`);
  });

  c.callbackQuery(/^sub:/, async (ctx, next) => {
    const action = decodeAction(ctx.callbackQuery.data);
    if (action?.kind !== 'subscribe' || !ctx.kb.sectors.some((s) => s.id === action.sector) || !ctx.chat) return next();
    const added = await store.subscribe(ctx.chat.id, action.sector);
    await ctx.answerCallbackQuery({ text: t(ctx.lang, added ? 'subscribed' : 'alreadySubscribed', { name: sectorName(ctx.kb, action.sector, ctx.lang) }) });
  });
  return c;
}
