// Whether the notice answers a question: signals of the best candidate sentence, weighed by a logistic
// model fitted on labelled questions (bench/fit-decision.ts; weights in knowledge/decision-model.json).
import type { DecisionModel } from '../knowledge/types.js';
import { withWeights } from './coverage.js';
import type { Scored } from './rank.js';

/** The signals, by name; the model file lists the names it was fitted on, and they must match. */
export const FEATURES = [
  // Share of the question's weight the sentence (or its sector's names) holds.
  'coverage',
  // Share held by the sentence's own words (not only sector aliases).
  'textCoverage',
  // BM25's share: parts of words in common.
  'bm25',
  // fuse.js's score, 0 best.
  'fuse',
  // How far the best is ahead of the next sentence.
  'margin',
  // Share of the question's weight in words no notice knows at all (社保, 账号): asked, and not there.
  'unknown',
  // The question asks for a kind of answer (a date, a number, a place) the sentence does not give.
  'typeMissing',
  // The question asks what someone must or may do.
  'duty',
  // Matched only through sector names, no word of the sentence itself.
  'aliasOnly',
  // How many real words (not lone characters) it covers, up to three.
  'words',
  'english',
  // log(1 + concepts): long questions cover less of themselves.
  'length',
  // Share held only through sector names and aliases (火锅店 -> catering), and the same when the question
  // does not ask what someone must do: naming a business is not asking about its duty (推荐一家火锅店).
  'aliasShare',
  'aliasNoDuty',
  // The largest single word no notice knows, as a share: one thing asked for that is not there (补贴).
  'maxUnknown',
  // The word the question asks about (before a closing question word, after an inner one) is unknown to
  // every notice: 捐款账号是多少, 有没有税收优惠 (src/search/focus.ts).
  'focusUnknown',
  // The sentence's notice has no sectors written for it: an operator's new notice, served with its text alone,
  // whose signals run lower (no sector names to cover what people call themselves).
  'sectorless',
  // The asking clause names a place outside the sentence's notice's region that the notice never names:
  // 成都市红十字会的账号 of a 巴中 notice (src/search/places.ts).
  'otherPlace',
  // The word the question asks about is known to some notice but not held by this sentence: it is about
  // something else the notice says nearby (献血几点结束 against 上午9点开始).
  'focusMissing',
] as const;

export type FeatureName = (typeof FEATURES)[number];

export interface QuestionSignals {
  unknown: number;
  maxUnknown: number;
  focusUnknown: boolean;
  sectorless: (h: Scored) => boolean;
  otherPlace: (h: Scored) => boolean;
  typeMissing: (h: Scored) => boolean;
  focusMissing: (h: Scored) => boolean;
  duty: boolean;
  english: boolean;
  concepts: number;
}

export function featuresOf(h: Scored, next: Scored | undefined, q: QuestionSignals): number[] {
  const c = h.cov;
  const values: Record<FeatureName, number> = {
    coverage: c.share,
    textCoverage: c.total > 0 ? c.inText / c.total : 0,
    bm25: h.bm25,
    fuse: h.score,
    margin: next ? h.rank - next.rank : h.rank,
    unknown: q.unknown,
    typeMissing: q.typeMissing(h) ? 1 : 0,
    duty: q.duty ? 1 : 0,
    aliasOnly: c.inText === 0 ? 1 : 0,
    words: Math.min(3, c.words) / 3,
    english: q.english ? 1 : 0,
    length: Math.log(1 + q.concepts),
    aliasShare: c.total > 0 ? c.inAliases / c.total : 0,
    aliasNoDuty: q.duty || c.total === 0 ? 0 : c.inAliases / c.total,
    maxUnknown: q.maxUnknown,
    focusUnknown: q.focusUnknown ? 1 : 0,
    sectorless: q.sectorless(h) ? 1 : 0,
    otherPlace: q.otherPlace(h) ? 1 : 0,
    focusMissing: q.focusMissing(h) ? 1 : 0,
  };
  return FEATURES.map((f) => values[f]);
}

export function probability(model: DecisionModel, features: number[]): number {
  let z = model.bias;
  for (let i = 0; i < features.length; i++) z += (model.weights[i] ?? 0) * (((features[i] ?? 0) - (model.mean[i] ?? 0)) / (model.scale[i] ?? 1));
  return 1 / (1 + Math.exp(-z));
}

/** A model fitted on other signals cannot be used: say which file to refit. */
export function checkModel(model: DecisionModel): string | undefined {
  const want = FEATURES.join(',');
  return model.features.join(',') === want
    ? undefined
    : `decision model features are ${model.features.join(',')}; the engine computes ${want}: run npm run fit`;
}

/** A candidate's coverage under other weights of the same concepts (Weighing.weightsFor): what the decision weighs. */
export function reweighed(h: Scored, from: number[], to: number[]): Scored {
  return { record: h.record, score: h.score, cov: withWeights(h.cov, from, to), bm25: h.bm25, signals: h.signals, rank: h.rank };
}
