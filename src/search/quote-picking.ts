// Which of the ranked sentences an answer quotes, and which it offers as did-you-mean choices.
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Suggestion } from './answer-model.js';
import { type SentenceRecord, sameRef } from './index.js';
import { type Scored, scoredAs } from './rank.js';
import { TUNING } from './tuning.js';

/**
 * The best sentence; when the question names several sectors, each one's sentence; otherwise the
 * neighbouring sentence of the same paragraph that shares most with the question (a candidate: it shares a word),
 * and is no sector's duty: a paragraph's sentences carry on from each other (它成立服务团。定期分析研判…), and the
 * one asked about is often only half of the answer. Measured against a neighbour that had to answer about as well
 * (90% of the coverage, rank within 0.1): +17 answerable on the labelled sets, no trap (the decision is the best
 * sentence's), answers 130 -> 150 characters on average.
 * `answers`: whether the decision would answer with a sentence.
 */
export function pickQuotes(best: Scored, scored: Scored[], answers: (h: Scored) => boolean, asked = Number.POSITIVE_INFINITY): Scored[] {
  const quotes = [best];
  const sectorHits = scored.filter((h) => h !== best && h.record.sectorIds.length > 0 && h.cov.aliasConcepts.size > 0 && answers(h));
  const bestAliases = best.cov.aliasConcepts;
  // When the asking clauses name the sector (concepts before `asked`), one the story only mentions (我在花果园开火锅店:
  // 果园) is no other sector asked about.
  const askNamesSector = [...bestAliases].some((c) => c < asked);
  for (const h of sectorHits) {
    // Another sector counts only through concepts the best sentence's sectors do not share.
    const own = [...h.cov.aliasConcepts].filter((c) => !bestAliases.has(c) && (c < asked || !askNamesSector));
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
      best.record.sectorIds.length === 0,
  );
  if (near) quotes.push(near);
  return quotes.sort((a, b) => (a === best ? -1 : b === best ? 1 : a.record.ref.sentence - b.record.ref.sentence));
}

/** What a short paragraph says to whom a general question asks about (摄协对一线记者说了啥, 要做什么): all of it, in reading order. */
export function wholeShortParagraph(best: Scored, general: boolean, records: SentenceRecord[]): Scored[] | undefined {
  if (!general || best.record.sectorIds.length > 0) return undefined;
  const rest = records.filter((r) => r.ref.paragraph === best.record.ref.paragraph && r !== best.record);
  const chars = [best.record, ...rest].reduce((n, r) => n + r.text.length, 0);
  if (rest.length === 0 || chars > TUNING.wholeParagraphChars) return undefined;
  return [best, ...rest.map((record) => scoredAs(best, record))].sort((a, b) => a.record.ref.sentence - b.record.ref.sentence);
}

/** Up to three other sentences that answer nearly as well, each once, one label once (a sector's name, else the sentence's start). */
export function didYouMean(kb: KnowledgeBase, best: Scored, scored: Scored[], quotes: Scored[], answers: (h: Scored) => boolean): Suggestion[] {
  return (
    scored
      .filter((h) => !quotes.includes(h) && h.cov.share >= best.cov.share * 0.85 && h.rank >= best.rank - 0.12 && answers(h))
      .filter((h, i, all) => all.findIndex((x) => sameRef(x.record.ref, h.record.ref)) === i)
      .map((h) => suggestion(kb, h))
      // One label once: two sentences of one sector are one choice.
      .filter((sug, i, all) => all.findIndex((x) => x.label === sug.label) === i)
      .slice(0, 3)
  );
}

function suggestion(kb: KnowledgeBase, h: Scored): Suggestion {
  const sectorId = h.record.sectorIds[0];
  const sector = kb.sectors.find((s) => s.id === sectorId);
  const label = sector ? sector.names['zh-Hans'] : `${clip(h.record.text, 16)}`;
  return { label, ref: h.record.ref, ...(sectorId ? { sectorId } : {}) };
}

function clip(s: string, n: number): string {
  const chars = [...s];
  return chars.length <= n ? s : `${chars.slice(0, n).join('')}…`;
}
