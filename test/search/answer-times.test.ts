// Kinds of answer that ask when, on real notices the lexicons were not written for (test/fixtures/eval/notices/).
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../src/search/decide.js';
import { citedParagraph, otherNoticeAnswerer } from '../support/eval-sets.js';
import { kindsAsked } from '../support/knowledge.js';

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
  it('a day the question states itself (2月2日的…取消以后什么时候再办) is no answer to when', () => {
    const lanzhou = otherNoticeAnswerer('lanzhou-');
    const typeMissing = (q: string) => lanzhou.explain(q).features?.[FEATURES.indexOf('typeMissing')];
    expect(typeMissing('兰州2月2日的婚姻登记取消以后什么时候再办？')).toBe(1);
    // Asked of the day itself, the sentence saying it answers (取消原定于2月2日…).
    expect(typeMissing('兰州哪天的结婚登记取消了？')).toBe(0);
    // That day (那天), after a day the question states, is no slip for which day (哪天).
    expect(citedParagraph('dingzhou-', '我们打算2月2日去领证，那天民政局还加班吗？')).toBe(4);
  });
  it('until a response is lifted (直至…一级响应解除) answers when a place reopens', () => {
    expect(citedParagraph('hezuo-', '合作市的清真寺什么时候重新开放？')).toBe(2);
  });
  it('几号 after a phone (电话几号) asks the number, not a day', () => {
    expect(kindsAsked('殡葬管理处的电话几号？')).not.toContain('date');
    expect(kindsAsked('殡葬管理处的电话几号？')).not.toContain('time');
    expect(citedParagraph('guangzhou-', '殡葬管理处的电话几号？')).toBe(6);
  });
  it('a count as of a day (截至1月27日…多少例) asks the count, not a date', () => {
    expect(kindsAsked('截至1月27日云南确诊了多少例？')).not.toContain('date');
    expect(kindsAsked('截至1月27日云南确诊了多少例？')).not.toContain('time');
    expect(kindsAsked('报名截止到哪天？')).toContain('date');
  });
});
