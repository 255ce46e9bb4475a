// The candidate filter's keys: what the index files a notice under must not depend on how they are computed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordRuns } from '../../src/search/normalise.js';
import { charBigrams } from '../../src/search/notice-index.js';
import { realKnowledge } from '../support/knowledge.js';

/** Each word's overlapping pairs of characters, a Latin word whole: what the keys are, written out. */
function pairsOf(words: string[]): string[] {
  return words.flatMap((w) => {
    const chars = [...w];
    if (!/\p{Script=Han}/u.test(w) || chars.length === 1) return [w];
    return chars.slice(1).map((c, i) => chars[i]! + c);
  });
}

describe('charBigrams over a sentence’s runs', () => {
  const { kb } = realKnowledge();
  const noticeChars = [...new Set(kb.notices[0]!.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)).join(''))];
  const piece = fc.oneof(fc.constantFrom(...noticeChars), fc.constantFrom('N95', 'GB19083-2010', ' ', '，', 'ok', '𠮶', '😷', '口罩'));

  it('are the runs of one or two characters and the Latin runs, as splitting each run of at most two would give', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const runs = wordRuns(text);
        const short = runs.filter((r) => r.length <= 2 || !/\p{Script=Han}/u.test(r));
        expect(charBigrams(text, () => runs)).toEqual(pairsOf(short));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a code whole and never files a Chinese run longer than two characters', () => {
    const keys = charBigrams('医用N95口罩', wordRuns);
    expect(keys).toContain('n95');
    expect(keys.filter((k) => /\p{Script=Han}/u.test(k) && [...k].length > 2)).toEqual([]);
  });
});
