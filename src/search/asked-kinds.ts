// What a question asks for beyond its words: the kinds of answer (a date for 什么时候, a number for 多少, a list of
// twelve for 哪12个) and the years it names. Read from the asking part of the message (story.ts).
import type { AnswerType, LanguageData } from '../knowledge/types.js';
import { numeralValue } from '../text/numerals.js';
import { typedPart } from './story.js';

/**
 * The kinds of answer `ask` asks for, of `types` (language.json). Not those of narrower questions before a
 * general one that ends the message (typedPart); 多少 of 邮箱是多少 asks for the address, not a count; a list asked
 * with how many items (哪12个) demands as many.
 */
export function askedAnswerTypes(ask: string, types: AnswerType[], generalAsk: RegExp): AnswerType[] {
  const typed = typedPart(ask, generalAsk);
  const asked = types.filter((a) => a.asks.test(typed));
  return (asked.some((a) => a.foundBy) ? asked.filter((a) => !a.yieldsToDatum) : asked).map((a) => withCount(a, ask));
}

/** Whether a word of the question is the very word naming a kind asked (地址, 邮编, 电话), not a thing asked about. */
export function namesKindAs(a: AnswerType, form: string): boolean {
  return (form.match(a.asks)?.[0] ?? '') === form;
}

/** Whether one of a concept's forms names that kind (see namesKindAs). */
export function namesKind(a: AnswerType, forms: string[]): boolean {
  return forms.some((f) => namesKindAs(a, f));
}

/** The fewest items a list must hold before its count says anything: any sentence lists two. */
const MIN_COUNTED_ITEMS = 3;

/**
 * A kind of answer that counts its items (a list), asked with how many (哪12个): held only by a sentence listing
 * at least that many, so its answeredBy is made to demand as many separators too. Else the kind as it is.
 */
function withCount(a: AnswerType, ask: string): AnswerType {
  const said = a.counts?.count.exec(ask)?.groups?.n;
  if (!a.counts || !said) return a;
  const n = numeralValue(said) ?? 0;
  if (!(n >= MIN_COUNTED_ITEMS)) return a;
  const item = a.counts.item.source;
  return { ...a, answeredBy: new RegExp(`^(?=[\\s\\S]*?(?:${a.answeredBy.source}))(?=(?:[\\s\\S]*?${item}){${n - 1}})`, a.answeredBy.flags) };
}

/**
 * The years a question asks about: 2021年(度) in Chinese, a year on its own in English (its 2021 conference), and
 * those it names by the notice's own year (去年, last year: the year before `noticeYear`).
 */
export function yearsAsked(text: string, english: boolean, words: LanguageData['relativeYears'], noticeYear: number): string[] {
  const pattern = english ? /\b(?:19|20)\d{2}\b/g : /(?<!\d)(?:19|20)\d{2}(?=\s*年)/g;
  const lower = text.toLowerCase();
  return [...(text.match(pattern) ?? []), ...words.filter((w) => w.said.test(lower)).map((w) => String(noticeYear + w.offset))];
}
