// 🔔 under a sector answer, /subscribe [sector], /unsubscribe [sector|all] (bare: a button per
// subscription), /mysubs.
import { Composer, InlineKeyboard } from 'grammy';
import { t } from '../../i18n.js';
import { type KnowledgeBase, type Lang, primaryNotice } from '../../knowledge/types.js';
import type { Store } from '../../store/types.js';
import { decodeAction, encodeAction } from '../callback-data.js';
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

/** One button per subscription, and one for all of them when there are several. */
function unsubscribeKeyboard(kb: KnowledgeBase, list: Array<string | null>, lang: Lang): InlineKeyboard {
  const k = new InlineKeyboard();
  for (const sector of list)
    k.text(t(lang, 'unsubscribeButton', { name: sectorName(kb, sector, lang) }), encodeAction({ kind: 'unsubscribe', target: { sector } })).row();
  if (list.length > 1) k.text(t(lang, 'unsubscribeAllButton'), encodeAction({ kind: 'unsubscribe', target: { all: true } }));
  return k;
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

  const noSubscriptions = (ctx: BotContext) => t(ctx.lang, 'noSubscriptions', { kind: primaryNotice(ctx.kb).kind[ctx.lang] });

  c.command('unsubscribe', async (ctx) => {
    if (!(await guard(ctx))) return;
    const arg = ctx.match.trim();
    if (!arg) {
      // Nothing named: show what there is to stop, rather than stop everything at once.
      const list = await store.listSubscriptions(ctx.chat!.id);
      if (list.length === 0) return void (await say(ctx, noSubscriptions(ctx)));
      await ctx.reply(escapeHtml(t(ctx.lang, 'unsubscribePrompt')), { parse_mode: 'HTML', reply_markup: unsubscribeKeyboard(ctx.kb, list, ctx.lang) });
      return;
    }
    const target = /^(all|全部|所有)$/i.test(arg) ? 'all' : findSector(ctx.kb, arg);
    if (target === undefined) return void (await say(ctx, t(ctx.lang, 'unknownSector', { arg: arg.slice(0, 40) })));
    const removed = await store.unsubscribe(ctx.chat!.id, target);
    if (removed > 0) return void (await say(ctx, t(ctx.lang, 'unsubscribed', { n: removed })));
    await say(ctx, target === 'all' ? noSubscriptions(ctx) : t(ctx.lang, 'notSubscribed', { name: sectorName(ctx.kb, target, ctx.lang) }));
  });

  c.callbackQuery(/^u:/, async (ctx, next) => {
    const action = decodeAction(ctx.callbackQuery.data);
    if (action?.kind !== 'unsubscribe' || !ctx.chat) return next();
    // In a group, only its admins stop its subscriptions (as with /unsubscribe).
    if (!(await mayManageChat(ctx))) return void (await ctx.answerCallbackQuery({ text: t(ctx.lang, 'groupAdminsOnly'), show_alert: true }));
    const target = 'all' in action.target ? 'all' : action.target.sector;
    // A sector that left the knowledge can still be stopped: the button names what the chat follows.
    const removed = await store.unsubscribe(ctx.chat.id, target);
    if (removed === 0) {
      // Pressed twice, stopped meanwhile, or forged: nothing to stop; the message is left as it is.
      const text = target === 'all' ? noSubscriptions(ctx) : t(ctx.lang, 'notSubscribed', { name: sectorName(ctx.kb, target, ctx.lang) });
      return void (await ctx.answerCallbackQuery({ text }));
    }
    await ctx.answerCallbackQuery();
    const done =
      target === 'all' ? t(ctx.lang, 'unsubscribed', { n: removed }) : t(ctx.lang, 'unsubscribedOne', { name: sectorName(ctx.kb, target, ctx.lang) });
    const rest = await store.listSubscriptions(ctx.chat.id);
    if (rest.length === 0) return void (await ctx.editMessageText(escapeHtml(done), { parse_mode: 'HTML' }));
    await ctx.editMessageText(escapeHtml(`${done}\n${t(ctx.lang, 'unsubscribeMore')}`), {
      parse_mode: 'HTML',
      reply_markup: unsubscribeKeyboard(ctx.kb, rest, ctx.lang),
    });
  });

  c.command('mysubs', async (ctx) => {
    const list = await store.listSubscriptions(ctx.chat!.id);
    if (list.length === 0) return void (await say(ctx, noSubscriptions(ctx)));
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
