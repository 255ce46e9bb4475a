// Which of the ranked candidates answers first, beyond their rank: the main notice's on a near tie, and the
// sentence of the best one's paragraph that holds the kind of answer asked for.
import type { Notice } from '../knowledge/types.js';
import type { Scored } from './rank.js';
import { TUNING } from './tuning.js';

/**
 * A heading or lead-in names what a question asks (电话预约服务) and the next sentence gives it (拨打12385…):
 * when the best sentence lacks the kind of answer asked for (a number for 多少) and a sentence of the same
 * paragraph that covers a good part of the question has it, that one answers.
 */
export function withTypedNeighbour(scored: Scored[], hasType: (h: Scored) => boolean): Scored[] {
  const best = scored[0];
  if (!best || hasType(best)) return scored;
  const { notice, paragraph } = best.record.ref;
  const typed = scored.find(
    (h) => h.record.ref.notice === notice && h.record.ref.paragraph === paragraph && hasType(h) && h.cov.share >= best.cov.share * TUNING.typedNeighbourShare,
  );
  return typed ? [typed, ...scored.filter((h) => h !== typed)] : scored;
}

/**
 * A question that names no notice is about the main one (the notice the bot is about) when its sentence
 * answers about as well as another notice's: a near tie goes to it.
 */
export function preferMain(scored: Scored[], main: Notice | undefined): Scored[] {
  const best = scored[0];
  if (!main || !best || best.record.ref.notice === main.id) return scored;
  const own = scored.find((h) => h.record.ref.notice === main.id);
  if (!own || own.rank < best.rank - TUNING.mainNoticeMargin) return scored;
  return [own, ...scored.filter((h) => h !== own)];
}
