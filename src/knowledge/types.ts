// The knowledge model: notices made of numbered paragraphs and sentences, and the sector catalogue.
import type { LanguageData } from './language-types.js';

export interface Sentence {
  /** 1-based inside its paragraph. */
  number: number;
  /** Simplified Chinese, as in the clean notice file. */
  text: string;
}

export interface Paragraph {
  /** 1-based inside its notice. */
  number: number;
  /** The point number when the paragraph opens with 一要/二、/(三)…: "第一条" reaches it. */
  point?: number;
  /** The point's heading, e.g. 一要认清形势. */
  heading?: string;
  sentences: Sentence[];
  /** Line in the notice file, for error messages. */
  line: number;
  /**
   * A line that frames the notice rather than saying anything: the salutation (全省各社会组织：),
   * the signature or the date. It keeps its number but is never quoted as an answer.
   */
  role?: 'salutation' | 'signature' | 'date';
  /** An item of a list on lines of its own: the sentence that leads into the list (下列国家标准：). */
  lead?: string;
}

export interface Notice {
  id: string;
  title: string;
  /** Used in citations: 《shortTitle》第4段第7句. */
  shortTitle: string;
  titleEn: string;
  issuer: string;
  issuerEn: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  region: string;
  source: string;
  paragraphs: Paragraph[];
  file: string;
  /** What kind of document it is (倡议, 通知…) and how to name it in each language. */
  kind: DocumentKind;
  /** Example questions the bot offers; empty when the notice's profile gives none. */
  examples: Record<Lang, string[]>;
  /** This notice's own vocabulary: words people use -> its terms (from its profile, knowledge/notices/<id>.json). */
  terms: LexiconEntry[];
  /** English words -> its terms (names, places). */
  english: LexiconEntry[];
  /** Whom it addresses (its profile's `audience`): said when a business owner asks what it asks of them. */
  audience?: Record<Lang, string>;
  /** Reviewed translations (knowledge/notices/<id>.en.json); a notice without one is shown in Chinese. */
  translations: { en?: Translation };
  /** The notice this bot is about (its profile's `main`): questions that fit several notices go to it. */
  main?: boolean;
}

/** A translation of every sentence and heading of a notice, with the same numbering. */
export interface Translation {
  /** Who made it and when; never official. */
  by: string;
  date: string;
  title: string;
  /** Paragraph number -> heading. */
  headings: Map<number, string>;
  /** sentenceKey(ref) -> sentence. */
  sentences: Map<string, string>;
}

export function sentenceKey(ref: { paragraph: number; sentence: number }): string {
  return `${ref.paragraph}:${ref.sentence}`;
}

export type DocumentKind = Record<Lang, string>;

/** One line of a lexicon: what people say, and what documents say for it (empty: a filler). */
export interface LexiconEntry {
  said: string[];
  means: string[];
  line: number;
}

export interface Lexicon {
  file: string;
  /** slips: pinyin-input slips that are dictionary words (连系 for 联系), read as meant before anything else. */
  variety: 'colloquial' | 'southwest' | 'cantonese' | 'business' | 'english' | 'slips';
  entries: LexiconEntry[];
}

export interface SentenceRef {
  notice: string;
  paragraph: number;
  sentence: number;
}

export type Lang = 'zh-Hans' | 'zh-Hant' | 'en';

export interface Sector {
  id: string;
  names: Record<Lang, string>;
  cites: SentenceRef[];
  aliases: Record<Lang, string[]>;
}

/**
 * Whether the notice answers a question, as a logistic model over named signals of the best candidate
 * sentence; fitted on labelled questions (bench/fit-decision.ts) and kept as knowledge.
 */
export interface DecisionModel {
  features: string[];
  /** Per feature: value -> (value - mean) / scale before weighing. */
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /** Answer when the probability is at least this. */
  threshold: number;
  /** Below the threshold but at least this: say the notice does not state it, and show the sentence as related. */
  relatedThreshold: number;
}

/**
 * How candidate sentences are ordered: a weighted sum of named signals (src/search/rank.ts), fitted on
 * labelled questions (bench/fit-rank.ts) and kept as knowledge.
 */
export interface RankModel {
  features: string[];
  weights: number[];
}

export interface KnowledgeBase {
  notices: Notice[];
  sectors: Sector[];
  lexicons: Lexicon[];
  language: LanguageData;
  decision: DecisionModel;
  /** Absent: the engine's default weights. */
  ranking?: RankModel;
  /** Content hash of the knowledge files: changes whenever any of them changes. */
  version: string;
}

export class KnowledgeError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = 'KnowledgeError';
  }
}

export function findNotice(kb: KnowledgeBase, id: string): Notice | undefined {
  return kb.notices.find((n) => n.id === id);
}

export function findSentence(kb: KnowledgeBase, ref: SentenceRef): Sentence | undefined {
  const notice = findNotice(kb, ref.notice);
  return notice && sentenceIn(notice, ref);
}

/** The sentence a reference names, in a notice already at hand. */
export function sentenceIn(notice: Notice, ref: SentenceRef): Sentence | undefined {
  return notice.paragraphs.find((p) => p.number === ref.paragraph)?.sentences.find((s) => s.number === ref.sentence);
}

/**
 * The notice that "第4段", /p 4 and /notice refer to when a question names none: the one its profile
 * marks `main`, else the newest one (ties: the first by id). With a single notice, that notice.
 */
export function primaryNotice(kb: KnowledgeBase): Notice {
  const main = kb.notices.find((n) => n.main);
  if (main) return main;
  return [...kb.notices].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))[0]!;
}

/** Whether two characters are a word of general Chinese (LanguageData.pairs); true when the list is absent. */
export function isGeneralPair(pairs: string, word: string): boolean {
  if (pairs.length === 0 || word.length !== 2) return true;
  let lo = 0;
  let hi = pairs.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = pairs.slice(mid * 2, mid * 2 + 2);
    if (at === word) return true;
    if (at < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
