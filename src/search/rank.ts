// Candidates for a question, ranked: fuse.js's token matches and BM25's bigram matches together, each
// judged by coverage (how much of the question the sentence holds) and a few more signals, weighed by the
// ranking model (knowledge/rank-model.json, fitted by bench/fit-rank.ts), then ordered.

import type { AnswerType } from '../knowledge/language-types.js';
import type { RankModel } from '../knowledge/types.js';
import { type Coverage, conceptForms, coverage, withConcept, withOtherSectors } from './coverage.js';
import { type Hit, type QueryConcepts, type SearchIndex, type SentenceRecord, sameRef } from './index.js';
import { TUNING } from './tuning.js';

export interface Scored extends Hit {
  cov: Coverage;
  /** BM25 share: the sentence's bigram score over the most the question could score (0..1). */
  bm25: number;
  /** The ranking signals (RANK_FEATURES), kept for fitting the ranking (bench/fit-rank.ts). */
  signals: number[];
  rank: number;
}

/**
 * A concept a sentence holds by holding a kind of thing (好多钱 by 6000元): `holds` tells. `only`: by that alone, not
 * as a word of its text too.
 */
export interface KindConcept {
  index: number;
  holds: { test: (text: string) => boolean };
  only?: boolean;
}

/** The signals a candidate is ordered by; knowledge/rank-model.json weighs them by name. */
export const RANK_FEATURES = [
  // Share of the question's weight the sentence (or its sector's names) holds: decides most. Its weight is 1
  // in every model: the rank is in its units (preference.ts and the decision's margin read it so).
  'coverage',
  // fuse.js's score, 0 best: orders sentences that cover a question alike.
  'fuse',
  // BM25's share over the question's concepts: parts of words in common (培训班 ~ 补习班).
  'bm25',
  // BM25's share over the asking clause as typed, bigram by bigram: the plain ranking, no reading.
  'plainBm25',
  // Share of the question's weight held through the names of the sentence's sector: it states their duty.
  'sectorNamed',
  // The kinds of answer asked for (a date for 什么时候, a number for 多少) it holds, by their weights.
  'answerType',
  // A question about the notice itself, and this is the line that says it (the date line for when).
  'framing',
  // Share of the question's weight in the sentence's own words (not through sector names).
  'inText',
  // The first sentence of its paragraph: where a paragraph says what it is about.
  'leadSentence',
  // It announces a list whose items say what it only names (SentenceRecord.announces): it ends with a colon
  // (下列国家标准：, 发出如下倡议：) or is a point's title its items take as their lead (三、献血时间、地点及联系人).
  'announces',
] as const;

/**
 * What a sentence announcing a list loses: its items hold its words through their lead (parse.ts) and what it
 * names. Measured on the fitting sets' answerable questions (right best sentence): 0: 1047, -0.1: 1049, -0.2:
 * 1048, -0.4: 1047 of 1169 (this notice has no such sentence).
 */
const ANNOUNCES = -0.1;

/**
 * The weights with no fitted model: the hand-set ones the engine had before it had a model. fuse.js's score
 * breaks ties (0.25), BM25 moves a sentence sharing parts of words up (0.2), a sector's duty goes first when
 * the question names the sector (0.15), the framing line asked for beats what BM25 favours in a short line (0.3),
 * a sentence announcing a list gives way to its items (ANNOUNCES).
 */
export const DEFAULT_RANKING: RankModel = {
  features: [...RANK_FEATURES],
  weights: [1, -0.25, 0.2, 0, 0.15, 1, 0.3, 0, 0, ANNOUNCES],
};

/** A model's weights in RANK_FEATURES order; a signal it does not name weighs nothing. */
export function rankWeights(model: RankModel | undefined): number[] {
  const m = model ?? DEFAULT_RANKING;
  return RANK_FEATURES.map((f) => {
    const i = m.features.indexOf(f);
    return i < 0 ? 0 : m.weights[i]!;
  });
}

/**
 * `aboutTheNotice`: the question asks who issued it, when or to whom, so its framing lines may answer;
 * `framingAsked` is the line that says it: the date line for "when", the salutation for "to whom", else the signature.
 * `askText`: the asking clause as typed (simplified), for the plain BM25 signal.
 */
export function rankCandidates(
  index: SearchIndex,
  concepts: QueryConcepts,
  weights: number[],
  answerTypes: AnswerType[],
  aboutTheNotice: boolean,
  framingAsked: 'salutation' | 'signature' | 'date' = 'signature',
  within?: string,
  askText = '',
  rankWeighting: number[] = rankWeights(undefined),
  kindConcepts: KindConcept[] = [],
): Scored[] {
  const generic = index.lang.genericWords;
  // A question about one notice (named, or who issued "this" one) is searched in it alone: among many
  // notices its sentences could fall outside the candidates.
  const fuseHits = index.search(concepts, TUNING.candidates, within);
  const bm25 = index.bm25Search(concepts, weights, TUNING.candidates, within);
  const plain = askText ? index.bm25Text(askText, TUNING.candidates, within) : new Map<SentenceRecord, number>();
  const records = new Map<SentenceRecord, Hit>(fuseHits.map((h) => [h.record, h]));
  // A sentence only BM25 finds has fuse.js's worst score.
  for (const record of bm25.keys()) if (!records.has(record)) records.set(record, { record, score: 1 });
  const forms = conceptForms(concepts, (f) => index.lang.namesSector(f));
  // A concept held only as its kind (人数 by the bounds of 100人以上、400人以下) is not also found as a word (人员).
  for (const k of kindConcepts) if (k.only) forms[k.index] = { ...forms[k.index]!, lower: [], chars: [], latin: [], namesOnly: [] };
  const scored = [...records.values()]
    .filter((h) => aboutTheNotice || !h.record.framing)
    .map((h): Scored => {
      let cov = coverage(h.record, forms, weights, generic);
      for (const k of kindConcepts) if (!cov.covered.has(k.index) && k.holds.test(h.record.text)) cov = withConcept(cov, k.index, weights);
      let aliasWeight = 0;
      for (const i of cov.aliasConcepts) aliasWeight += weights[i] ?? 0;
      const share = bm25.get(h.record) ?? 0;
      const signals = [
        cov.share,
        h.score,
        share,
        plain.get(h.record) ?? 0,
        cov.total > 0 ? aliasWeight / cov.total : 0,
        answerTypes.reduce((sum, a) => sum + (a.answeredBy.test(h.record.text) ? a.weight : 0), 0),
        aboutTheNotice && h.record.says.includes(framingAsked) ? 1 : 0,
        cov.total > 0 ? cov.inText / cov.total : 0,
        h.record.ref.sentence === 1 ? 1 : 0,
        h.record.announces ? 1 : 0,
      ];
      return { record: h.record, score: h.score, cov, bm25: share, signals, rank: signals.reduce((sum, v, i) => sum + v * rankWeighting[i]!, 0) };
    });
  // Each sentence's sectors as one key, once: comparing them pair by pair joined them for every pair.
  const sectorKeys = scored.map((h) => h.record.sectorIds.join());
  scored.forEach((h, i) => {
    if (h.record.sectorIds.length === 0) return;
    const others = new Set<number>();
    scored.forEach((o, j) => {
      if (o !== h && o.record.sectorIds.length > 0 && sectorKeys[j] !== sectorKeys[i]) for (const c of o.cov.aliasConcepts) others.add(c);
    });
    h.cov = withOtherSectors(h.cov, others, weights);
  });
  return scored.sort((a, b) => b.rank - a.rank || refOrder(a, b));
}

/**
 * Another sentence quoted with a candidate (its reason, its datum line, the rest of a short paragraph), scored as the
 * candidate. Written out, not as { ...h, record } (see answer-model.ts).
 */
export function scoredAs(h: Scored, record: SentenceRecord): Scored {
  return { record, score: h.score, cov: h.cov, bm25: h.bm25, signals: h.signals, rank: h.rank };
}

/** Ties go to the earlier sentence, so that answers do not depend on Map order. */
function refOrder(a: Scored, b: Scored): number {
  if (sameRef(a.record.ref, b.record.ref)) return 0;
  return (
    a.record.ref.notice.localeCompare(b.record.ref.notice) || a.record.ref.paragraph - b.record.ref.paragraph || a.record.ref.sentence - b.record.ref.sentence
  );
}
