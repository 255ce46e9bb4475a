// Any text in a private chat is a question; in groups only a mention of the bot or a reply to it.
// Edited questions are answered again.
import { Composer } from 'grammy';
import { t } from '../../i18n.js';
import { escapeRegExp } from '../../knowledge/regexp.js';
import { primaryNotice } from '../../knowledge/types.js';
import type { Answer } from '../../search/answer.js';
import { withFields } from '../../search/answer-model.js';
import type { Store } from '../../store/types.js';
import { type BotContext, scriptOf } from '../context.js';
import { escapeHtml, renderAnswer } from '../render.js';

export function questionFeature(store: Store, storeQuestions: boolean): Composer<BotContext> {
  const c = new Composer<BotContext>();

  const answer = async (ctx: BotContext, question: string) => {
    const msg = ctx.msg!;
    // Answering takes about a millisecond; the indicator covers a slow network, and it must never block the reply.
    ctx.replyWithChatAction('typing').catch(() => undefined);
    const started = performance.now();
    // A follow-up (那餐饮呢, 为什么?) is read against what this chat was last about; the answer says what the
    // chat is about next. Context is per chat (per member in groups) and expires (conversation.ts).
    const a = inReadersLanguage(ctx.answerer.answer(question, ctx.session.conversation), ctx);
    if (a.conversation) ctx.session.conversation = a.conversation;
    const paragraph = a.citations[0]?.paragraph ?? null;
    ctx.log.debug({ question }, 'question');
    ctx.log.info({ answered: a.answered, kind: a.kind, paragraph, answer_ms: +(performance.now() - started).toFixed(2) }, 'answer');
    // Statistics never hold who asked; the text only when the operator chose to keep it.
    store
      .recordQuestion({ answered: a.answered, paragraph, text: storeQuestions ? a.question : null })
      .catch((err) => ctx.log.error({ err }, 'could not record the question'));
    const r = renderAnswer(a, ctx.kb);
    await ctx.reply(r.text, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      reply_parameters: { message_id: msg.message_id, allow_sending_without_reply: true },
      ...(r.keyboard ? { reply_markup: r.keyboard } : {}),
    });
  };

  const priv = c.chatType('private');
  priv.on(['message:text', 'edited_message:text'], async (ctx) => {
    const text = ctx.msg.text;
    const command = /^(\/[A-Za-z0-9_]+)(@\w+)?(\s|$)/.exec(text);
    if (command) {
      // A command no feature knows: say so, naming it (cut: a message holds 4,096 characters), and show
      // what there is rather than treat it as a question.
      const name = command[1]!.length > 40 ? `${command[1]!.slice(0, 40)}…` : command[1]!;
      const help = t(ctx.lang, 'commandsHelp', { kind: primaryNotice(ctx.kb).kind[ctx.lang] });
      await ctx.reply(escapeHtml(`${t(ctx.lang, 'unknownCommand', { command: name })}\n${help}`), { parse_mode: 'HTML' });
      return;
    }
    await answer(ctx, text);
  });

  const groups = c.chatType(['group', 'supergroup']);
  groups.on(['message:text', 'edited_message:text'], async (ctx, next) => {
    const text = ctx.msg.text;
    const mention = `@${ctx.me.username}`;
    const mentioned = text.toLowerCase().includes(mention.toLowerCase());
    const repliedToBot = ctx.msg.reply_to_message?.from?.id === ctx.me.id;
    if (!mentioned && !repliedToBot) return next();
    const question = text.replace(new RegExp(escapeRegExp(mention), 'gi'), ' ').trim();
    await answer(ctx, question);
  });
  return c;
}

/**
 * Answers follow the script of the question (a question in traditional characters is answered in them),
 * unless the reader chose a language with /lang, or the message has no script of its own (？, 👍👍).
 */
function inReadersLanguage(a: Answer, ctx: BotContext): Answer {
  const ownScript = /[\p{Script=Han}A-Za-z]/u.test(a.question);
  if (!ctx.langChosen && ownScript) return a;
  return withFields(a, { lang: ctx.lang, script: scriptOf(ctx.lang) });
}
