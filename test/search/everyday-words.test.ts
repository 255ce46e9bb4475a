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
  it('Southwest 娃娃 (a child) is the 儿童 a notice writes, and English "bring a tour group" asks of its 团体接待', () => {
    const museum = otherNoticeAnswerer('yingjing-');
    const child = museum.answer('带8岁娃娃去荥经博物馆👧要注意啥');
    expect(child.answered).toBe(true);
    expect(child.citations[0]?.paragraph).toBe(5);
    const group = museum.answer('Can I bring a tour group to Yingjing museum now?');
    expect(group.answered).toBe(true);
    expect(group.citations[0]?.paragraph).toBe(7);
  });
  it('重新开 (open again) is the resumption a notice states, and 探亲 of a care home is the 探视 it forbids', () => {
    const weddings = otherNoticeAnswerer('wulong-');
    const again = weddings.answer('武隆婚姻登記幾時重新開？');
    expect(again.answered).toBe(true);
    expect(again.citations[0]?.paragraph).toBe(3);
    const care = otherNoticeAnswerer('sanmenxia-');
    const visit = care.answer('三門峽啲老人院而家可唔可以入去探親？');
    expect(visit.answered).toBe(true);
    expect(visit.citations[0]?.paragraph).toBe(2);
  });
  it('活鸡 (a live chicken), asked in Cantonese, is the 活禽 a notice keeps banning from rural markets', () => {
    const markets = otherNoticeAnswerer('jingzhou-');
    const a = markets.answer('靖州嘅墟市而家可唔可以賣活雞㗎？');
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.paragraph).toBe(2);
  });
  it('出去拍照 (going out to take pictures) is the 外出摄影 a photographers’ call writes', () => {
    const photographers = otherNoticeAnswerer('china-whlysyxh-');
    expect(photographers.answer('文化旅游摄影协会让会员出去拍照回来以后要做啥，要不要消读？').citations[0]?.paragraph).toBe(7);
  });
  it('会不会 (will it?) and 这回 (this time) ask nothing of their own', () => {
    const builders = otherNoticeAnswerer('shanghai-jzsghyxh-');
    expect(builders.answer('🏗️工地开工了，协会提醒施工企业对疫情要注意啥？会不会反弹😟').citations[0]?.paragraph).toBe(3);
    const city = otherNoticeAnswerer('jinanqu-');
    expect(city.answer('这回城里头大消杀是头一回搞不？还是又来一道哦？').answered).toBe(true);
  });
  it('国外 (abroad) is the 海外 a letter to overseas Chinese writes', () => {
    const letter = otherNoticeAnswerer('lishui-');
    expect(letter.answer('丽水侨联说我们在国外最好怎么办，居家格离吗').citations[0]?.paragraph).toBe(5);
  });
  it('English "group gatherings" reach the 群体聚集活动 a notice asks volunteers not to join', () => {
    const redCross = otherNoticeAnswerer('hainan-shszh-');
    const a = redCross.answer('I’m a Red Cross volunteer in Hainan. Am I allowed to organise or join group gatherings right now?');
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.paragraph).toBe(4);
  });
});

describe('words naming an aspect of what is said', () => {
  it('开始 of 好久开始 (from when) is no thing the notice lacks, where the notice never says 开始', () => {
    const estates = otherNoticeAnswerer('yinchuan-');
    const a = estates.answer('银川小区晚上好久开始封起嘛，早上好久才放人出去？');
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.paragraph).toBe(6);
  });
  it('建议 asked of a call (对我们开店的有什么建议) asks what it says, not of a thing it lacks', () => {
    const restaurants = otherNoticeAnswerer('zmd-');
    const q = '我在驿城区开了家火锅店，疫情关了两个多月，最近刚开门。看到企业家协会发了个倡议书，想问下对我们开店的有什么建议？';
    const a = restaurants.answer(q);
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.paragraph).toBe(2);
  });
});
