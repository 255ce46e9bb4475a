// The search index: one record per sentence, scored by fuse.js token search. Sector names and aliases
// are weighted keys on the sentence each sector cites. A character-bigram index of notices picks which
// notices fuse.js scores, so a question costs the same with one notice or a thousand.
import Fuse from 'fuse.js';
import type { KnowledgeBase, Notice, SentenceRef } from '../knowledge/types.js';
import { segmentWords, Vocabulary, wordRuns } from './normalise.js';

export interface SentenceRecord {
  ref: SentenceRef;
  /** Simplified Chinese sentence. */
  text: string;
  /** Heading of the point the sentence belongs to, e.g. 三要发挥优势. */
  heading: string;
  /** Ids of the sectors whose duty this sentence states. */
  sectorIds: string[];
  sectorNames: string;
  aliases: string;
  /** Names and aliases one by one, lower-cased, for telling whether a question names the sector. */
  aliasList: string[];
  /** For the sentence naming the issuer: who issued the notice and when, in several forms. */
  about: string;
  /** Everything above, lower-cased, for checking which query terms a record covers. */
  searchable: string;
}

/** A query: each entry is one concept, given as alternative forms (an English word and its Chinese terms). */
export type QueryConcepts = string[][];

export interface Hit {
  record: SentenceRecord;
  /** fuse.js score: 0 is a perfect match, 1 none. */
  score: number;
}

const QUERY_MARK = '\u0001';
const KEYS = [
  { name: 'text', weight: 1 },
  { name: 'heading', weight: 0.4 },
  { name: 'sectorNames', weight: 1.6 },
  { name: 'aliases', weight: 1.2 },
  { name: 'about', weight: 1 },
];
/** Below 0.5: a two-character word must match both characters; a four-character one may miss one. */
export const FUSE_THRESHOLD = 0.4;
/** How many notices the bigram filter lets fuse.js score. */
const CANDIDATE_NOTICES = 6;

// The same tokenizer at index and query time, as fuse.js requires: word runs for text; queries arrive
// already analysed (marked), since they were re-joined and corrected against the vocabulary.
function tokenize(text: string): string[] {
  if (text.startsWith(QUERY_MARK)) return text.slice(1).split(QUERY_MARK);
  return wordRuns(text);
}

interface NoticeIndex {
  notice: Notice;
  records: SentenceRecord[];
  fuse: Fuse<SentenceRecord>;
}

export class SearchIndex {
  readonly vocab = new Vocabulary();
  readonly records: SentenceRecord[] = [];
  private readonly notices: NoticeIndex[] = [];
  private readonly bigrams = new Map<string, Set<number>>();

  constructor(readonly kb: KnowledgeBase) {
    for (const notice of kb.notices) this.addNotice(notice);
  }

  private addNotice(notice: Notice): void {
    const records: SentenceRecord[] = [];
    const aboutSentence = this.aboutSentence(notice);
    for (const p of notice.paragraphs) {
      for (const s of p.sentences) {
        const ref = { notice: notice.id, paragraph: p.number, sentence: s.number };
        const sectors = this.kb.sectors.filter((x) => x.cites.some((c) => sameRef(c, ref)));
        const names = sectors.flatMap((x) => [x.names['zh-Hans'], x.names.en.toLowerCase()]);
        const aliases = sectors.flatMap((x) => [...x.aliases['zh-Hans'], ...x.aliases.en.map((a) => a.toLowerCase())]);
        const about = sameRef(aboutSentence, ref) ? aboutWords(notice) : [];
        const record: SentenceRecord = {
          ref,
          text: s.text,
          heading: p.heading ?? '',
          sectorIds: sectors.map((x) => x.id),
          sectorNames: names.join(' / '),
          aliases: aliases.join(' / '),
          aliasList: [...names, ...aliases].map((a) => a.toLowerCase()),
          about: about.join(' / '),
          searchable: [s.text, p.heading ?? '', ...names, ...aliases, ...about].join('\n').toLowerCase(),
        };
        records.push(record);
        this.records.push(record);
        this.vocab.addDocument([s.text, p.heading ?? ''], [...names, ...aliases, ...about]);
      }
    }
    const fuse = new Fuse(records, {
      keys: KEYS,
      useTokenSearch: true,
      tokenize,
      ignoreLocation: true,
      ignoreFieldNorm: true,
      threshold: FUSE_THRESHOLD,
      includeScore: true,
    });
    const noticeNumber = this.notices.length;
    this.notices.push({ notice, records, fuse });
    for (const r of records) for (const g of charBigrams(r.searchable)) {
      let set = this.bigrams.get(g);
      if (!set) this.bigrams.set(g, (set = new Set()));
      set.add(noticeNumber);
    }
  }

  /** The sentence that names the issuer, in the first paragraph (else the first sentence). */
  private aboutSentence(notice: Notice): SentenceRef {
    const first = notice.paragraphs[0]!;
    const s = first.sentences.find((x) => x.text.includes(notice.issuer)) ?? first.sentences[0]!;
    return { notice: notice.id, paragraph: first.number, sentence: s.number };
  }

  /** Ranked sentence hits for a query, best first. */
  search(concepts: QueryConcepts, limit = 20): Hit[] {
    const forms = [...new Set(concepts.flat().map((f) => f.toLowerCase()))];
    if (forms.length === 0) return [];
    const query = QUERY_MARK + forms.join(QUERY_MARK);
    const hits: Hit[] = [];
    for (const n of this.candidateNotices(forms)) {
      for (const r of n.fuse.search(query, { limit })) hits.push({ record: r.item, score: r.score ?? 1 });
    }
    return hits.sort((a, b) => a.score - b.score).slice(0, limit);
  }

  /** All notices when there are few; otherwise those sharing the most (rarest) bigrams with the query. */
  private candidateNotices(forms: string[]): NoticeIndex[] {
    if (this.notices.length <= CANDIDATE_NOTICES) return this.notices;
    const score = new Map<number, number>();
    for (const g of new Set(forms.flatMap(charBigrams))) {
      const set = this.bigrams.get(g);
      if (!set || set.size === this.notices.length) continue;
      const weight = Math.log(this.notices.length / set.size);
      for (const n of set) score.set(n, (score.get(n) ?? 0) + weight);
    }
    return [...score.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, CANDIDATE_NOTICES)
      .map(([n]) => this.notices[n]!);
  }

  /** Notice and paragraph lookups for answers. */
  notice(id: string): Notice | undefined {
    return this.notices.find((n) => n.notice.id === id)?.notice;
  }
}

export function sameRef(a: SentenceRef, b: SentenceRef): boolean {
  return a.notice === b.notice && a.paragraph === b.paragraph && a.sentence === b.sentence;
}

/** Words people use when asking who issued a notice and when; attached to the sentence naming the issuer. */
function aboutWords(notice: Notice): string[] {
  const [y, m, d] = notice.date.split('-').map(Number);
  return [
    notice.issuer, notice.issuerEn.toLowerCase(), notice.shortTitle,
    `${y}年${m}月${d}日`, `${m}月${d}日`, notice.date, '发布', '发出', '印发', '发文', '颁布', '发起', '倡议对象', '落款', '日期', '时间',
  ];
}

/** Overlapping pairs of characters (single Latin words whole): cheap, typo-tolerant candidate keys. */
export function charBigrams(text: string): string[] {
  const out: string[] = [];
  for (const w of segmentWords(text)) {
    const chars = [...w];
    if (!/\p{Script=Han}/u.test(w)) out.push(w);
    else if (chars.length === 1) out.push(w);
    else for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}
