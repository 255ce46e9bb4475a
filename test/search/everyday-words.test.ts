// Everyday and dialect wording (knowledge/lexicon/) reaching real notices of the evaluation fixtures that no entry names.
import { describe, expect, it } from 'vitest';
import { otherNoticeAnswerer } from '../support/eval-sets.js';

describe('everyday words', () => {
  it('Southwest Mandarin 开得门不 (can it open?) asks whether a business may open, as 能开门吗 does', () => {
    const closures = otherNoticeAnswerer('dehong-');
    const a = closures.answer('我在芒市开了个网吧，现在还开得门不嘛？');
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.paragraph).toBe(2);
  });
});
