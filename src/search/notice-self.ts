// Questions about the notice itself — who issued it, when, to whom — asked with no word of what it says
// (倡议是给谁的, 这份通知是哪个处室发的, 是发给哪些单位的): the notice's own lines answer them.

import { audienceSentences, dateSentence, issuerNamingSentences } from '../knowledge/notice-lines.js';
import { escapeRegExp } from '../knowledge/regexp.js';
import { type Notice, type SentenceRef, sentenceIn } from '../knowledge/types.js';
import { type QueryConcepts, sameRef } from './index.js';
import type { QueryLanguage } from './language.js';
import { isLatin } from './normalise.js';

/**
 * What a question says a notice is before naming its kind (暂停婚姻登记的 of …的通知是哪天发的, 延期 of 延期通知), or in
 * English after it (this appeal asking …): it names the notice.
 */
export function describedNoticePattern(notices: Notice[]): RegExp {
  // The kinds of the notices loaded (通知, 倡议书…), longest first; a kind is data, so it is escaped.
  const kinds = [...new Set(notices.map((n) => n.kind['zh-Hans']))].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // In English what follows the kind says which notice (this appeal asking businesses to keep markets supplied).
  const english = [...new Set(notices.map((n) => n.kind.en.toLowerCase()))].map(escapeRegExp);
  return kinds.length > 0
    ? new RegExp(`[^，,。？?！!\\s的]{1,12}的?(?=${kinds.join('|')})|\\b(?:this|that|the) (?:${english.join('|')})\\b[^?？]*`, 'giu')
    : /(?!)/gu;
}

/**
 * A word that asks about nothing the notice says: a generic word, a question word, a word of its issuer's name, or an
 * English word of its issuer's English name (division of 慈善社工处).
 */
export function namesNoticeOrNothing(f: string, notice: Notice, ql: QueryLanguage): boolean {
  return ql.genericWords.has(f) || ql.isQuestionWord(f) || notice.issuer.includes(f) || (isLatin(f) && notice.issuerEn.toLowerCase().includes(f));
}

/**
 * The lines that answer a question about the notice itself, or undefined when it also asks of something the
 * notice says. Words of its issuer and generic words ask about nothing in it; its title's words do (they say
 * what it is about), and so does a word no notice knows (火锅节哪天开始 is no question of it). `standard`: the
 * question with dialect question words made standard; `conceptsOf` reads a text's concepts.
 */
export function noticeSelfLines(
  notice: Notice,
  standard: string,
  ql: QueryLanguage,
  describedNotice: RegExp,
  conceptsOf: (text: string) => QueryConcepts,
): SentenceRef[] | undefined {
  const patterns = ql.patterns;
  // ...nor a word naming the document itself (这封|信, 原文).
  const ownWord = (f: string) => namesNoticeOrNothing(f, notice, ql) || patterns.noticeSelf.test(f);
  // A word of asking who issued it or when (发 -> 发出) asks nothing either.
  const asking = (f: string) => ql.issuerWords.includes(f) || ql.dateWords.includes(f);
  // An English word counts by its Chinese forms (chongqing -> 重庆, civil affairs -> 民政: the issuer's words), which
  // are its dictionary's senses, of which one is meant: medicine (医药, 医学) names 南京自然医学会 when one sense does.
  // A Chinese word is the asker's own (its first form); the others are synonyms the lexicon added (民政局 -> 民政部门),
  // which need not be the issuer's.
  const asksNothing = (c: string[]) => {
    const chinese = c.filter((f) => !isLatin(f));
    if (chinese.length === 0) return c.every(ownWord);
    return chinese.length < c.length ? chinese.some(ownWord) : ownWord(c[0]!) || c.some(asking);
  };
  // The words of the asking itself (发给谁, 哪个部门发的) and of what the asker says the notice is are not asked about.
  // Nor is who the asker is (我係香港記者): the asker's place and post come before the question.
  if (!conceptsOf(ql.withoutAskerPlace(standard).replace(patterns.aboutNotice, ' ').replace(describedNotice, ' ')).every(asksNothing)) return undefined;
  const when = ql.answerTypes.some((a) => a.name === 'time' && a.asks.test(standard));
  if (when) return [...(patterns.issuer.test(standard) ? issuerNamingSentences(notice) : []), dateSentence(notice)];
  return patterns.audience.test(standard) ? toWhom(notice, standard, patterns) : issuerNamingSentences(notice);
}

/**
 * The lines saying to whom (audienceSentences), the one in the asker's words first: 向谁提出的 is answered by
 * …向全体会员提出如下倡议 before the salutation line; 写给哪些人 by the salutation.
 */
export function toWhom(notice: Notice, standard: string, patterns: { addressing: RegExp; addressingVerb: RegExp }): SentenceRef[] {
  const refs = audienceSentences(notice, patterns.addressing);
  const verb = standard.match(patterns.addressingVerb)?.[0];
  const said = verb ? refs.findIndex((r) => sentenceIn(notice, r)?.text.includes(verb)) : -1;
  return said > 0 ? [refs[said]!, ...refs.filter((_, i) => i !== said)] : refs;
}

/**
 * The lines answering who issued a notice, when or to whom, found by `line` (a signature, salutation or date
 * line). Found by the issuer's name but asked only when (呢份公告係幾時出嘅): the date line. Asked to whom, found
 * by a line saying so or by the issuer's name (辽源市律师协会是向谁发出的倡议): every line saying to whom. Who and
 * when: the signature and the date line.
 */
export function framingLines(
  owner: Notice,
  line: { ref: SentenceRef; says: string[] },
  standard: string,
  asksWhen: boolean,
  patterns: { audience: RegExp; issuer: RegExp; addressing: RegExp; addressingVerb: RegExp },
): SentenceRef[] {
  const signature = line.says.includes('signature');
  const asksToWhom = (signature || line.says.includes('salutation')) && !asksWhen && patterns.audience.test(standard);
  const refs = asksToWhom
    ? toWhom(owner, standard, patterns)
    : signature && asksWhen && !patterns.issuer.test(standard)
      ? []
      : signature
        ? issuerNamingSentences(owner)
        : [line.ref];
  const date = dateSentence(owner);
  if (asksWhen && signature && !refs.some((r) => sameRef(date, r))) refs.push(date);
  return refs;
}
