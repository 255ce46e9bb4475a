// Lines that frame an official document — whom it addresses, who signs it, its date — recognised by their shape
// (and the issuer the metadata names) in any notice: they answer who issued it, when and to whom, and nothing else.
import type { Paragraph } from './types.js';

const DATE = String.raw`[\d〇○零一二三四五六七八九十]{2,4}\s*年\s*[\d〇○零一二三四五六七八九十]{1,2}\s*月\s*[\d〇○零一二三四五六七八九十]{1,3}\s*日`;
const DATE_LINE = new RegExp(`^${DATE}$`, 'u');
/** The issuer and the date on one line (梅州市太极拳协会 二0二0年七月二十七日): a signature, dated. */
const SIGNED_DATE_LINE = new RegExp(`^[^。！？!?，,；;：:]{2,30}\\s+${DATE}$`, 'u');
// Whom it addresses (各县（市、区）民政局，城乡一体化示范区社会事务局：), never a clause that leads into what
// follows: one ending 如下： or opening with a purpose or a basis (为有效预防…，…发出倡议如下：). Up to 80 characters:
// a list of addressees with a parenthesis (各体育场馆（含营业性体育健身房、太极拳馆、跆拳道馆等）、…：) runs to 60; at 40
// and at 80 no other notice of the 75 loaded reads differently.
const SALUTATION_LINE = /^(?!为|根据|按照|依据|鉴于|现将|现就)(?![^：:]*如下[：:]$)[^。！？!?]{1,80}[：:]$/u;
/** A line naming an attachment (附：…, 附件：…, 附件1.…, 附表：…): it may follow the signature and date. */
const ATTACHMENT_LINE = /^附(?:件|表)?\s*\d*\s*[：:.、]/u;
const SIGNATURE_LINE = /^[^。！？!?，,；;：:]{2,30}$/u;
/** A line that closes a sentence: text, not an item of a list. */
const SENTENCE_CLOSE = /[。！？!?]$/u;
/**
 * An official document's number: an issuer's abbreviation (left out in some copies), the year in brackets and the
 * number (川室协〔2020〕10号, 〔2020〕15号), or the number alone (第16号).
 */
const DOCUMENT_NUMBER_LINE = /^(?:\p{Script=Han}{0,12}[〔［[（(]\d{4}[〕］\]）)]\s*第?|第)\s*\d{1,4}\s*号$/u;

/** A line that is only a document number (梅环〔2020〕8号): it answers which number the notice bears, nothing else. */
export function isDocumentNumberLine(text: string): boolean {
  return DOCUMENT_NUMBER_LINE.test(text.trim());
}

/** A paragraph's text, its sentences joined. */
export function paragraphText(p: Paragraph): string {
  return p.sentences.map((s) => s.text).join('');
}

export function markFramingLines(paragraphs: Paragraph[], issuer: string): void {
  const text = (p: Paragraph) => paragraphText(p).trim();
  // The salutation opens the text, after the document's number when it heads it (中重停协字〔2020〕第016号).
  const first = paragraphs.length > 2 && DOCUMENT_NUMBER_LINE.test(text(paragraphs[0]!)) ? paragraphs[1]! : paragraphs[0]!;
  if (paragraphs.length > 1 && SALUTATION_LINE.test(text(first))) first.role = 'salutation';
  // From the end, past lines naming attachments: a date line, and the one or two short name lines around it.
  let last = paragraphs.length - 1;
  while (last > 1 && ATTACHMENT_LINE.test(text(paragraphs[last]!))) last--;
  // ...or past a list printed after the signed date (热线号码附后: 莲都区：0578-96345 …), which says nothing in sentences.
  // The date is the last one in the run of lines at the end that close no sentence.
  let dated = -1;
  for (let i = paragraphs.length - 1; i > 0 && dated < 0 && !SENTENCE_CLOSE.test(text(paragraphs[i]!)); i--)
    if (DATE_LINE.test(text(paragraphs[i]!)) || SIGNED_DATE_LINE.test(text(paragraphs[i]!))) dated = i;
  if (dated > 0 && dated < last) last = dated;
  for (let i = last; i >= Math.max(1, last - 2); i--) {
    const p = paragraphs[i]!;
    if (DATE_LINE.test(text(p))) p.role = 'date';
    else if (SIGNED_DATE_LINE.test(text(p))) p.role = 'signature';
    else if ((SIGNATURE_LINE.test(text(p)) || isIssuer(text(p), issuer)) && p.point === undefined) p.role = 'signature';
    else break;
  }
}

/**
 * The issuer's name, or one of the issuers' of a joint notice (甲、乙), as the metadata gives it: a signature of any length
 * (中共靖州苗族侗族自治县委新型冠状病毒感染的肺炎疫情防控工作指挥部 runs to 34 characters, past SIGNATURE_LINE's 30).
 */
function isIssuer(line: string, issuer: string): boolean {
  const name = line.replace(/\s+/g, '');
  return name.length > 0 && (name === issuer.replace(/\s+/g, '') || issuer.split(/[、，,；;]/).some((part) => part.trim() === name));
}
