// Several notices in knowledge/notices: every citation names its notice.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { primaryNotice } from '../../src/knowledge/types.js';
import { KNOWLEDGE_DIR } from '../../src/paths.js';
import { Answerer } from '../../src/search/answer.js';
import { renderText } from '../../src/search/render-text.js';
import { knowledgeWith, otherNoticeAnswerer, otherNotices } from '../support/eval-sets.js';
import { knowledgeCopy } from '../support/knowledge.js';

const SECOND = `---
id: gz-mzt-2021-01-05
title: 贵州省民政厅关于做好社会组织年度检查工作的通知
short_title: 年检通知
title_en: Guizhou Civil Affairs notice on annual inspections
issuer: 贵州省民政厅
issuer_en: Guizhou Provincial Department of Civil Affairs
date: 2021-01-05
region: 贵州
source: test
---

1月5日,贵州省民政厅发布社会组织年度检查工作通知。

一要按时报送,各社会组织应于3月31日前通过网上平台报送年度工作报告。年度工作报告须经理事会审议通过。

二要如实填报,对年检中弄虚作假的社会组织依法予以处理。
`;

/** The shipped knowledge with SECOND beside it; `main`: whether the first notice's profile keeps `"main": true`. */
function twoNotices(main: boolean) {
  const dir = knowledgeCopy();
  writeFileSync(join(dir, 'notices/gz-mzt-2021-01-05.md'), SECOND);
  if (!main) {
    const profile = join(dir, 'notices/gz-mzt-2020-02-20.json');
    writeFileSync(profile, readFileSync(profile, 'utf8').replace(/"main": true,\n\s*/, ''));
  }
  const kb = loadKnowledge(dir);
  return { dir, kb, answerer: new Answerer(kb) };
}

describe('two notices, no main one', () => {
  const { kb, answerer } = twoNotices(false);

  it('loads both; a numbered part goes to the notice named, to the only one that has it, or asks which', () => {
    expect(kb.notices.map((n) => n.id).sort()).toEqual(['gz-mzt-2020-02-20', 'gz-mzt-2021-01-05']);
    expect(primaryNotice(kb).id).toBe('gz-mzt-2021-01-05');
    // Named by its kind (通知) or its title words (年检).
    expect(answerer.answer('通知第2段说了什么').citations[0]).toMatchObject({ notice: 'gz-mzt-2021-01-05', paragraph: 2 });
    expect(answerer.answer('倡议第2段说了什么').citations[0]).toMatchObject({ notice: 'gz-mzt-2020-02-20', paragraph: 2 });
    // Only the call has a fifth paragraph and a third point.
    expect(answerer.answer('第5段说了什么').citations[0]).toMatchObject({ notice: 'gz-mzt-2020-02-20', paragraph: 5 });
    expect(answerer.answer('第三条讲了什么').citations[0]).toMatchObject({ notice: 'gz-mzt-2020-02-20', paragraph: 4 });
    // Both have a second paragraph: ask which, one choice per notice.
    const which = answerer.answer('第2段说了什么');
    expect(which.answered).toBe(false);
    expect(which.suggestions.map((x) => x.ref.notice).sort()).toEqual(['gz-mzt-2020-02-20', 'gz-mzt-2021-01-05']);
  });

  it('every word a reader sees follows the kind of the notice', () => {
    expect(kb.notices.find((n) => n.id === 'gz-mzt-2021-01-05')!.kind['zh-Hans']).toBe('通知');
    expect(kb.notices.find((n) => n.id === 'gz-mzt-2020-02-20')!.kind['zh-Hans']).toBe('倡议');
    // The newest notice is a 通知: a question it does not cover says so in its words.
    expect(renderText(answerer.answer('今天天气怎么样'), kb)).toContain('通知里没有提到');
  });

  it('a letter is named as one, in either script and in English (慰问信, 慰問信, letter of support)', () => {
    const letter = otherNoticeAnswerer('foshan');
    expect(letter.kb.notices[0]!.kind).toEqual({ 'zh-Hans': '慰问信', 'zh-Hant': '慰問信', en: 'letter of support' });
    expect(renderText(letter.answer('今日天氣點樣？'), letter.kb)).toContain('慰問信');
    expect(renderText(letter.answer('Is it going to rain tomorrow?'), letter.kb)).toContain('letter of support');
  });
});

describe('two notices, the first one main', () => {
  const { dir, kb, answerer } = twoNotices(true);

  it('a numbered part both have goes to the main notice, and the other is offered', () => {
    expect(primaryNotice(kb).id).toBe('gz-mzt-2020-02-20');
    const second = answerer.answer('第2段说了什么');
    expect(second.answered).toBe(true);
    expect(second.citations[0]).toMatchObject({ notice: 'gz-mzt-2020-02-20', paragraph: 2 });
    expect(second.suggestions.map((x) => x.ref)).toEqual([{ notice: 'gz-mzt-2021-01-05', paragraph: 2, sentence: 1 }]);
    // Naming the other notice still reaches it.
    expect(answerer.answer('年检通知第2段说了什么').citations[0]).toMatchObject({ notice: 'gz-mzt-2021-01-05', paragraph: 2 });
    expect(renderText(answerer.answer('今天天气怎么样'), kb)).toContain('倡议里没有提到');
  });

  it('who issued "this" notice, of no notice named, is the main one, searched within it alone', () => {
    expect(answerer.answer('Who issued this notice?').citations[0]?.notice).toBe('gz-mzt-2020-02-20');
    const concepts = answerer.index.concepts('社会组织', false);
    const within = answerer.index.search(concepts, 20, 'gz-mzt-2021-01-05');
    expect(within.length).toBeGreaterThan(0);
    expect(within.every((h) => h.record.ref.notice === 'gz-mzt-2021-01-05')).toBe(true);
    expect(answerer.index.search(concepts, 20).some((h) => h.record.ref.notice === 'gz-mzt-2020-02-20')).toBe(true);
  });

  it('title words that the other notice uses too name neither (做好, 检查 of 关于做好…年度检查工作的通知)', () => {
    expect(answerer.answer('怎样做好返岗人员的检查?').citations[0]?.notice).toBe('gz-mzt-2020-02-20');
  });

  it('one answer quoting two notices shows each quote under its own notice', () => {
    const a = answerer.quoteAnswer(
      { notice: 'gz-mzt-2021-01-05', paragraph: 2, sentence: 1 },
      { question: 'x', script: 'hans', lang: 'zh-Hans', truncated: false },
    );
    const both = { ...a, quotes: [...a.quotes, { notice: 'gz-mzt-2020-02-20', paragraph: 4, sentence: 8 }] };
    const text = renderText(both, kb);
    expect(text).toContain('《年检通知》第2段第1句');
    expect(text).toContain('《贵州省民政厅倡议》第4段第8句');
    expect(text).toContain('湖北鄂州');
  });

  it("a quote right after one of the same notice is cited without the title again; another notice's, with its own", () => {
    const a = answerer.quoteAnswer(
      { notice: 'gz-mzt-2020-02-20', paragraph: 4, sentence: 7 },
      { question: 'x', script: 'hans', lang: 'zh-Hans', truncated: false },
    );
    const three = {
      ...a,
      quotes: [...a.quotes, { notice: 'gz-mzt-2020-02-20', paragraph: 4, sentence: 8 }, { notice: 'gz-mzt-2021-01-05', paragraph: 2, sentence: 1 }],
    };
    const lines = renderText(three, kb).split('\n');
    expect(lines).toContain('《贵州省民政厅倡议》第4段第7句（三要发挥优势）');
    expect(lines).toContain('同上，第4段第8句（三要发挥优势）');
    expect(lines.some((l) => l.startsWith('《年检通知》第2段第1句'))).toBe(true);
    const english = renderText({ ...three, lang: 'en' }, kb);
    expect(english).toContain(`\nSame ${primaryNotice(kb).kind.en}, paragraph 4, sentence 8`);
    expect(english.split(primaryNotice(kb).titleEn).length - 1).toBe(1);
  });

  it('each answer cites the notice it quotes', () => {
    const annual = answerer.answer('年度工作报告什么时候报送?');
    expect(annual.citations[0]).toMatchObject({ notice: 'gz-mzt-2021-01-05', paragraph: 2, sentence: 1 });
    expect(renderText(annual, kb)).toContain('《年检通知》第2段第1句');
    const charity = answerer.answer('慈善组织要做什么?');
    expect(charity.citations[0]).toMatchObject({ notice: 'gz-mzt-2020-02-20', paragraph: 4, sentence: 8 });
    expect(renderText(charity, kb)).toContain('《贵州省民政厅倡议》第4段第8句');
  });

  it('two main notices are refused with the file and line of the second', () => {
    writeFileSync(join(dir, 'notices/gz-mzt-2021-01-05.json'), '{\n  "main": true\n}\n');
    expect(() => loadKnowledge(dir)).toThrow(/gz-mzt-2021-01-05\.json:2: "main" is set for gz-mzt-2020-02-20 too/);
  });
});

const THIRD = `---
id: wh-cy-2020-06-13
title: 武汉餐饮业协会倡议书
short_title: 武汉餐饮倡议书
title_en: Wuhan catering association proposal
issuer: 武汉餐饮业协会
issuer_en: Wuhan Catering Association
date: 2020-06-13
region: 湖北武汉
source: test
---

一系列好的消息都有利于武汉餐饮行业的复苏。

一、武汉所有的餐饮企业有序恢复堂食经营。
`;

describe('every real notice loaded, the shipped one main', () => {
  const answerer = new Answerer(loadKnowledge(knowledgeWith([join(KNOWLEDGE_DIR, 'notices'), ...otherNotices().map((n) => n.notice)], true)));

  it('whom "the" notice is addressed to is the main one’s, though every notice has those words (倡议的对象是谁)', () => {
    // More notices than the candidate filter keeps: the question must say it is about the notice itself.
    expect(answerer.answer('倡议的对象是谁?').citations[0]).toMatchObject({ notice: 'gz-mzt-2020-02-20', paragraph: 1 });
  });

  it('the main notice is always searched, though more other notices than the filter keeps share the words asked', () => {
    // 口号 and 倡议 are in many notices; the main one's slogan (第5段) must still be a candidate, and win the near tie.
    expect(answerer.answer('倡议的口号是什么？').citations[0]).toMatchObject({ notice: 'gz-mzt-2020-02-20', paragraph: 5 });
  });

  it('a body that issued one notice alone, named without its place (民政厅), names that notice', () => {
    expect(answerer.index.namedNotice('民政厅的咨询电话是好多？')?.id).toBe('gz-mzt-2020-02-20');
    // It gives no phone number: another notice's (成都市民政局's) is no answer.
    expect(answerer.answer('民政厅的咨询电话是好多？📞').answered).toBe(false);
    // A kind of organisation alone (商会, of 宝鸡市山东商会 without its places) names no notice.
    expect(answerer.index.namedNotice('我们是药品生产企业的商会,倡议对我们有什么要求?')).toBeUndefined();
  });

  it('who held or issued something the question names (研讨会是哪个单位主办的) is searched in every notice, not the main one alone', () => {
    const pv = new Answerer(
      loadKnowledge(knowledgeWith([join(KNOWLEDGE_DIR, 'notices'), otherNotices().find((n) => n.slug.startsWith('china-gfhyxh'))!.notice])),
    );
    expect(pv.answer('回顾与展望研讨会是哪个单位主办的？').citations[0]).toMatchObject({ notice: expect.stringMatching(/^china-gfhyxh/), paragraph: 2 });
    // Naming nothing else, it is still the main notice's issuer (the bot's own notice).
    expect(pv.answer('这个倡议是谁发的？').citations[0]?.notice).toBe('gz-mzt-2020-02-20');
  });

  it('beside the main notice, another notice is not declined for lacking a kind of answer it may give without saying it (whether one may)', () => {
    const suzhou = new Answerer(
      loadKnowledge(knowledgeWith([join(KNOWLEDGE_DIR, 'notices'), otherNotices().find((n) => n.slug.startsWith('suzhou'))!.notice])),
    );
    // （五）人才招聘会、…等活动； is an item under 不再组织举办下列…活动：, which says the no.
    expect(suzhou.answer('春节后公司想办个人才招聘会，还能办吗？').citations[0]).toMatchObject({ notice: expect.stringMatching(/^suzhou/), paragraph: 9 });
  });

  it('a measure word after 哪 and a number counts what is asked (哪两场仗): the other notice holding it (这场) does not outrank the answer', () => {
    const photographers = new Answerer(
      loadKnowledge(knowledgeWith([join(KNOWLEDGE_DIR, 'notices'), otherNotices().find((n) => n.slug.startsWith('china-syjxh'))!.notice])),
    );
    // 摄影家协会's 一定能打赢这场人民健康保卫战 holds 场 of 这场; the main notice names the two: 阻击战和脱贫攻坚战.
    expect(photographers.answer('倡议要打赢哪两场仗？').citations[0]).toMatchObject({ notice: 'gz-mzt-2020-02-20', paragraph: 5 });
  });

  it('a word only another notice uses is unknown to the notice of the best sentence (光伏 asked of the main notice)', () => {
    const pair = (slug: string) =>
      new Answerer(loadKnowledge(knowledgeWith([join(KNOWLEDGE_DIR, 'notices'), otherNotices().find((n) => n.slug.startsWith(slug))!.notice], true)));
    // The main notice's 复工复产 sentences hold the rest: 光伏协会 is what is asked of, and the 光伏 notice says nothing of it.
    expect(pair('china-gfhyxh').answer('光伏协会有没有出台帮企业复工复产的措施？').answered).toBe(false);
    expect(pair('baoji').answer('商会会员要是想捐口罩这些物资，应该送到哪个仓库？').answered).toBe(false);
  });

  it('a short name of an issuer (律协, 商联会, 房协) names its notice, though no notice writes it', () => {
    const pair = (slug: string) =>
      new Answerer(loadKnowledge(knowledgeWith([join(KNOWLEDGE_DIR, 'notices'), otherNotices().find((n) => n.slug.startsWith(slug))!.notice])));
    expect(pair('liaoyuan').index.namedNotice('律协现在能提供哪些帮助？')?.id).toMatch(/^liaoyuan/);
    expect(pair('qijiang').index.namedNotice('商联会对会员有啥子要求？')?.id).toMatch(/^qijiang/);
    expect(pair('china-fdcyxh').index.namedNotice('房协对物业有什么要求')?.id).toMatch(/^china-fdcyxh/);
  });

  it('倡议 names neither an 倡议 nor an 倡议书 beside it, 倡议书 names the 倡议书; English names as the English title and issuer do', () => {
    const pair = (slug: string) =>
      new Answerer(loadKnowledge(knowledgeWith([join(KNOWLEDGE_DIR, 'notices'), otherNotices().find((n) => n.slug.startsWith(slug))!.notice])));
    const doctors = pair('china-ysxh'); // 中国医师协会致全国医生的倡议书, beside the main 倡议
    expect(doctors.index.namedNotice('倡议书对一线的医生有什么提醒？')?.id).toMatch(/^china-ysxh/);
    expect(doctors.index.namedNotice('倡议里对一线的医护人员有没有特别提醒？')).toBeUndefined();
    const redCross = pair('bazhong'); // Red Cross Society of Bazhou District, Bazhong
    expect(redCross.index.namedNotice('will the bazhou red cross take medicines that i bought myself?')?.id).toMatch(/^bazhong/);
    // Words of kinds (notice) and of organisations (society) name no one.
    expect(redCross.index.namedNotice('what does the notice of the society say about masks?')).toBeUndefined();
  });

  it('another notice that the question does not name and that lacks what is asked (a date) does not answer it', () => {
    // 摄影协会's 研究疫苗 holds the word, not the date: shown as related, not as an answer.
    const vaccine = answerer.answer('疫苗什么时候可以打?');
    expect(vaccine.answered).toBe(false);
    // The main notice still says that it gives no date, and what it says instead.
    const school = answerer.answer('学校什么时候能开学?');
    expect(school).toMatchObject({ answered: true, unstatedType: 'time' });
    expect(school.citations[0]?.notice).toBe('gz-mzt-2020-02-20');
  });
});

describe("a notice that uses the asker's whole word", () => {
  const dir = knowledgeCopy();
  writeFileSync(join(dir, 'notices/wh-cy-2020-06-13.md'), THIRD);
  const answerer = new Answerer(loadKnowledge(dir));

  it("a sector word re-joined with its kind (餐饮行业) still reaches the sentence that states the sector's duty", () => {
    // 餐饮行业 is a word of the other notice only; 行业 says what kind of body, 餐饮 what about.
    expect(answerer.index.concepts('餐饮行业协会要做什么', false)[0]).toEqual(expect.arrayContaining(['餐饮行业', '餐饮']));
    expect(answerer.answer('餐饮行业协会要做什么?').citations[0]).toMatchObject({ notice: 'gz-mzt-2020-02-20', paragraph: 4, sentence: 5 });
  });
});

describe('rebuilding the index in a running bot', () => {
  it('yields to the event loop between notices, so that the old index keeps answering meanwhile', async () => {
    const base = loadKnowledge(knowledgeCopy());
    const many = { ...base, notices: Array.from({ length: 12 }, (_, i) => ({ ...base.notices[0]!, id: `copy-${i}` })), version: 'many' };
    const old = new Answerer(base);
    let answeredMeanwhile = 0;
    const timer = setInterval(() => {
      if (old.answerUncached('慈善组织要做什么').answered) answeredMeanwhile++;
    }, 0);
    const built = await Answerer.build(many);
    clearInterval(timer);
    // The same index as one built at once.
    const direct = new Answerer(many);
    for (const q of ['慈善组织要做什么', '重点企业什么时候复工', '今天天气怎么样']) expect(built.answerUncached(q)).toEqual(direct.answerUncached(q));
    expect(answeredMeanwhile).toBeGreaterThan(3);
  });
});
