// A question the decision does not answer: what the reply says instead. Close, but not an answer: the notice
// does not state it, and the sentence nearest to it is shown as related ("倡议没有说餐饮业有补贴。相关的是：……").

import type { AnswerType } from '../knowledge/language-types.js';
import type { DecisionModel, SentenceRef } from '../knowledge/types.js';
import { namesKind, namesKindAs } from './asked-kinds.js';
import { featuresOf, probability, type QuestionSignals } from './decide.js';
import { isLatin } from './normalise.js';
import type { Scored } from './rank.js';

export interface NotStatedInput {
  /** The best candidate and the one after it (the decision's margin reads it). */
  best: Scored;
  next: Scored | undefined;
  /** The decision's probability that `best` answers. */
  p: number;
  decision: DecisionModel;
  signals: QuestionSignals;
  /** Every concept of the message, the asking part's first (`asked`). */
  concepts: string[][];
  asked: string[][];
  /** The indexes of the concepts asked about (focus.ts), and each concept's weight no notice knows. */
  focus: number[];
  unknownWeights: number[];
  answerTypes: AnswerType[];
  genericWords: ReadonlySet<string>;
  english: boolean;
}

export interface NotStated {
  /** The sentence shown as related, when close enough; else none. */
  related: SentenceRef[];
  /** The word asked about that the notice does not state (补贴, 账号), when a sentence is shown. */
  notStatedTopic?: string;
}

export function notStated(x: NotStatedInput): NotStated {
  const { best, signals } = x;
  // A question close but for the one thing it asks that no notice knows (补贴 in 餐饮业有补贴吗) is close too.
  // The same for a question asking for a kind of thing (an account, a phone number) the sentence does not hold.
  const lacksAsked = signals.focusUnknown || signals.typeMissing(best);
  const without = () =>
    probability(x.decision, featuresOf(best, x.next, { ...signals, focusUnknown: false, typeMissing: () => false, focusMissing: () => false }));
  // Shown as related only when it shares a word of the asker's that names something: not only a kind of
  // organisation (协会, 企业) or a lone character found inside another word (发 in 开发).
  const topical = [...best.cov.covered].some((i) => [...x.concepts[i]![0]!].length >= 2 && !x.concepts[i]!.every((f) => x.genericWords.has(f.toLowerCase())));
  const close = topical && (x.p >= x.decision.relatedThreshold || (lacksAsked && without() >= x.decision.relatedThreshold));
  const related = close ? [best.record.ref] : [];
  // Say what is not there when it is the word asked about: 倡议没有说到“补贴”.
  // Or the word naming the kind of answer the sentence does not hold: 倡议没有说到“账号”.
  const typeWord = x.asked.findIndex((c) => x.answerTypes.some((a) => !a.answeredBy.test(best.record.text) && namesKind(a, c)));
  const lacking = signals.focusUnknown ? x.focus.find((i) => (x.unknownWeights[i] ?? 0) > 0) : typeWord >= 0 ? typeWord : undefined;
  if (lacking === undefined || related.length === 0) return { related };
  // Named by the form that names the kind (电话, not the lexicon's 电话多少 it was typed as).
  // An English question's own English word, not the Chinese the lexicon gave it (subsidy, not 补贴).
  const own = x.asked[lacking]!.filter((f) => x.english === isLatin(f));
  const kindForm = lacking === typeWord ? [...own, ...x.asked[lacking]!].find((f) => x.answerTypes.some((a) => namesKindAs(a, f))) : undefined;
  return { related, notStatedTopic: kindForm ?? x.asked[lacking]![0]! };
}
