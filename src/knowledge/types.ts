// The knowledge model: notices made of numbered paragraphs and sentences, and the sector catalogue.

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

export interface KnowledgeBase {
  notices: Notice[];
  sectors: Sector[];
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
  return findNotice(kb, ref.notice)
    ?.paragraphs.find((p) => p.number === ref.paragraph)
    ?.sentences.find((s) => s.number === ref.sentence);
}

/**
 * The notice that "第4段", /p 4 and /notice refer to when a question names none: the newest one
 * (ties: the first by id). With a single notice, that notice.
 */
export function primaryNotice(kb: KnowledgeBase): Notice {
  return [...kb.notices].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))[0]!;
}
