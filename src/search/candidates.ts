// The candidate sentences of a question, best first: ranked (rank.ts), the main notice's preferred on a near tie,
// lines that only announce the call to its audience left out of what asks for content, and a sentence holding
// the kind of answer asked (a date, a phone number) put before a neighbour that lacks it.

import { isDocumentNumberLine } from '../knowledge/framing-lines.js';
import type { AnswerType } from '../knowledge/language-types.js';
import type { Notice } from '../knowledge/types.js';
import { namesKind } from './asked-kinds.js';
import type { HeldTypes } from './held-types.js';
import type { QueryConcepts, SearchIndex } from './index.js';
import { preferMain, withLabelAsked, withTypedNeighbour } from './preference.js';
import { type KindConcept, rankCandidates, type Scored } from './rank.js';

export interface CandidateQuery {
  concepts: QueryConcepts;
  /** How many of the concepts the asking clauses hold (they come first). */
  askedConcepts: number;
  weights: number[];
  answerTypes: AnswerType[];
  /** Who issued it, when, to whom: asked of the notice itself. */
  aboutTheNotice: boolean;
  /** The message with its dialect read as standard words. */
  standard: string;
  /** The notice the question names (or the conversation is about). */
  named: Notice | undefined;
  main: Notice | undefined;
  /** The asking text for the plain BM25 signal; empty when that signal weighs nothing. */
  plainText: string;
  rankWeighting: number[];
  /** Stated quantities (两百来人) by the concept that names them, held by a sentence's bounds. */
  quantityHolders: Map<string, { test: (sentence: string) => boolean }>;
  held: HeldTypes;
}

export function candidates(index: SearchIndex, x: CandidateQuery): Scored[] {
  const patterns = index.lang.patterns;
  // A sentence holding the kind of answer a word asks for holds what it asks (好多钱: 6000元/年), and a sentence
  // whose bounds take a quantity stated holds it.
  const kindConcepts = x.concepts.flatMap((c, i): KindConcept[] => {
    const kind = i < x.askedConcepts ? x.answerTypes.find((a) => a.heldByAnswer && namesKind(a, c)) : undefined;
    const quantity = x.quantityHolders.get(c[0]!);
    return kind ? [{ index: i, holds: kind.answeredBy }] : quantity ? [{ index: i, holds: quantity, only: true }] : [];
  });
  const asksWhen = x.answerTypes.some((a) => a.name === 'time');
  const framingAsked = asksWhen ? 'date' : patterns.audience.test(x.standard) ? 'salutation' : 'signature';
  const main = x.named ? undefined : x.main;
  // A question of who issued a notice, when or to whom that names nothing else is answered before the search (of the
  // main notice, as "第2段" is: notice-self.ts). One that reaches here says what about (研讨会是哪个单位主办的): it is
  // searched in every notice, as held to the main one it was declined beside another (pairs +34 answerable, traps the same).
  const target = x.named;
  // A sentence sharing no real word with the question (only lone characters or bigrams) is no candidate.
  const ranked = preferMain(
    rankCandidates(index, x.concepts, x.weights, x.answerTypes, x.aboutTheNotice, framingAsked, target?.id, x.plainText, x.rankWeighting, kindConcepts).filter(
      (h) => h.cov.words > 0,
    ),
    main,
  );
  // A line announcing the call to its audience (…向全体医务人员和社会各界发出倡议：) says who is asked, not what: it
  // answers no question of what the notice asks. It may still say to whom, by whom, on what basis or when.
  const asksContent =
    x.answerTypes.length === 0 &&
    !x.aboutTheNotice &&
    !patterns.audience.test(x.standard) &&
    !patterns.basis.test(x.standard) &&
    !patterns.issuer.test(x.standard);
  const announcing = asksContent ? ranked.filter((h) => !(h.record.announces && patterns.addressing.test(h.record.text))) : ranked;
  // A document number heading a notice (中重停协字〔2020〕第016号) answers which number it bears, not 多少 of a fee.
  const numberAsked = x.answerTypes.some((a) => a.name === 'documentNumber');
  const content = numberAsked ? announcing : announcing.filter((h) => !isDocumentNumberLine(h.record.text));
  return withLabelAsked(
    withTypedNeighbour(content, x.held.hasType, x.held.holdsRequired, x.answerTypes, x.concepts.slice(0, x.askedConcepts)),
    x.concepts,
    x.askedConcepts,
    x.held.hasType,
  );
}
