import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { audienceSentences, issuerSentences } from '../../src/knowledge/notice-lines.js';
import { parseNotice, splitSentences } from '../../src/knowledge/parse.js';
import { knowledgeCopy, loadError, NOTICE_FILE, NOTICE_ID, realKnowledge } from '../support/knowledge.js';

describe('the knowledge base', () => {
  const { kb } = realKnowledge();
  const notice = kb.notices[0]!;

  it('has the notice with its front matter', () => {
    expect(notice).toMatchObject({ id: NOTICE_ID, issuer: '贵州省民政厅', date: '2020-02-20', region: '贵州', shortTitle: '贵州省民政厅倡议' });
    expect(kb.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('numbers paragraphs and points the way users refer to them', () => {
    expect(notice.paragraphs.map((p) => [p.number, p.point, p.heading])).toEqual([
      [1, undefined, undefined],
      [2, 1, '一要认清形势'],
      [3, 2, '二要扛起责任'],
      [4, 3, '三要发挥优势'],
      [5, undefined, undefined],
    ]);
    expect(notice.paragraphs[0]!.sentences[0]!.text.startsWith('2月20日')).toBe(true);
  });

  it('gives the items of a list on lines of their own the sentence that leads into them, and nothing else', () => {
    const text = `---
id: list-test
title: 关于接收捐赠的公告
short_title: 公告
title_en: Notice
issuer: 某红十字会
issuer_en: A Red Cross
date: 2020-02-01
region: 某地
source: test
---

物资需符合下列国家标准：

1、医用防护口罩GB19083-2010

2、医用外科口罩YY0469-2011

联系人：张三。

（1）不是清单的续行。
`;
    const n = parseNotice(text, 'list-test.md');
    expect(n.paragraphs.map((p) => p.lead)).toEqual([undefined, '物资需符合下列国家标准：', '物资需符合下列国家标准：', undefined, undefined]);
    expect(notice.paragraphs.every((p) => p.lead === undefined)).toBe(true);
  });

  it("gives the items under a point's title on a line of its own that title as their lead", () => {
    const text = `---\nid: t\ntitle: 关于减免会费的通知\nshort_title: 通知\ntitle_en: Notice\nissuer: 某联合会\nissuer_en: A\ndate: 2020-03-06\nregion: 某地\nsource: test\n---\n\n一、会费减免原则\n\n1、科研院所、高校；\n\n2、环保公益组织。\n\n二、其他说明。\n\n1、不是这个标题下的清单。\n`;
    const n = parseNotice(text, 't.md');
    // 二、其他说明。 ends a sentence: it says something itself, and is no title of what follows.
    expect(n.paragraphs.map((p) => p.lead)).toEqual([undefined, '一、会费减免原则', '一、会费减免原则', undefined, undefined]);
  });

  it("gives the lines under a point's title that closes with an aside (一、开放时间（8月1日-8月31日）) that title as their lead", () => {
    const text = `---\nid: t\ntitle: 游泳馆开放公告\nshort_title: 公告\ntitle_en: Notice\nissuer: 某体育中心\nissuer_en: A\ndate: 2020-07-24\nregion: 某地\nsource: test\n---\n\n一、开放时间（2020年8月1日-8月31日）\n\n14:00-21:30（21:00停止入场）\n\n二、入场方式\n\n现场购卡。\n`;
    const n = parseNotice(text, 't.md');
    expect(n.paragraphs.map((p) => p.lead)).toEqual([undefined, '一、开放时间（2020年8月1日-8月31日）', undefined, '二、入场方式']);
  });

  it('gives the lines under an item that only names a matter that item as their lead too, until the next item', () => {
    const text = `---\nid: t\ntitle: 关于交纳会费的通知\nshort_title: 通知\ntitle_en: Notice\nissuer: 某协会\nissuer_en: A\ndate: 2020-05-06\nregion: 某地\nsource: test\n---\n\n五、联系方式\n\n1、新会员入会咨询\n\n联系人：张三\n\n2、现场联系人：李四\n\n温馨提示：请提前联系。\n`;
    const n = parseNotice(text, 't.md');
    // 2、现场联系人：李四 gives a value after its label: it says something, and is no title of the tip after it.
    expect(n.paragraphs.map((p) => p.lead)).toEqual([undefined, '五、联系方式', '五、联系方式\n1、新会员入会咨询', '五、联系方式', '五、联系方式']);
  });

  it('finds the salutation under the document number that heads a notice, and keeps the number as text', () => {
    const notice = (head: string) =>
      parseNotice(
        `---\nid: t\ntitle: 关于交纳会费的通知\nshort_title: 通知\ntitle_en: Notice\nissuer: 某协会\nissuer_en: A\ndate: 2020-05-06\nregion: 某地\nsource: test\n---\n\n${head}\n\n各会员单位：\n\n请于6月30日前交纳会费。\n\n二〇二〇年五月六日\n`,
        't.md',
      );
    expect(notice('中重停协字〔2020〕第016号').paragraphs.map((p) => p.role)).toEqual([undefined, 'salutation', undefined, 'date']);
    // Copies that leave out the issuer's abbreviation, or give the number alone.
    for (const head of ['〔2020〕15号', '（2020）第3号', '第16号'])
      expect(notice(head).paragraphs.map((p) => p.role)).toEqual([undefined, 'salutation', undefined, 'date']);
    // A first line that is no document number is text, and what follows it no salutation.
    expect(notice('为保障协会工作，现通知如下。').paragraphs.map((p) => p.role)).toEqual([undefined, undefined, undefined, 'date']);
  });

  it("gives the paragraphs under a point's bare title that title as their lead, numbered or not, until the next point", () => {
    const n = parseNotice(
      `---\nid: t\ntitle: 公告\nshort_title: 公告\ntitle_en: Notice\nissuer: 某红十字会\nissuer_en: A\ndate: 2020-02-01\nregion: 某地\nsource: test\n---\n\n一、接收急需物资\n\n主要包括：口罩、防护服。\n\n二、联系方式\n\n联系人：张三 13350924050\n\n某红十字会\n\n2020年2月1日\n`,
      't.md',
    );
    expect(n.paragraphs.map((p) => p.lead)).toEqual([undefined, '一、接收急需物资', undefined, '二、联系方式', undefined, undefined]);
  });

  it("gives the paragraph under an unnumbered section title (a letter's 一定要居家保护好自己) that title as its lead", () => {
    const n = parseNotice(
      `---\nid: t\ntitle: 一封信\nshort_title: 一封信\ntitle_en: Letter\nissuer: 某侨联\nissuer_en: A\ndate: 2020-03-04\nregion: 某地\nsource: test\n---\n\n亲爱的侨胞：\n\n当前疫情仍然吃紧。\n\n回国必须报告并医学观察\n\n如确有急事要回国，务必先联系热线。\n\n咨询服务热线\n\n甲县：0578-96345\n\n乙县：0578-6838117\n`,
      't.md',
    );
    // The hotline title over labelled lines leads them as before; a body paragraph leads nothing.
    expect(n.paragraphs.map((p) => p.lead)).toEqual([undefined, undefined, undefined, '回国必须报告并医学观察', undefined, '咨询服务热线', '咨询服务热线']);
  });

  it('takes paragraphs numbered 1、 2、 3、 for points when none is numbered in Chinese, and for items under 一、', () => {
    const points = (body: string) =>
      parseNotice(
        `---\nid: t\ntitle: 倡议书\nshort_title: 倡议书\ntitle_en: Appeal\nissuer: 某协会\nissuer_en: A\ndate: 2020-03-03\nregion: 某地\nsource: test\n---\n\n${body}\n`,
        't.md',
      ).paragraphs.map((p) => p.point);
    expect(points('特提出如下倡议：\n\n1、保持高度警惕。\n\n2、推进复工复产。\n\n某协会')).toEqual([undefined, 1, 2, undefined]);
    expect(points('一、会费减免原则\n\n1、科研院所。\n\n2、环保公益组织。')).toEqual([1, undefined, undefined]);
    // Numbers out of order are no points (a list of a list's items, a phone line starting 1.).
    expect(points('说明如下：\n\n2、其一。\n\n3、其二。')).toEqual([undefined, undefined, undefined]);
  });

  it('an unnumbered section title over numbered items in sentences leads them (其他事项 over 1、…。), not over item titles', () => {
    const leads = (body: string) =>
      parseNotice(
        `---\nid: t\ntitle: 公告\nshort_title: 公告\ntitle_en: Announcement\nissuer: 某馆\nissuer_en: A\ndate: 2020-04-14\nregion: 某地\nsource: test\n---\n\n${body}\n`,
        't.md',
      ).paragraphs.map((p) => p.lead);
    expect(leads('本馆将恢复开放。\n\n其他事项\n\n1、公众参观须全程佩戴口罩。\n\n2、谢绝在场馆内进食。\n\n某馆')).toEqual([
      undefined,
      undefined,
      '其他事项',
      '其他事项',
      undefined,
    ]);
    // Items that are titles themselves (1.银行转账) lead the lines under them, as before.
    expect(leads('请踊跃捐赠。\n\n捐赠方式\n\n1.银行转账\n\n户名：某基金会\n\n某馆')[2]).toBeUndefined();
  });

  it('signs with the issuer the metadata names at any length, and cuts a long first clause into a heading with an ellipsis', () => {
    const issuer = '中共某某苗族侗族自治县委新型冠状病毒感染的肺炎疫情防控工作指挥部';
    const notice = parseNotice(
      `---\nid: t\ntitle: 通告\nshort_title: 通告\ntitle_en: Circular\nissuer: ${issuer}\nissuer_en: A\ndate: 2020-02-28\nregion: 某地\nsource: test\n---\n\n现通告如下：\n\n一、自3月2日起恢复交易。\n\n二、请各宗教教职人员、信教群众关注官方发布的疫情信息，不信谣。\n\n${issuer}\n\n2020年2月28日\n`,
      't.md',
    );
    // 34 characters: longer than a name line by shape, signed because it is the issuer.
    expect(notice.paragraphs.map((p) => p.role)).toEqual([undefined, undefined, undefined, 'signature', 'date']);
    expect(notice.paragraphs.map((p) => p.heading)).toEqual([
      undefined,
      '一、自3月2日起恢复交易',
      '二、请各宗教教职人员、信教群众关注官方…',
      undefined,
      undefined,
    ]);
  });

  it('takes no lead-in clause for a salutation, and finds the signature and date above an attachment line', () => {
    const notice = (body: string) =>
      parseNotice(
        `---\nid: t\ntitle: 倡议\nshort_title: 倡议\ntitle_en: Appeal\nissuer: 某协会\nissuer_en: A\ndate: 2020-02-15\nregion: 某地\nsource: test\n---\n\n${body}\n`,
        't.md',
      );
    const roles = (body: string) => notice(body).paragraphs.map((p) => p.role);
    // A clause that leads into the points (为…，…发出倡议如下：) is text; a list of addressees, commas and all, salutes.
    expect(roles('为有效预防疫情蔓延，本会向会员单位发出倡议如下：\n\n一、暂停销售活动。\n\n某协会\n\n2020年1月26日')).toEqual([
      undefined,
      undefined,
      'signature',
      'date',
    ]);
    expect(roles('各县（市、区）民政局，示范区社会事务局：\n\n请做好防控。\n\n某局\n\n2020年1月29日')).toEqual(['salutation', undefined, 'signature', 'date']);
    // A long list of addressees, a parenthesis in it (含…等), still salutes: 60 characters and more.
    expect(
      roles('市各体育协会俱乐部、各健身站点、各体育场馆（含营业性体育健身房、太极拳馆、跆拳道馆等）、体育产业单位：\n\n请暂停活动。\n\n某局\n\n2020年1月28日'),
    ).toEqual(['salutation', undefined, 'signature', 'date']);
    // 附：… after the date names an attachment: the lines above it still sign and date the notice.
    // The issuer and the date on one line (二0二0: zeros typed as digits) sign it, above an attached table (附表：).
    expect(roles('请注意安全。\n\n某协会 二0二0年七月二十七日\n\n附表： 各站人员安排表')).toEqual([undefined, 'signature', undefined]);
    expect(roles('请踊跃捐款。\n\n联系电话：0898-68966415\n\n某协会\n\n2020年2月15日\n\n附：某党组文件')).toEqual([
      undefined,
      undefined,
      'signature',
      'date',
      undefined,
    ]);
  });

  it('gives lines that each give a value under a label the title line above them as their lead', () => {
    const n = parseNotice(
      `---\nid: t\ntitle: 公告\nshort_title: 公告\ntitle_en: Notice\nissuer: 某局\nissuer_en: A\ndate: 2020-03-04\nregion: 某地\nsource: test\n---\n\n请拨打热线。\n\n咨询服务热线\n\n甲区：0578-96345\n\n乙县：0578-6838117\n\n联系人：张三\n`,
      't.md',
    );
    expect(n.paragraphs.map((p) => p.lead)).toEqual([undefined, undefined, '咨询服务热线', '咨询服务热线', '咨询服务热线']);
    // One labelled line under a title is no list.
    const one = parseNotice(
      `---\nid: t\ntitle: 公告\nshort_title: 公告\ntitle_en: Notice\nissuer: 某局\nissuer_en: A\ndate: 2020-03-04\nregion: 某地\nsource: test\n---\n\n咨询服务热线\n\n甲区：0578-96345\n\n请拨打。\n`,
      't.md',
    );
    expect(one.paragraphs.map((p) => p.lead)).toEqual([undefined, undefined, undefined]);
  });

  it('finds the signature and the date above a list printed after them (hotlines), and keeps the list as text', () => {
    const n = parseNotice(
      `---\nid: t\ntitle: 致侨胞的一封信\nshort_title: 一封信\ntitle_en: Letter\nissuer: 某市侨联\nissuer_en: A\ndate: 2020-03-04\nregion: 某地\nsource: test\n---\n\n各位侨胞：\n\n请联系热线（号码附后）。\n\n某市侨联\n\n2020年3月4日\n\n咨询服务热线\n\n甲区：0578-96345\n\n乙县：0578-6838117\n`,
      't.md',
    );
    expect(n.paragraphs.map((p) => p.role)).toEqual(['salutation', undefined, 'signature', 'date', undefined, undefined, undefined]);
  });

  it('says to whom a notice without a salutation is addressed with its first sentence naming the issuer', () => {
    const n = parseNotice(
      `---\nid: t\ntitle: 倡议书\nshort_title: 倡议书\ntitle_en: Appeal\nissuer: 某市企业家协会\nissuer_en: A\ndate: 2020-04-16\nregion: 某地\nsource: test\n---\n\n疫情给餐饮业带来严重影响。某市企业家协会向广大企业家、社会各界发出如下倡议：\n\n一、恢复堂食。\n\n某市企业家协会\n\n2020年4月16日\n`,
      't.md',
    ) as Parameters<typeof audienceSentences>[0];
    expect(audienceSentences(n, realKnowledge().kb.language.patterns.addressing)[0]).toMatchObject({ paragraph: 1, sentence: 2 });
  });

  it('finds the line saying whom the notice addresses by the language data, when it does not name the issuer', () => {
    const n = parseNotice(
      `---\nid: t\ntitle: 倡议书\nshort_title: 倡议书\ntitle_en: Appeal\nissuer: 某市企业家协会\nissuer_en: A\ndate: 2020-04-16\nregion: 某地\nsource: test\n---\n\n疫情给餐饮业带来严重影响。本会向全体会员企业发出如下倡议：\n\n一、恢复堂食。\n\n某市企业家协会\n\n2020年4月16日\n`,
      't.md',
    ) as Parameters<typeof audienceSentences>[0];
    expect(audienceSentences(n, realKnowledge().kb.language.patterns.addressing)[0]).toMatchObject({ paragraph: 1, sentence: 2 });
    // With no such pattern, only the signature says who: the line is not found.
    expect(audienceSentences(n, /^$/)[0]).not.toMatchObject({ paragraph: 1, sentence: 2 });
  });

  it('says who issued a notice with the signature lines naming its issuers, not a closing formula above them', () => {
    const notice = (issuer: string, closing: string) =>
      parseNotice(
        `---\nid: t\ntitle: 关于开会的通知\nshort_title: 通知\ntitle_en: Notice\nissuer: ${issuer}\nissuer_en: A\ndate: 2020-02-01\nregion: 某地\nsource: test\n---\n\n各会员单位：\n\n会议延期。\n\n${closing}\n\n2020年2月1日\n`,
        't.md',
      ) as Parameters<typeof issuerSentences>[0];
    // 特此通知 has the shape of a signature line; the line naming the issuer is the one that says who.
    expect(issuerSentences(notice('某市某协会秘书处', '特此通知\n\n某市某协会秘书处')).map((r) => r.paragraph)).toEqual([4]);
    // Two issuers sign two lines: both say who.
    expect(issuerSentences(notice('甲协会党委、乙中心党委', '甲协会党委\n\n乙中心党委')).map((r) => r.paragraph)).toEqual([3, 4]);
    // A signature naming no issuer of the front matter: the line above the date.
    expect(issuerSentences(notice('某协会', '特此通知\n\n某协会办公室')).map((r) => r.paragraph)).toEqual([4]);
  });

  it('numbers sentences inside paragraphs, keeping a closing parenthetical with its sentence', () => {
    expect(notice.paragraphs.map((p) => p.sentences.length)).toEqual([1, 3, 6, 9, 2]);
    expect(notice.paragraphs[3]!.sentences[6]!.text).toMatch(/^教育类协会/);
    expect(notice.paragraphs[4]!.sentences[1]!.text).toMatch(/攻坚战\uFF01\uFF08根据贵州省民政厅信息整理\uFF09$/);
    expect(splitSentences('甲。乙\uFF01\uFF08注\uFF09丙?丁')).toEqual(['甲。', '乙\uFF01\uFF08注\uFF09', '丙?', '丁']);
    // A web address's ? is no sentence end.
    expect(splitSentences('详见https://www.example.gov.cn/a?id=3&b=1。好吗?N95')).toEqual(['详见https://www.example.gov.cn/a?id=3&b=1。', '好吗?', 'N95']);
  });

  it('has eight sectors, each citing an existing sentence, with at least 15 aliases in each script and English', () => {
    expect(kb.sectors).toHaveLength(8);
    for (const s of kb.sectors) {
      expect(s.aliases['zh-Hans'].length, s.id).toBeGreaterThanOrEqual(15);
      expect(s.aliases['zh-Hant'].length, s.id).toBeGreaterThanOrEqual(15);
      expect(s.aliases.en.length, s.id).toBeGreaterThanOrEqual(15);
      expect(s.cites[0]!.paragraph).toBe(4);
    }
    expect(kb.sectors.map((s) => s.cites[0]!.sentence)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('changes version when a file changes', () => {
    const dir = knowledgeCopy({ file: NOTICE_FILE, change: (t) => t.replace('同舟共济抗疫情', '同舟共济战疫情') });
    expect(loadKnowledge(dir).version).not.toBe(kb.version);
  });

  it('the same files in another folder have the same version (instances deployed in different places agree)', () => {
    expect(loadKnowledge(knowledgeCopy()).version).toBe(kb.version);
  });
});

describe('a broken knowledge file is rejected with its file and line', () => {
  it('a sector citing a sentence that does not exist', () => {
    const dir = knowledgeCopy({ file: 'sectors.json', change: (t) => t.replace('"sentence": 9', '"sentence": 99') });
    const err = loadError(dir);
    expect(err.file).toMatch(/sectors\.json$/);
    expect(err.message).toMatch(/volunteer-community.*sentence 99/);
    expect(err.line).toBeGreaterThan(100);
  });

  it('invalid JSON in the sector catalogue', () => {
    const dir = knowledgeCopy({ file: 'sectors.json', change: (t) => t.replace('"id": "charity",', '"id": "charity"') });
    const err = loadError(dir);
    expect(err.message).toMatch(/sectors\.json:\d+: not valid JSON/);
    expect(err.line).toBeGreaterThan(1);
  });

  it('duplicate sector ids', () => {
    const dir = knowledgeCopy({ file: 'sectors.json', change: (t) => t.replace('"id": "charity"', '"id": "medical"') });
    expect(loadError(dir).message).toMatch(/sector id "medical" appears twice/);
  });

  it('bad front matter: a missing key, a bad date', () => {
    expect(loadError(knowledgeCopy({ file: NOTICE_FILE, change: (t) => t.replace(/^issuer: .*\n/m, '') })).message).toMatch(/missing "issuer"/);
    const err = loadError(knowledgeCopy({ file: NOTICE_FILE, change: (t) => t.replace('date: 2020-02-20', 'date: 20.2.2020') }));
    expect(err.line).toBe(8);
    expect(err.message).toMatch(/gz-mzt-2020-02-20\.md:8: date/);
  });

  it('a paragraph with no Chinese sentence', () => {
    const err = loadError(knowledgeCopy({ file: NOTICE_FILE, change: (t) => t.replace(/\n\n倡议号召/, '\n\n-----\n\n倡议号召') }));
    expect(err.message).toMatch(/paragraph 5 has no Chinese sentence/);
    expect(err.line).toBe(21);
  });

  it('two notices with the same id', () => {
    const dir = knowledgeCopy();
    writeFileSync(`${dir}/notices/copy.md`, readFileSync(`${dir}/${NOTICE_FILE}`, 'utf8'));
    expect(loadError(dir).message).toMatch(/notice id "gz-mzt-2020-02-20" is used by/);
  });
});

describe('the English translation is checked against the notice', () => {
  const EN = 'notices/gz-mzt-2020-02-20.en.json';
  const { kb } = realKnowledge();
  it('loads a rendering of every sentence and heading, unofficial, with who made it', () => {
    const en = kb.notices[0]!.translations.en!;
    const sentences = kb.notices[0]!.paragraphs.reduce((n, p) => n + p.sentences.length, 0);
    expect(en.sentences.size).toBe(sentences);
    expect(en.headings.get(4)).toMatch(/^Third/);
    expect(en.by).toBeTruthy();
  });

  it('a notice edited without its translation is refused at the sentence that changed', () => {
    const dir = knowledgeCopy({ file: NOTICE_FILE, change: (t) => t.replace('同舟共济抗疫情', '同舟共济战疫情'), translationToo: false });
    const err = loadError(dir);
    expect(err.file).toMatch(/\.en\.json$/);
    expect(err.message).toMatch(/paragraph 5 sentence \d: zh differs/);
    expect(err.line).toBeGreaterThan(100);
  });

  it('a sentence missing, or an official claim, is refused', () => {
    const missing = knowledgeCopy({ file: EN, change: (t) => JSON.stringify({ ...JSON.parse(t), paragraphs: JSON.parse(t).paragraphs.slice(0, 4) }, null, 2) });
    expect(loadError(missing).message).toMatch(/4 paragraphs; the notice has 5/);
    const official = knowledgeCopy({ file: EN, change: (t) => t.replace('"official": false', '"official": true') });
    expect(loadError(official).file).toMatch(/\.en\.json$/);
  });
});
