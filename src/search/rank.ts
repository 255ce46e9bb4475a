// Candidates for a question, ranked: fuse.js's token matches and BM25's bigram matches together, each
// judged by coverage (how much of the question the sentence holds), then ordered.
import type { AnswerType } from '../knowledge/types.js';
import { type Coverage, conceptForms, coverage, withOtherSectors } from './coverage.js';
import { type Hit, type QueryConcepts, type SearchIndex, type SentenceRecord, sameRef } from './index.js';
import { TUNING } from './tuning.js';

export interface Scored extends Hit {
  cov: Coverage;
  /** BM25 share: the sentence's bigram score over the most the question could score (0..1). */
  bm25: number;
  rank: number;
}

/**
 * `aboutTheNotice`: the question asks who issued it, when or to whom, so its framing lines may answer;
 * `framingAsked` is the line that says it: the date line for "when", the salutation for "to whom", else the signature.
 */
export function rankCandidates(
  index: SearchIndex,
  concepts: QueryConcepts,
  weights: number[],
  answerTypes: AnswerType[],
  aboutTheNotice: boolean,
  framingAsked: 'salutation' | 'signature' | 'date' = 'signature',
  within?: string,
): Scored[] {
  const generic = index.lang.genericWords;
  // A question about one notice (named, or who issued "this" one) is searched in it alone: among many
  // notices its sentences could fall outside the candidates.
  const fuseHits = index.search(concepts, TUNING.candidates, within);
  const bm25 = index.bm25Search(concepts, weights, TUNING.candidates, within);
  const records = new Map<SentenceRecord, Hit>(fuseHits.map((h) => [h.record, h]));
  // A sentence only BM25 finds has fuse.js's worst score.
  for (const record of bm25.keys()) if (!records.has(record)) records.set(record, { record, score: 1 });
  const forms = conceptForms(concepts, (f) => index.lang.namesSector(f));
  const scored = [...records.values()]
    .filter((h) => aboutTheNotice || !h.record.framing)
    .map((h): Scored => {
      const cov = coverage(h.record, forms, weights, generic);
      // Coverage decides most; fuse.js's and BM25's scores order records that cover the same. A sentence
      // whose sector the question names (through an alias) states that sector's duty: it goes first. A
      // sentence holding the kind of thing asked for (a date for 什么时候, a number for 多少) comes next.
      let aliasWeight = 0;
      for (const i of cov.aliasConcepts) aliasWeight += weights[i] ?? 0;
      const share = bm25.get(h.record) ?? 0;
      const bonus =
        (cov.total > 0 ? TUNING.sectorBonus * (aliasWeight / cov.total) : 0) +
        answerTypes.reduce((sum, a) => sum + (a.answeredBy.test(h.record.text) ? a.weight : 0), 0);
      // Of the lines that frame the notice, the one the question asks for goes first.
      const framing = aboutTheNotice && h.record.says.includes(framingAsked) ? TUNING.framingBonus : 0;
      return { ...h, cov, bm25: share, rank: cov.share - TUNING.fusePenalty * h.score + TUNING.bm25Bonus * share + bonus + framing };
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

/** Ties go to the earlier sentence, so that answers do not depend on Map order. */
function refOrder(a: Scored, b: Scored): number {
  if (sameRef(a.record.ref, b.record.ref)) return 0;
  return (
    a.record.ref.notice.localeCompare(b.record.ref.notice) || a.record.ref.paragraph - b.record.ref.paragraph || a.record.ref.sentence - b.record.ref.sentence
  );
}
