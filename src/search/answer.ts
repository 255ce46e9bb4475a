// question -> Answer: clean, understand, search, decide whether the notice answers it, pick the sentences
// to quote, and cite them. Pure and synchronous: no I/O at query time.

import type { KnowledgeBase, Lang, Notice, SentenceRef } from '../knowledge/types.js';
import { KnowledgeError, primaryNotice } from '../knowledge/types.js';
import { type Answer, type AnswerBase, answerOf, type Explanation, withFields } from './answer-model.js';
import { askedAnswerTypes, asksOtherYear, namesKind } from './asked-kinds.js';
import { candidates } from './candidates.js';
import { ConversationReader } from './conversation-reader.js';
import { withCorrections } from './corrected-text.js';
import { checkModel, featuresOf, probability, type QuestionSignals, reweighed } from './decide.js';
import { quoteAnswer, quoteLines } from './fixed-answers.js';
import { askedFocus } from './focus.js';
import type { Conversation } from './follow-up.js';
import { HeldTypes } from './held-types.js';
import { type QueryConcepts, SearchIndex } from './index.js';
import type { IndexCache } from './index-snapshot.js';
import { matchAnswer } from './match-answer.js';
import { type CleanQuestion, cleanQuestion } from './normalise.js';
import { notStated } from './not-stated.js';
import { describedNoticePattern, framingLines, noticeSelfLines } from './notice-self.js';
import { asksOfOtherBody } from './other-body.js';
import { NoticePlaces, placeNamesIn, withoutPlaceNames } from './places.js';
import { readQuantities } from './quantities.js';
import { RANK_FEATURES, rankWeights, type Scored } from './rank.js';
import { RecentAnswers } from './recent-answers.js';
import { splitStory } from './story.js';
import { TUNING } from './tuning.js';
import { UnknownWords } from './unknown-words.js';
import { weighConcepts } from './weighing.js';
import { answerWithoutSearch } from './without-search.js';

export type { Answer, AnswerBase, AnswerKind, Citation, Explanation, Suggestion } from './answer-model.js';

export class Answerer {
  readonly index: SearchIndex;

  /** `cache`: where the index's text-derived part is kept between starts (see index-snapshot.ts); none by default. */
  constructor(
    readonly kb: KnowledgeBase,
    index?: SearchIndex,
    options: { cache?: IndexCache } = {},
  ) {
    assertModelFits(kb);
    this.sectored = new Set(kb.sectors.flatMap((s) => s.cites.map((c) => c.notice)));
    this.places = new NoticePlaces(kb.language.places, kb.language.patterns.abroad);
    this.byId = new Map(kb.notices.map((n) => [n.id, n]));
    // As written and as typed without the units of its place (宝鸡市山东商会, 宝鸡山东商会).
    this.issuers = [...new Set(kb.notices.flatMap((n) => [n.issuer, n.issuer.replace(PLACE_UNIT, '')]))];
    this.rankWeighting = rankWeights(kb.ranking);
    this.plainRanks = this.rankWeighting[RANK_FEATURES.indexOf('plainBm25')] !== 0;
    this.describedNotice = describedNoticePattern(kb.notices);
    // Built once here, not once a concept a question: the asker's word ends the text before the concept's word.
    this.askerBefore = new RegExp(`(?:${kb.language.patterns.askerWord.source})$`, 'u');
    this.outlineAsked = new RegExp(`${kb.language.patterns.outline.source}|${kb.language.patterns.outlineEn.source}`, 'giu');
    this.index = index ?? new SearchIndex(kb, options);
    this.unknownWords = new UnknownWords(this.index.vocab, this.places, (id) => this.index.recordsOf(id), kb.notices.length);
    this.reader = new ConversationReader(kb, this.index, (q, within) => this.compute(q, false, within));
  }

  /** An Answerer built without holding the event loop (see SearchIndex.build): for reloads in a running bot. */
  static async build(kb: KnowledgeBase, options: { cache?: IndexCache } = {}): Promise<Answerer> {
    // Refused before the (long) build, not after it.
    assertModelFits(kb);
    return new Answerer(kb, await new SearchIndex(kb, { deferred: true, ...options }).build());
  }

  static readonly CACHE_SIZE = 2000;
  private readonly cache = new RecentAnswers<Answer>(Answerer.CACHE_SIZE);
  /** The notices that sectors cite: the others are served with their text alone. */
  private readonly sectored: Set<string>;
  /** Which of a question's words no notice knows. */
  private readonly unknownWords: UnknownWords;
  /** Whether a question asks about somewhere outside a notice's region. */
  private readonly places: NoticePlaces;
  private readonly byId: Map<string, Notice>;
  /** The notices' issuers, whose words a question may name a notice by (weighing.ts). */
  private readonly issuers: string[];
  /** The ranking model's weights, in the order of the ranking signals. */
  private readonly rankWeighting: number[];
  /** What a question says a notice is before naming its kind (notice-self.ts). */
  private readonly describedNotice: RegExp;
  /** What comes before a word naming the asker (我们, 我们这种), at the end of a text (see namesAsker). */
  private readonly askerBefore: RegExp;
  /** The words asking for an outline (the three points, 主要内容), found anywhere in a question. */
  private readonly outlineAsked: RegExp;
  /** Whether the plain BM25 signal weighs anything: it costs a search, made only then (and when explaining). */
  private readonly plainRanks: boolean;
  private noticeOf(id: string): Notice {
    return this.byId.get(id)!;
  }
  /** Follow-ups, answered with this engine's own search. */
  private readonly reader: ConversationReader;

  /**
   * `conversation`: what the chat was about before; a message that leans on it (那餐饮呢, 为什么?, 下一句)
   * is read against it. Without it, or for a message that stands alone, the answer is the same as ever.
   */
  answer(raw: string, conversation?: Conversation): Answer {
    if (conversation) return this.reader.answer(cleanQuestion(raw), conversation);
    const q = cleanQuestion(raw);
    const cached = this.cache.get(q.text);
    if (cached) return cached.truncated === q.truncated ? cached : withFields(cached, { truncated: q.truncated });
    const answer = Object.freeze(this.reader.withConversation(this.compute(q), q.text));
    this.cache.set(q.text, answer);
    return answer;
  }

  /** The answer without the cache (benchmarks measure both). */
  answerUncached(raw: string): Answer {
    return this.compute(cleanQuestion(raw));
  }

  /** Filled while `explain` computes its question: an answer keeps nothing of the question before it. */
  private explained: Explanation | undefined;

  /**
   * The answer the notice would give if the decision always said yes, and its signals: what
   * bench/fit-decision.ts learns from. Undefined features: no candidate at all, or not a search.
   */
  explain(raw: string): { answer: Answer } & Explanation {
    const explained: Explanation = { features: undefined, kinds: [], concepts: [], candidates: [], focus: [] };
    this.explained = explained;
    try {
      return { answer: this.compute(cleanQuestion(raw), true), ...explained };
    } finally {
      this.explained = undefined;
    }
  }

  private compute(q: CleanQuestion, force = false, within?: Notice): Answer {
    const lang: Lang = q.english ? 'en' : q.script === 'hant' ? 'zh-Hant' : 'zh-Hans';
    const base = { question: q.text, script: q.script, lang, truncated: q.truncated };
    const ql = this.index.lang;
    const lowered = q.simplified.toLowerCase();
    // A message that only greets or thanks is answered in kind (and with how to ask), not searched.
    if (this.kb.language.conversation.greeting.test(lowered)) return answerOf(base, 'greeting');
    if (this.kb.language.conversation.thanks.test(lowered)) return answerOf(base, 'thanks');
    if (!q.meaningful) return answerOf(base, 'empty');

    const patterns = ql.patterns;
    const conceptsOf = (text: string): QueryConcepts => this.index.concepts(text, q.english);
    // In a long message, what the asking clauses say leads; the story around them counts less.
    // Question patterns read dialect question words as standard ones (边个 -> 谁).
    // A quantity the asker states (两百来人) is one concept (人数), held by a sentence whose bounds take it.
    const quantities = readQuantities(ql.standardise(q.simplified), this.kb.language.statedQuantities);
    const standard = quantities.text;
    const story = splitStory(standard, patterns.asking, q.english, patterns.topicLead, patterns.fewAsking);
    const asked = conceptsOf(story.ask);
    const told = story.background ? conceptsOf(story.background).filter((c) => !asked.some((a) => a[0] === c[0])) : [];
    const concepts: QueryConcepts = [...asked, ...told];
    // Numbered parts and "who issued it" refer to the notice the question names, else the one the
    // conversation is about, else the newest.
    const named = this.index.namedNotice(standard) ?? within;
    const notice = named ?? primaryNotice(this.kb);
    const read = { base, simplified: q.simplified, standard, ask: story.ask, concepts, conceptsOf, outlineAsked: this.outlineAsked, named, notice };
    const fixed = answerWithoutSearch(this.kb, ql, read);
    if (fixed) return fixed;
    // Which document or call it follows (按照哪个文件发的) is in its text, not its signature; so is a deadline it sets.
    const aboutTheNotice = patterns.aboutNotice.test(standard) && !patterns.basis.test(standard) && !patterns.deadline.test(standard);
    if (concepts.length === 0 && !aboutTheNotice) return answerOf(base, 'not-covered');
    // Read once, on the first candidate that needs them: most questions name no place. Read as the notices write
    // their typos (日西乡 for 日溪乡), without where the asker is (我在成都打工).
    let askedPlaces: string[][] | undefined;
    const askedWords = asked.map((c) => c[0]!);
    const placesAsked = () => {
      askedPlaces ??= this.places.in(ql.withoutAskerPlace(withCorrections(story.ask, askedWords, this.index.vocab)));
      return askedPlaces;
    };
    // A notice of somewhere else (成都市红十字会的公告, asked of a 巴中 one) is not this one.
    const elsewhere = () => this.places.outside(placesAsked(), notice);
    const selfLines = aboutTheNotice && !elsewhere() ? noticeSelfLines(notice, standard, ql, this.describedNotice, conceptsOf) : undefined;
    if (selfLines) return quoteLines(this.kb, selfLines, base);

    const vocab = this.index.vocab;
    const { weights, weightsFor, light } = weighConcepts({
      concepts,
      asked: asked.length,
      ask: story.ask,
      aboutTheNotice,
      lang: ql,
      vocab,
      noticeNames: this.index.noticeNames,
      issuerBodies: this.index.issuerBodies,
      issuers: this.issuers,
      withoutPlaces: (text: string) => withoutPlaceNames(text, this.kb.language.places),
      askerBefore: this.askerBefore,
    });
    const answerTypes = askedAnswerTypes(story.ask, ql.answerTypes, patterns);
    const asksWhen = answerTypes.some((a) => a.name === 'time');
    // A word naming the kind of answer asked (地址, 邮编, 电话) is no unknown thing: whether a sentence holds
    // such an answer is what typeMissing weighs.
    const namesType = (c: string[]) => answerTypes.some((a) => namesKind(a, c));
    const statesQuantity = (c: string[]) => quantities.holders.has(c[0]!);
    // Whether a sentence holds every kind of answer asked for (a date for 什么时候, a number for 多少).
    const recordsOf = (id: string) => this.index.recordsOf(id);
    const held = new HeldTypes(answerTypes, recordsOf, standard, patterns.statedDate);
    const scored = candidates(this.index, {
      concepts,
      askedConcepts: asked.length,
      weights,
      answerTypes,
      aboutTheNotice,
      standard,
      named,
      main: this.kb.notices.find((n) => n.main),
      plainText: force || this.plainRanks ? story.ask : '',
      rankWeighting: this.rankWeighting,
      quantityHolders: quantities.holders,
      held,
    });
    const best = scored[0];
    if (!best) return answerOf(base, 'not-covered');

    // The document itself (这篇文章, the article): what is asked is about it, not a thing it lacks.
    const selfWord = (f: string) => patterns.noticeSelf.test(f);
    const bestNotice = this.noticeOf(best.record.ref.notice);
    // Words spelling another notice's issuer (光伏协会, the best sentence the main notice's) are what is asked of, and
    // this notice lacks them in full.
    const bestWeights = weightsFor(bestNotice.issuer);
    const total = bestWeights.reduce((a, w) => a + w, 0);
    // Where the asker is or comes from (我係梅州人, 我在香港) tells their story: no place the notice lacks.
    const spans = ql.askerPlaceSpans(standard);
    const askerPlaces = new Set(spans ? placeNamesIn(spans, this.kb.language.places) : []);
    const askerPlace = (f: string) => askerPlaces.has(f);
    const knownBy = { namesType, statesQuantity, selfWord, askerPlace, aspectWords: ql.aspectWords };
    const unknownWeights = this.unknownWords.weights(concepts, bestWeights, { notice: bestNotice, english: q.english, ...knownBy });
    const unknownWeight = unknownWeights.reduce((x, w) => x + w, 0);
    const focus = q.english
      ? []
      : askedFocus(story.ask, asked, patterns.asking, {
          isLight: (w) => light.has(w) || ql.genericWords.has(w) || ql.isQuestionWord(w) || selfWord(w),
          isVerb: (w) => ql.verbWords.has(w),
        });
    const signals: QuestionSignals = {
      unknown: total > 0 ? unknownWeight / total : 0,
      maxUnknown: total > 0 ? Math.max(0, ...unknownWeights) / total : 0,
      focusUnknown: focus.some((i) => (unknownWeights[i] ?? 0) > 0),
      sectorless: (h) => !this.sectored.has(h.record.ref.notice),
      otherPlace: (h) => this.places.outside(placesAsked(), this.noticeOf(h.record.ref.notice)),
      // A kind a sentence may give without saying so (a reason) is not missing from it.
      typeMissing: (h) => !held.hasType(h) && answerTypes.some((a) => !a.mayBeImplicit && held.lacks(h, a)),
      focusMissing: (h) => focus.length > 0 && focus.every((i) => (unknownWeights[i] ?? 0) === 0 && !h.cov.covered.has(i)),
      duty: patterns.duty.test(standard),
      english: q.english,
      concepts: concepts.length,
    };
    // Who issued the notice, when, to whom: its own lines say so; no decision to make. "Who and when" gets both.
    // ...unless it names a place the notice is not about (成都市红十字会的公告是哪天发的, asked of a 巴中 notice).
    if (aboutTheNotice && best.record.says.length > 0 && best.cov.share >= TUNING.framingLineShare && !signals.otherPlace(best)) {
      const refs = framingLines(bestNotice, best.record, standard, asksWhen, patterns);
      return quoteLines(this.kb, refs, base);
    }
    // Less of it (残疾人两项补贴好久发): the question asks of something else, which no sentence holds.
    if (best.record.framing) return answerOf(base, 'not-covered');
    // The best as the decision sees it: its coverage under its own notice's weights.
    const judged = bestWeights === weights ? best : reweighed(best, weights, bestWeights);
    const features = featuresOf(judged, scored[1], signals);
    const p = probability(this.kb.decision, features);
    if (this.explained)
      Object.assign(this.explained, {
        features,
        probability: p,
        kinds: answerTypes.map((a) => a.name),
        concepts: concepts.map((forms, i) => ({ forms, weight: weights[i] ?? 0, unknown: (unknownWeights[i] ?? 0) > 0 })),
        candidates: scored,
        focus: focus.map((i) => ({ forms: asked[i]!, unknown: (unknownWeights[i] ?? 0) > 0 })),
      });
    // A year the best sentence's notice never names, a place outside its region that it never names (泉州市民政局有没有
    // 也取消… of a 福州 notice): the model weighed that signal, and a full match outvoted it. Other bodies of the issuer's
    // kind (各区县的民政局也…吗): the notice speaks of its issuer's own work.
    const records = this.index.recordsOf(bestNotice.id);
    const lacksRequired =
      asksOtherYear(story.ask, q.english, this.kb.language.relativeYears, bestNotice, records) ||
      !held.holdsRequired(best) ||
      signals.otherPlace(best) ||
      asksOfOtherBody(story.ask, records, patterns) ||
      // Beside the main notice, one the question does not name that lacks what is asked (a date): likely about none of
      // them. The main notice still says what it lacks (学校什么时候能开学: 倡议没有给出具体时间…). Not a kind a sentence
      // may give without saying it (whether one may: an item under 不再组织举办下列…).
      (!named && notice.main === true && bestNotice !== notice && answerTypes.some((a) => !a.appliesToAll && !a.mayBeImplicit && held.lacks(best, a)));
    if (!force && (p < this.kb.decision.threshold || lacksRequired)) {
      // Close, but not an answer: say the notice does not state it, and show what it does say nearby.
      const facts = { concepts, asked, focus, unknownWeights, answerTypes, genericWords: ql.genericWords, english: q.english };
      const { related, notStatedTopic } = notStated({ best: judged, next: scored[1], p, decision: this.kb.decision, signals, ...facts });
      return answerOf(base, 'not-covered', notStatedTopic ? { related, notStatedTopic } : { related });
    }
    // Forced (for fitting the model), every sentence may be quoted: the labels must not depend on the model being fitted.
    const answers = (h: Scored) => force || probability(this.kb.decision, featuresOf(h, scored[scored.indexOf(h) + 1], signals)) >= this.kb.decision.threshold;

    const quoting = {
      base,
      best,
      scored,
      answers,
      held,
      ask: story.ask,
      askedConcepts: asked.length,
      concepts,
      answerTypes,
      standard,
      lang: ql,
      notice: bestNotice,
      recordsOf,
    };
    return matchAnswer(this.kb, quoting);
  }

  /** An answer quoting one given sentence: a citation asked for, the issuer's sentence, a did-you-mean choice. */
  quoteAnswer(ref: SentenceRef, base: AnswerBase): Answer {
    return quoteAnswer(this.kb, ref, base);
  }
}

/**
 * The unit after the place that opens a body's name (宝鸡市山东商会, 周宁县市场监督管理局): people leave it out. Only the
 * first: 市 of 市场 is no unit.
 */
const PLACE_UNIT = /(?<=\p{Script=Han})[省市县区](?=\p{Script=Han})/u;

/** A model fitted on other signals than the engine computes would decide at random: refuse it. */
function assertModelFits(kb: KnowledgeBase): void {
  const problem = checkModel(kb.decision);
  if (problem) throw new KnowledgeError('decision-model.json', 1, problem);
}
