// Properties over any input: the answerer never throws or hangs, and what the bot renders is valid
// Telegram HTML within 4,096 characters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitMessage, renderAnswer, renderParagraph, renderSector } from '../../src/bot/render.js';
import { renderText } from '../../src/search/render-text.js';
import { toTraditional } from '../../src/text/script.js';
import { realKnowledge } from '../support/knowledge.js';
import { telegramHtmlProblems } from '../support/telegram-html.js';

const { kb, answerer } = realKnowledge();
// The simplified -> traditional converter is built on first use (src/text/script.ts), once per process; build
// it here so that the hang detector below times answering, not that one-time setup.
toTraditional('');
const noticeChars = [...new Set(kb.notices[0]!.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)).join(''))];
const pieces = [
  '<',
  '>',
  '&',
  '</blockquote>',
  '<b>',
  '&amp;',
  '\u200B',
  '\u202E',
  '\u0000',
  '😀',
  '第4段',
  '第三条',
  'p:',
  '慈善',
  '醫療',
  'hospital',
  ' ',
  '\n',
  '?',
];
// Questions made of the notice's own characters, markup, control and invisible characters, and anything else.
const question = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: fc.constantFrom(...noticeChars), maxLength: 80 }),
  fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...noticeChars)), { maxLength: 60 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 5000 }),
);

// A hang detector, not a speed target (those live in npm run bench): no question may take seconds.
const HANG_MS = 1000;

describe('any question', () => {
  it('is answered without throwing, with a consistent Answer', () => {
    fc.assert(
      fc.property(question, (q) => {
        const started = performance.now();
        const a = answerer.answerUncached(q);
        expect(performance.now() - started).toBeLessThan(HANG_MS);
        expect([...a.question].length).toBeLessThanOrEqual(300);
        expect(a.answered).toBe(a.citations.length > 0);
        expect(a.citations.length).toBe(a.quotes.length);
        expect(renderText(a, kb).length).toBeLessThanOrEqual(1200);
      }),
      { numRuns: 400 },
    );
  });

  it('renders as valid Telegram HTML of at most 4,096 characters, with button data of at most 64 bytes', () => {
    fc.assert(
      fc.property(question, (q) => {
        const r = renderAnswer(answerer.answer(q), kb);
        expect(telegramHtmlProblems(r.text)).toEqual([]);
        for (const b of r.keyboard?.inline_keyboard.flat() ?? [])
          expect(Buffer.byteLength((b as { callback_data: string }).callback_data)).toBeLessThanOrEqual(64);
      }),
      { numRuns: 400 },
    );
  });
});

describe('everything else the bot renders', () => {
  it('paragraphs and sectors, in every language and script', () => {
    for (const lang of ['zh-Hans', 'zh-Hant', 'en'] as const) {
      const script = lang === 'zh-Hant' ? 'hant' : 'hans';
      for (const p of kb.notices[0]!.paragraphs) {
        for (const mark of [undefined, 1]) expect(telegramHtmlProblems(renderParagraph(kb, kb.notices[0]!, p, mark, lang, script).text)).toEqual([]);
      }
      for (const s of kb.sectors) expect(telegramHtmlProblems(renderSector(kb, s, lang, script).text)).toEqual([]);
    }
  });

  it('the last-resort cut keeps tags balanced and entities whole', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('<b>', '</b>', '<blockquote>', '</blockquote>', '&amp;', '慈善。', '\n', '文字'), { maxLength: 3000 }), (parts) => {
        // Build balanced input, then cut it.
        const html = `<b>${parts.filter((p) => !p.startsWith('<')).join('')}</b><blockquote>${'甲。'.repeat(3000)}</blockquote>`;
        expect(telegramHtmlProblems(fitMessage(html))).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});
