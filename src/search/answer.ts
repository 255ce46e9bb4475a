// question -> Answer: clean, understand, search, decide whether the notice answers it, pick the sentences
// to quote, and cite them. Pure and synchronous: no I/O at query time.

import type { KnowledgeBase, Lang, Notice, Paragraph, SentenceRef } from '../knowledge/types.js';
import { dateSentence, issuerSentence, KnowledgeError, primaryNotice } from '../knowledge/types.js';
import { conceptWeight } from './coverage.js';
import { checkModel, featuresOf, probability, type QuestionSignals } from './decide.js';
import { englishTerms } from './english.js';
import { type QueryConcepts, SearchIndex, sameRef } from './index.js';
import { detectIntent, isOutlineWord, type NoticeIntent } from './intents.js';
import { type CleanQuestion, cleanQuestion, queryTerms } from './normalise.js';
import { rankCandidates, type Scored } from './rank.js';
import type { Script } from './script.js';
import { splitStory } from './story.js';
import { TUNING } from './tuning.js';

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
  /**
   * When not answered but close: the sentence nearest to what was asked, shown as related, never as
   * the answer ("倡议没有说到这一点。相关的是：……").
   */
  related: SentenceRef[];
}

export class Answerer {
  readonly index: SearchIndex;

  constructor(
    readonly kb: KnowledgeBase,
    index?: SearchIndex,
  ) {
    assertModelFits(kb);
    this.index = index ?? new SearchIndex(kb);
  }

  /** An Answerer built without holding the event loop (see SearchIndex.build): for reloads in a running bot. */
  static async build(kb: KnowledgeBase): Promise<Answerer> {
    // Refused before the (long) build, not after it.
    assertModelFits(kb);
    return new Answerer(kb, await new SearchIndex(kb, { deferred: true }).build());
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

  /** The signals of the last computed question's best sentence, read by `explain`. */
  private lastFeatures: number[] | undefined;

  /**
   * The answer the notice would give if the decision always said yes, and its signals: what
   * bench/fit-decision.ts learns from. Undefined features: no candidate at all, or not a search.
   */
  explain(raw: string): { answer: Answer; features: number[] | undefined } {
    this.lastFeatures = undefined;
    const answer = this.compute(cleanQuestion(raw), true);
    return { answer, features: this.lastFeatures };
  }

  private compute(q: CleanQuestion, force = false): Answer {
    const lang: Lang = q.english ? 'en' : q.script === 'hant' ? 'zh-Hant' : 'zh-Hans';
    const base = { question: q.text, script: q.script, lang, truncated: q.truncated };
    const none: Answer = { ...base, kind: 'empty', answered: false, quotes: [], citations: [], suggestions: [], sectors: [], related: [] };
    if (!q.meaningful) return none;

    const ql = this.index.lang;
    const patterns = ql.patterns;
    const conceptsOf = (text: string): QueryConcepts =>
      q.english ? englishTerms(text, ql) : queryTerms(text, this.index.vocab, ql).map((t) => ql.synonyms(t));
    // In a long message, what the asking clauses say leads; the story around them counts less.
    // Question patterns read dialect question words as standard ones (边个 -> 谁).
    const standard = ql.standardise(q.simplified);
    const story = splitStory(standard, patterns.asking, q.english);
    const asked = conceptsOf(story.ask);
    const told = story.background ? conceptsOf(story.background).filter((c) => !asked.some((a) => a[0] === c[0])) : [];
    const concepts: QueryConcepts = [...asked, ...told];
    const intent = detectIntent(
      q.simplified,
      concepts.some((c) => !c.every((f) => patterns.noticeSelf.test(f) || ql.questionWords.has(f)) && !isOutlineWord(c[0]!, patterns)),
      patterns,
    );
    // Numbered parts and "who issued it" refer to the notice the question names, else the newest.
    const named = this.index.namedNotice(standard);
    const notice = named ?? primaryNotice(this.kb);
    if (intent?.kind === 'outline') return this.outline(base, notice);
    if (intent?.kind === 'sentence') {
      const ref = { notice: notice.id, paragraph: intent.paragraph, sentence: intent.sentence };
      if (!notice.paragraphs.find((x) => x.number === ref.paragraph)?.sentences.some((x) => x.number === ref.sentence)) {
        return { ...none, kind: 'not-covered', suggestions: this.outlineSuggestions(notice) };
      }
      return this.quoteAnswer(ref, base);
    }
    if (intent) {
      // A numbered part: of the notice named; else of the one notice that has it; else ask which.
      const candidates = (named ? [named] : this.kb.notices).filter((n) => partOf(n, intent));
      if (candidates.length === 1) return this.wholeParagraph(base, candidates[0]!, partOf(candidates[0]!, intent)!);
      if (candidates.length === 0) return { ...none, kind: 'not-covered', suggestions: this.outlineSuggestions(notice) };
      const suggestions = candidates
        .slice(0, 3)
        .map((n) => ({ label: n.shortTitle, ref: { notice: n.id, paragraph: partOf(n, intent)!.number, sentence: 1 } }));
      return { ...none, kind: 'not-covered', suggestions };
    }
    if (patterns.aboutBot.test(standard)) return { ...none, kind: 'not-covered' };
    if (concepts.length === 0) {
      // Only question words left: who issued it, to whom, when ("倡议是给谁的") is about the notice itself.
      if (!patterns.aboutNotice.test(standard)) return { ...none, kind: 'not-covered' };
      const when = ql.answerTypes.some((a) => a.name === 'time' && a.asks.test(standard));
      return this.quoteAnswer(when ? dateSentence(notice) : issuerSentence(notice), base);
    }

    const vocab = this.index.vocab;
    const raw = concepts.map((c) => conceptWeight(c, vocab, ql.genericWords));
    // The story counts less than the question, and never more than a part of it, however long it is.
    const askWeight = raw.slice(0, asked.length).reduce((x, w) => x + w, 0);
    const storyWeight = raw.slice(asked.length).reduce((x, w) => x + w, 0);
    const storyFactor = storyWeight > 0 ? Math.min(TUNING.backgroundFactor, (TUNING.backgroundCap * askWeight) / storyWeight) : 0;
    const aboutTheNotice = patterns.aboutNotice.test(standard);
    // The notice's own name in a question points at the notice, unless the question asks who issued it.
    const names = (c: string[]) => !aboutTheNotice && c.some((f) => this.index.noticeNames.has(f));
    const weights = raw.map((w, i) => (i >= asked.length ? w * storyFactor : w) * (names(concepts[i]!) ? TUNING.noticeNameFactor : 1));
    const answerTypes = ql.answerTypes.filter((a) => a.asks.test(story.ask));
    const asksWhen = answerTypes.some((a) => a.name === 'time');
    const framingAsked = asksWhen ? 'date' : patterns.audience.test(standard) ? 'salutation' : 'signature';
    // A sentence sharing no real word with the question (only lone characters or bigrams) is no candidate.
    const scored = rankCandidates(this.index, concepts, weights, answerTypes, aboutTheNotice, framingAsked).filter(
      (h) => h.cov.words > 0 && (!named || this.kb.notices.length === 1 || h.record.ref.notice === named.id),
    );
    const best = scored[0];
    if (!best) return { ...none, kind: 'not-covered' };

    const total = weights.reduce((a, w) => a + w, 0);
    const unknownWeights = concepts.map((c, i) => (c.some((f) => vocab.has(f.toLowerCase())) ? 0 : (weights[i] ?? 0)));
    const unknownWeight = unknownWeights.reduce((x, w) => x + w, 0);
    const signals: QuestionSignals = {
      unknown: total > 0 ? unknownWeight / total : 0,
      maxUnknown: total > 0 ? Math.max(0, ...unknownWeights) / total : 0,
      typeMissing: (h) => answerTypes.some((a) => !a.answeredBy.test(h.record.text)),
      duty: patterns.duty.test(standard),
      english: q.english,
      concepts: concepts.length,
    };
    // Who issued the notice, when, to whom: its own lines say so; no decision to make. "Who and when" gets both.
    if (aboutTheNotice && best.record.says.length > 0) {
      const owner = this.kb.notices.find((n) => n.id === best.record.ref.notice)!;
      const refs = [best.record.ref];
      const date = dateSentence(owner);
      if (asksWhen && best.record.says.includes('signature') && !sameRef(date, best.record.ref)) refs.push(date);
      return { ...this.quoteAnswer(refs[0]!, base), quotes: refs, citations: refs.map((r) => ({ ...r, score: 1 })) };
    }
    const features = featuresOf(best, scored[1], signals);
    const p = probability(this.kb.decision, features);
    this.lastFeatures = features;
    if (!force && p < this.kb.decision.threshold) {
      // Close, but not an answer: say the notice does not state it, and show what it does say nearby.
      const related = p >= this.kb.decision.relatedThreshold ? [best.record.ref] : [];
      return { ...none, kind: 'not-covered', related };
    }
    const answers = (h: Scored) => probability(this.kb.decision, featuresOf(h, scored[scored.indexOf(h) + 1], signals)) >= this.kb.decision.threshold;

    const quotes = this.pickQuotes(best, scored, answers);
    const quoted = (h: Scored) => quotes.some((x) => x === h);
    const suggestions = scored
      .filter((h) => !quoted(h) && h.cov.share >= best.cov.share * 0.85 && h.rank >= best.rank - 0.12 && answers(h))
      .filter((h, i, all) => all.findIndex((x) => sameRef(x.record.ref, h.record.ref)) === i)
      .map((h) => this.suggestion(h))
      // One label once: two sentences of one sector are one choice.
      .filter((sug, i, all) => all.findIndex((x) => x.label === sug.label) === i)
      .slice(0, 3);
    return {
      ...base,
      kind: 'match',
      answered: true,
      quotes: quotes.map((h) => h.record.ref),
      citations: quotes.map((h) => ({ ...h.record.ref, score: round(Math.max(0, Math.min(1, h.rank))) })),
      suggestions,
      sectors: [...new Set(quotes.flatMap((h) => h.record.sectorIds))],
      paragraph: { notice: best.record.ref.notice, number: best.record.ref.paragraph },
      related: [],
    };
  }

  /**
   * The best sentence; when the question names several sectors, each one's sentence; otherwise a
   * neighbouring sentence of the same paragraph that answers it about as well (and is no other sector's duty).
   */
  private pickQuotes(best: Scored, scored: Scored[], answers: (h: Scored) => boolean): Scored[] {
    const quotes = [best];
    const sectorHits = scored.filter((h) => h !== best && h.record.sectorIds.length > 0 && h.cov.aliasConcepts.size > 0 && answers(h));
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
      related: [],
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
      related: [],
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
      related: [],
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

/** The paragraph a paragraph or point intent names in a notice (framing lines do not count as the last). */
function partOf(notice: Notice, intent: Exclude<NoticeIntent, { kind: 'outline' } | { kind: 'sentence' }>): Paragraph | undefined {
  const content = notice.paragraphs.filter((x) => !x.role);
  const points = content.filter((x) => x.point !== undefined);
  if (intent.kind === 'paragraph') return intent.paragraph === 'last' ? content.at(-1) : notice.paragraphs.find((x) => x.number === intent.paragraph);
  return intent.point === 'last' ? points.at(-1) : points.find((x) => x.point === intent.point);
}

/** A model fitted on other signals than the engine computes would decide at random: refuse it. */
function assertModelFits(kb: KnowledgeBase): void {
  const problem = checkModel(kb.decision);
  if (problem) throw new KnowledgeError('decision-model.json', 1, problem);
}

function clip(s: string, n: number): string {
  const chars = [...s];
  return chars.length <= n ? s : `${chars.slice(0, n).join('')}…`;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
