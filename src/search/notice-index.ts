// A notice's own part of the search index: its token and BM25 indexes (built when first needed), the
// word-run memo shared while an index is built, and the bigram filter that picks which notices a question
// searches.
import type { Notice } from '../knowledge/types.js';
import { Bm25 } from './bm25.js';
import type { SentenceRecord } from './index.js';
import { segmentWords, wordRuns } from './normalise.js';
import { type TokenKey, TokenSearch } from './token-search.js';

export const KEYS_ZH: Array<TokenKey<SentenceRecord>> = [
  { name: 'text', weight: 1 },
  { name: 'sectorNames', weight: 1.6 },
  { name: 'aliases', weight: 1.2 },
  { name: 'about', weight: 1 },
];
export const KEYS_EN: Array<TokenKey<SentenceRecord>> = [
  { name: 'sectorNamesEn', weight: 1.6 },
  { name: 'aliasesEn', weight: 1.2 },
  { name: 'aboutEn', weight: 1 },
];
/** Below 0.5: a two-character word must match both characters; a four-character one may miss one. */
export const FUSE_THRESHOLD = 0.4;
/** How many notices the bigram filter lets fuse.js score. */
export const CANDIDATE_NOTICES = 6;

// Fields are tokenized into word runs (their document frequencies weigh query words, as in fuse.js);
// queries arrive already analysed, since they were re-joined and corrected against the vocabulary. While
// an index is built, runs are memoised: the vocabulary and the token index segment the same texts. A
// notice's token index built later, on its first question, segments its texts again rather than fill the memo.
const buildCache = new Map<string, string[]>();
let building = 0;
/** An index build starts: runs are memoised until the last build running ends. */
export function beginBuild(): void {
  building++;
}
export function endBuild(): void {
  if (--building === 0) buildCache.clear();
}
export function runsOf(text: string): string[] {
  if (building === 0) return wordRuns(text);
  const cached = buildCache.get(text);
  if (cached) return cached;
  const runs = wordRuns(text);
  buildCache.set(text, runs);
  return runs;
}

export interface NoticeIndex {
  notice: Notice;
  records: SentenceRecord[];
  /** Its token and BM25 indexes: built with the index when every question searches every notice, else on the notice's first question. */
  searchers?: NoticeSearchers;
}

interface NoticeSearchers {
  /** Chinese fields of every sentence. */
  zh: TokenSearch<SentenceRecord>;
  /** English fields, only of the sentences that have any (sector and issuer sentences). */
  en: TokenSearch<SentenceRecord>;
  /** BM25 over the notice's sentences (their own text, heading and issuer words). */
  bm25: Bm25<SentenceRecord>;
}

/**
 * A notice's own indexes. Each is over that notice's sentences alone, so building it later gives the
 * same index: of a thousand notices a question searches at most CANDIDATE_NOTICES, and indexing all of
 * them up front took most of the build's time and memory (fuse.js keeps a term map per sentence).
 */
export function searchersOf(n: NoticeIndex): NoticeSearchers {
  n.searchers ??= {
    zh: new TokenSearch(n.records, KEYS_ZH, runsOf, FUSE_THRESHOLD),
    en: new TokenSearch(
      n.records.filter((r) => r.aliasesEn || r.aboutEn),
      KEYS_EN,
      runsOf,
      FUSE_THRESHOLD,
    ),
    bm25: new Bm25(n.records, (r) => r.sentenceSide),
  };
  return n.searchers;
}

/** All notices when there are few; otherwise those sharing the most (rarest) bigrams with the query. */
export function candidateNotices(notices: NoticeIndex[], bigrams: Map<string, number[]>, forms: string[]): NoticeIndex[] {
  if (notices.length <= CANDIDATE_NOTICES) return notices;
  // Scores by notice number, and the notices in the order they were first scored: ties keep that order.
  const score = new Float64Array(notices.length);
  const scored: number[] = [];
  for (const g of new Set(forms.flatMap((f) => charBigrams(f)))) {
    const holders = bigrams.get(g);
    if (!holders || holders.length === notices.length) continue;
    // Positive: fewer than all notices hold it. So a score of 0 means not scored yet.
    const weight = Math.log(notices.length / holders.length);
    for (const n of holders) {
      if (score[n] === 0) scored.push(n);
      score[n]! += weight;
    }
  }
  // The best few, highest first, ties in first-scored order (what a stable sort of all of them gave).
  const best: number[] = [];
  for (const n of scored) {
    let at = best.length;
    while (at > 0 && score[best[at - 1]!]! < score[n]!) at--;
    if (at >= CANDIDATE_NOTICES) continue;
    best.splice(at, 0, n);
    if (best.length > CANDIDATE_NOTICES) best.pop();
  }
  return best.map((n) => notices[n]!);
}

const HAN = /\p{Script=Han}/u;

/** Overlapping pairs of characters (single Latin words whole): cheap, typo-tolerant candidate keys. */
export function charBigrams(text: string, runs?: (text: string) => string[]): string[] {
  // Of runs, those of one or two characters are their own bigrams, and a Latin run is kept whole: the same keys
  // as splitting each, without splitting 2.8 million runs at a thousand notices.
  if (runs) return runs(text).filter((r) => r.length <= 2 || !HAN.test(r));
  const out: string[] = [];
  for (const w of segmentWords(text)) {
    const chars = [...w];
    if (!HAN.test(w)) out.push(w);
    else if (chars.length === 1) out.push(w);
    else for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}
