// The search index: one record per sentence, scored by fuse.js token search. Sector names and aliases
// are weighted keys on the sentence each sector cites. A character-bigram index of notices picks which
// notices fuse.js scores, so a question costs the same with one notice or a thousand. A notice's own
// indexes, the build's word-run memo and the candidate filter are in notice-index.ts.
import type { KnowledgeBase, Notice } from '../knowledge/types.js';
import { bigramTerms } from './bm25.js';
import { queryConcepts } from './concepts.js';
import { asSnapshot, INDEX_FORMAT, type IndexCache, sentenceCount, snapshotKey } from './index-snapshot.js';
import { QueryLanguage } from './language.js';
import { isLatin, wordRuns } from './normalise.js';
import {
  beginBuild,
  CANDIDATE_NOTICES,
  candidateNotices,
  charBigrams,
  endBuild,
  FUSE_THRESHOLD,
  type NoticeIndex,
  runsOf,
  searchersOf,
} from './notice-index.js';
import { NoticeNames } from './notice-names.js';
import { placeNamesIn, withoutPlaceNames } from './places.js';
import { type SentenceRecord, sentenceRecords } from './sentence-record.js';
import type { TokenSearch } from './token-search.js';
import { TUNING } from './tuning.js';
import { Vocabulary } from './vocabulary.js';

export type { SentenceRecord } from './sentence-record.js';
export { sameRef } from './sentence-record.js';

/** A query: each entry is one concept, given as alternative forms (an English word and its Chinese terms). */
export type QueryConcepts = string[][];

export interface Hit {
  record: SentenceRecord;
  /** fuse.js score: 0 is a perfect match, 1 none. */
  score: number;
}

export class SearchIndex {
  readonly lang: QueryLanguage;
  readonly vocab: Vocabulary;
  readonly records: SentenceRecord[] = [];
  private readonly notices: NoticeIndex[] = [];
  /** The notice the bot is about (its profile's `main`), found once: every search among many notices includes it. */
  private mainNotice: NoticeIndex | undefined;
  /** A bigram -> the numbers of the notices holding it, ascending (each notice adds itself once, in turn). */
  private bigrams = new Map<string, number[]>();
  /**
   * What people call a notice by: its issuer (某省教育厅, 教育厅), its region. In a question they mostly
   * point at the notice ("教育厅那个通知…"), not at what is asked.
   */
  readonly noticeNames = new Set<string>();
  /** Each issuing body without its place (民政局 of 兰州市民政局). */
  readonly issuerBodies = new Set<string>();
  /** What names each notice in a question (its title's, issuer's and region's words, its kind). */
  private readonly names: NoticeNames;
  /** Every character of every record's searchable text. */
  private chars = new Set<string>();
  /** By UTF-16 unit: 1 once that character is in `chars` (see addChars). */
  private readonly seenUnits = new Uint8Array(0x10000);
  /** The vocabulary, bigrams and characters came from the build cache: the notices' text is not segmented again. */
  private restored = false;
  get fromCache(): boolean {
    return this.restored;
  }

  /**
   * `deferred`: index no notice yet; `build()` then indexes them without holding the event loop.
   * `cache`: where the text-derived part of the index is kept between starts (see index-snapshot.ts).
   */
  constructor(
    readonly kb: KnowledgeBase,
    private readonly options: { deferred?: boolean; cache?: IndexCache } = {},
  ) {
    this.lang = new QueryLanguage(kb);
    // An English word names no notice when it is a stop word or means only kinds of organisation (association -> 协会).
    const lang = this.lang;
    const commonEnglish = (w: string) => lang.englishStopWords.has(w) || (lang.englishMeaning(w)?.every((m) => lang.genericWords.has(m)) ?? false);
    this.names = new NoticeNames(lang.genericWords, commonEnglish);
    this.vocab = new Vocabulary((w) => this.lang.isQuestionWord(w));
    // Question words are found by sound too (那天 typed for 哪天).
    for (const w of this.lang.questionWords) this.vocab.sounds.add(w);
    if (options.deferred) return;
    beginBuild();
    try {
      this.restore();
      for (const notice of kb.notices) this.index(notice);
      this.save();
    } finally {
      endBuild();
    }
  }

  /**
   * Indexes the notices one at a time, letting the event loop run between them: while a reload builds
   * the new index, the old one keeps answering, and a signal is handled.
   */
  async build(): Promise<this> {
    beginBuild();
    try {
      this.restore();
      for (const notice of this.kb.notices) {
        this.index(notice);
        await new Promise((resolve) => setImmediate(resolve));
      }
      this.save();
    } finally {
      endBuild();
    }
    return this;
  }

  /** Takes the text-derived data from the cache when it holds this knowledge's; else it is built, and saved by save(). */
  private restore(): void {
    let data: unknown;
    try {
      data = this.options.cache?.load(snapshotKey(this.kb));
    } catch {
      return; // An adapter should fail quietly; one that throws costs a build, not the start.
    }
    const snap = asSnapshot(data, this.kb);
    if (!snap || !this.vocab.restore(snap.vocabulary)) return;
    this.bigrams = snap.bigrams;
    this.chars = snap.chars;
    this.restored = true;
  }

  private save(): void {
    if (!this.options.cache || this.restored) return;
    const snapshot = { format: INDEX_FORMAT, sentences: sentenceCount(this.kb), vocabulary: this.vocab.snapshot(), bigrams: this.bigrams, chars: this.chars };
    try {
      this.options.cache.save(snapshotKey(this.kb), snapshot);
    } catch {
      // As in restore(): the index is built; only the next start will build it again.
    }
  }

  private index(notice: Notice): void {
    this.addNotice(notice);
    const bare = notice.issuer.replace(new RegExp(`^${notice.region}[省市县区州]?`), '');
    for (const name of [notice.issuer, notice.region, bare, `${notice.region}省`, `${notice.region}市`]) if ([...name].length >= 2) this.noticeNames.add(name);
    // The places its region and issuer name (江苏苏州 -> 江苏, 苏州; 巴中市巴州区… -> 巴中市, 巴州区), as people write them.
    for (const name of placeNamesIn(`${notice.region} ${notice.issuer}`, this.kb.language.places)) this.noticeNames.add(name);
    // Each issuing body without its place (兰州市民政局 -> 民政局): 民政局怎么说的 names who speaks; one no other issuer is names its notice.
    for (const body of notice.issuer.split(/[、，,\s]+/u)) {
      const kind = withoutPlaceNames(body, this.kb.language.places);
      if ([...kind].length < 2 || kind === body) continue;
      this.issuerBodies.add(kind);
      this.names.addBody(kind, this.notices.length - 1);
    }
    // Its short names (律协, 商联会) name it as the body they stand for (商业联合会) does; they are names only, and weigh so.
    for (const e of this.lang.shortNamesOf(notice.id)) {
      for (const name of e.said) this.noticeNames.add(name);
      for (const name of [...e.said, ...e.means]) this.names.addBody(name, this.notices.length - 1);
    }
  }

  private addNotice(notice: Notice): void {
    const records: SentenceRecord[] = [];
    /** Bigrams of every record's searchable text, for the candidate filter. */
    const grams = new Set<string>();
    // The sectors citing this notice, in their order: each sentence then looks through these, not through all.
    const noticeSectors = this.kb.sectors.filter((x) => x.cites.some((c) => c.notice === notice.id));
    for (const { record, context, words } of sentenceRecords(notice, noticeSectors, this.lang)) {
      records.push(record);
      this.records.push(record);
      if (this.restored) continue;
      const parts = [record.text, context, ...words];
      // Every character the record can be searched by (its text, heading, sector and issuer words).
      this.addChars(parts.join('\n').toLowerCase());
      // A sentence's own runs are used here and for its bigrams, then dropped: memoised until the build
      // ends, a thousand notices' runs outlived the young generation and filled the old one.
      const textRuns = wordRuns(record.text);
      this.vocab.addDocument([textRuns, runsOf(context)], words);
      // The searchable text's bigrams part by part: the same runs as of the joined text (a run never
      // crosses the line break), and each part's runs are already memoised, so nothing is segmented twice.
      for (const part of parts) for (const g of charBigrams(part, part === record.text ? () => textRuns : runsOf)) grams.add(g);
    }
    const noticeNumber = this.notices.length;
    this.names.add(notice, noticeNumber);
    const entry: NoticeIndex = { notice, records };
    // With few notices every question searches all of them: their indexes are built now, not on the first question.
    if (this.kb.notices.length <= CANDIDATE_NOTICES) searchersOf(entry);
    this.notices.push(entry);
    if (notice.main) this.mainNotice = entry;
    if (this.restored) return;
    for (const g of grams) {
      const holders = this.bigrams.get(g);
      if (holders) holders.push(noticeNumber);
      else this.bigrams.set(g, [noticeNumber]);
    }
  }

  /**
   * Files each character of `text` once: a bitmap of the characters seen tells a new one without making a string of
   * every character (21,000 sentences at a thousand notices, 2 million characters).
   */
  private addChars(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff) {
        // A character outside the Basic Multilingual Plane: two units, rare, filed as a string.
        this.chars.add(String.fromCodePoint(text.codePointAt(i)!));
        i++;
      } else if (this.seenUnits[unit] === 0) {
        this.seenUnits[unit] = 1;
        this.chars.add(String.fromCharCode(unit));
      }
    }
  }

  /** A notice's sentence records, in order. */
  recordsOf(noticeId: string): SentenceRecord[] {
    return this.notices.find((n) => n.notice.id === noticeId)?.records ?? [];
  }

  /** Ranked sentence hits for a query, best first. */
  search(concepts: QueryConcepts, limit = 20, within?: string): Hit[] {
    // Chinese forms search the Chinese fields, English words the English ones: fuse.js's time grows
    // with patterns times text, and an English word never matches Chinese text anyway. An English
    // phrase that maps to Chinese terms is searched as those terms.
    const zhForms = new Set<string>();
    const enForms = new Set<string>();
    for (const c of concepts) {
      const chinese = c.filter((f) => !isLatin(f));
      // fuse.js's fuzzy search, whose cost grows with every pattern, is kept for the asker's own words,
      // where typos are, and only when enough of their characters occur in the notices for it to match.
      // Expansions (synonyms, lexicon terms) reach sentences through BM25 and coverage, which match them
      // exactly. An English concept is searched through those of its Chinese terms the notices use.
      const own = chinese[0] === c[0] ? [c[0]!] : chinese.filter((f) => this.vocab.has(f.toLowerCase()));
      for (const f of own) if (this.vocab.has(f.toLowerCase()) || this.mayMatch(f.toLowerCase())) zhForms.add(f.toLowerCase());
      if (chinese.length === 0) for (const f of c) enForms.add(f.toLowerCase());
    }
    if (zhForms.size === 0 && enForms.size === 0) return [];
    const best = new Map<SentenceRecord, number>();
    const collect = (fuse: TokenSearch<SentenceRecord>, forms: Set<string>) => {
      if (forms.size === 0) return;
      for (const r of fuse.search([...forms], limit)) if (r.score < (best.get(r.item) ?? 1)) best.set(r.item, r.score);
    };
    for (const n of this.noticesFor([...zhForms, ...enForms], within)) {
      const { zh, en } = searchersOf(n);
      collect(zh, zhForms);
      collect(en, enForms);
    }
    return [...best.entries()]
      .map(([record, score]) => ({ record, score }))
      .sort((a, b) => a.score - b.score)
      .slice(0, limit);
  }

  /** A query's concepts, each the asker's word and what documents say for it: English words, or Chinese query terms. */
  concepts(simplified: string, english: boolean): QueryConcepts {
    return queryConcepts(simplified, english, this.lang, this.vocab);
  }

  /**
   * The notice a question names, by its kind (倡议, 通知…), title, issuer or region: the one sharing the
   * most with the question, when exactly one does. Undefined when none or several tie.
   */
  namedNotice(simplified: string): Notice | undefined {
    if (this.notices.length === 1) return this.notices[0]!.notice;
    const n = this.names.named(simplified, this.bigrams);
    return n === undefined ? undefined : this.notices[n]!.notice;
  }

  /**
   * BM25 shares of the best sentences for weighted concepts: each concept's bigrams carry its weight,
   * those of forms the asker did not type (synonyms, translations) only a part of it.
   */
  bm25Search(concepts: QueryConcepts, weights: number[], limit: number, within?: string): Map<SentenceRecord, number> {
    const terms = new Map<string, number>();
    concepts.forEach((forms, i) => {
      const chinese = forms.filter((f) => !isLatin(f));
      chinese.forEach((form) => {
        const own = form === forms[0];
        const w = (weights[i] ?? 0) * (own ? 1 : TUNING.expansionWeight);
        for (const t of bigramTerms(form)) terms.set(t, Math.max(terms.get(t) ?? 0, w));
      });
    });
    return this.bm25Shares(terms, limit, within);
  }

  /** BM25 shares over a text as typed, bigram by bigram: the plain ranking, with no reading of the words. */
  bm25Text(text: string, limit: number, within?: string): Map<SentenceRecord, number> {
    const terms = new Map<string, number>();
    for (const t of bigramTerms(text)) terms.set(t, 1);
    return this.bm25Shares(terms, limit, within);
  }

  private bm25Shares(terms: Map<string, number>, limit: number, within: string | undefined): Map<SentenceRecord, number> {
    // Each notice scores its own sentences (the same candidate notices fuse.js scores): shares are
    // comparable across notices, and a question costs the same with one notice or a thousand.
    const hits = this.noticesFor([...terms.keys()], within).flatMap((n) => searchersOf(n).bm25.search(terms, limit));
    return new Map(
      hits
        .sort((a, b) => b.share - a.share)
        .slice(0, limit)
        .map((h) => [h.doc, h.share]),
    );
  }

  /**
   * Whether fuse.js could match a word at FUSE_THRESHOLD: it tolerates floor(threshold × length) wrong
   * characters, so at least the rest must occur somewhere in the notices.
   */
  private mayMatch(word: string): boolean {
    const chars = [...word];
    const present = chars.filter((ch) => this.chars.has(ch)).length;
    return present >= chars.length - Math.floor(FUSE_THRESHOLD * chars.length);
  }

  /** The notice asked about (`within`, an id), else the candidates for these forms. */
  private noticesFor(forms: string[], within: string | undefined): NoticeIndex[] {
    return within ? this.notices.filter((n) => n.notice.id === within) : this.candidateNotices(forms);
  }

  /**
   * All notices when there are few; otherwise those sharing the most (rarest) bigrams with the query, and the main
   * notice (the one the bot is about) always: a question naming no notice goes to it on a near tie (preferMain), which
   * it cannot when five notices saying 这场硬仗 crowd out its 打赢…阻击战.
   */
  private candidateNotices(forms: string[]): NoticeIndex[] {
    const found = candidateNotices(this.notices, this.bigrams, forms);
    const main = this.mainNotice;
    return main && !found.includes(main) ? [...found, main] : found;
  }
}
