// Answering a message inside a conversation: how follow-up.ts reads it, answered with the engine's own
// search (passed in), and the conversation the chat is in after the answer.

import { contentParagraphs, dateSentence } from '../knowledge/notice-lines.js';
import { findSentence, type KnowledgeBase, type Notice, type SentenceRef } from '../knowledge/types.js';
import { type Answer, withFields } from './answer-model.js';
import { neighbour, quoteAnswer, quoteLines } from './fixed-answers.js';
import { type Conversation, type FollowUpTools, readFollowUp } from './follow-up.js';
import { type SearchIndex, sameRef } from './index.js';
import { isOutlineWord } from './intents.js';
import { type CleanQuestion, cleanQuestion } from './normalise.js';
import { queryTerms } from './query-terms.js';
import { TUNING } from './tuning.js';

/** The engine's answer to a cleaned question, with numbered parts read in `within` (the conversation's notice). */
export type Search = (q: CleanQuestion, within?: Notice) => Answer;

export class ConversationReader {
  private readonly tools: FollowUpTools;

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly index: SearchIndex,
    private readonly search: Search,
  ) {
    const ql = index.lang;
    // Every answer looks up its sectors' words (withConversation): sorted once per knowledge version, not per answer.
    const sectorWords = new Map(
      kb.sectors.map((s) => [s.id, [...new Set([...Object.values(s.names), ...Object.values(s.aliases).flat()])].sort((a, b) => b.length - a.length)]),
    );
    this.tools = {
      conversation: kb.language.conversation,
      asking: kb.language.patterns.asking,
      topicWords: (text) => this.topicWords(text),
      talkedAbout: (w, conv) => {
        const held = [conv.question, conv.topic, ...conv.refs.map((r) => findSentence(kb, r)?.text ?? '')].join('\n').toLowerCase();
        return [w, ...ql.synonyms(w), ...(ql.englishMeaning(w) ?? [])].some((f) => held.includes(f.toLowerCase()));
      },
      namesSector: (w) => ql.isBusinessWord(w) || kb.sectors.some((s) => s.aliases['zh-Hans'].includes(w) || s.aliases.en.includes(w.toLowerCase())),
      asksType: (text) => ql.answerTypes.some((t) => t.asks.test(text)),
      names: (w) => (index.vocab.has(w) || ql.words.has(w) || ql.englishMeaning(w) !== undefined) && !ql.answerTypes.some((t) => t.asks.test(w)),
      sectorWords: (id) => sectorWords.get(id) ?? [],
    };
  }

  /** A message read against the conversation before it (see follow-up.ts). */
  answer(q: CleanQuestion, conv: Conversation): Answer {
    const within = this.kb.notices.find((n) => n.id === conv.notice);
    const ql = this.index.lang;
    const standard = ql.standardise(q.simplified.toLowerCase());
    const reading = within && q.meaningful ? readFollowUp(standard, q.english, conv, this.tools) : undefined;
    const alone = this.search(q, within);
    if (!within || !reading || alone.kind === 'greeting' || alone.kind === 'thanks') return this.withConversation(alone, q.text);
    if (reading.kind === 'move') {
      const from = reading.step > 0 ? conv.refs.at(-1) : conv.refs[0];
      const to = from && neighbour(within, from, reading.step);
      if (!to) return withFields(alone, { kind: 'not-covered', answered: false, quotes: [], citations: [], suggestions: [], related: [], sectors: [] });
      return this.withConversation(quoteAnswer(this.kb, to, alone), conv.question, conv.topic);
    }
    const type = ql.answerTypes.find((t) => t.asks.test(standard));
    // Asked for a kind of thing (where? when?), a sentence answers only if it holds one.
    const gives = (a: Answer) => !type || a.quotes.some((r) => type.answeredBy.test(findSentence(this.kb, r)?.text ?? ''));
    // A short message that is a whole question of its own ("重点企业什么时候复工?") stands alone.
    if (!reading.explicit && alone.answered && gives(alone)) return this.withConversation(alone, q.text);
    if (alone.kind === 'paragraph' || alone.kind === 'outline') return this.withConversation(alone, q.text);
    const composed = this.search(cleanQuestion(reading.question), within);
    const asked = { question: q.text, script: q.script, lang: alone.lang, truncated: q.truncated };
    const followUp = { topic: reading.topic };
    if (composed.answered && gives(composed)) return this.withConversation(withFields(composed, { ...asked, followUp }), reading.question, reading.topic);
    // Not stated for this topic. If the message asks for a kind of thing (a date, a place, a reason) that
    // the notice gives elsewhere, show where. The sentence next to the one talked about continues it, and a
    // reason holds for every request: those answer. A date set for one party elsewhere is no other's: related.
    const elsewhere = type && this.sentenceGiving(type.answeredBy, within, reading.question, conv.refs[0]);
    if (!reading.explicit && !elsewhere) return this.withConversation(alone, q.text);
    if (!type || !elsewhere) return withFields(composed, { ...asked, followUp });
    const next = conv.refs.some((r) => r.paragraph === elsewhere.paragraph && Math.abs(r.sentence - elsewhere.sentence) <= 1);
    if (!type.appliesToAll && !next)
      return withFields(composed, { ...asked, related: [elsewhere], lacks: { type: type.name, topic: reading.topic }, followUp });
    // A reason often runs over two sentences (its heading, then why it matters): quote the next one too if it gives it.
    const after = neighbour(within, elsewhere, 1);
    const refs =
      after && after.paragraph === elsewhere.paragraph && type.answeredBy.test(findSentence(this.kb, after)?.text ?? '') ? [elsewhere, after] : [elsewhere];
    const answer = withFields(quoteLines(this.kb, refs, asked), { followUp });
    return this.withConversation(answer, reading.question, reading.topic);
  }

  /** The answer with what the chat is about after it: its notice, sectors, quotes, and the words it was about. */
  withConversation(a: Answer, question: string, topic?: string): Answer {
    const refs = a.answered ? a.quotes : a.related;
    if (refs.length === 0 || a.kind === 'outline') return a;
    const sectors = a.answered ? a.sectors : [];
    const said = sectors.flatMap((id) => this.tools.sectorWords(id)).find((w) => question.includes(w));
    const about = topic ?? said ?? this.topicWords(question).join(a.lang === 'en' ? ' ' : '');
    return withFields(a, { conversation: { notice: refs[0]!.notice, question, sectors, refs, topic: about } });
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

  /**
   * The sentence of `notice` that gives what `gives` matches, nearest to the question: the one BM25 ranks
   * first for it, else the first in the paragraph talked about, else the first in the notice.
   */
  private sentenceGiving(gives: RegExp, notice: Notice, question: string, near: SentenceRef | undefined): SentenceRef | undefined {
    // The sentence that dates the notice itself (2月20日，…发出倡议) gives when it was issued, not a date it sets.
    const issued = dateSentence(notice);
    const giving = contentParagraphs(notice)
      .flatMap((p) => p.sentences.map((s) => ({ ref: { notice: notice.id, paragraph: p.number, sentence: s.number }, text: s.text })))
      .filter((x) => gives.test(x.text) && !sameRef(x.ref, issued));
    if (giving.length === 0) return undefined;
    const q = cleanQuestion(question);
    const concepts = this.index.concepts(q.simplified, q.english);
    let best: { ref: SentenceRef; score: number } | undefined;
    for (const [record, score] of this.index.bm25Search(
      concepts,
      concepts.map(() => 1),
      TUNING.candidates,
    )) {
      if (giving.some((x) => sameRef(x.ref, record.ref)) && (!best || score > best.score)) best = { ref: record.ref, score };
    }
    return best?.ref ?? giving.find((x) => near && x.ref.paragraph === near.paragraph)?.ref ?? giving[0]!.ref;
  }
}
