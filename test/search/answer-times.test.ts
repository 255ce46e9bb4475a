// Kinds of answer that ask when, on real notices the lexicons were not written for (test/fixtures/eval/notices/).
import { describe, expect, it } from 'vitest';
import { citedParagraph } from '../support/eval-sets.js';

describe('when a notice says it', () => {
  it('a clock moment written in words (自5月18日零时起) answers at what hour a thing starts', () => {
    expect(citedParagraph('fengman-', '百货大楼几号几点开始停业？')).toBe(2);
  });
  it('a moment that is no hours of opening (6月13日零时，风险等级降为三级) does not answer until what hour one may open', () => {
    expect(citedParagraph('wuhan-cyy', '恢复堂食以后，武汉的餐厅晚上营业时间有没有限制到几点？')).toBeUndefined();
  });
  it('a clock time written with 时 (6时40分开始整队) answers when something starts', () => {
    expect(citedParagraph('meizhou-', 'When does the tai chi performance start?')).toBe(8);
  });
});
