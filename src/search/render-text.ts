// Plain-text rendering of an Answer, for the `ask` command and as the `text` of its JSON output.
// The bot renders HTML from the same Answer (src/bot/render.ts).
import { exampleQuestions, t } from '../i18n.js';
import { type KnowledgeBase, type Lang, type Notice, type Paragraph, primaryNotice, type SentenceRef } from '../knowledge/types.js';
import type { Answer } from './answer.js';
import { QUESTION_CHAR_CAP } from './normalise.js';
import { inScript, type Script } from './script.js';

/** A paragraph longer than this is shown as its first sentence plus a pointer to the whole. */
export const PARAGRAPH_INLINE_CHARS = 350;

export interface AnswerView {
  notice: Notice;
  /** Header of a quote: the citation with the point heading, in the reader's language and script. */
  citation(ref: SentenceRef): string;
  paragraphCitation(p: Paragraph): string;
  /** Notice text in the reader's script (simplified for English readers: the notice has no English text). */
  quote(text: string): string;
}

export function viewFor(kb: KnowledgeBase, noticeId: string, lang: Lang, script: Script): AnswerView {
  const notice = kb.notices.find((n) => n.id === noticeId) ?? kb.notices[0]!;
  const conv = (s: string) => (lang === 'en' ? s : inScript(s, script));
  const title = lang === 'en' ? notice.titleEn : conv(notice.shortTitle);
  const heading = (p: number) => {
    const h = notice.paragraphs.find((x) => x.number === p)?.heading;
    return h ? (lang === 'en' ? ` (${h})` : `\uFF08${conv(h)}\uFF09`) : '';
  };
  return {
    notice,
    citation: (ref) => t(lang, 'citation', { title, p: ref.paragraph, s: ref.sentence }) + heading(ref.paragraph),
    paragraphCitation: (p) => t(lang, 'paragraphCitation', { title, p: p.number }) + heading(p.number),
    quote: conv,
  };
}

export function renderText(answer: Answer, kb: KnowledgeBase): string {
  const lang = answer.lang;
  const lines: string[] = [];
  if (answer.truncated) lines.push(t(lang, 'truncated', { n: QUESTION_CHAR_CAP }));
  if (answer.kind === 'empty') return [...lines, t(lang, 'empty')].join('\n');
  if (!answer.answered && answer.related.length > 0) {
    // A partial answer: what was asked is not stated; the nearest sentence is shown as related only.
    const ref = answer.related[0]!;
    const related = viewFor(kb, ref.notice, lang, answer.script);
    const text = related.notice.paragraphs.find((p) => p.number === ref.paragraph)?.sentences.find((s) => s.number === ref.sentence)?.text ?? '';
    lines.push(t(lang, 'notStated', { kind: related.notice.kind[lang] }), related.citation(ref), `“${related.quote(text)}”`);
    return lines.join('\n');
  }
  if (!answer.answered) {
    const about = primaryNotice(kb);
    lines.push(
      t(lang, 'notCovered', { kind: about.kind[lang] }),
      t(lang, 'tryInstead'),
      ...exampleQuestions(kb, about, lang)
        .slice(0, 2)
        .map((q) => `· ${q}`),
    );
    return lines.join('\n');
  }
  const first = answer.quotes[0]!;
  const view = viewFor(kb, first.notice, lang, answer.script);
  // Each quote is shown under its own notice: one answer may quote several.
  const views = new Map([[view.notice.id, view]]);
  const viewOf = (ref: SentenceRef) => views.get(ref.notice) ?? views.set(ref.notice, viewFor(kb, ref.notice, lang, answer.script)).get(ref.notice)!;
  const paragraphOf = (ref: SentenceRef) => viewOf(ref).notice.paragraphs.find((p) => p.number === ref.paragraph)!;
  const sentence = (ref: SentenceRef) => paragraphOf(ref).sentences.find((s) => s.number === ref.sentence)!.text;

  if (answer.kind === 'outline') {
    const n = view.notice;
    lines.push(
      t(lang, 'outlineIntro', {
        title: view.quote(n.shortTitle),
        titleEn: n.titleEn,
        issuer: view.quote(n.issuer),
        issuerEn: n.issuerEn,
        date: n.date,
        n: answer.quotes.length,
      }),
    );
    for (const ref of answer.quotes) lines.push(`${lang === 'en' ? `Paragraph ${ref.paragraph}:` : `第${ref.paragraph}段`} ${view.quote(sentence(ref))}`);
  } else if (answer.kind === 'paragraph') {
    const p = paragraphOf(first);
    lines.push(view.paragraphCitation(p));
    const whole = p.sentences.map((s) => s.text).join('');
    if ([...whole].length <= PARAGRAPH_INLINE_CHARS) lines.push(`“${view.quote(whole)}”`);
    else {
      lines.push(`“${view.quote(p.sentences[0]!.text)}”${t(lang, 'paragraphMore', { n: p.sentences.length, p: p.number })}`);
      const names = kb.sectors.filter((s) => answer.sectors.includes(s.id)).map((s) => s.names[lang]);
      if (names.length > 0) lines.push(t(lang, 'paragraphSectors', { list: names.join(lang === 'en' ? ', ' : '、') }));
    }
  } else {
    for (const ref of answer.quotes) lines.push(viewOf(ref).citation(ref), `“${view.quote(sentence(ref))}”`);
  }
  if (answer.suggestions.length > 0) {
    lines.push(`${t(lang, 'didYouMean')} ${answer.suggestions.map((s) => view.quote(s.label)).join(lang === 'en' ? '; ' : '\uFF1B')}`);
  }
  return lines.join('\n');
}
