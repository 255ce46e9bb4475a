// Who is here: /start marks a user active (bringing their subscriptions back after a block), blocking
// the bot marks them inactive, /forget deletes everything kept about them.
import { Composer } from 'grammy';
import { t } from '../../i18n.js';
import type { Store } from '../../store/types.js';
import type { BotContext } from '../context.js';
import { mayManageChat } from '../group-admin.js';
import { escapeHtml } from '../render.js';

export function accountFeature(store: Store): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.command('start', async (ctx, next) => {
    if (ctx.chat) await store.touchUser(ctx.chat.id);
    return next();
  });
  c.command('forget', async (ctx) => {
    if (!(await mayManageChat(ctx))) return void (await ctx.reply(escapeHtml(t(ctx.lang, 'groupAdminsOnly')), { parse_mode: 'HTML' }));
    const had = await store.forget(ctx.chat!.id);
    if (ctx.from && ctx.from.id !== ctx.chat!.id) await store.forget(ctx.from.id);
    await ctx.reply(escapeHtml(t(ctx.lang, had ? 'forgotten' : 'nothingToForget')), { parse_mode: 'HTML' });
  });
  c.on('my_chat_member', async (ctx) => {
    const status = ctx.myChatMember.new_chat_member.status;
    const active = status === 'member' || status === 'administrator';
    if (status === 'kicked' || status === 'left' || active) {
      await store.setActive(ctx.myChatMember.chat.id, active);
      ctx.log.info({ status }, active ? 'chat active again' : 'bot blocked or removed; chat inactive');
    }
  });
  return c;
}
