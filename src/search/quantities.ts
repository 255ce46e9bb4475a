// Quantities the asker states (两百来人, 150人左右: how big their event is) and the bounds a notice sets on them
// (100人以上、400人以下, 控制在30人内): the sentence whose bounds take the asker's number is the rule for them. Which
// phrases state a quantity and which set a bound is data (language.json's statedQuantities); reading the numbers
// is src/text/numerals.ts.
import type { StatedQuantity } from '../knowledge/language-types.js';
import { type NumberRange, numeralRange } from '../text/numerals.js';

export interface QuantitiesRead {
  /** The text with each stated quantity replaced by its concept word (人数), read as one concept. */
  text: string;
  /**
   * By concept word, and by each word naming it (这种规模的活动 after 150来人): what holds it, a sentence whose bounds
   * take one of the numbers stated.
   */
  holders: Map<string, { test: (sentence: string) => boolean }>;
}

export function readQuantities(text: string, defs: StatedQuantity[]): QuantitiesRead {
  const holders = new Map<string, { test: (sentence: string) => boolean }>();
  let out = text;
  for (const def of defs) {
    const ranges: NumberRange[] = [];
    out = out.replace(def.said, (whole, ...args) => {
      const groups = args.at(-1) as Record<string, string | undefined>;
      const range = stated(groups);
      // One person (一个人) is how a question says "each", not the size of anything.
      if (!range || range[1] < 2) return whole;
      ranges.push(range);
      return ` ${def.concept} `;
    });
    if (ranges.length === 0) continue;
    const holder = { test: (sentence: string) => ranges.some((r) => withinBounds(r, sentence, def)) };
    for (const word of [def.concept, ...def.names]) holders.set(word, holder);
  }
  return { text: out, holders };
}

/** The number a match states: `n` (with `approx`, 左右), or from `from` to `n` (100到400人). */
function stated(groups: Record<string, string | undefined>): NumberRange | undefined {
  const to = numeralRange(`${groups.n ?? ''}${groups.approx ?? ''}`);
  if (!to) return undefined;
  const from = groups.from ? numeralRange(groups.from) : undefined;
  return from ? [from[0], to[1]] : to;
}

/** Whether the bounds a sentence sets (the highest lower one, the lowest upper one) take some of the range. */
function withinBounds(range: NumberRange, sentence: string, def: StatedQuantity): boolean {
  const lows = boundsIn(sentence, def.lower);
  const highs = boundsIn(sentence, def.upper);
  if (lows.length === 0 && highs.length === 0) return false;
  const low = lows.length > 0 ? Math.max(...lows) : Number.NEGATIVE_INFINITY;
  const high = highs.length > 0 ? Math.min(...highs) : Number.POSITIVE_INFINITY;
  return range[1] >= low && range[0] <= high;
}

function boundsIn(sentence: string, patterns: RegExp[]): number[] {
  const found: number[] = [];
  for (const p of patterns)
    for (const m of sentence.matchAll(p)) {
      const r = m.groups?.n ? numeralRange(m.groups.n) : undefined;
      if (r) found.push(r[0]);
    }
  return found;
}
