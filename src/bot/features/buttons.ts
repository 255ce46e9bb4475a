// The answer's own buttons: a did-you-mean choice, 👍/👎; and the catch-all for expired or forged data.
import { createHmac } from 'node:crypto';
import { Composer } from 'grammy';
import { t } from '../../i18n.js';
import { findSentence } from '../../knowledge/types.js';
import type { Store } from '../../store/types.js';
import { decodeAction } from '../callback-data.js';
import type { BotContext } from '../context.js';
import { renderAnswer } from '../render.js';
import { reply } from './start.js';

/**
 * `voterKey` is keyed with a secret of the installation: one vote per person and sentence can be kept
 * without keeping who voted (statistics hold no user ids).
 */
export function answerButtonsFeature(store: Store, voterSecret: string): Composer<BotContext> {
  const voterKey = (userId: number) => createHmac('sha256', voterSecret).update(String(userId)).digest('base64url').slice(0, 22);
  const c = new Composer<BotContext>();
  c.callbackQuery(/^[qf]:/, async (ctx, next) => {
    const action = decodeAction(ctx.callbackQuery.data);
    if (action?.kind === 'quote' && findSentence(ctx.kb, action.ref)) {
      await ctx.answerCallbackQuery();
      const a = ctx.answerer.quoteAnswer(action.ref, { question: '', script: action.traditional ? 'hant' : ctx.script, lang: ctx.lang, truncated: false });
      return reply(ctx, renderAnswer(a, ctx.kb));
    }
    if (action?.kind === 'feedback' && findSentence(ctx.kb, action.ref)) {
      await store.recordFeedback(action.ref, action.useful, ctx.from ? voterKey(ctx.from.id) : undefined);
      ctx.log.info({ useful: action.useful, paragraph: action.ref.paragraph, sentence: action.ref.sentence }, 'feedback');
      await ctx.answerCallbackQuery({ text: t(ctx.lang, 'feedbackThanks') });
      return;
    }
    return next();
  });
  return c;
}

/** Last in line: any button no feature took is stale (the knowledge changed) or forged. */
export function expiredButtonFeature(): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.on('callback_query', async (ctx) => {
    ctx.log.info({ data: ctx.callbackQuery.data?.slice(0, 64) }, 'expired or unknown button');
    await ctx.answerCallbackQuery({ text: t(ctx.lang, 'expired'), show_alert: true });
  });
  return c;
}
