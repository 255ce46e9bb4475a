import { describe, expect, it } from 'vitest';
import { readQuantities } from '../../src/search/quantities.js';
import { otherNoticeAnswerer } from '../support/eval-sets.js';
import { realKnowledge } from '../support/knowledge.js';

const { kb } = realKnowledge();
const defs = kb.language.statedQuantities;

describe('quantities an asker states', () => {
  it('reads the size of a gathering as one concept, and not "one person" nor a question of how many', () => {
    expect(readQuantities('大概150来人，像我们这种规模的活动', defs).text).toContain('人数');
    expect(readQuantities('这回献血一个人要抽好多', defs).holders.size).toBe(0);
    expect(readQuantities('要几个人参加', defs).holders.size).toBe(0);
    expect(readQuantities('招了三个人员', defs).holders.size).toBe(0);
  });

  it('reads an age stated (七十几岁, 9岁) as one concept, held by the bounds a notice sets on age', () => {
    const held = (q: string, sentence: string) => readQuantities(q, defs).holders.get('年龄')?.test(sentence);
    expect(held('我爸七十几岁了', '70岁以上老年人须出示健康体检报告')).toBe(true);
    expect(held('我孙子9岁', '12岁以下青少年儿童需监护人陪同参观')).toBe(true);
    expect(held('我孙子15岁', '12岁以下青少年儿童需监护人陪同参观')).toBe(false);
    expect(otherNoticeAnswerer('yingjing-').answer('我孙子9岁，可以一个人去荥经博物馆参观吗？').citations[0]?.paragraph).toBe(5);
  });

  it('is held by a sentence whose bounds take the number stated', () => {
    const bounded = '参加人员在100人以上、400人以下的公众聚集性活动，须提前三天备案';
    const large = '预计参加人数达到400人以上的活动';
    const held = (q: string, sentence: string) => readQuantities(q, defs).holders.get('人数')!.test(sentence);
    expect(held('三百人的活动', bounded)).toBe(true);
    expect(held('三百人的活动', large)).toBe(false);
    expect(held('四百五十人左右的年会', large)).toBe(true);
    expect(held('两三百人的年会', bounded)).toBe(true);
    expect(held('十五六个人吃饭', '年终总结会控制在30人内')).toBe(true);
    expect(held('五十人的会', '年终总结会控制在30人内')).toBe(false);
    // A word naming the size asked about (这种规模) is held the same way.
    expect(readQuantities('150来人，这种规模的活动', defs).holders.get('规模')!.test(bounded)).toBe(true);
  });

  it('answers the size asked about with the rule for that size', () => {
    const gatherings = otherNoticeAnswerer('suzhou-');
    // 100人以上、400人以下 must be filed three days ahead (paragraph 11); 400人以上 is the paragraph defining large events.
    expect(gatherings.answer('三百人嘅活動要點樣申請？').citations[0]?.paragraph).toBe(11);
  });
});
