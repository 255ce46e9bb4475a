// Whether a candidate sentence holds every kind of answer a question asks for (a date for 什么时候, a number for
// 多少, a phone number): in its own text, by a reason in the sentence before it, or by a datum line after it.
import type { AnswerType } from '../knowledge/language-types.js';
import type { SentenceRecord } from './index.js';
import { requiredAfter, typedBefore } from './preference.js';
import type { Scored } from './rank.js';

export class HeldTypes {
  /** Looked up once a sentence: hasType, holdsRequired, typeMissing and the quotes all ask it of the same candidates. */
  private readonly datumLines = new Map<SentenceRecord, SentenceRecord | undefined>();

  /** The days the question states itself (language.json's `statedDate`): no sentence answers when by them. */
  private readonly stated: string[];

  constructor(
    private readonly asked: AnswerType[],
    private readonly recordsOf: (notice: string) => SentenceRecord[],
    question = '',
    statedDate?: RegExp,
  ) {
    this.stated = statedDate ? [...new Set(question.match(new RegExp(statedDate.source, `${statedDate.flags.replace('g', '')}g`)) ?? [])] : [];
  }

  /** A sentence's text as it answers: without the days the question states (取消原定于2月2日… answers no 什么时候). */
  private textOf(r: SentenceRecord): string {
    let text = r.text;
    // Its digits blanked, not the day cut out: what stood around it still reads as it did (2月2日（星期日） is no 周日 hours).
    for (const d of this.stated) text = text.replaceAll(d, d.replace(/\d/gu, '〇'));
    return text;
  }

  /** A reason may come in the sentence before (鉴于当前疫情…, then 暂停办理婚姻登记): quoted first. */
  reasonBefore = (h: Scored): SentenceRecord | undefined => typedBefore(h, this.asked, this.recordsOf(h.record.ref.notice));

  /** A datum the answer must hold may follow in the next sentence (…备案后方可举行。联系电话：68358939。): quoted after it. */
  datumAfter = (h: Scored): SentenceRecord | undefined => {
    if (!this.datumLines.has(h.record)) this.datumLines.set(h.record, requiredAfter(h, this.asked, this.recordsOf(h.record.ref.notice)));
    return this.datumLines.get(h.record);
  };

  holds = (h: Scored, a: AnswerType): boolean =>
    a.answeredBy.test(this.textOf(h.record)) || (a.required === true && a.answeredBy.test(this.datumAfter(h)?.text ?? ''));

  /**
   * Whether a sentence lacks a kind asked: neither it nor the datum itself of another kind asked of its group (`oneOf`:
   * an email address, not the word 邮箱) is held.
   */
  lacks = (h: Scored, a: AnswerType): boolean =>
    !this.holds(h, a) && !(a.oneOf !== undefined && this.asked.some((b) => b !== a && b.oneOf === a.oneOf && this.holdsDatum(h, b)));

  private holdsDatum = (h: Scored, a: AnswerType): boolean => (a.foundBy ? a.foundBy.holds.test(h.record.text) : this.holds(h, a));

  hasType = (h: Scored): boolean => this.asked.every((a) => !this.lacks(h, a)) || this.reasonBefore(h) !== undefined;

  /**
   * Who holds a post, a phone number, an account: a sentence without that datum answers none of them. It may sit
   * on the next line (联系人：周霞 after 联系方式：…).
   */
  holdsRequired = (h: Scored): boolean => this.asked.every((a) => !a.required || !this.lacks(h, a));
}
