// question -> Answer: clean, understand, search, decide whether the notice answers it, pick the sentences
// to quote, and cite them. Pure and synchronous: no I/O at query time.

import type { KnowledgeBase, Lang, Notice, Paragraph, SentenceRef } from '../knowledge/types.js';
import { contentParagraphs, dateSentence, findSentence, issuerSentence, KnowledgeError, primaryNotice } from '../knowledge/types.js';
import { conceptWeight } from './coverage.js';
import { checkModel, featuresOf, probability, type QuestionSignals } from './decide.js';
import { englishTerms } from './english.js';
import { type Conversation, type FollowUpTools, readFollowUp } from './follow-up.js';
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

export type AnswerKind = 'match' | 'paragraph' | 'outline' | 'not-covered' | 'empty' | 'greeting' | 'thanks';

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
  /** A follow-up read against the conversation: what it was taken to be about ("关于慈善组织"). */
  followUp?: { topic: string };
  /**
   * Not stated for this topic, though the notice states that kind of thing elsewhere: the related
   * sentence is the one that does ("no date for charities; the date it sets is this one, for key enterprises").
   */
  lacks?: { type: string; topic: string };
  /**
   * The asker named a business (我开饭店的) and the notice addresses others (associations): say whom it
   * addresses before quoting what it asks in their sector.
   */
  addressedTo?: Record<Lang, string>;
  /** A sentence or paragraph asked for by number that the notice does not have: how many it has. */
  missing?: { notice: string; paragraph: number; sentence?: number; count: number };
  /** What the chat is about after this answer, for the next message; undefined: unchanged. */
  conversation?: Conversation;
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

  /**
   * `conversation`: what the chat was about before; a message that leans on it (那餐饮呢, 为什么?, 下一句)
   * is read against it. Without it, or for a message that stands alone, the answer is the same as ever.
   */
  answer(raw: string, conversation?: Conversation): Answer {
    if (conversation) return this.followUp(cleanQuestion(raw), conversation);
    const q = cleanQuestion(raw);
    const cached = this.cache.get(q.text);
    if (cached) {
      // Refresh its place: the Map's order is the eviction order.
      this.cache.delete(q.text);
      this.cache.set(q.text, cached);
      return cached.truncated === q.truncated ? cached : { ...cached, truncated: q.truncated };
    }
    const answer = Object.freeze(this.withConversation(this.compute(q), q.text));
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

  private compute(q: CleanQuestion, force = false, within?: Notice): Answer {
    const lang: Lang = q.english ? 'en' : q.script === 'hant' ? 'zh-Hant' : 'zh-Hans';
    const base = { question: q.text, script: q.script, lang, truncated: q.truncated };
    const none: Answer = { ...base, kind: 'empty', answered: false, quotes: [], citations: [], suggestions: [], sectors: [], related: [] };
    const ql = this.index.lang;
    const lowered = q.simplified.toLowerCase();
    // A message that only greets or thanks is answered in kind (and with how to ask), not searched.
    if (this.kb.language.conversation.greeting.test(lowered)) return { ...none, kind: 'greeting' };
    if (this.kb.language.conversation.thanks.test(lowered)) return { ...none, kind: 'thanks' };
    if (!q.meaningful) return none;

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
    // Numbered parts and "who issued it" refer to the notice the question names, else the one the
    // conversation is about, else the newest.
    const named = this.index.namedNotice(standard) ?? within;
    const notice = named ?? primaryNotice(this.kb);
    if (intent?.kind === 'outline') return this.outline(base, notice);
    if (intent?.kind === 'sentence') {
      const ref = { notice: notice.id, paragraph: intent.paragraph, sentence: intent.sentence };
      const p = notice.paragraphs.find((x) => x.number === ref.paragraph);
      if (!p?.sentences.some((x) => x.number === ref.sentence)) {
        // "第4段第20句": say how many there are, so the asker can correct it.
        const missing = p
          ? { notice: notice.id, paragraph: p.number, sentence: ref.sentence, count: p.sentences.length }
          : { notice: notice.id, paragraph: ref.paragraph, count: notice.paragraphs.length };
        return { ...none, kind: 'not-covered', missing, suggestions: this.outlineSuggestions(notice) };
      }
      return this.quoteAnswer(ref, base);
    }
    if (intent) {
      // A numbered part: of the notice named; else of the one notice that has it; else ask which.
      const candidates = (named ? [named] : this.kb.notices).filter((n) => partOf(n, intent));
      if (candidates.length === 1) return this.wholeParagraph(base, candidates[0]!, partOf(candidates[0]!, intent)!);
      if (candidates.length === 0) {
        const missing =
          intent.kind === 'paragraph' && typeof intent.paragraph === 'number'
            ? { notice: notice.id, paragraph: intent.paragraph, count: notice.paragraphs.length }
            : undefined;
        return { ...none, kind: 'not-covered', ...(missing ? { missing } : {}), suggestions: this.outlineSuggestions(notice) };
      }
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
    const owner = this.kb.notices.find((n) => n.id === best.record.ref.notice);
    const asBusiness = best.record.sectorIds.length > 0 && concepts.some((c) => ql.isBusinessWord(c[0]!));
    return {
      ...base,
      ...(asBusiness && owner?.audience ? { addressedTo: owner.audience } : {}),
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

  /** A message read against the conversation before it (see follow-up.ts). */
  private followUp(q: CleanQuestion, conv: Conversation): Answer {
    const within = this.kb.notices.find((n) => n.id === conv.notice);
    const ql = this.index.lang;
    const standard = ql.standardise(q.simplified.toLowerCase());
    const reading = within && q.meaningful ? readFollowUp(standard, q.english, conv, this.followUpTools) : undefined;
    const alone = this.compute(q, false, within);
    if (!reading || alone.kind === 'greeting' || alone.kind === 'thanks') return this.withConversation(alone, q.text);
    if (reading.kind === 'move') {
      const from = reading.step > 0 ? conv.refs.at(-1) : conv.refs[0];
      const to = from && neighbour(within!, from, reading.step);
      if (!to) return { ...alone, kind: 'not-covered', answered: false, quotes: [], citations: [], suggestions: [], related: [], sectors: [] };
      return this.withConversation(this.quoteAnswer(to, alone), conv.question, conv.topic);
    }
    const type = ql.answerTypes.find((t) => t.asks.test(standard));
    // Asked for a kind of thing (where? when?), a sentence answers only if it holds one.
    const gives = (a: Answer) => !type || a.quotes.some((r) => type.answeredBy.test(findSentence(this.kb, r)?.text ?? ''));
    // A short message that is a whole question of its own ("重点企业什么时候复工?") stands alone.
    if (!reading.explicit && alone.answered && gives(alone)) return this.withConversation(alone, q.text);
    if (alone.kind === 'paragraph' || alone.kind === 'outline') return this.withConversation(alone, q.text);
    const composed = this.compute(cleanQuestion(reading.question), false, within);
    const asked = { question: q.text, script: q.script, lang: alone.lang, truncated: q.truncated };
    if (composed.answered && gives(composed))
      return this.withConversation({ ...composed, ...asked, followUp: { topic: reading.topic } }, reading.question, reading.topic);
    // Not stated for this topic. If the message asks for a kind of thing (a date, a place, a reason) that
    // the notice gives elsewhere, show where. The sentence next to the one talked about continues it, and a
    // reason holds for every request: those answer. A date set for one party elsewhere is no other's: related.
    const elsewhere = type && this.sentenceGiving(type.answeredBy, within!, reading.question, conv.refs[0]);
    if (!reading.explicit && !elsewhere) return this.withConversation(alone, q.text);
    if (type && elsewhere) {
      const next = conv.refs.some((r) => r.paragraph === elsewhere.paragraph && Math.abs(r.sentence - elsewhere.sentence) <= 1);
      if (type.appliesToAll || next) {
        // A reason often runs over two sentences (its heading, then why it matters): quote the next one too if it gives it.
        const after = neighbour(within!, elsewhere, 1);
        const refs =
          after && after.paragraph === elsewhere.paragraph && type.answeredBy.test(findSentence(this.kb, after)?.text ?? '') ? [elsewhere, after] : [elsewhere];
        const answer = {
          ...this.quoteAnswer(elsewhere, asked),
          quotes: refs,
          citations: refs.map((r) => ({ ...r, score: 1 })),
          followUp: { topic: reading.topic },
        };
        return this.withConversation(answer, reading.question, reading.topic);
      }
      return { ...composed, ...asked, related: [elsewhere], lacks: { type: type.name, topic: reading.topic }, followUp: { topic: reading.topic } };
    }
    return { ...composed, ...asked, followUp: { topic: reading.topic } };
  }

  private get followUpTools(): FollowUpTools {
    return {
      conversation: this.kb.language.conversation,
      asking: this.kb.language.patterns.asking,
      topicWords: (text: string) => this.topicWords(text),
      talkedAbout: (w: string, conv: Conversation) => {
        const held = [conv.question, conv.topic, ...conv.refs.map((r) => findSentence(this.kb, r)?.text ?? '')].join('\n').toLowerCase();
        return [w, ...this.index.lang.synonyms(w), ...(this.index.lang.englishMeaning(w) ?? [])].some((f) => held.includes(f.toLowerCase()));
      },
      names: (w: string) =>
        (this.index.vocab.has(w) || this.index.lang.words.has(w) || this.index.lang.englishMeaning(w) !== undefined) &&
        !this.index.lang.answerTypes.some((t) => t.asks.test(w)),
      sectorWords: (id: string) => {
        const s = this.kb.sectors.find((x) => x.id === id);
        return s ? [...new Set([...Object.values(s.names), ...Object.values(s.aliases).flat()])].sort((a, b) => b.length - a.length) : [];
      },
    };
  }

  /** The words of a text that name something: no question words, fillers, words for organisations or for the notice. */
  private topicWords(text: string): string[] {
    const ql = this.index.lang;
    // English: the asker's own words (the concepts carry the notice's Chinese for them), so that a composed
    // follow-up stays one language.
    if (!/\p{Script=Han}/u.test(text))
      return (text.toLowerCase().match(/[a-z][a-z'-]+/g) ?? []).filter((w) => w.length > 2 && !ql.englishStopWords.has(w) && !ql.genericWords.has(w));
    return queryTerms(text, this.index.vocab, ql)
      .map((t) => ql.synonyms(t)[0]!)
      .filter((w) => !ql.isQuestionWord(w) && !ql.genericWords.has(w.toLowerCase()) && !ql.patterns.noticeSelf.test(w) && !isOutlineWord(w, ql.patterns));
  }

  /** The answer with what the chat is about after it: its notice, sectors, quotes, and the words it was about. */
  private withConversation(a: Answer, question: string, topic?: string): Answer {
    const refs = a.answered ? a.quotes : a.related;
    if (refs.length === 0 || a.kind === 'outline') return a;
    const sectors = a.answered ? a.sectors : [];
    const said = sectors.flatMap((id) => this.followUpTools.sectorWords(id)).find((w) => question.includes(w));
    const about = topic ?? said ?? this.topicWords(question).join(a.lang === 'en' ? ' ' : '');
    return { ...a, conversation: { notice: refs[0]!.notice, question, sectors, refs, topic: about } };
  }

  /**
   * The sentence of `notice` that gives what `gives` matches, nearest to the question: the one BM25 ranks
   * first for it, else the first in the paragraph talked about, else the first in the notice.
   */
  private sentenceGiving(gives: RegExp, notice: Notice, question: string, near: SentenceRef | undefined): SentenceRef | undefined {
    const content = contentParagraphs(notice).flatMap((p) =>
      p.sentences.map((s) => ({ ref: { notice: notice.id, paragraph: p.number, sentence: s.number }, text: s.text })),
    );
    const giving = content.filter((x) => gives.test(x.text));
    if (giving.length === 0) return undefined;
    const ql = this.index.lang;
    const q = cleanQuestion(question);
    const concepts = q.english ? englishTerms(q.simplified, ql) : queryTerms(q.simplified, this.index.vocab, ql).map((t) => ql.synonyms(t));
    const scores = this.index.bm25Search(
      concepts,
      concepts.map(() => 1),
      TUNING.candidates,
    );
    let best: { ref: SentenceRef; score: number } | undefined;
    for (const [record, score] of scores) {
      if (giving.some((x) => sameRef(x.ref, record.ref)) && (!best || score > best.score)) best = { ref: record.ref, score };
    }
    return best?.ref ?? giving.find((x) => near && x.ref.paragraph === near.paragraph)?.ref ?? giving[0]!.ref;
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

/** The sentence `step` away from `ref` in reading order, across paragraphs; framing lines skipped. */
function neighbour(notice: Notice, ref: SentenceRef, step: 1 | -1): SentenceRef | undefined {
  const all = contentParagraphs(notice).flatMap((p) => p.sentences.map((s) => ({ notice: notice.id, paragraph: p.number, sentence: s.number })));
  const at = all.findIndex((r) => sameRef(r, ref));
  return at < 0 ? undefined : all[at + step];
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
