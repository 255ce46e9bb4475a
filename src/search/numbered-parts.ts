// Answers to a question that names a part of a notice by its number: a sentence by its citation (第4段第8句),
// a paragraph or a point (第3段, 第一条, 最后一段). With several notices: the notice named, else the one that
// has the part, else the main one with the others offered, else a question back.
import type { KnowledgeBase, Notice } from '../knowledge/types.js';
import { type Answer, type AnswerBase, answerOf } from './answer-model.js';
import { outlineSuggestions, partOf, quoteAnswer, wholeParagraph } from './fixed-answers.js';
import type { NoticeIntent } from './intents.js';

/** The sentence a citation names; one that does not exist says how many there are, so the asker can correct it. */
export function citedSentence(kb: KnowledgeBase, base: AnswerBase, notice: Notice, intent: Extract<NoticeIntent, { kind: 'sentence' }>): Answer {
  const ref = { notice: notice.id, paragraph: intent.paragraph, sentence: intent.sentence };
  const p = notice.paragraphs.find((x) => x.number === ref.paragraph);
  if (p?.sentences.some((x) => x.number === ref.sentence)) return quoteAnswer(kb, ref, base);
  const missing = p
    ? { notice: notice.id, paragraph: p.number, sentence: ref.sentence, count: p.sentences.length }
    : { notice: notice.id, paragraph: ref.paragraph, count: notice.paragraphs.length };
  return answerOf(base, 'not-covered', { missing, suggestions: outlineSuggestions(notice) });
}

/** `named`: the notice the question (or the conversation) names; `notice`: the one it is about otherwise. */
export function numberedPart(
  kb: KnowledgeBase,
  base: AnswerBase,
  intent: Exclude<NoticeIntent, { kind: 'outline' } | { kind: 'sentence' }>,
  named: Notice | undefined,
  notice: Notice,
): Answer {
  const candidates = (named ? [named] : kb.notices).filter((n) => partOf(n, intent));
  if (candidates.length === 1) return wholeParagraph(kb, base, candidates[0]!, partOf(candidates[0]!, intent)!);
  const offered = (ns: Notice[]) =>
    ns.slice(0, 3).map((n) => ({ label: n.shortTitle, ref: { notice: n.id, paragraph: partOf(n, intent)!.number, sentence: 1 } }));
  // Several notices have it and the question names none: the main notice's, with the others offered.
  const main = named ? undefined : candidates.find((n) => n.main);
  if (main) return Object.assign(wholeParagraph(kb, base, main, partOf(main, intent)!), { suggestions: offered(candidates.filter((n) => n !== main)) });
  if (candidates.length === 0) {
    const missing =
      intent.kind === 'paragraph' && typeof intent.paragraph === 'number'
        ? { notice: notice.id, paragraph: intent.paragraph, count: notice.paragraphs.length }
        : undefined;
    return answerOf(base, 'not-covered', missing ? { missing, suggestions: outlineSuggestions(notice) } : { suggestions: outlineSuggestions(notice) });
  }
  return answerOf(base, 'not-covered', { suggestions: offered(candidates) });
}
