// Plain-text rendering of an Answer, for the `ask` command and as the `text` of its JSON output.
// The bot renders HTML from the same Answer (src/bot/render.ts).
import { exampleQuestions, t } from '../i18n.js';
import { findSentence, type KnowledgeBase, type Lang, type Notice, type Paragraph, primaryNotice, type SentenceRef, sentenceKey } from '../knowledge/types.js';
import { inScript, type Script } from '../text/script.js';
import type { Answer } from './answer.js';
import { QUESTION_CHAR_CAP } from './normalise.js';

/** A paragraph longer than this is shown as its first sentence plus a pointer to the whole. */
export const PARAGRAPH_INLINE_CHARS = 350;
/**
 * A plain-text answer reads on one screen: English translations are added beside the Chinese quotes only
 * while the whole stays under this (the shared evaluation's limit for a focused answer). The bot, with
 * room for both, always shows both.
 */
export const TEXT_ANSWER_CHARS = 500;

export interface AnswerView {
  notice: Notice;
  /** Header of a quote: the citation with the point heading, in the reader's language and script. */
  citation(ref: SentenceRef): string;
  /** The same without the notice's title, for a quote following one of the same notice. */
  sameNoticeCitation(ref: SentenceRef): string;
  paragraphCitation(p: Paragraph): string;
  /** Notice text in the reader's script (simplified for English readers). */
  quote(text: string): string;
  /**
   * A sentence as the reader gets it: in the reader's script; for English readers the notice's English
   * translation first, the Chinese original beneath it.
   */
  quoteLines(ref: SentenceRef): string[];
  /** English readers of a notice with no English translation are told so once per answer. */
  untranslated: boolean;
}

export function viewFor(kb: KnowledgeBase, noticeId: string, lang: Lang, script: Script): AnswerView {
  const notice = kb.notices.find((n) => n.id === noticeId) ?? kb.notices[0]!;
  const conv = (s: string) => (lang === 'en' ? s : inScript(s, script));
  const title = lang === 'en' ? notice.titleEn : conv(notice.shortTitle);
  const english = lang === 'en' ? notice.translations.en : undefined;
  const heading = (p: number) => {
    const h = english?.headings.get(p) ?? notice.paragraphs.find((x) => x.number === p)?.heading;
    return h ? (lang === 'en' ? ` (${h})` : `\uFF08${conv(h)}\uFF09`) : '';
  };
  const original = (ref: SentenceRef) => findSentence(kb, ref)?.text ?? '';
  return {
    notice,
    citation: (ref) => t(lang, 'citation', { title, p: ref.paragraph, s: ref.sentence }) + heading(ref.paragraph),
    sameNoticeCitation: (ref) => t(lang, 'sameNoticeCitation', { kind: notice.kind[lang], p: ref.paragraph, s: ref.sentence }) + heading(ref.paragraph),
    paragraphCitation: (p) => t(lang, 'paragraphCitation', { title, p: p.number }) + heading(p.number),
    quote: conv,
    quoteLines: (ref) => {
      const en = english?.sentences.get(sentenceKey(ref));
      return en ? [en, original(ref)] : [conv(original(ref))];
    },
    untranslated: lang === 'en' && !english,
  };
}

export function renderText(answer: Answer, kb: KnowledgeBase): string {
  const lang = answer.lang;
  const lines: string[] = [];
  if (answer.truncated) lines.push(t(lang, 'truncated', { n: QUESTION_CHAR_CAP }));
  if (answer.kind === 'empty') return [...lines, t(lang, 'empty')].join('\n');
  const about = primaryNotice(kb);
  if (answer.kind === 'greeting' || answer.kind === 'thanks') {
    const title = lang === 'en' ? about.titleEn : inScript(about.shortTitle, answer.script);
    lines.push(answer.kind === 'greeting' ? t(lang, 'greetingReply', { title }) : t(lang, 'thanksReply', { kind: about.kind[lang] }));
    if (answer.kind === 'greeting') lines.push(...exampleQuestions(kb, about, lang).map((q) => `· ${q}`));
    return lines.join('\n');
  }
  if (!answer.answered && answer.related.length > 0) {
    // A partial answer: what was asked is not stated; the nearest sentence is shown as related only.
    const ref = answer.related[0]!;
    const related = viewFor(kb, ref.notice, lang, answer.script);
    lines.push(notStatedLine(answer, kb, related.notice, lang), related.citation(ref), `“${related.quoteLines(ref).at(-1)}”`);
    return withTranslations(lines, [related.quoteLines(ref)]);
  }
  if (!answer.answered) {
    // A part asked for by a number it does not have: say how many there are instead of "not mentioned".
    lines.push(
      answer.missing ? missingLine(answer.missing, kb, lang) : t(lang, 'notCovered', { kind: about.kind[lang] }),
      t(lang, 'tryInstead'),
      ...exampleQuestions(kb, about, lang)
        .slice(0, 2)
        .map((q) => `· ${q}`),
    );
    return lines.join('\n');
  }
  const first = answer.quotes[0]!;
  const view = viewFor(kb, first.notice, lang, answer.script);
  if (answer.followUp) lines.push(t(lang, 'followUpAbout', { topic: view.quote(answer.followUp.topic) }));
  const unstated = unstatedLine(answer, kb, view.notice, lang);
  if (unstated) lines.push(unstated);
  if (answer.addressedTo) lines.push(t(lang, 'addressedTo', { kind: view.notice.kind[lang], audience: answer.addressedTo[lang] }));
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
    for (const [i, ref] of answer.quotes.entries()) lines.push(quoteCitation(viewOf(ref), answer.quotes, i), `“${viewOf(ref).quoteLines(ref).at(-1)}”`);
  }
  if (answer.suggestions.length > 0) {
    lines.push(`${t(lang, 'didYouMean')} ${answer.suggestions.map((s) => view.quote(s.label)).join(lang === 'en' ? '; ' : '\uFF1B')}`);
  }
  return answer.kind === 'match'
    ? withTranslations(
        lines,
        answer.quotes.map((r) => viewOf(r).quoteLines(r)),
      )
    : lines.join('\n');
}

/**
 * The header of the i-th quote of an answer: a quote right after one of the same notice names only its paragraph
 * and sentence (a notice's title, said once, is noise when repeated: 120 characters each in English).
 */
export function quoteCitation(view: AnswerView, quotes: SentenceRef[], i: number): string {
  return i > 0 && quotes[i - 1]!.notice === quotes[i]!.notice ? view.sameNoticeCitation(quotes[i]!) : view.citation(quotes[i]!);
}

/** Before an answer without the kind of answer asked for: the notice gives no date (学校什么时候能开学). */
export function unstatedLine(answer: Answer, kb: KnowledgeBase, notice: Notice, lang: Lang): string | undefined {
  const type = answer.unstatedType ? kb.language.answerTypes.find((a) => a.name === answer.unstatedType) : undefined;
  return type ? t(lang, 'unstatedType', { kind: notice.kind[lang], type: type.label[lang] }) : undefined;
}

/** The first line of a partial answer: not stated; or not stated for this topic, though given for another. */
export function notStatedLine(answer: Answer, kb: KnowledgeBase, notice: Notice, lang: Lang): string {
  const kind = notice.kind[lang];
  if (!answer.lacks && answer.notStatedTopic) return t(lang, 'notStatedTopic', { kind, topic: inScript(answer.notStatedTopic, answer.script) });
  if (!answer.lacks) return t(lang, 'notStated', { kind });
  const type = kb.language.answerTypes.find((x) => x.name === answer.lacks!.type)?.label[lang] ?? answer.lacks.type;
  return t(lang, 'lacksType', { kind, type, topic: lang === 'en' ? answer.lacks.topic : inScript(answer.lacks.topic, answer.script) });
}

/** A sentence or paragraph asked for by a number the notice does not have: how many there are. */
export function missingLine(missing: NonNullable<Answer['missing']>, kb: KnowledgeBase, lang: Lang): string {
  const notice = kb.notices.find((n) => n.id === missing.notice) ?? primaryNotice(kb);
  if (missing.sentence !== undefined) return t(lang, 'noSuchSentence', { p: missing.paragraph, n: missing.count, s: missing.sentence });
  return t(lang, 'noSuchParagraph', { kind: notice.kind[lang], n: missing.count });
}

/**
 * Each quote's translation (when it has one) put above its Chinese original, while the answer stays
 * under TEXT_ANSWER_CHARS; past that, the Chinese original alone is what gets quoted.
 */
function withTranslations(lines: string[], quotes: string[][]): string {
  const out = [...lines];
  for (const q of quotes) {
    if (q.length < 2) continue;
    const at = out.indexOf(`“${q.at(-1)}”`);
    const line = `“${q[0]}”`;
    if (at >= 0 && [...out.join('\n')].length + [...line].length + 1 <= TEXT_ANSWER_CHARS) out.splice(at, 0, line);
  }
  return out.join('\n');
}
