// Where a notice says who issued it, when and to whom: its framing lines (salutation, signature, date; marked by the
// importer, framing-lines.ts) and the sentences of its text that name the issuer or the audience.
import type { Notice, Paragraph, SentenceRef } from './types.js';

/** The paragraphs that say something: salutation, signature and date lines left out. */
export function contentParagraphs(notice: Notice): Paragraph[] {
  return notice.paragraphs.filter((p) => !p.role);
}

/** A framing line's text as one string (its sentences trimmed and joined). */
function lineOf(p: Paragraph): string {
  return p.sentences.map((s) => s.text.trim()).join('');
}

/**
 * Where the notice says who issued it: its signature lines that name an issuer of its front matter (two
 * issuers sign two lines), else its last signature line (the name above the date: a closing formula such as
 * 特此通知 may stand before it); with none, the first sentence naming the issuer, else its first sentence.
 */
export function issuerSentences(notice: Notice): SentenceRef[] {
  const signatures = notice.paragraphs.filter((p) => p.role === 'signature');
  const naming = signatures.filter((p) => notice.issuer.includes(lineOf(p)) || lineOf(p).includes(notice.issuer));
  const lines = naming.length > 0 ? naming : signatures.slice(-1);
  if (lines.length > 0) return lines.map((p) => ({ notice: notice.id, paragraph: p.number, sentence: 1 }));
  const first = contentParagraphs(notice)[0] ?? notice.paragraphs[0]!;
  const s = first.sentences.find((x) => x.text.includes(notice.issuer)) ?? first.sentences[0]!;
  return [{ notice: notice.id, paragraph: first.number, sentence: s.number }];
}

/**
 * Who issued it, for a question asking so: the signature (issuerSentences); unsigned (a page cut before its end), the
 * first sentence anywhere naming the issuer (…摄影协会倡议每位会员… in its fourth paragraph), of several issuers the
 * first. Not what marks the lines of the notice itself (sentence-record.ts): a sentence of its body says more.
 */
export function issuerNamingSentences(notice: Notice): SentenceRef[] {
  if (notice.paragraphs.some((p) => p.role === 'signature')) return withSigningBlock(notice, issuerSentences(notice));
  const name = notice.issuer.split(/[、，,]/u)[0]!.trim();
  for (const p of contentParagraphs(notice)) {
    const s = p.sentences.find((x) => x.text.includes(notice.issuer) || ([...name].length >= 2 && x.text.includes(name)));
    if (s) return [{ notice: notice.id, paragraph: p.number, sentence: s.number }];
  }
  return issuerSentences(notice);
}

/** A closing formula set on a line of its own above the signature (特此通知, 特此公告): no one's name. */
const CLOSING_FORMULA = /^特此/u;

/**
 * The signature lines next to those naming the issuer, in order: a person signs above or below the body's name (陈实 /
 * 中华全国世界语协会常务副会长), and who signed is both lines. Not a closing formula (特此通知).
 */
function withSigningBlock(notice: Notice, refs: SentenceRef[]): SentenceRef[] {
  const signing = (n: number) => {
    const p = notice.paragraphs.find((x) => x.number === n);
    return p?.role === 'signature' && !CLOSING_FORMULA.test(lineOf(p));
  };
  const numbers = new Set(refs.map((r) => r.paragraph));
  for (const r of refs) {
    for (let n = r.paragraph - 1; signing(n) && !numbers.has(n); n--) numbers.add(n);
    for (let n = r.paragraph + 1; signing(n) && !numbers.has(n); n++) numbers.add(n);
  }
  return [...numbers].sort((a, b) => a - b).map((n) => ({ notice: notice.id, paragraph: n, sentence: 1 }));
}

/** The first place that says who issued the notice (issuerSentences). */
export function issuerSentence(notice: Notice): SentenceRef {
  return issuerSentences(notice)[0]!;
}

/** Where it says when: its date line when it has one, else where it says who. */
export function dateSentence(notice: Notice): SentenceRef {
  const date = notice.paragraphs.find((p) => p.role === 'date');
  return date ? { notice: notice.id, paragraph: date.number, sentence: 1 } : issuerSentence(notice);
}

/**
 * To whom: its salutation line, and the sentence of its first paragraphs that says it addresses someone (…向全体会员
 * 提出如下倡议; language.json's pattern `addressing`); with neither, the first sentence of its text naming the
 * issuer (驻马店市企业家协会…向广大企业家、会员企业、社会各界发出如下倡议), else where it says who.
 */
export function audienceSentences(notice: Notice, addressing: RegExp): SentenceRef[] {
  const refs: SentenceRef[] = [];
  const to = notice.paragraphs.find((p) => p.role === 'salutation');
  if (to) refs.push({ notice: notice.id, paragraph: to.number, sentence: 1 });
  for (const p of contentParagraphs(notice).slice(0, 2)) {
    const s = p.sentences.find((x) => addressing.test(x.text));
    if (s) {
      refs.push({ notice: notice.id, paragraph: p.number, sentence: s.number });
      break;
    }
  }
  if (refs.length > 0) return refs;
  for (const p of contentParagraphs(notice)) {
    const s = p.sentences.find((x) => x.text.includes(notice.issuer));
    if (s) return [{ notice: notice.id, paragraph: p.number, sentence: s.number }];
  }
  return [issuerSentence(notice)];
}
