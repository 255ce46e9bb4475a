// The answer when the notice answers: the sentences to quote (the best, its reason before it or its datum line
// after it, others that answer too), their citations, what was asked and no quote gives, and whom the notice
// addresses when a business owner asks what it asks of them.

import type { AnswerType } from '../knowledge/language-types.js';
import type { KnowledgeBase, Notice } from '../knowledge/types.js';
import { type Answer, type AnswerBase, answerOf, citationOf } from './answer-model.js';
import type { HeldTypes } from './held-types.js';
import { type QueryConcepts, type SentenceRecord, sameRef } from './index.js';
import type { QueryLanguage } from './language.js';
import { didYouMean, pickQuotes, wholeShortParagraph } from './quote-picking.js';
import { type Scored, scoredAs } from './rank.js';

export interface MatchInput {
  base: AnswerBase;
  best: Scored;
  scored: Scored[];
  /** Whether a candidate answers too (the decision's yes). */
  answers: (h: Scored) => boolean;
  held: HeldTypes;
  /** The asking clauses of the message, and how many of its concepts they hold. */
  ask: string;
  askedConcepts: number;
  concepts: QueryConcepts;
  answerTypes: AnswerType[];
  /** The message with its dialect read as standard words. */
  standard: string;
  lang: QueryLanguage;
  notice: Notice;
  recordsOf: (notice: string) => SentenceRecord[];
}

export function matchAnswer(kb: KnowledgeBase, x: MatchInput): Answer {
  const { best, lang } = x;
  const patterns = lang.patterns;
  const picked =
    wholeShortParagraph(best, patterns.generalAsk.test(x.ask) || patterns.duty.test(x.ask), x.recordsOf(best.record.ref.notice)) ??
    pickQuotes(best, x.scored, x.answers, x.askedConcepts);
  const because = x.held.reasonBefore(best);
  const after = because ? undefined : x.held.datumAfter(best);
  const quotes = because
    ? [scoredAs(best, because), ...picked.filter((h) => !sameRef(h.record.ref, because.ref))]
    : after
      ? [best, scoredAs(best, after), ...picked.filter((h) => h !== best && !sameRef(h.record.ref, after.ref))]
      : picked;
  const suggestions = didYouMean(kb, best, x.scored, quotes, x.answers);
  // What was asked for and none of the quotes gives (a date): said before them. A reason holds for every request.
  const unstated = x.answerTypes.find((a) => !a.appliesToAll && !quotes.some((h) => a.answeredBy.test(h.record.text)));
  const asBusiness = best.record.sectorIds.length > 0 && patterns.ownsBusiness.test(x.standard) && x.concepts.some((c) => lang.isBusinessWord(c[0]!));
  const answer = answerOf(x.base, 'match', {
    answered: true,
    quotes: quotes.map((h) => h.record.ref),
    citations: quotes.map((h) => citationOf(h.record.ref, round(Math.max(0, Math.min(1, h.rank))))),
    suggestions,
    sectors: [...new Set(quotes.flatMap((h) => h.record.sectorIds))],
    paragraph: { notice: best.record.ref.notice, number: best.record.ref.paragraph },
  });
  if (asBusiness && x.notice.audience) answer.addressedTo = x.notice.audience;
  if (unstated) answer.unstatedType = unstated.name;
  return answer;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
