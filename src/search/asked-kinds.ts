// What a question asks for beyond its words: the kinds of answer (a date for 什么时候, a number for 多少, a list of
// twelve for 哪12个) and the years it names. Read from the asking part of the message (story.ts).

import type { AnswerType, LanguageData } from '../knowledge/language-types.js';
import type { Notice } from '../knowledge/types.js';
import { numeralValue } from '../text/numerals.js';
import { CLAUSE_MARKS, typedPart } from './story.js';

/**
 * The kinds of answer `ask` asks for, of `types` (language.json). Not those of narrower questions before a
 * general one that ends the message (typedPart, `patterns.generalAsk`), nor of what the asker says of themselves
 * after asking (withoutToldClauses); 多少 of 邮箱是多少 asks for the address, not a count; a list asked with how many
 * items (哪12个) demands as many.
 */
export function askedAnswerTypes(ask: string, types: AnswerType[], patterns: { generalAsk: RegExp; asking: RegExp; askerWord: RegExp }): AnswerType[] {
  const typed = withoutToldClauses(typedPart(ask, patterns.generalAsk), patterns);
  const asked = types.filter((a) => a.asks.test(typed));
  return (asked.some((a) => a.foundBy) ? asked.filter((a) => !a.yieldsToDatum) : asked).map((a) => withCount(a, ask));
}

/**
 * The asking part without the asker's statements after its first clause (…多久截止嘛？我下个礼拜才发工资: a clause that
 * opens with the asker's word, 我, and neither asks nor ends with a question mark): they say why, and ask for no kind
 * of answer.
 */
function withoutToldClauses(ask: string, p: { asking: RegExp; askerWord: RegExp }): string {
  const opensWithAsker = opensWithAskerOf(p.askerWord);
  const clauses = ask.split(AFTER_CLAUSE_MARK);
  const told = (c: string, i: number) => i > 0 && opensWithAsker.test(c) && !p.asking.test(c) && !/[？?]\s*$/u.test(c);
  return clauses.filter((c, i) => !told(c, i)).join('') || ask;
}

/** Right after each mark that ends a clause: a split there keeps each clause's own mark. */
const AFTER_CLAUSE_MARK = new RegExp(`(?<=[${CLAUSE_MARKS}])`, 'u');

/** The asker's word (language.json askerWord) at the start of a clause, compiled once for each knowledge loaded. */
const opensWithAskerCache = new WeakMap<RegExp, RegExp>();
function opensWithAskerOf(askerWord: RegExp): RegExp {
  let compiled = opensWithAskerCache.get(askerWord);
  if (!compiled) {
    compiled = new RegExp(`^\\s*(?:${askerWord.source})`, 'u');
    opensWithAskerCache.set(askerWord, compiled);
  }
  return compiled;
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

/**
 * A year asked about that a notice never names (2021年度的会费, its 2021 conference: not in its date, title or text): another
 * year's matter, whatever else matches.
 */
export function asksOtherYear(
  text: string,
  english: boolean,
  words: LanguageData['relativeYears'],
  notice: Notice,
  sentences: Array<{ text: string }>,
): boolean {
  const names = (year: string) => notice.date.startsWith(year) || notice.title.includes(year) || sentences.some((s) => s.text.includes(year));
  return yearsAsked(text, english, words, Number(notice.date.slice(0, 4))).some((y) => !names(y));
}
