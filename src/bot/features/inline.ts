// Inline mode: "@bot 医疗" in any chat offers up to ten cited answers as articles.
import { Composer, InlineQueryResultBuilder } from 'grammy';
import type { InlineQueryResultArticle } from 'grammy/types';
import { type SentenceRef, sentenceIn } from '../../knowledge/types.js';
import { viewFor } from '../../search/render-text.js';
import { detectScript } from '../../text/script.js';
import type { BotContext } from '../context.js';
import { escapeHtml } from '../render.js';

const MAX_RESULTS = 10;

export function inlineFeature(): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.on('inline_query', async (ctx) => {
    const query = ctx.inlineQuery.query.trim();
    let refs: SentenceRef[];
    let lang = ctx.lang;
    let script = ctx.script;
    if (!query) {
      // Nothing typed yet: every sector's duty, a menu to pick from.
      refs = ctx.kb.sectors.map((s) => s.cites[0]!);
    } else {
      const a = ctx.answerer.answer(query);
      lang = a.lang;
      script = a.lang === 'en' ? script : detectScript(query);
      refs = a.answered && a.kind === 'match' ? [...a.quotes, ...a.suggestions.map((s) => s.ref)] : [];
    }
    const seen = new Set<string>();
    const results: InlineQueryResultArticle[] = [];
    for (const ref of refs) {
      const key = `${ref.notice}/${ref.paragraph}/${ref.sentence}`;
      if (seen.has(key) || results.length >= MAX_RESULTS) continue;
      seen.add(key);
      const view = viewFor(ctx.kb, ref.notice, lang, script);
      const sentence = sentenceIn(view.notice, ref)?.text;
      if (!sentence) continue;
      const citation = view.citation(ref);
      const quote = view.quote(sentence);
      results.push(
        InlineQueryResultBuilder.article(key.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 64), citation, { description: quote.slice(0, 120) }).text(
          `<b>${escapeHtml(citation)}</b>\n<blockquote>${escapeHtml(quote)}</blockquote>`,
          { parse_mode: 'HTML' },
        ),
      );
    }
    await ctx.answerInlineQuery(results, { cache_time: 300 });
  });
  return c;
}
