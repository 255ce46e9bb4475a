// Answers that need no search: a sentence asked for by its citation, a whole paragraph or point, the
// outline, and the sentence next to another. Pure functions of the knowledge.

import { contentParagraphs } from '../knowledge/notice-lines.js';
import { type KnowledgeBase, type Notice, type Paragraph, type SentenceRef, sentenceIn } from '../knowledge/types.js';
import { type Answer, type AnswerBase, answerOf, citationOf, type Suggestion } from './answer-model.js';
import { type QueryConcepts, sameRef } from './index.js';
import type { NoticeIntent } from './intents.js';

/**
 * The sentence that says why a notice was issued: the first one that gives a reason (`reason`, the
 * answer type's pattern: 为了…, 当前…疫情…, 鉴于…). Undefined when none does.
 */
function purposeSentence(notice: Notice, reason: RegExp): SentenceRef | undefined {
  for (const p of contentParagraphs(notice))
    for (const s of p.sentences) if (reason.test(s.text)) return { notice: notice.id, paragraph: p.number, sentence: s.number };
  return undefined;
}

/**
 * Why a notice was issued: its first sentence that gives a reason, and the purpose it states where it announces
 * its call (为助力打赢疫情防控阻击战，…发出倡议：; or the sentence before a bare 我们倡议如下：), when that is another one.
 * Measured on the labelled sets: +3 (a purpose stated only there: 助力打赢…阻击战, 做好市场供应工作), nothing lost.
 */
export function purposeSentences(notice: Notice, reason: RegExp): SentenceRef[] {
  const first = purposeSentence(notice, reason);
  if (!first) return [];
  const ref = (p: Paragraph, s: { number: number }): SentenceRef => ({ notice: notice.id, paragraph: p.number, sentence: s.number });
  for (const p of contentParagraphs(notice).filter((x) => x.number <= first.paragraph + 1))
    for (const [i, s] of p.sentences.entries()) {
      // A line that announces the call itself (…发出倡议：, 通知如下：), not a list of something else (以下三种方式预约：).
      if (!/[：:]\s*$/u.test(s.text) || !(s.text.includes(notice.kind['zh-Hans']) || /如下[：:]\s*$/u.test(s.text))) continue;
      const stating = reason.test(s.text) ? s : p.sentences[i - 1];
      const said = stating ? ref(p, stating) : undefined;
      return said && !sameRef(said, first) ? [first, said] : [first];
    }
  return [first];
}

/**
 * Whether a why-question asks about one of the notice's requests rather than about the whole call: a word it asks with
 * is in the notice's text but neither in its title nor in the lines giving its purpose (why is the association asking
 * restaurants to stop serving raw seafood: that request's own sentence gives its reason, 随着气温的升高). `isOwn`: a
 * word that names the notice, its issuer or nothing in particular, which asks about no request.
 */
export function asksOfRequest(notice: Notice, purpose: SentenceRef[], asked: QueryConcepts, isOwn: (form: string) => boolean): boolean {
  // Its title names what the whole call is about (无偿献血倡议书): asking why of that is asking why of the call.
  const stating = [notice.title, notice.shortTitle, ...purpose.map((r) => sentenceIn(notice, r)?.text ?? '')];
  const text = contentParagraphs(notice).flatMap((p) => p.sentences.map((s) => s.text));
  const holds = (texts: string[], c: string[]) => texts.some((t) => c.some((f) => t.includes(f)));
  return asked.some((c) => !c.some(isOwn) && !holds(stating, c) && holds(text, c));
}

/** An answer quoting one given sentence: a citation asked for, the issuer's sentence, a did-you-mean choice. */
export function quoteAnswer(kb: KnowledgeBase, ref: SentenceRef, base: AnswerBase): Answer {
  const sectors = kb.sectors.filter((x) => x.cites.some((c) => sameRef(c, ref)));
  return answerOf(base, 'match', {
    answered: true,
    quotes: [ref],
    citations: [citationOf(ref, 1)],
    sectors: sectors.map((x) => x.id),
    paragraph: { notice: ref.notice, number: ref.paragraph },
  });
}

/** An answer quoting several lines, in order: two issuers' signature lines, the issuer's line and the date. */
export function quoteLines(kb: KnowledgeBase, refs: SentenceRef[], base: AnswerBase): Answer {
  // A notice with no signature or date line says who and when in one sentence: quoted once.
  const lines = refs.filter((r, i) => refs.findIndex((x) => sameRef(x, r)) === i);
  return Object.assign(quoteAnswer(kb, lines[0]!, base), { quotes: lines, citations: lines.map((r) => citationOf(r, 1)) });
}

export function wholeParagraph(kb: KnowledgeBase, base: AnswerBase, notice: Notice, p: Paragraph): Answer {
  const refs = p.sentences.map((s) => ({ notice: notice.id, paragraph: p.number, sentence: s.number }));
  return answerOf(base, 'paragraph', {
    answered: true,
    quotes: refs,
    citations: refs.map((r) => citationOf(r, 1)),
    sectors: kb.sectors.filter((s) => s.cites.some((c) => c.notice === notice.id && c.paragraph === p.number)).map((s) => s.id),
    paragraph: { notice: notice.id, number: p.number },
  });
}

/** The first sentence of each point (or the opening sentence when it has none). */
export function outline(base: AnswerBase, notice: Notice): Answer {
  const firsts = notice.paragraphs.filter((p) => p.point !== undefined).map((p) => ({ notice: notice.id, paragraph: p.number, sentence: 1 }));
  const refs = firsts.length > 0 ? firsts : [{ notice: notice.id, paragraph: 1, sentence: 1 }];
  return answerOf(base, 'outline', { answered: true, quotes: refs, citations: refs.map((r) => citationOf(r, 1)) });
}

export function outlineSuggestions(notice: Notice): Suggestion[] {
  return notice.paragraphs
    .filter((p) => p.heading)
    .slice(0, 3)
    .map((p) => ({ label: p.heading!, ref: { notice: notice.id, paragraph: p.number, sentence: 1 } }));
}

/** The paragraph a paragraph or point intent names in a notice (framing lines do not count as the last). */
export function partOf(notice: Notice, intent: Exclude<NoticeIntent, { kind: 'outline' } | { kind: 'sentence' }>): Paragraph | undefined {
  const content = notice.paragraphs.filter((x) => !x.role);
  const points = content.filter((x) => x.point !== undefined);
  if (intent.kind === 'paragraph') {
    if (intent.paragraph === 'first') return content[0];
    return intent.paragraph === 'last' ? content.at(-1) : notice.paragraphs.find((x) => x.number === intent.paragraph);
  }
  return intent.point === 'last' ? points.at(-1) : points.find((x) => x.point === intent.point);
}

/** The sentence `step` away from `ref` in reading order, across paragraphs; framing lines skipped. */
export function neighbour(notice: Notice, ref: SentenceRef, step: 1 | -1): SentenceRef | undefined {
  const all = contentParagraphs(notice).flatMap((p) => p.sentences.map((s) => ({ notice: notice.id, paragraph: p.number, sentence: s.number })));
  const at = all.findIndex((r) => sameRef(r, ref));
  return at < 0 ? undefined : all[at + step];
}
