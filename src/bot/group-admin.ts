// In a group, what the group keeps (its subscriptions, its data) is changed by the group's admins only.
import type { BotContext } from './context.js';

/** True in a private chat; in a group, whether the sender is one of its administrators (asks Telegram). */
export async function mayManageChat(ctx: BotContext): Promise<boolean> {
  if (!ctx.chat || ctx.chat.type === 'private') return true;
  if (!ctx.from) return false;
  try {
    const member = await ctx.getChatMember(ctx.from.id);
    return member.status === 'creator' || member.status === 'administrator';
  } catch (err) {
    ctx.log.warn({ err }, 'could not check group admin');
    return false;
  }
}
