// HTML for Telegram: every string that comes from a user or from the notice is escaped; only our own
// tags (<b>, <i>, <u>, <blockquote>) are markup. Messages stay under Telegram's 4,096 characters.

import { InlineKeyboard } from 'grammy';
import { exampleQuestions, LANG_NAMES, LANGS, t } from '../i18n.js';
import type { KnowledgeBase, Lang, Notice, Paragraph, Sector, SentenceRef } from '../knowledge/types.js';
import { primaryNotice } from '../knowledge/types.js';
import type { Answer } from '../search/answer.js';
import { type AnswerView, missingLine, notStatedLine, quoteCitation, unstatedLine, viewFor } from '../search/render-text.js';
import { inScript, type Script } from '../text/script.js';
import { encodeAction } from './callback-data.js';

export const MAX_MESSAGE_CHARS = 4096;

export interface Rendered {
  text: string;
  keyboard?: InlineKeyboard;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function paragraphOf(notice: Notice, ref: SentenceRef): Paragraph | undefined {
  return notice.paragraphs.find((p) => p.number === ref.paragraph);
}

function stamp(notice: Notice, lang: Lang, script: Script): string {
  const issuer = lang === 'en' ? notice.issuerEn : inScript(notice.issuer, script);
  const english = lang === 'en' ? notice.translations.en : undefined;
  // An English reader is told, under every answer, that the English is ours and unofficial.
  const note = english ? ` · ${t(lang, 'translationNote', { by: english.by, date: english.date })}` : '';
  return `<i>${escapeHtml(t(lang, 'versionStamp', { issuer, issuerEn: notice.issuerEn, date: notice.date, kind: notice.kind[lang] }) + note)}</i>`;
}

export function renderAnswer(answer: Answer, kb: KnowledgeBase, withFeedback = true): Rendered {
  const lang = answer.lang;
  const script = answer.script;
  const head = answer.truncated ? `<i>${escapeHtml(t(lang, 'truncated', { n: [...answer.question].length }))}</i>\n\n` : '';
  if (answer.kind === 'empty') return { text: head + escapeHtml(t(lang, 'empty')) };
  const about = primaryNotice(kb);
  const examples = (n: number) =>
    exampleQuestions(kb, about, lang)
      .slice(0, n)
      .map((q) => `• ${escapeHtml(q)}`)
      .join('\n');
  if (answer.kind === 'greeting') {
    const title = lang === 'en' ? about.titleEn : inScript(about.shortTitle, script);
    return { text: `${escapeHtml(t(lang, 'greetingReply', { title }))}\n${examples(3)}`, keyboard: sectorsKeyboard(kb, lang) };
  }
  if (answer.kind === 'thanks') return { text: escapeHtml(t(lang, 'thanksReply', { kind: about.kind[lang] })) };
  if (!answer.answered && answer.related.length > 0) {
    // A partial answer: what was asked is not stated; the nearest sentence is shown as related only.
    const ref = answer.related[0]!;
    const view = viewFor(kb, ref.notice, lang, script);
    return {
      text: `${head}${escapeHtml(notStatedLine(answer, kb, view.notice, lang))}\n<b>${escapeHtml(view.citation(ref))}</b>\n${quoteHtml(view, ref)}`,
      keyboard: sectorsKeyboard(kb, lang),
    };
  }
  if (!answer.answered) {
    const keyboard = answer.suggestions.length > 0 ? suggestionKeyboard(answer, lang, script) : sectorsKeyboard(kb, lang);
    // A part asked for by a number it does not have: say how many there are instead of "not mentioned".
    const first = answer.missing ? missingLine(answer.missing, kb, lang) : t(lang, 'notCovered', { kind: about.kind[lang] });
    return {
      text: `${head}${escapeHtml(first)}\n${escapeHtml(t(lang, 'tryInstead'))}\n${examples(2)}`,
      keyboard,
    };
  }
  const first = answer.quotes[0]!;
  const view = viewFor(kb, first.notice, lang, script);
  const notice = view.notice;
  // Each quote is shown under its own notice: one answer may quote several.
  const views = new Map([[notice.id, view]]);
  const viewOf = (ref: SentenceRef) => views.get(ref.notice) ?? views.set(ref.notice, viewFor(kb, ref.notice, lang, script)).get(ref.notice)!;
  const parts: string[] = [];
  if (answer.followUp) parts.push(`<i>${escapeHtml(t(lang, 'followUpAbout', { topic: view.quote(answer.followUp.topic) }))}</i>`);
  const unstated = unstatedLine(answer, kb, notice, lang);
  if (unstated) parts.push(escapeHtml(unstated));
  if (answer.addressedTo) parts.push(escapeHtml(t(lang, 'addressedTo', { kind: notice.kind[lang], audience: answer.addressedTo[lang] })));
  if (view.untranslated) parts.push(`<i>${escapeHtml(t(lang, 'untranslated', { kind: notice.kind[lang] }))}</i>`);
  if (answer.kind === 'outline') {
    parts.push(
      `<b>${escapeHtml(t(lang, 'outlineIntro', { title: view.quote(notice.shortTitle), titleEn: notice.titleEn, issuer: view.quote(notice.issuer), issuerEn: notice.issuerEn, date: notice.date, n: answer.quotes.length }))}</b>`,
    );
    for (const ref of answer.quotes) parts.push(`${escapeHtml(view.citation(ref))}\n${quoteHtml(view, ref)}`);
  } else if (answer.kind === 'paragraph') {
    const p = paragraphOf(notice, first)!;
    return renderParagraph(kb, notice, p, undefined, lang, script);
  } else {
    for (const [i, ref] of answer.quotes.entries())
      parts.push(`<b>${escapeHtml(quoteCitation(viewOf(ref), answer.quotes, i))}</b>\n${quoteHtml(viewOf(ref), ref)}`);
  }
  parts.push(stamp(notice, lang, script));
  if (answer.suggestions.length > 0) parts.push(escapeHtml(t(lang, 'didYouMean')));
  const keyboard = new InlineKeyboard();
  if (answer.kind === 'match') {
    keyboard
      .text(
        t(lang, 'fullParagraph', { p: first.paragraph }),
        encodeAction({ kind: 'paragraph', notice: first.notice, paragraph: first.paragraph, sentence: first.sentence, traditional: script === 'hant' }),
      )
      .row();
  }
  for (const s of answer.suggestions)
    keyboard.text(`👉 ${suggestionLabel(kb, s, lang, script)}`, encodeAction({ kind: 'quote', ref: s.ref, traditional: script === 'hant' })).row();
  for (const id of answer.sectors.slice(0, 1)) keyboard.text(subscribeLabel(kb, id, lang), encodeAction({ kind: 'subscribe', sector: id })).row();
  // A sector answer with no closer alternative: the other sectors are one tap away.
  if (answer.sectors.length > 0 && answer.suggestions.length === 0)
    keyboard.text(t(lang, 'otherSectors'), encodeAction({ kind: 'sectors', asNewMessage: true })).row();
  if (withFeedback && answer.kind === 'match') {
    keyboard.text('👍', encodeAction({ kind: 'feedback', useful: true, ref: first })).text('👎', encodeAction({ kind: 'feedback', useful: false, ref: first }));
  }
  return { text: fitMessage(head + parts.join('\n\n')), keyboard };
}

/** A quoted sentence; for English readers its translation, the Chinese original beneath in italics. */
function quoteHtml(view: AnswerView, ref: SentenceRef): string {
  const [first, original] = view.quoteLines(ref);
  return `<blockquote>${escapeHtml(first ?? '')}${original ? `\n<i>${escapeHtml(original)}</i>` : ''}</blockquote>`;
}

function suggestionLabel(kb: KnowledgeBase, s: Answer['suggestions'][number], lang: Lang, script: Script): string {
  const sector = kb.sectors.find((x) => x.id === s.sectorId);
  if (sector) return sector.names[lang];
  return lang === 'en' ? s.label : inScript(s.label, script);
}

function suggestionKeyboard(answer: Answer, lang: Lang, script: Script): InlineKeyboard {
  const k = new InlineKeyboard();
  for (const s of answer.suggestions)
    k.text(
      lang === 'en' ? s.label : inScript(s.label, script),
      encodeAction({ kind: 'paragraph', notice: s.ref.notice, paragraph: s.ref.paragraph, sentence: 0, traditional: script === 'hant' }),
    ).row();
  return k;
}

function subscribeLabel(kb: KnowledgeBase, sectorId: string, lang: Lang): string {
  return t(lang, 'subscribeButton', { name: kb.sectors.find((s) => s.id === sectorId)?.names[lang] ?? sectorId });
}

/** A paragraph in full; the sentence a reader came from is in bold. */
export function renderParagraph(kb: KnowledgeBase, notice: Notice, p: Paragraph, mark: number | undefined, lang: Lang, script: Script): Rendered {
  const view = viewFor(kb, notice.id, lang, script);
  // English readers get the paragraph's translation, the Chinese original beneath it.
  const [translated, original] = [0, 1].map((i) =>
    p.sentences
      .map((s) => {
        const text = escapeHtml(view.quoteLines({ notice: notice.id, paragraph: p.number, sentence: s.number })[i] ?? '');
        return s.number === mark && text ? `<b><u>${text}</u></b>` : text;
      })
      .join(i === 0 && view.quoteLines({ notice: notice.id, paragraph: p.number, sentence: 1 }).length > 1 ? ' ' : ''),
  );
  const body = original ? `${translated}\n\n<i>${original}</i>` : translated!;
  const note = mark ? `\n${escapeHtml(t(lang, 'markedSentence'))}` : '';
  const keyboard = new InlineKeyboard();
  if (p.number > 1)
    keyboard.text(
      `« ${p.number - 1}`,
      encodeAction({ kind: 'paragraph', notice: notice.id, paragraph: p.number - 1, sentence: 0, traditional: script === 'hant' }),
    );
  if (p.number < notice.paragraphs.length)
    keyboard.text(
      `${p.number + 1} »`,
      encodeAction({ kind: 'paragraph', notice: notice.id, paragraph: p.number + 1, sentence: 0, traditional: script === 'hant' }),
    );
  return {
    text: fitMessage(`<b>${escapeHtml(view.paragraphCitation(p))}</b>\n<blockquote>${body}</blockquote>${note}\n\n${stamp(notice, lang, script)}`),
    keyboard,
  };
}

export function sectorsKeyboard(kb: KnowledgeBase, lang: Lang): InlineKeyboard {
  const k = new InlineKeyboard();
  kb.sectors.forEach((s, i) => {
    k.text(s.names[lang], encodeAction({ kind: 'sector', id: s.id }));
    if (i % 2 === 1) k.row();
  });
  return k;
}

export function renderSector(kb: KnowledgeBase, sector: Sector, lang: Lang, script: Script): Rendered {
  const ref = sector.cites[0]!;
  const view = viewFor(kb, ref.notice, lang, script);
  const notice = view.notice;
  const quotes = sector.cites.map((c) => `<b>${escapeHtml(view.citation(c))}</b>\n${quoteHtml(view, c)}`);
  const keyboard = new InlineKeyboard()
    .text(
      t(lang, 'fullParagraph', { p: ref.paragraph }),
      encodeAction({ kind: 'paragraph', notice: ref.notice, paragraph: ref.paragraph, sentence: ref.sentence }),
    )
    .row()
    .text(subscribeLabel(kb, sector.id, lang), encodeAction({ kind: 'subscribe', sector: sector.id }))
    .row()
    .text(t(lang, 'back'), encodeAction({ kind: 'sectors' }));
  return {
    text: fitMessage(
      `<b>${escapeHtml(t(lang, 'sectorDuty', { sector: sector.names[lang], kind: notice.kind[lang] }))}</b>\n\n${quotes.join('\n\n')}\n\n${stamp(notice, lang, script)}`,
    ),
    keyboard,
  };
}

export function renderNoticeInfo(kb: KnowledgeBase, lang: Lang, script: Script): Rendered {
  const notice = primaryNotice(kb);
  const q = (s: string) => (lang === 'en' ? s : inScript(s, script));
  const points = notice.paragraphs
    .filter((p) => p.heading)
    .map((p) => `• ${escapeHtml(q(p.heading!))}(${lang === 'en' ? `paragraph ${p.number}` : `第${p.number}段`})`);
  const lines = [
    `<b>${escapeHtml(t(lang, 'noticeHeader', { title: q(notice.title), titleEn: notice.titleEn }))}</b>`,
    escapeHtml(t(lang, 'noticeIssued', { issuer: q(notice.issuer), issuerEn: notice.issuerEn, date: notice.date })),
    '',
    escapeHtml(t(lang, 'noticePoints', { n: points.length })),
    ...points,
    '',
    escapeHtml(t(lang, 'noticeParagraphs', { n: notice.paragraphs.length })),
  ];
  const keyboard = new InlineKeyboard();
  for (const p of notice.paragraphs) keyboard.text(String(p.number), encodeAction({ kind: 'paragraph', notice: notice.id, paragraph: p.number, sentence: 0 }));
  return { text: lines.join('\n'), keyboard };
}

export function renderWelcome(kb: KnowledgeBase, lang: Lang, script: Script): Rendered {
  const notice = primaryNotice(kb);
  const q = (s: string) => (lang === 'en' ? s : inScript(s, script));
  const text = [
    escapeHtml(
      t(lang, 'welcome', { title: q(notice.shortTitle), issuer: q(notice.issuer), issuerEn: notice.issuerEn, date: notice.date, kind: notice.kind[lang] }),
    ),
    '',
    escapeHtml(t(lang, 'examplesIntro')),
    ...exampleQuestions(kb, notice, lang).map((e) => `• ${escapeHtml(e)}`),
    '',
    escapeHtml(t(lang, 'commandsHelp', { kind: notice.kind[lang] })),
  ].join('\n');
  return { text, keyboard: sectorsKeyboard(kb, lang) };
}

export function langKeyboard(): InlineKeyboard {
  const k = new InlineKeyboard();
  for (const l of LANGS) k.text(LANG_NAMES[l], encodeAction({ kind: 'lang', lang: l }));
  return k;
}

/** Our messages are built small; this is the last guard, cutting at a line and closing open tags. */
export function fitMessage(html: string): string {
  if (html.length <= MAX_MESSAGE_CHARS) return html;
  let cut = html.slice(0, MAX_MESSAGE_CHARS - 40);
  cut = cut.slice(0, Math.max(cut.lastIndexOf('\n'), cut.lastIndexOf('。') + 1));
  cut = cut.replace(/<[^>]*$/, '').replace(/&[a-z]*$/, '');
  const open: string[] = [];
  for (const m of cut.matchAll(/<(\/?)(b|i|u|blockquote)>/g)) {
    if (m[1]) open.pop();
    else open.push(m[2]!);
  }
  return `${cut}…${open
    .reverse()
    .map((tag) => `</${tag}>`)
    .join('')}`;
}
