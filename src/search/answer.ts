// question -> Answer: clean, understand, search, decide whether the notice answers it, pick the sentences
// to quote, and cite them. Pure and synchronous: no I/O at query time.

import type { KnowledgeBase, Lang, Notice, Paragraph, SentenceRef } from '../knowledge/types.js';
import { issuerSentence, primaryNotice } from '../knowledge/types.js';
import { type Coverage, conceptWeight, coverage, withOtherSectors } from './coverage.js';
import { englishTerms } from './english.js';
import { type Hit, type QueryConcepts, SearchIndex } from './index.js';
import { detectIntent, isOutlineWord } from './intents.js';
import { type CleanQuestion, cleanQuestion, queryTerms } from './normalise.js';
import type { Script } from './script.js';

export interface Citation extends SentenceRef {
  /** 0..1, higher is better. */
  score: number;
}

export interface Suggestion {
  /** Short label, simplified Chinese or English. */
  label: string;
  ref: SentenceRef;
  sectorId?: string;
}

export type AnswerKind = 'match' | 'paragraph' | 'outline' | 'not-covered' | 'empty';

export interface Answer {
  /** The question as understood: cleaned and cut to the cap. */
  question: string;
  script: Script;
  /** Interface language for the reply: the question's script, or English for English questions. */
  lang: Lang;
  kind: AnswerKind;
  answered: boolean;
  /** Sentences to quote, best first; citations[i] belongs to quotes[i]. */
  quotes: SentenceRef[];
  citations: Citation[];
  suggestions: Suggestion[];
  /** Sectors the question was about. */
  sectors: string[];
  /** The paragraph one step away ("show the whole paragraph"). */
  paragraph?: { notice: string; number: number };
  truncated: boolean;
}

/** Below this share of a question's weight, the notice does not answer it. */
const MIN_SHARE = 0.5;
/** A lower share still answers when the sentence itself holds at least this much weight (several real words). */
const MIN_SHARE_WITH_TEXT = 0.3;
const MIN_TEXT_WEIGHT = 3;
/**
 * A question matched only through sector aliases must be nearly all alias ("推荐一家火锅店" is not
 * about restaurants' duties), unless it asks what someone must or may do ("种植大户怎么办").
 */
const MIN_SHARE_ALIAS_ONLY = 0.75;
const MIN_SHARE_ALIAS_DUTY = 0.45;
interface Scored extends Hit {
  cov: Coverage;
  rank: number;
}

export class Answerer {
  readonly index: SearchIndex;

  constructor(readonly kb: KnowledgeBase) {
    this.index = new SearchIndex(kb);
  }

  /**
   * Answers are a pure function of the question and the knowledge, and people ask the same things
   * over and over: recent answers are kept (a reload builds a new Answerer, so they never go stale).
   */
  private readonly cache = new Map<string, Answer>();
  static readonly CACHE_SIZE = 2000;

  answer(raw: string): Answer {
    const q = cleanQuestion(raw);
    const cached = this.cache.get(q.text);
    if (cached) {
      // Refresh its place: the Map's order is the eviction order.
      this.cache.delete(q.text);
      this.cache.set(q.text, cached);
      return cached.truncated === q.truncated ? cached : { ...cached, truncated: q.truncated };
    }
    const answer = Object.freeze(this.compute(q));
    this.cache.set(q.text, answer);
    if (this.cache.size > Answerer.CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    return answer;
  }

  /** The answer without the cache (benchmarks measure both). */
  answerUncached(raw: string): Answer {
    return this.compute(cleanQuestion(raw));
  }

  private compute(q: CleanQuestion): Answer {
    const lang: Lang = q.english ? 'en' : q.script === 'hant' ? 'zh-Hant' : 'zh-Hans';
    const base = { question: q.text, script: q.script, lang, truncated: q.truncated };
    const none: Answer = { ...base, kind: 'empty', answered: false, quotes: [], citations: [], suggestions: [], sectors: [] };
    if (!q.meaningful) return none;

    const ql = this.index.lang;
    const patterns = ql.patterns;
    const concepts: QueryConcepts = q.english
      ? englishTerms(q.simplified, ql)
      : queryTerms(q.simplified, this.index.vocab, ql).map((t) => ql.synonyms(t));
    const intent = detectIntent(
      q.simplified,
      concepts.some((c) => !c.every((f) => patterns.noticeSelf.test(f) || ql.questionWords.has(f)) && !isOutlineWord(c[0]!, patterns)),
      patterns,
    );
    const notice = primaryNotice(this.kb);
    if (intent?.kind === 'outline') return this.outline(base, notice);
    if (intent?.kind === 'sentence') {
      const ref = { notice: notice.id, paragraph: intent.paragraph, sentence: intent.sentence };
      if (!notice.paragraphs.find((x) => x.number === ref.paragraph)?.sentences.some((x) => x.number === ref.sentence)) {
        return { ...none, kind: 'not-covered', suggestions: this.outlineSuggestions(notice) };
      }
      return this.quoteAnswer(ref, base);
    }
    if (intent) {
      const points = notice.paragraphs.filter((x) => x.point !== undefined);
      const p =
        intent.kind === 'paragraph'
          ? intent.paragraph === 'last'
            ? notice.paragraphs.at(-1)
            : notice.paragraphs.find((x) => x.number === intent.paragraph)
          : intent.point === 'last'
            ? points.at(-1)
            : points.find((x) => x.point === intent.point);
      if (p) return this.wholeParagraph(base, notice, p);
      return { ...none, kind: 'not-covered', suggestions: this.outlineSuggestions(notice) };
    }
    if (patterns.aboutBot.test(q.simplified)) return { ...none, kind: 'not-covered' };
    if (concepts.length === 0) {
      // Only question words left: who issued it, to whom, when ("倡议是给谁的") is about the notice itself.
      if (!patterns.aboutNotice.test(q.simplified)) return { ...none, kind: 'not-covered' };
      return this.quoteAnswer(issuerSentence(notice), base);
    }

    const generic = ql.genericWords;
    const weights = concepts.map((c) => conceptWeight(c, this.index.vocab, generic));
    const asked = ql.answerTypes.filter((a) => a.asks.test(q.simplified));
    const scored = this.index.search(concepts, 20).map((h): Scored => {
      const cov = coverage(h.record, concepts, weights, generic);
      // Coverage decides most; fuse.js's score orders records that cover the same. A sentence whose
      // sector the question names (through an alias) states that sector's duty: it goes first. A
      // sentence holding the kind of thing asked for (a date for 什么时候, a number for 多少) comes next.
      const aliasWeight = [...cov.aliasConcepts].reduce((sum, i) => sum + (weights[i] ?? 0), 0);
      const bonus =
        (cov.total > 0 ? 0.15 * (aliasWeight / cov.total) : 0) + asked.reduce((sum, a) => sum + (a.answeredBy.test(h.record.text) ? a.weight : 0), 0);
      return { ...h, cov, rank: cov.share - 0.25 * h.score + bonus };
    });
    for (const h of scored) {
      if (h.record.sectorIds.length === 0) continue;
      const others = new Set(scored.filter((o) => o !== h && o.record.sectorIds.length > 0 && !sameSectors(o, h)).flatMap((o) => [...o.cov.aliasConcepts]));
      h.cov = withOtherSectors(h.cov, others, weights);
    }
    scored.sort((a, b) => b.rank - a.rank);
    const best = scored[0];
    if (best && best.cov.words === 0) return { ...none, kind: 'not-covered' };
    const duty = patterns.duty.test(q.simplified);
    const answers = (c: Coverage) => coverageAnswers(c, duty);
    if (!best || !answers(best.cov)) return { ...none, kind: 'not-covered' };
    // "Where…?" answered by a sentence that names no place at all is a different question (口罩去哪里买).
    if (asked.some((a) => a.required && !a.answeredBy.test(best.record.text)) && best.cov.share < 0.9) return { ...none, kind: 'not-covered' };

    const quotes = this.pickQuotes(best, scored, answers);
    const quoted = (h: Scored) => quotes.some((x) => x === h);
    const suggestions = scored
      .filter((h) => !quoted(h) && h.cov.share >= best.cov.share * 0.85 && answers(h.cov) && h.rank >= best.rank - 0.12)
      .filter((h, i, all) => all.findIndex((x) => x.record.ref.paragraph === h.record.ref.paragraph && x.record.ref.sentence === h.record.ref.sentence) === i)
      .slice(0, 3)
      .map((h) => this.suggestion(h));
    return {
      ...base,
      kind: 'match',
      answered: true,
      quotes: quotes.map((h) => h.record.ref),
      citations: quotes.map((h) => ({ ...h.record.ref, score: round(Math.max(0, Math.min(1, h.rank))) })),
      suggestions,
      sectors: [...new Set(quotes.flatMap((h) => h.record.sectorIds))],
      paragraph: { notice: best.record.ref.notice, number: best.record.ref.paragraph },
    };
  }

  /**
   * The best sentence; when the question names several sectors, each one's sentence; otherwise a
   * neighbouring sentence of the same paragraph that answers it about as well (and is no other sector's duty).
   */
  private pickQuotes(best: Scored, scored: Scored[], answers: (c: Coverage) => boolean): Scored[] {
    const quotes = [best];
    const sectorHits = scored.filter((h) => h !== best && h.record.sectorIds.length > 0 && h.cov.aliasConcepts.size > 0 && answers(h.cov));
    const bestAliases = best.cov.aliasConcepts;
    for (const h of sectorHits) {
      // Another sector counts only through concepts the best sentence's sectors do not share.
      const own = [...h.cov.aliasConcepts].filter((c) => !bestAliases.has(c));
      if (own.length > 0 && quotes.length < 3 && h.cov.share >= best.cov.share * 0.6) quotes.push(h);
    }
    if (quotes.length > 1) return quotes;
    const near = scored.find(
      (h) =>
        h !== best &&
        h.record.ref.notice === best.record.ref.notice &&
        h.record.ref.paragraph === best.record.ref.paragraph &&
        Math.abs(h.record.ref.sentence - best.record.ref.sentence) === 1 &&
        h.record.sectorIds.length === 0 &&
        best.record.sectorIds.length === 0 &&
        h.cov.share >= best.cov.share * 0.9 &&
        h.rank >= best.rank - 0.1,
    );
    if (near) quotes.push(near);
    return quotes.sort((a, b) => (a === best ? -1 : b === best ? 1 : a.record.ref.sentence - b.record.ref.sentence));
  }

  /** An answer quoting one given sentence: a citation asked for, the issuer's sentence, a did-you-mean choice. */
  quoteAnswer(ref: SentenceRef, base: Pick<Answer, 'question' | 'script' | 'lang' | 'truncated'>): Answer {
    const sectors = this.kb.sectors.filter((x) => x.cites.some((c) => c.notice === ref.notice && c.paragraph === ref.paragraph && c.sentence === ref.sentence));
    return {
      ...base,
      kind: 'match',
      answered: true,
      quotes: [ref],
      citations: [{ ...ref, score: 1 }],
      suggestions: [],
      sectors: sectors.map((x) => x.id),
      paragraph: { notice: ref.notice, number: ref.paragraph },
    };
  }

  private suggestion(h: Scored): Suggestion {
    const sectorId = h.record.sectorIds[0];
    const sector = this.kb.sectors.find((s) => s.id === sectorId);
    const label = sector ? sector.names['zh-Hans'] : `${clip(h.record.text, 16)}`;
    return { label, ref: h.record.ref, ...(sectorId ? { sectorId } : {}) };
  }

  private wholeParagraph(base: Pick<Answer, 'question' | 'script' | 'lang' | 'truncated'>, notice: Notice, p: Paragraph): Answer {
    const refs = p.sentences.map((s) => ({ notice: notice.id, paragraph: p.number, sentence: s.number }));
    return {
      ...base,
      kind: 'paragraph',
      answered: true,
      quotes: refs,
      citations: refs.map((r) => ({ ...r, score: 1 })),
      suggestions: [],
      sectors: this.kb.sectors.filter((s) => s.cites.some((c) => c.notice === notice.id && c.paragraph === p.number)).map((s) => s.id),
      paragraph: { notice: notice.id, number: p.number },
    };
  }

  private outline(base: Pick<Answer, 'question' | 'script' | 'lang' | 'truncated'>, notice: Notice): Answer {
    const firsts = notice.paragraphs.filter((p) => p.point !== undefined).map((p) => ({ notice: notice.id, paragraph: p.number, sentence: 1 }));
    const refs = firsts.length > 0 ? firsts : [{ notice: notice.id, paragraph: 1, sentence: 1 }];
    return {
      ...base,
      kind: 'outline',
      answered: true,
      quotes: refs,
      citations: refs.map((r) => ({ ...r, score: 1 })),
      suggestions: [],
      sectors: [],
    };
  }

  private outlineSuggestions(notice: Notice): Suggestion[] {
    return notice.paragraphs
      .filter((p) => p.heading)
      .slice(0, 3)
      .map((p) => ({ label: p.heading!, ref: { notice: notice.id, paragraph: p.number, sentence: 1 } }));
  }
}

function coverageAnswers(c: Coverage, dutyQuestion: boolean): boolean {
  if (c.inText === 0) return c.share >= (dutyQuestion ? MIN_SHARE_ALIAS_DUTY : MIN_SHARE_ALIAS_ONLY);
  return c.share >= MIN_SHARE || (c.share >= MIN_SHARE_WITH_TEXT && c.inText >= MIN_TEXT_WEIGHT);
}

function sameSectors(a: Hit, b: Hit): boolean {
  return a.record.sectorIds.join() === b.record.sectorIds.join();
}

function clip(s: string, n: number): string {
  const chars = [...s];
  return chars.length <= n ? s : `${chars.slice(0, n).join('')}…`;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
