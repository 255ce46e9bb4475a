// Which of the ranked candidates answers first, beyond their rank: the main notice's on a near tie, the
// sentence of the best one's paragraph that holds the kind of answer asked for, and a reason said just before.

import type { AnswerType } from '../knowledge/language-types.js';
import type { Notice } from '../knowledge/types.js';
import type { SentenceRecord } from './index.js';
import type { Scored } from './rank.js';
import { TUNING } from './tuning.js';

/**
 * A heading or lead-in names what a question asks (电话预约服务) and the next sentence gives it (拨打12385…):
 * when the best sentence lacks the kind of answer asked for (a number for 多少) and a sentence of the same
 * paragraph that covers a good part of the question has it, that one answers. When it lacks a datum that must be
 * quoted (`holdsRequired`: a name, a phone number), one of the next candidates, on a line next to it, that holds it
 * and covers a good part of the question does (联系人：周霞 above 联系方式：…); else a line of the notice whose label
 * names the kind lacking (捐赠物资地点：…), wherever it stands.
 */
export function withTypedNeighbour(
  scored: Scored[],
  hasType: (h: Scored) => boolean,
  holdsRequired: (h: Scored) => boolean = () => true,
  asked: AnswerType[] = [],
  askedConcepts: string[][] = [],
): Scored[] {
  const best = scored[0];
  if (!best || hasType(best)) return scored;
  const { notice, paragraph } = best.record.ref;
  const lacksRequired = !holdsRequired(best);
  // The kinds asked that the best sentence lacks: a line naming one of them, by its label or its title, may give it.
  const lacking = asked.filter((a) => !a.answeredBy.test(best.record.text));
  const near = (h: Scored, beside: (h: Scored) => boolean, share = TUNING.typedNeighbourShare) =>
    h.record.ref.notice === notice && beside(h) && holdsRequired(h) && h.cov.share >= best.cov.share * share;
  const typed =
    scored.find(
      (h) => h.record.ref.notice === notice && h.record.ref.paragraph === paragraph && hasType(h) && h.cov.share >= best.cov.share * TUNING.typedNeighbourShare,
    ) ??
    // A datum the answer must hold that the best lacks: a next candidate on a line beside it holding it, if it covers enough.
    (lacksRequired
      ? scored.slice(1, 1 + TUNING.requiredNeighbourDepth).find((h) => near(h, (x) => Math.abs(x.record.ref.paragraph - paragraph) <= 1))
      : undefined) ??
    // A line of the same notice whose label names a kind asked that the best lacks (捐赠物资地点：巴州区疾控中心 for
    // 送到哪里) answers it. A datum the answer must hold (a name for 联系人是谁) that the best lacks: the best cannot
    // answer, so any candidate may.
    lineNaming(scored, lacksRequired ? scored.length : TUNING.labelledLineDepth, TUNING.labelledLineShare, hasType, (h) =>
      labelNames(h.record.text, lacking),
    ) ??
    // A line under a title that asks for the kind lacking (10:00-16:00 under NO.1 开放时间, for 几点开门) gives it.
    lineNaming(scored, TUNING.labelledLineDepth, TUNING.labelledLineShare, hasType, (h) => lacking.some((a) => a.asks.test(h.record.lead))) ??
    // A sentence naming the kind lacking of a thing asked (开放时间 for 什么时候重新开放: the thing's word, then the kind's
    // label word) and holding it (相关场所具体开放时间将另行通知) says that datum, as a label would. Measured: labelled rows
    // +3/-0, blind rows +9/-0. So does a thing asked given its figure (上限为100人 for 同时能进多少人): +1/-0, blind +2/-0.
    lineNaming(scored, TUNING.labelledLineDepth, TUNING.labelledLineShare, hasType, (h) => namesKindOf(h.record.text, lacking, askedConcepts)) ??
    // A datum found by its own shape (an e-mail address, a phone number) that the sentence holding it names (协会邮箱：…)
    // answers 邮箱是多少 from any paragraph; a count or a time, which any sentence may hold, does not. Naming it beside it is
    // the evidence a label is: held to the share a labelled line is (报送至协会邮箱：ly…@163.com, for 统计表要发到哪个邮箱).
    (lacksRequired ? scored.slice(1, 1 + TUNING.requiredNeighbourDepth).find((h) => near(h, (x) => namesData(x, asked), TUNING.labelledLineShare)) : undefined);
  return typed ? [typed, ...scored.filter((h) => h !== typed)] : scored;
}

/**
 * Whether a text names a kind of `kinds` of a thing asked: a form of an asked concept right before the kind's label word
 * (开放时间), or before its figure after a copula or a colon (上限为100人 for 同时能进多少人).
 */
function namesKindOf(text: string, kinds: AnswerType[], concepts: string[][]): boolean {
  const labels = kinds.flatMap((a) => (a.labelledBy ? [a.labelledBy, valueAfter(a)] : [valueAfter(a)]));
  for (const f of concepts.flat()) {
    if (!HAN_WORD.test(f)) continue;
    for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) {
      const after = text.slice(at + f.length);
      // Label patterns carry no g or y flag: exec finds the first match, at 0 when the label word follows.
      if (labels.some((label) => label.exec(after)?.index === 0)) return true;
    }
  }
  return false;
}

/**
 * A kind's value, a figure, after a word and a copula or a colon (上限为100人, 截止：3月1日). A figure right after a word
 * (贵州12个产业) counts another thing; a word such as 关闭 after it is no value. Compiled once for each kind loaded.
 */
const valueAfterCache = new WeakMap<AnswerType, RegExp>();
function valueAfter(a: AnswerType): RegExp {
  let compiled = valueAfterCache.get(a);
  if (!compiled) {
    compiled = new RegExp(`(?:为|是|[：:])\\s*(?=[\\d一二三四五六七八九十两])(?:${a.answeredBy.source})`, a.answeredBy.flags.replace(/[gy]/g, ''));
    valueAfterCache.set(a, compiled);
  }
  return compiled;
}

/** Two Chinese characters or more: a word, not a character any text holds. */
const HAN_WORD = /^\p{Script=Han}{2,}$/u;

/** Whether every datum asked for is found by its shape and `h` names each (邮箱 beside an address). */
function namesData(h: Scored, asked: AnswerType[]): boolean {
  const data = asked.filter((a) => a.required);
  return data.length > 0 && data.every((a) => a.foundBy?.words.some((w) => h.record.text.includes(w)));
}

/**
 * The first of the next `depth` candidates of the best one's notice that `names` a kind the best lacks (by its label or
 * the title it stands under), holds every kind asked and covers at least `share` of what the best covers.
 */
function lineNaming(scored: Scored[], depth: number, share: number, hasType: (h: Scored) => boolean, names: (h: Scored) => boolean): Scored | undefined {
  const best = scored[0]!;
  return scored
    .slice(1, 1 + depth)
    .find((h) => h.record.ref.notice === best.record.ref.notice && names(h) && hasType(h) && h.cov.share >= best.cov.share * share);
}

/**
 * A question that names no notice is about the main one (the notice the bot is about) when its sentence
 * answers about as well as another notice's: a near tie goes to it.
 */
export function preferMain(scored: Scored[], main: Notice | undefined): Scored[] {
  const best = scored[0];
  if (!main || !best || best.record.ref.notice === main.id) return scored;
  const own = scored.find((h) => h.record.ref.notice === main.id);
  if (!own || own.rank < best.rank - TUNING.mainNoticeMargin) return scored;
  return [own, ...scored.filter((h) => h !== own)];
}

/**
 * The sentence before `h` in its paragraph that gives the kinds of answer asked for that hold for a whole
 * paragraph (a reason: 鉴于当前疫情…, then 暂停办理婚姻登记), when those are all `h` lacks; the nearest one.
 */
export function typedBefore(h: Scored, asked: AnswerType[], records: SentenceRecord[]): SentenceRecord | undefined {
  const missing = asked.filter((a) => !a.answeredBy.test(h.record.text));
  if (missing.length === 0 || missing.some((a) => !a.appliesToAll)) return undefined;
  const { paragraph, sentence } = h.record.ref;
  return records.filter((r) => r.ref.paragraph === paragraph && r.ref.sentence < sentence && missing.every((a) => a.answeredBy.test(r.text))).at(-1);
}

/**
 * A line of one labelled datum: a short label, a colon, a short value (联系电话：68358939。). Up to 40 characters: two
 * names with their mobile numbers (联系人：钟建立（153…）、王海妹（187…）) are one datum (30 left them out; rows +2).
 */
const DATUM_LINE = /^[^，。；：:]{1,8}[：:][^，。；]{1,40}[。；]?$/u;

/** Whether `text` is a datum line whose label itself names one of `kinds` (捐赠物资地点：… names a place). */
function labelNames(text: string, kinds: AnswerType[]): boolean {
  if (!DATUM_LINE.test(text)) return false;
  // The label with its colon: a kind may be told by it (联系人： names a person; 联系人 alone is a word of any text).
  const label = text.slice(0, labelOf(text).length + 1);
  return kinds.some((a) => a.answeredBy.test(label) || a.labelledBy?.test(label) === true);
}

/** The label of a datum line (DATUM_LINE), before its colon. */
function labelOf(text: string): string {
  return text.slice(0, text.search(/[：:]/u));
}

/**
 * The sentence right after `h` in its paragraph, when it is a datum line or a line as short, holding the data the answer
 * must hold that `h` lacks (须提前三天报…备案, then 联系电话：68358939; 1月31日起…暂停营业, then 恢复时间，另行通告): quoted
 * after it. A longer sentence of text after it is about something else (自觉保持1米以上安全距离 gives no body temperature).
 */
export function requiredAfter(h: Scored, asked: AnswerType[], records: SentenceRecord[]): SentenceRecord | undefined {
  const missing = asked.filter((a) => a.required && !a.answeredBy.test(h.record.text));
  if (missing.length === 0) return undefined;
  const { paragraph, sentence } = h.record.ref;
  const next = records.find((r) => r.ref.paragraph === paragraph && r.ref.sentence === sentence + 1);
  const saysOneThing = (text: string) => DATUM_LINE.test(text) || [...text].length <= TUNING.shortLineAfterChars;
  return next && saysOneThing(next.text) && missing.every((a) => a.answeredBy.test(next.text)) ? next : undefined;
}

/**
 * A line whose label is what the question asks for (开户银行：中国建设银行…, for 开户银行是哪个) answers it, above a best
 * sentence that lacks that word: the first of the next candidates of its notice, in another paragraph, whose label holds a
 * form of an asked concept the best does not cover, covering a part of what the best covers. (A line of the best's own
 * paragraph, 联系电话：… after 须提前三天报…备案, is quoted beside it: requiredAfter.) Not when the best holds every kind of
 * answer asked (`hasType`) and the line does not (3、会员单位：6000元/年 against 请于6月30日前…, asked for the deadline).
 */
export function withLabelAsked(scored: Scored[], concepts: string[][], asked: number, hasType: (h: Scored) => boolean): Scored[] {
  const best = scored[0];
  if (!best || DATUM_LINE.test(best.record.text)) return scored;
  const namesAsked = (h: Scored) => {
    if (h.record.ref.paragraph === best.record.ref.paragraph || !DATUM_LINE.test(h.record.text)) return false;
    const label = labelOf(h.record.text);
    return concepts
      .slice(0, asked)
      .some((forms, i) => !best.cov.covered.has(i) && h.cov.covered.has(i) && forms.some((f) => [...f].length >= 2 && label.includes(f)));
  };
  // A best sentence holding the kind of answer asked (请于6月30日前… for the deadline) keeps its place before a line that lacks it.
  const typed = hasType(best) ? hasType : () => true;
  const labelled = lineNaming(scored, TUNING.labelledLineDepth, TUNING.labelledLineShare, typed, namesAsked);
  return labelled ? [labelled, ...scored.filter((h) => h !== labelled)] : scored;
}
