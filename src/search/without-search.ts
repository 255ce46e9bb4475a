// Questions answered without a search: a part of the notice asked by its number or place (第2段, 第一条, 倡议最后,
// the three points), a question about the bot itself, and why the notice was issued.
import type { KnowledgeBase, Notice } from '../knowledge/types.js';
import { type Answer, type AnswerBase, answerOf } from './answer-model.js';
import { asksOfRequest, outline, purposeSentences, quoteLines } from './fixed-answers.js';
import type { QueryConcepts } from './index.js';
import { detectIntent, isOutlineWord } from './intents.js';
import type { QueryLanguage } from './language.js';
import { namesNoticeOrNothing } from './notice-self.js';
import { citedSentence, numberedPart } from './numbered-parts.js';

export interface QuestionRead {
  base: AnswerBase;
  /** The question in simplified Chinese, as typed. */
  simplified: string;
  /** ...with its dialect read as standard words. */
  standard: string;
  /** Its asking clauses (story.ts). */
  ask: string;
  concepts: QueryConcepts;
  conceptsOf: (text: string) => QueryConcepts;
  /** The words asking for an outline (the three points, 主要内容), found anywhere in a question. */
  outlineAsked: RegExp;
  /** The notice the question or the conversation names, if any, and the one it is taken to be about. */
  named: Notice | undefined;
  notice: Notice;
}

export function answerWithoutSearch(kb: KnowledgeBase, ql: QueryLanguage, x: QuestionRead): Answer | undefined {
  const patterns = ql.patterns;
  // What the question names beyond the notice itself, once the words asking for an outline (the three points,
  // 主要内容) are taken out: "three" of "the three points" is no word of what it is about.
  const namesContent = (cs: QueryConcepts) =>
    cs.some((c) => !c.every((f) => patterns.noticeSelf.test(f) || ql.questionWords.has(f)) && !isOutlineWord(c[0]!, patterns));
  const hasOtherContent =
    namesContent(x.concepts) && (x.standard.search(x.outlineAsked) < 0 || namesContent(x.conceptsOf(x.standard.replace(x.outlineAsked, ' '))));
  const intent = detectIntent(x.simplified, hasOtherContent, patterns);
  if (intent?.kind === 'outline') return outline(x.base, x.notice);
  if (intent?.kind === 'sentence') return citedSentence(kb, x.base, x.notice, intent);
  // A numbered part: of the notice named; else of the one notice that has it; else ask which.
  if (intent) return numberedPart(kb, x.base, intent, x.named, x.notice);
  if (patterns.aboutBot.test(x.standard)) return answerOf(x.base, 'not-covered');
  // Why the notice was issued: the sentence of it that gives its reason, and the purpose it states announcing its call.
  const reason = ql.answerTypes.find((a) => a.name === 'reason');
  const purpose = reason && patterns.purpose.test(x.standard) ? purposeSentences(x.notice, reason.answeredBy) : [];
  // ...unless it asks why of one request (its own sentence may give the reason): then the search answers.
  const own = (f: string) => [...f].length < 2 || patterns.noticeSelf.test(f) || namesNoticeOrNothing(f, x.notice, ql);
  if (purpose.length > 0 && !asksOfRequest(x.notice, purpose, x.conceptsOf(x.ask.replace(patterns.purpose, ' ')), own)) return quoteLines(kb, purpose, x.base);
  return undefined;
}
