// The engine holds no word of a particular notice, and works on a notice it was not written for: a small
// real notice (Chongqing, 2020) from the evaluation fixtures, with no sectors and no profile.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { Answerer } from '../../src/search/answer.js';
import { renderText } from '../../src/search/render-text.js';
import { splitStory, typedPart } from '../../src/search/story.js';
import { citedParagraph, knowledgeWith, otherNoticeAnswerer, otherNotices } from '../support/eval-sets.js';
import { kindsAsked, realKnowledge } from '../support/knowledge.js';

const SRC = join(import.meta.dirname, '../../src');
/** Words only this notice uses: its places, people, numbers, sector phrases and the kind of document it is. */
const DISTINCTIVE = [
  '湖北',
  '鄂州',
  '省委书记',
  '孙志刚',
  '月底前',
  '三点要求',
  '公开募捐',
  '水电气讯',
  '民政厅',
  '春耕备耕',
  '五个体系',
  '30.83',
  '关键期',
  '倡议对象',
  '慈善组织应该',
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}

describe('a general engine', () => {
  it('src/ names no word of the notice it ships with', () => {
    const hits = files(SRC).flatMap((f) => DISTINCTIVE.filter((w) => readFileSync(f, 'utf8').includes(w)).map((w) => `${f}: ${w}`));
    expect(hits).toEqual([]);
  });

  const cq = otherNotices().find((n) => n.slug.startsWith('cq-mzj-'))!;
  const kb = loadKnowledge(knowledgeWith([cq.notice]));
  const answerer = new Answerer(kb);

  it('reads another notice: its kind from its front matter, its salutation, signature and date lines', () => {
    const notice = kb.notices[0]!;
    expect(notice.kind['zh-Hans']).toBe('通知');
    expect(notice.paragraphs[0]!.role).toBe('salutation');
    expect(notice.paragraphs.at(-2)!.role).toBe('signature');
    expect(notice.paragraphs.at(-1)!.role).toBe('date');
    expect(notice.paragraphs.filter((p) => p.role)).toHaveLength(3);
  });

  it('unsigned (a page cut before its end), who issued it is the first sentence naming the issuer, wherever it is', () => {
    // 中国文化旅游摄影协会's 倡议书 names itself in its fourth paragraph; its first is a salutation, its second says nothing of it.
    const photographers = otherNoticeAnswerer('china-whlysyxh');
    expect(photographers.answer('这份倡议是谁发的？').citations[0]?.paragraph).toBe(4);
    expect(photographers.answer('转了好几手也看不出来是哪里发的。请问这份倡议是哪个协会出的？').citations[0]?.paragraph).toBe(4);
  });

  it('unsigned, a first sentence that neither names the issuer nor gives a date (a New Year greeting) says neither who nor when', () => {
    const ecologists = otherNoticeAnswerer('china-stxxh');
    const records = ecologists.index.recordsOf(ecologists.kb.notices[0]!.id);
    expect(records.filter((r) => r.says.includes('signature') || r.says.includes('date'))).toEqual([]);
    // The greeting no longer draws every question that asks about the notice: to whom, and what it asks.
    expect(ecologists.answer('这份倡议书是向哪些人发出的？').citations[0]?.paragraph).toBe(3);
    expect(ecologists.answer('学会希望会员重点宣传什么？').citations[0]?.paragraph).toBe(7);
    // An unsigned notice whose first sentence gives its dates (鉴于…1月27日至1月30日…暂停) keeps it as saying when.
    const registry = otherNoticeAnswerer('fuzhou-mzj');
    expect(registry.index.recordsOf(registry.kb.notices[0]!.id)[0]!.says).toContain('date');
  });

  it('a part of the issuer’s name (商业联合会, for 商联会) is no word the notice lacks, though the notice cuts its words apart', () => {
    const qijiang = otherNoticeAnswerer('qijiang-');
    const concept = qijiang.explain('网上传的谣言，商联会咋个说的？').concepts.find((c) => c.forms.includes('商业联合会'));
    expect(concept?.unknown).toBe(false);
  });
  it('two words that together spell a long part of the issuer (陶瓷博物|馆) say whose notice, not what about', () => {
    expect(citedParagraph('zibo-', '淄博陶瓷博物馆的作品征集什么时候截止？')).toBe(7);
  });
  it('English words typed side by side that spell a long part of the issuer (Ceramics Museum: 陶瓷|博物馆) weigh as its name', () => {
    const museum = otherNoticeAnswerer('zibo-');
    const weightOf = (q: string, form: string) => museum.explain(q).concepts.find((c) => c.forms.includes(form))?.weight ?? 0;
    const asked = 'When is the deadline for artworks?';
    // As the notice's name, each weighs less than the artworks asked about; apart (a museum, ceramics), as much as ever.
    expect(weightOf(`Zibo Ceramics Museum: ${asked}`, 'ceramics')).toBeLessThan(weightOf(`Zibo Ceramics Museum: ${asked}`, 'artworks') / 2);
    expect(weightOf(`Zibo Ceramics Museum: ${asked}`, 'museum')).toBeLessThan(weightOf(`Zibo museum, ceramics: ${asked}`, 'museum') / 2);
  });
  it('a word of the issuer’s name before its kind with more of the name between (建设监理 … 协会) says whose notice, not what about', () => {
    const supervisors = otherNoticeAnswerer('wuhan-jsjlzxxh');
    const weightOf = (q: string, form: string) => supervisors.explain(q).concepts.find((c) => c.forms.includes(form))?.weight ?? 0;
    // 武汉建设监理与咨询行业协会: 建设监理, then 与咨询行业, then 协会.
    const asked = 'Will there be a donation ceremony for the Wuhan construction supervision association?';
    expect(weightOf(asked, '建设监理')).toBeLessThan(weightOf(asked, '捐赠仪式') / 2);
    expect(supervisors.answer(asked).citations[0]?.paragraph).toBe(8);
    // Without the kind after it, the word is what is asked about, as it was.
    expect(weightOf('Which construction supervision firms built Leishenshan?', '建设监理')).toBeGreaterThan(weightOf(asked, '建设监理') * 2);
  });
  it('words naming the issuer with its kind (生物工程|协会, the bioengineering association) say whose notice, not what about', () => {
    const bioengineers = otherNoticeAnswerer('hainan-swgcxh');
    // Not the sentence that names the association, but the one saying where the money goes.
    expect(bioengineers.answer('生物工程协会的捐款最后怎么用？').citations[0]?.paragraph).toBe(4);
    expect(bioengineers.answer('How will the bioengineering association use the money it collects?').citations[0]?.paragraph).toBe(4);
  });

  it('the issuing body asked what it says (民政局怎么说的) is who speaks, not what the question is about', () => {
    const lanzhou = otherNoticeAnswerer('lanzhou-');
    expect(lanzhou.index.issuerBodies.has('民政局')).toBe(true);
    // Its 2 February sentence names 民政局; the 14 February one, asked about, does not.
    expect(lanzhou.answer('我们本来想情人节那天去城关区民政局领证，现在情人节那天还能去吗？民政局怎么说的？').citations[0]?.paragraph).toBe(2);
  });

  it('a line announcing the call to its audience (…向全体医务人员和社会各界发出倡议：) answers to whom, not what it asks', () => {
    const doctors = otherNoticeAnswerer('china-ysxh');
    expect(doctors.answer('What does the Chinese Medical Doctor Association ask the public to do for doctors?').citations[0]?.paragraph).toBe(5);
    expect(doctors.answer('医师协会喊社会上对医生咋个样嘛？').citations[0]?.paragraph).toBe(5);
    expect(doctors.answer('这个倡议是向谁发出的？').citations.map((c) => c.paragraph)).toContain(1);
  });

  it('to whom, asked with who is to read it (寫俾邊個睇), is the salutation', () => {
    expect(otherNoticeAnswerer('lincang-').answer('呢份倡議書係寫俾邊個睇㗎？').citations[0]?.paragraph).toBe(1);
  });

  it('a letter asked of as 这|封|信 (the segmenter’s single characters) is the document itself: when it was written is its date line', () => {
    const letter = otherNoticeAnswerer('china-sjyxh');
    expect(letter.answer('这封信是哪天写的？').citations[0]?.paragraph).toBe(8);
    // 那 typed for 哪 in a sentence that asks with no other question word.
    expect(letter.answer('这封信是那天写的').citations[0]?.paragraph).toBe(8);
  });

  it('to whom something is handed (交给谁, 交到哪个单位, 报给谁) is no question of who issued the notice or to whom', () => {
    const lang = otherNoticeAnswerer('baoji').index.lang;
    expect(lang.patterns.aboutNotice.test('我捐的钱最后是交到哪个单位手里')).toBe(false);
    expect(lang.patterns.aboutNotice.test('这些简讯要交给谁')).toBe(false);
    expect(lang.patterns.aboutNotice.test('这个倡议是哪个单位发的')).toBe(true);
    expect(lang.patterns.aboutNotice.test('这个通知是发给谁的')).toBe(true);
    // What must be sent (要发给谁, 应该寄给谁) is a thing handed over, whatever the notice is called beside it.
    expect(lang.patterns.aboutNotice.test('简讯报道要发给谁啊')).toBe(false);
    // ...also with the body it goes to between (交给协会哪个部门).
    expect(lang.patterns.aboutNotice.test('复工情况交给协会哪个部门？')).toBe(false);
    expect(lang.patterns.aboutNotice.test('这份倡议是哪个部门发的')).toBe(true);
    // Where one applies or asks (要去哪个部门申请, 找哪个单位) is no question of who issued it.
    expect(lang.patterns.aboutNotice.test('减免租金要去哪个部门申请？')).toBe(false);
    expect(lang.patterns.aboutNotice.test('有问题找哪个单位')).toBe(false);
    expect(lang.patterns.audience.test('材料应该寄给谁')).toBe(false);
    expect(lang.patterns.audience.test('这份倡议书发给谁')).toBe(true);
    expect(otherNoticeAnswerer('nanjing').answer('南京自然医学会的科普资料要发给谁').citations[0]?.paragraph).toBe(7);
    // The newsletters go to the society (发至学会), which the society's signature alone does not say.
    expect(otherNoticeAnswerer('nanjing').answer('我们写的防疫科普简讯应该交给谁？').citations[0]?.paragraph).toBe(7);
  });

  it('until what day something stops (停到几号, 暂停到哪天) is no question of the day the notice was issued', () => {
    const lang = otherNoticeAnswerer('baoji').index.lang;
    expect(lang.patterns.aboutNotice.test('社工机构要停工到几号呀')).toBe(false);
    expect(lang.patterns.aboutNotice.test('婚姻登记暂停到哪天？')).toBe(false);
    expect(lang.patterns.aboutNotice.test('这个通知是几号的？')).toBe(true);
  });

  it('which bodies issued it together (哪些部门一起发的) asks who issued it: the signature names every one', () => {
    const qingdao = otherNoticeAnswerer('qingdao-swj');
    expect(qingdao.index.lang.patterns.aboutNotice.test('这份倡议书是哪些部门一起发的')).toBe(true);
    const text = renderText(qingdao.answer('青岛这份保供稳价倡议书是哪些部门一起发的？'), qingdao.kb);
    expect(text).toContain('青岛市商务局');
    expect(text).toContain('青岛市市场监督管理局');
  });

  it('who signed it is the whole signature: a person above the body’s name, and not a closing formula (特此通知)', () => {
    expect(
      otherNoticeAnswerer('china-sjyxh')
        .answer('这封信是谁写的？')
        .citations.map((c) => c.paragraph),
    ).toEqual([6, 7]);
    expect(
      otherNoticeAnswerer('hefei')
        .answer('这个通知是谁发的？')
        .citations.map((c) => c.paragraph),
    ).toEqual([5]);
  });

  it('quotes the signature for who issued it and the date line for when, and never for content', () => {
    expect(answerer.answer('这个通知是哪个部门发的？').citations[0]?.paragraph).toBe(6);
    expect(answerer.answer('呢份通知係邊個發嘅？').citations[0]?.paragraph).toBe(6);
    // Which body (邊個機構) and the Cantonese 嘅 for 的 ask the same; so do 邊個發出 and, in English, "put out" and "what day".
    expect(answerer.answer('呢份通知係邊個發出嘅？').citations[0]?.paragraph).toBe(6);
    expect(otherNoticeAnswerer('china-lsjyxh').answer('Who put out this appeal?').citations[0]?.paragraph).toBe(7);
    expect(otherNoticeAnswerer('dingzhou').answer('Which day did the bureau put out this notice?').citations[0]?.paragraph).toBe(6);
    // "When did … put out / publish it", and bodies counted (哪两个部门, Cantonese 邊兩個機構), ask it too.
    expect(otherNoticeAnswerer('dingzhou').answer('When did the Dingzhou civil affairs bureau put out this notice?').citations[0]?.paragraph).toBe(6);
    const qingdao = otherNoticeAnswerer('qingdao');
    expect(qingdao.answer('保供稳价倡议书是哪两个部门发的？').citations.map((c) => c.paragraph)).toEqual([7, 8]);
    expect(qingdao.answer('呢份倡議書係邊兩個部門聯名發出嘅？').citations.map((c) => c.paragraph)).toEqual([7, 8]);
    // Northern 俺 (I) is how the asker talks, nothing asked about.
    expect(otherNoticeAnswerer('sanmenxia').answer('这通知是啥时候发嘞？俺咋才看见').citations[0]?.paragraph).toBe(6);
    // When a thing is paid or comes out (补贴啥时候发, 成绩好久出来) asks nothing of the notice: 发 and 出 alone ask when it was
    // issued only as done (发的, 出嘅, 发嘞) or with their object's verb (发布, 印发), so the date line is no answer to them.
    const chuzhou = otherNoticeAnswerer('chuzhou-cl');
    expect(chuzhou.answer('残疾人补贴啥时候发？').answered).toBe(false);
    expect(chuzhou.answer('这个通知啥时候发的？').citations[0]?.paragraph).toBe(7);
    expect(chuzhou.answer('通知什么时候发布？').citations[0]?.paragraph).toBe(7);
    expect(answerer.answer('呢份通知係邊個機構發出嘅？').citations[0]?.paragraph).toBe(6);
    expect(answerer.answer('呢份通知係邊間單位出嘅？').citations[0]?.paragraph).toBe(6);
    // The issuer named by the asker's word (民政局), whatever synonyms the lexicon adds to it (民政部门).
    expect(answerer.answer('重慶民政局呢份通知係發俾邊啲機構㗎？').citations[0]?.paragraph).toBe(1);
    expect(answerer.answer('通知是哪天发的').citations[0]?.paragraph).toBe(7);
    // Asked with words of its issuer (处室 of 慈善社工处), generic ones (单位) or dialect (好久 = when): still its lines.
    expect(answerer.answer('这份通知是哪个处室发的？').citations[0]?.paragraph).toBe(6);
    expect(answerer.answer('通知是发给哪些单位的？').citations[0]?.paragraph).toBe(1);
    expect(answerer.answer('这个通知是好久发的').citations[0]?.paragraph).toBe(7);
    // The pinyin-input slip 那 for 哪, in a sentence that asks nothing else: read as 哪; in one that asks, left alone.
    expect(answerer.answer('这个通知是那个部门发的？').citations[0]?.paragraph).toBe(6);
    expect(answerer.answer('通知是那天发的').citations[0]?.paragraph).toBe(7);
    // What the asker says the notice is, before its kind (…做好疫情防控的通知), names it: still its date line.
    expect(answerer.answer('做好疫情防控的通知是哪天发的').citations[0]?.paragraph).toBe(7);
    // A deadline it would set (截止, 最晚哪天) is no date of issue, though 哪天 asks that too: the date line does not answer.
    expect(answerer.answer('这个通知的截止日期是哪天？').citations[0]?.paragraph ?? null).not.toBe(7);
    // (宝鸡's date line is its paragraph 5.)
    expect(otherNoticeAnswerer('baoji-').answer('商会这次倡议捐款最晚哪天要捐？').citations[0]?.paragraph ?? null).not.toBe(5);
    // 哪天 of what the notice says (取消的是哪天的结婚登记) is a date in it; 哪天的 closing the question is its own date.
    const lanzhou = otherNoticeAnswerer('lanzhou-');
    expect(lanzhou.answer('兰州取消的是哪天的结婚登记？').citations[0]?.paragraph).toBe(1);
    expect(answerer.answer('这个通知是哪天的？').citations[0]?.paragraph).toBe(7);
    // In English, what follows the kind says which notice (this appeal telling member companies …).
    const appeal = otherNoticeAnswerer('qijiang-');
    expect(appeal.answer('Who issued this appeal telling member companies to keep supplies going?').citations[0]?.paragraph).toBe(10);
    expect(appeal.answer('Which organisation sent the appeal about keeping prices stable?').citations[0]?.paragraph).toBe(10);
    // ...also with no 的 between (这个延期通知, of a notice titled only 通知): they say which notice, not what is asked.
    const postponed = otherNoticeAnswerer('china-gfhyxh-');
    expect(postponed.answer('这个延期通知是哪天发的').citations[0]?.paragraph).toBe(6);
    expect(answerer.index.lang.standardise('我那天去民政局，想问一下怎么登记？')).toContain('那天');
    // In English, with the issuer's words in English (Chongqing civil affairs) and a typo (adressed).
    expect(answerer.answer('Which organisations is this Chongqing civil affairs notice adressed to?').citations[0]?.paragraph).toBe(1);
    expect(answerer.answer('Who issued this notice?').citations[0]?.paragraph).toBe(6);
    // Any English word for a kind of body (bureau, chamber, federation …) asks who issued it, as organisation does.
    expect(answerer.answer('Which bureau issued this notice on charity work?').citations[0]?.paragraph).toBe(6);
    // The issuer named in English (its division, in no dictionary sense of 处) asks nothing of the text either.
    expect(answerer.answer('Who is the Chongqing charity and social work division notice addressed to?').citations[0]?.paragraph).toBe(1);
    // "Which kinds of" frames the asking as "what kind of" does in Chinese (哪类): no thing asked.
    expect(answerer.answer('Which kinds of organisations is this Chongqing notice addressed to?').citations[0]?.paragraph).toBe(1);
    // Who and when: the signature and the date line; when alone, found by the issuer's name: the date line first.
    expect(answerer.answer('Who issued this notice and when?').citations.map((c) => c.paragraph)).toEqual([6, 7]);
    expect(answerer.answer('重庆市民政局这份通知係幾時出嘅？').citations[0]?.paragraph).toBe(7);
    // A word no notice knows is asked about: when the hotpot festival starts is no question of the notice's date.
    expect(answerer.answer('火锅节哪天开始').citations.map((c) => c.paragraph)).not.toContain(7);
    // Whatever the decision, the sentence a content question is matched with is never a framing line.
    // 发给哪些医院 asks where things go, not to whom the notice is addressed (发给哪些单位的).
    for (const q of ['慈善组织要怎么做好宣传？', '各单位要怎么做好疫情防控', '社会工作服务机构要注意什么', '慈善组织的口罩发给哪些医院？']) {
      const { answer } = answerer.explain(q);
      expect(answer.citations.length).toBeGreaterThan(0);
      expect(answer.citations.every((c) => ![1, 6, 7].includes(c.paragraph))).toBe(true);
    }
  });

  it('reads an English word that names the issuer by any of its senses (medicine: 医学 of 南京自然医学会)', () => {
    const a = otherNoticeAnswerer('nanjing-');
    // Filler (actually) and the issuer's name in English ask nothing of the text: the salutation says to whom.
    expect(a.answer('Who is this Nanjing natural medicine society call actually addressed to?').citations[0]?.paragraph).toBe(1);
    // 向谁提出的 is answered in the asker's words (…向全体会员提出如下倡议) first, the salutation after it.
    expect(a.answer('这份倡议书是向谁提出的？').citations.map((c) => c.paragraph)).toEqual([2, 1]);
    // Found by the issuer's name, asked to whom: the lines saying to whom, not the signature.
    const liaoyuan = otherNoticeAnswerer('liaoyuan-');
    expect(liaoyuan.answer('辽源市律师协会这次是向谁发出的倡议？').citations.map((c) => c.paragraph)).toEqual([2, 1]);
  });

  it('an amount asked (好多钱) is held by the line that gives one (6000元/年), and the contact under an item by that item', () => {
    const dues = otherNoticeAnswerer('beijing-zgzxjxgyxh-');
    const amount = dues.answer('我们就是个普通会员单位，一年要交好多钱嘛？');
    expect(amount.answered).toBe(true);
    expect(amount.citations[0]?.paragraph).toBe(7);
    // 2、新会员入会咨询… on a line of its own leads the contact line under it (paragraph 19), not the one under item 1.
    expect(dues.answer('通知里有没有留入会咨询的联系人？').citations[0]?.paragraph).toBe(19);
  });

  it('asked what a notice follows or answers, its text says (响应…, 根据…通知), not its signature', () => {
    // 哪个单位发起的 reads like "who issued it"; 响应 says the question is which call this one answers.
    const donation = otherNoticeAnswerer('hainan-swgcxh-');
    const answered = donation.answer('这次捐款活动是响应哪个单位发起的倡议？');
    expect(answered.answered).toBe(true);
    expect(answered.citations[0]?.paragraph).toBe(2);
    expect(donation.answer('这份倡议是哪个单位发的？').citations[0]?.paragraph).not.toBe(2);
  });

  it('where to report is held by the number to ring; 有没有发现 asks what was found, not whether things are handed out', () => {
    const prices = otherNoticeAnswerer('zhouning-');
    const report = prices.answer('附近有店大米一下子涨了好几块，我该往哪里举报？');
    expect(report.answered).toBe(true);
    expect(report.citations[0]?.paragraph).toBe(6);
    const found = prices.answer('执法人员检查后有没有发现粮食食盐短缺？');
    expect(found.answered).toBe(true);
    expect(found.citations[0]?.paragraph).toBe(1);
  });

  it('a number asked is answered only by a sentence that gives one (三级 and 千万 are numbers too)', () => {
    // 居家隔离时的保养方案 names home isolation and gives no number of days: not an answer to 多少天.
    const society = otherNoticeAnswerer('nanjing-');
    const days = society.answer('居家隔离需要隔离多少天？');
    expect(days.answered).toBe(false);
    // 湖北风险等级降为三级 gives the level asked.
    const catering = otherNoticeAnswerer('wuhan-cy');
    expect(catering.answer('湖北现在风险等级是好多级了哦？').citations[0]?.paragraph).toBe(2);
  });

  it('a list asked with how many items is held only by a sentence listing as many', () => {
    const gz = realKnowledge().answerer;
    // 促进贵州12个农业特色优势产业 names twelve industries and lists none: shown as related, not as the answer.
    const twelve = gz.answer('贵州12个农业特色优势产业是哪12个？');
    expect(twelve.answered).toBe(false);
    expect(twelve.related.length).toBeGreaterThan(0);
    // 消毒液、酒精、手套、测温仪、温度计 lists five: asked for five it answers, for ten it does not.
    const property = otherNoticeAnswerer('weihai-');
    expect(property.answer('物业急需的是哪五种物资？').citations[0]).toMatchObject({ paragraph: 5, sentence: 2 });
    expect(property.answer('物业急需的是哪十种物资？').answered).toBe(false);
  });

  it('a kind of document that is an everyday word too (方案, 措施) names a notice only when one loaded is of that kind', () => {
    const gz = realKnowledge().answerer;
    expect(gz.kb.language.questionWords.has('方案') || gz.kb.language.questionWords.has('措施')).toBe(false);
    expect(gz.kb.language.questionWords.has('倡议')).toBe(true);
    // 方案 is what is asked about: the sentence on the plans the associations help firms write.
    expect(gz.answer('倡议喊社会组织帮企业搞哪样方案哦').quotes.some((r) => r.paragraph === 3 && r.sentence === 4)).toBe(true);
  });

  it('why the notice was issued: the first sentence of it that gives a reason, in either notice', () => {
    // 当前，…疫情快速变化，直接威胁…: the Chongqing notice's reason, its paragraph 2.
    expect(answerer.answer('为什么这个时候要发这个通知？').citations[0]).toMatchObject({ paragraph: 2, sentence: 1 });
    const gz = realKnowledge().answerer;
    for (const q of ['What is the purpose of the call?', 'What is the aim of this appeal?', '为什么发这个倡议', '倡議嘅目的係咩'])
      expect(gz.answer(q).citations[0]).toMatchObject({ paragraph: 1, sentence: 1 });
    // Why the issuer asks what it asks is why it issued the call: its reason (潍坊: 血液库存急剧下降).
    const blood = otherNoticeAnswerer('weifang-');
    for (const q of ['Why is Weifang asking volunteers to give blood?', '潍坊为什么号召志愿者献血？', '为啥子要喊大家去献血嘛？'])
      expect(blood.answer(q).citations[0]).toMatchObject({ paragraph: 2, sentence: 1 });
    // A why-question about something else is searched as ever.
    expect(gz.answer('为什么要复工复产').citations[0]?.paragraph).not.toBe(1);
    // The purpose stated where the call is announced comes second: the line itself when it gives a reason (为助力…发出
    // 倡议：), else the line before a bare 我们倡议如下：; never a list of something else (以下三种方式预约：).
    const baoji = otherNoticeAnswerer('baoji-').answer('商会发这个倡议的目的是什么？');
    expect(baoji.citations.map((c) => [c.paragraph, c.sentence])).toEqual([
      [1, 1],
      [1, 3],
    ]);
    expect(
      otherNoticeAnswerer('qijiang-')
        .answer('为什么要发这个倡议书？')
        .citations.map((c) => [c.paragraph, c.sentence]),
    ).toEqual([
      [2, 1],
      [2, 2],
    ]);
    expect(otherNoticeAnswerer('wulong-').answer('为什么发这个通知').citations).toHaveLength(1);
    // ...with the kind first and the verb after (这个通告是为了什么发布的), and in dialect (为啥子要发): never the signature
    // line, though 发布 asks who issued it elsewhere.
    const market = otherNoticeAnswerer('jingzhou-');
    for (const q of ['这个通告是为了什么发布的？', '通告为啥子要发']) expect(market.answer(q).citations[0]).toMatchObject({ paragraph: 1, sentence: 1 });
    // Why of one request (暂停生冷刺身海鲜) is answered where that request is made, with its own reason (随着气温的升高),
    // not by the purpose of the whole call.
    const wuhan = otherNoticeAnswerer('wuhan-cyyxh');
    expect(wuhan.answer('协会为什么呼吁餐厅暂停卖生冷刺身海鲜？').citations[0]?.paragraph).toBe(6);
    expect(wuhan.answer('协会为什么发这个倡议？').citations[0]?.paragraph).toBe(2);
  });

  it('a courtesy word the notice uses is asked about when the question goes on after it (感谢了哪些人)', () => {
    const foundation = otherNoticeAnswerer('wuhan-hsd');
    expect(foundation.answer('基金会在公告里感谢了哪些人？').citations[0]).toMatchObject({ paragraph: 4, sentence: 1 });
    expect(foundation.answer('谢谢').kind).toBe('thanks');
  });

  it('says what it does not know in the words of the notice’s kind, with examples from the notice', () => {
    const text = renderText(answerer.answer('今天天气怎么样'), kb);
    expect(text).toContain('通知里没有提到');
    expect(text).not.toContain('倡议');
  });
});

describe('the kind of answer asked for', () => {
  it('a heading names what is asked, the next sentence gives it: the sentence that has the number answers', () => {
    const answerer = otherNoticeAnswerer('chuzhou-');
    const a = answerer.answer('预约电话是多少？');
    expect(a.answered).toBe(true);
    const quoted = a.quotes.map(
      (r) => answerer.kb.notices[0]!.paragraphs.find((p) => p.number === r.paragraph)!.sentences.find((x) => x.number === r.sentence)!.text,
    );
    expect(quoted.join('')).toMatch(/\d{5}/);
    // 好久发 reads like "when was it issued", but the question is about subsidies: the date line is no answer.
    expect(answerer.answer('残疾人两项补贴这个月好久发嘛？').citations.map((c) => c.paragraph)).not.toContain(7);
    expect(answerer.answer('这个通知是好久发的？').citations[0]?.paragraph).toBe(7);
  });

  it('a day (4号) is a date, but not the number of a document (公防指[2020]4号, 〔2020〕第016号); 即日 and 二月二十日 say when', () => {
    const { kb } = realKnowledge();
    const type = (name: string) => kb.language.answerTypes.find((a) => a.name === name)!;
    expect(type('date').answeredBy.test('2月4号前报送')).toBe(true);
    for (const number of ['公防指[2020]4号', '黔民发〔2020〕15号', '中重停协字〔2020〕第016号'])
      expect(type('date').answeredBy.test(number), number).toBe(false);
    expect(type('time').answeredBy.test('截稿日期自本日起至二月二十日止')).toBe(true);
    expect(type('time').answeredBy.test('从即日起：')).toBe(true);
  });

  it('who holds a post is answered by a name (联系人：, 同志, a name by a mobile number), not by the post alone', () => {
    const { kb } = realKnowledge();
    const person = kb.language.answerTypes.find((a) => a.name === 'person')!;
    expect(person.asks.test('成都市民政局局长是谁')).toBe(true);
    expect(person.answeredBy.test('发送市长信箱或局长信箱')).toBe(false);
    expect(person.answeredBy.test('认真学习贯彻落实省委书记孙志刚同志的讲话精神')).toBe(true);
    expect(person.answeredBy.test('3.现场联系人：曹主任13625363338')).toBe(true);
    // Any label for the person to contact (协调人：, 对接人：) names one as 联系人： does, spaced out too (联 系 人：).
    expect(person.answeredBy.test('联 系 人：周霞')).toBe(true);
    // Whom to contact (找哪个联系) asks for a person; whom to apply to (找谁申请) may be an office.
    expect(person.asks.test('这个会费减免找哪个联系哦')).toBe(true);
    expect(person.asks.test('会费能不能减免？找谁申请？')).toBe(false);
    expect(person.answeredBy.test('积极协调做好对外捐赠工作（协调人：张笛 电话：65221476）')).toBe(true);
    // Which ones (哪五个, 具体名单) is answered by a list; weekend hours are hours; 罚好多钱 asks a penalty.
    const type = (name: string) => kb.language.answerTypes.find((a) => a.name === name)!;
    expect(type('list').asks.test('五个体系是哪五个') && type('list').asks.test('哪些省份算欠发达地区，有具体名单吗')).toBe(true);
    expect(type('list').answeredBy.test('当前急需的物资包括：医用外科口罩、N95口罩')).toBe(true);
    // Cantonese 邊 is 哪 before a count too (係邊12個).
    expect(type('list').asks.test('十二个产业系边12个')).toBe(true);
    expect(type('list').answeredBy.test('要积极投身安置区五个体系建设')).toBe(false);
    // Southwest Mandarin 好多 asks how many where it closes the question or follows 是, 一共 (商会总共要认好多钱哦),
    // and tells where it names a crowd (手头有好多农民工).
    expect(type('number').asks.test('商会总共要认好多钱哦') && type('number').asks.test('一共有好多个嘛')).toBe(true);
    expect(type('number').asks.test('手头有好多农民工等着出去打工')).toBe(false);
    // Kinds that a loosely related sentence does not give: a length, a rate, a minimum, the situation now, a
    // code's colour, a list of names; a bare 市 of 全市 is no place.
    expect(type('distance').asks.test('在大厅里要跟别人隔多远') && type('distance').answeredBy.test('自觉保持1米以上安全距离')).toBe(true);
    expect(type('rate').asks.test('规模以上企业复工率是多少') && !type('rate').answeredBy.test('促进12个农业特色优势产业')).toBe(true);
    expect(type('minimum').asks.test('单笔最少要捐多少钱') && type('status').asks.test('湖北鄂州现在疫情咋个样了')).toBe(true);
    expect(type('status').answeredBy.test('各慈善组织要援助湖北鄂州')).toBe(false);
    expect(type('codeColour').asks.test('安康码是黄码的人能不能进') && !type('codeColour').answeredBy.test('进入大厅需进行安康码扫码登记')).toBe(true);
    expect(type('roster').asks.test('哪些饭店恢复堂食了，有没有名单') && type('place').answeredBy.test('2.地点：谷德广场西南角献血屋')).toBe(true);
    expect(type('place').answeredBy.test('请全市适龄健康志愿者积极参加无偿献血')).toBe(false);
    expect(
      type('weekend').asks.test('周六周日大厅开不开门') &&
        !type('weekend').answeredBy.test('自3月16日（周一）起恢复') &&
        type('penalty').asks.test('哄抬物价要罚好多钱'),
    ).toBe(true);
    // Who is behind it, which body sent it: who issued it, in English too (the Changsha appeal's signature line).
    expect(otherNoticeAnswerer('changsha').answer('Who is behind this appeal?').citations[0]?.paragraph).toBe(6);
    // A sentence that only names the five systems lists none of them: related, not the answer (issue 8's example;
    // this wording from gz fit12 is one the decision alone answered).
    const fiveSystems = realKnowledge().answerer.answer('倡议说要投身安置区五个体系建设 五个体系是哪五个');
    expect(fiveSystems.answered).toBe(false);
    expect(fiveSystems.related).toHaveLength(1);
    // A date or deadline asked (哪天, 截止) needs a date, or the notice's "to be announced": the Red Cross notice
    // gives none for its donations, so its sentence on them is related.
    expect(type('date').answeredBy.test('具体时间将根据情况另行通知')).toBe(true);
    const deadline = otherNoticeAnswerer('bazhong').answer('捐赠物资截止到哪天？');
    expect(deadline.answered).toBe(false);
    expect(deadline.related).toHaveLength(1);
    // ...and "until" a date states the last day (征集时间：即日起至2020年12月31日).
    expect(type('deadline').answeredBy.test('即日起至2020年12月31日') && type('deadline').answeredBy.test('自本日起至二月二十日')).toBe(true);
    expect(otherNoticeAnswerer('zibo-').answer('作品征集截止到什么时候？').citations[0]).toMatchObject({ paragraph: 7 });
    // Whether someone hands something out, and where to get it (发不发, 去哪里领), needs a sentence that says so: the
    // Beijing notice asks staff to wear masks, it gives none out.
    const masks = otherNoticeAnswerer('beijing-shzzglzx').answer('回京隔离期间社区发不发口罩和体温计？');
    expect(masks.answered).toBe(false);
    expect(masks.related).toHaveLength(1);
    // A reason is given by what a thing is to avoid or what was considered (考虑到…人员不能太集中, 为防止交叉传染), and
    // a source asked (根据哪里整理的) by an editor's note of where it comes from.
    expect(type('reason').answeredBy.test('考虑到疫情期间，人员不能太集中') && type('reason').answeredBy.test('避免人群聚集')).toBe(true);
    expect(type('basis').answeredBy.test('（根据贵州省民政厅信息整理）') && !type('basis').answeredBy.test('整理房间')).toBe(true);
    expect(realKnowledge().answerer.answer('这篇文章的信息是根据什么整理的？').answered).toBe(true);
    // 啥时候 asks when, as 什么时候 does; 等好久了 tells how long the asker has waited, it asks no waiting time.
    expect(type('time').asks.test('推迟的活动啥时候能办') && !type('waiting').asks.test('啥时候能办啊等好久了')).toBe(true);
    // A reason is often only the situation a sentence describes (春节期间，流动人员数量增多): a why-question is
    // answered by it, though it says no 因为 or 为了.
    expect(otherNoticeAnswerer('china-fdcyxh').answer('为啥说春节这段时间防疫特别要紧？').citations[0]?.paragraph).toBe(5);
    expect(type('reason').mayBeImplicit && !type('time').mayBeImplicit).toBe(true);
    // Whose arrangements to follow (听哪个的安排, 按谁的部署) asks what the notice follows, which 服从/配合…安排 gives.
    expect(type('basis').asks.test('物业公司要听哪个的安排') && type('basis').asks.test('应该按谁的部署来安排')).toBe(true);
    expect(type('basis').answeredBy.test('坚决服从各地各级政府安排和调配')).toBe(true);
    // An account is given by its number or its bank line, or by saying there is none; not by a placeholder (XX微信账号).
    const account = type('account').answeredBy;
    expect(account.test('巴中市红十字会账号：2318597109100036418') && account.test('开户行：工行巴中分行')).toBe(true);
    expect(account.test('巴州区红十字会暂未设置独立捐款账户') && !account.test('会员捐款致XX微信账号')).toBe(true);
    // An upper limit asked (最多, 上限, the largest donation) is given by a bound (控制在30人内, 30-50%, 不超过, 每人限两幅),
    // not by any number: 最多的一笔捐款 is held by no total.
    const max = type('maximum');
    expect(max.asks.test('总结会最多能来多少人') && max.asks.test('最多的一笔捐款是谁捐的')).toBe(true);
    expect(max.answeredBy.test('参会人员控制在30人内') && max.answeredBy.test('给予减免会费30-50%')).toBe(true);
    expect(max.answeredBy.test('共接受捐赠11514笔，捐赠总计1022976.42元')).toBe(false);
    expect(otherNoticeAnswerer('wuhan-hsdjjh').answer('捐得最多的那一笔是多少钱？').answered).toBe(false);
    // A total so far (已经收到多少, how many … so far, have already reopened) is given by a count as of a date or a
    // cumulative one (截至…共接受捐赠11514笔), not by a number the notice asks for.
    const total = type('total');
    expect(total.asks.test('基金会目前已经收到多少捐款') && total.asks.test('How many masks has it collected so far?')).toBe(true);
    expect(total.answeredBy.test('截至2020年2月2日24时，共接受捐赠11514笔') && !total.answeredBy.test('捐赠1000只口罩')).toBe(true);
    expect(otherNoticeAnswerer('wuhan-hsdjjh').answer('How much has the fund received so far?').citations[0]?.paragraph).toBe(3);
    // A phone number asked is held by the labelled line right after the sentence that says what to call about
    // (…备案后方可举行。联系电话：68358939。): both are quoted, the sentence first.
    const phone = otherNoticeAnswerer('suzhou').answer('三百人的聚会要报备，电话是多少？');
    expect(phone.answered).toBe(true);
    expect(phone.citations.map((c) => c.sentence)).toEqual([1, 2]);
    // Whether other bodies of the issuer's kind do the same (县里的残联也…吗) is not what a notice about its issuer's own
    // service says, unless it addresses them too (三门峡's 各县（市、区）民政局要坚持零报告制度).
    const county = otherNoticeAnswerer('chuzhou').answer('县里的残联大厅是不是也开了？');
    expect(county.answered).toBe(false);
    expect(county.related).toHaveLength(1);
    expect(otherNoticeAnswerer('sanmenxia').answer('各县的民政局也要每天报告吗？').answered).toBe(true);
    // The bureau's notice names its director's mailbox, not its director.
    expect(otherNoticeAnswerer('chengdu').answer('成都市民政局局长是谁？').answered).toBe(false);
  });
});

describe('long messages', () => {
  it('finds the asking clauses inside a story', () => {
    const s = splitStory('我是开火锅店的，在贵阳花果园，员工都是农民工，我想问下倡议对我们餐饮这一块到底是咋个要求的', /想问|咋/, false);
    expect(s.ask).toBe('我想问下倡议对我们餐饮这一块到底是咋个要求的');
    expect(s.background).toContain('火锅店');
    expect(splitStory('慈善组织要做什么？', /什么/, false).background).toBe('');
  });

  it('a fee for work (稿费) and a discount are kinds of answer the notice must state, and who pays a cost (运费谁出) is no question of who issued it', () => {
    const call = otherNoticeAnswerer('chengdu-sfjxh-');
    expect(call.answer('入选的作品有稿费吗').answered).toBe(false);
    const overseas = otherNoticeAnswerer('beijing-dwyx-');
    const freight = overseas.answer('捐出去的物资运费谁出啊？');
    expect(freight.citations.map((c) => c.paragraph)).not.toContain(8);
    expect(overseas.answer('这份倡议书是谁出的？').citations[0]?.paragraph).toBe(8);
    expect(
      otherNoticeAnswerer('lishui-')
        .answer('华侨回国隔离费用谁出啊')
        .citations.map((c) => c.paragraph),
    ).not.toContain(11);
    // A discount (能打几折) is a kind of answer a sentence must give, as an amount is.
    expect(otherNoticeAnswerer('zmd-').answer('去实体店吃饭能打几折？').answered).toBe(false);
  });

  it('asked which things to give (需要捐哪些物资), the sentence that lists them answers', () => {
    const answer = otherNoticeAnswerer('lincang-').answer('社员们想凑点东西支援防疫，想问慈善会需要捐哪些物资？');
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.paragraph).toBe(2);
    expect(answer.citations[0]?.sentence).toBe(9);
  });

  it('an asking clause of light words only (直接过去就行吗) leaves the story to say what it is about', () => {
    const drive = otherNoticeAnswerer('weifang-');
    const answer = drive.answer('你好，我是一个志愿服务队的队长，我们队里有十来个人想一块去下周二献血，直接过去就行吗？');
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.paragraph).toBe(12);
  });

  it('going somewhere to ask (想去民政局当面问一下) is the story, not the asking', () => {
    const { patterns } = realKnowledge().kb.language;
    const s = splitStory('我是一家养老院的负责人，之前有个补贴的事情想去民政局当面问一下，现在还能去现场吗？', patterns.asking, false, patterns.topicLead);
    expect(s.ask).toBe('现在还能去现场吗');
    expect(splitStory('我是开养老院的，想问一下现在还能去现场吗？', patterns.asking, false).ask).toContain('想问一下');
  });

  it('我们几个 (a few of us) asks no number, and an account named as where money goes (转到…的账户上) asks no account', () => {
    expect(kindsAsked('我们几个个体户凑了钱想捐，转到市里的账户上要备注什么')).toEqual([]);
    expect(kindsAsked('倡议提了几个要求')).toContain('number');
    expect(kindsAsked('捐款账户是哪个')).toContain('account');
    // An open letter (公开信) is a kind of document, not a disclosure asked for (公开, 公示).
    expect(kindsAsked('省里的公开信有没有讲发烧了去哪里看')).not.toContain('disclosure');
    expect(kindsAsked('捐款会公开吗')).toContain('disclosure');
    // 停车 of an industry's name (停车设备工委) asks no way to park.
    expect(kindsAsked('我们是停车设备工委的理事单位，今年会费要交好多钱')).not.toContain('transport');
    expect(kindsAsked('开车去的话哪里可以停车')).toContain('transport');
  });

  it('"after the epidemic" (待疫情过后再行恢复) says when, and 才能 (only then can) asks for nothing the notice lacks', () => {
    const estate = otherNoticeAnswerer('china-fdcy');
    const answer = estate.answer('售楼处什么时候才能恢复卖房？');
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.paragraph).toBe(2);
  });

  it('a contact line (联系人：黄聪慧：138…) answers who to contact though it covers less than a sentence lacking the name', () => {
    const careHomes = otherNoticeAnswerer('sanmenxia');
    const answer = careHomes.answer('养老院疫情防控的事找哪个联系人？');
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.paragraph).toBe(3);
  });

  it('a question that ends asking what the notice says in general is answered though a narrower one before it is not', () => {
    const { kb } = realKnowledge();
    const { generalAsk } = kb.language.patterns;
    expect(typedPart('家长问什么时候恢复上课，倡议对我们培训机构是怎么说的', generalAsk)).toBe('倡议对我们培训机构是怎么说的');
    expect(typedPart('捐款账号是多少，怎么捐', generalAsk)).toBe('捐款账号是多少，怎么捐');
    // The notice gives no date for classes; what it says of training schools is still the answer.
    const answer = new Answerer(kb).answer('我在贵阳办培训学校，家长一直问什么时候恢复上课，我们能不能先开几个小班？倡议对我们教育类机构是怎么说的？');
    expect(answer.answered).toBe(true);
    expect(renderText(answer, kb)).toContain('线上培训');
  });

  it('quotes the sector the asking clause names, not another the story only mentions (开超市，就在医院对面)', () => {
    const { kb } = realKnowledge();
    const answer = new Answerer(kb).answer('我在遵义开了家超市，就在人民医院对面，员工都是附近村里的，我想问下倡议对我们商贸流通这一块到底是咋个要求的');
    expect(answer.citations).toHaveLength(1);
    expect(renderText(answer, kb)).toContain('商贸流通');
    expect(renderText(answer, kb)).not.toContain('医疗卫生');
  });

  it('asks with the clause that names what the question is about (倡议对我们这种…，…哪些…？)', () => {
    const { patterns } = realKnowledge().kb.language;
    const s = splitStory('我在遵义开了个养鸡场，也是县里协会的会员。倡议对我们这种搞养殖的，复工要抓哪些事？', patterns.asking, false, patterns.topicLead);
    expect(s.ask).toBe('倡议对我们这种搞养殖的，复工要抓哪些事');
    expect(s.background).toContain('养鸡场');
    // A clause of the story that names no topic stays story.
    expect(splitStory('我在遵义开了个养鸡场，员工都是附近村里的，过完年都回来了，复工要抓哪些事？', patterns.asking, false, patterns.topicLead).ask).toBe(
      '复工要抓哪些事',
    );
  });

  it('reads a count named in passing (我们有几个员工…，他们能…吗？) as story when a later clause of its sentence asks', () => {
    const { patterns } = realKnowledge().kb.language;
    const split = (q: string) => splitStory(q, patterns.asking, false, patterns.topicLead, patterns.fewAsking);
    const s = split('您好，我是一家物业公司的工会主席，我们有几个员工春节回过老家，回来才一个礼拜，他们能参加献血吗？');
    expect(s.ask).toBe('他们能参加献血吗');
    expect(s.background).toContain('几个员工');
    // Asked last, or with another question word, the count is asked.
    expect(split('我是一家物业公司的工会主席，想问一下，公司里有几个员工可以回来上班？').ask).toContain('几个员工');
    expect(split('我是一家物业公司的工会主席，春节回来了，哪里需要几个志愿者，我们能去吗？').ask).toContain('几个志愿者');
  });

  it('reads 好几个月, 这几天, 过几天 and 没多久 as telling, not asking (几个 and 多久 ask elsewhere)', () => {
    const { kb } = realKnowledge();
    const asking = kb.language.patterns.asking;
    const s = splitStory('我开了一家日料店，关了好几个月，刚恢复堂食没多久，这几天生意还行，我这刺身现在还能卖吗？', asking, false);
    expect(s.ask).toBe('我这刺身现在还能卖吗');
    expect(asking.test('要隔离几天')).toBe(true);
    expect(asking.test('关了好几个月')).toBe(false);
    const time = kb.language.answerTypes.find((a) => a.name === 'time')!;
    expect(time.asks.test('刚恢复堂食没多久')).toBe(false);
    expect(time.asks.test('要隔离多久')).toBe(true);
    // 几天 asks how long, and 当天 (the same day) answers when.
    expect(time.asks.test('回来要隔离几天才能上班')).toBe(true);
    expect(time.answeredBy.test('到京当天应扫描下方二维码')).toBe(true);
    expect(time.asks.test('这几个月没怎么营业')).toBe(false);
    // 多就 is the pinyin slip for 多久 (duo jiu) before what is awaited; 多就是 (mostly) asks nothing.
    expect(time.asks.test('收据多就能收到') && !time.asks.test('来的人多就是了')).toBe(true);
    // 过几天 (in a few days) tells when the asker leaves; it asks no duration.
    expect(time.asks.test('过几天又要走') || asking.test('过几天又要走')).toBe(false);
    expect(time.asks.test('要提前几天报名')).toBe(true);
    // A fee asks an amount only with a question of amount: 会费还要交吗 asks whether, which a sentence on the fee answers.
    const money = kb.language.answerTypes.find((a) => a.name === 'money')!;
    expect(money.asks.test('今年会费还要交吗')).toBe(false);
    expect(money.asks.test('会员单位的会费是多少')).toBe(true);
    expect(money.answeredBy.test('秘书处决定减免收取2020年度单位会费')).toBe(true);
  });

  it('every clause with a question word in a sentence that ends with a question mark asks, not only the last', () => {
    const s = splitStory('我在城里开了家补习班，三十几个娃儿，钱都收了。想问下现在能不能恢复上课，通知里头咋个说的？', /想问|能不能|咋/, false);
    expect(s.ask).toBe('想问下现在能不能恢复上课，通知里头咋个说的');
    expect(s.background).toContain('补习班');
    expect(s.background).not.toContain('上课');
  });

  it('an emoji ends a sentence as a full stop does', () => {
    const { patterns } = realKnowledge().kb.language;
    const s = splitStory('我在遵义开了个小超市员工都是附近村里的😷 倡议对返岗人员有啥要求🙏', patterns.asking, false);
    expect(s.background).toContain('小超市');
    expect(s.ask).toContain('返岗人员');
    expect(s.ask).not.toContain('超市');
  });

  it('the spaces of voice input between Chinese words part clauses', () => {
    const s = splitStory('我是县里面商会的会长 我们会员有一百多家企业 好多都还没开工 要不要帮他们做复工方案', /要不要/, false);
    expect(s.ask).toBe('要不要帮他们做复工方案');
    expect(s.background).toContain('一百多家企业');
  });

  it('a story about a business leads to its sector', () => {
    const { answerer: real, kb: realKb } = realKnowledge();
    const { answer } = real.explain('我是开火锅店的，在贵阳花果园，员工都是农民工，过年回老家现在还没回来，我想问下倡议对我们这一块到底是咋个要求的');
    expect(renderText(answer, realKb)).toContain('粮油加工');
  });
});

describe('partial answers', () => {
  const { answerer: real, kb: realKb } = realKnowledge();
  it('a question for what the notice does not state gets "not stated" and the nearest sentence as related', () => {
    const a = real.answer('慈善组织募捐的银行账号是多少');
    expect(a.answered).toBe(false);
    expect(a.related).toHaveLength(1);
    const text = renderText(a, realKb);
    expect(text).toContain('倡议没有说到“账号”。相关的是');
    // Named by the word for the kind asked, not the lexicon phrase it was typed in (电话多少).
    expect(renderText(real.answer('民政厅电话多少'), realKb)).toContain('倡议没有说到“电话”');
    expect(text).toContain('湖北鄂州');
  });

  it("names what is not there, in the asker's script (餐饮业有补贴吗, 餐飲業有補貼嗎)", () => {
    expect(renderText(real.answer('餐饮业有补贴吗'), realKb)).toMatch(/^倡议没有说到“补贴”。相关的是：\n《贵州省民政厅倡议》第4段第5句/);
    expect(renderText(real.answer('餐飲業有補貼嗎'), realKb)).toMatch(/^倡議沒有說到「補貼」。相關的是：/);
  });

  it('a document number is given by a number in 〔year〕 brackets, not by naming the document', () => {
    const forwarding = otherNoticeAnswerer('sanmenxia-');
    const asked = forwarding.answer('这个通知转发的文件文号是多少');
    expect(asked.answered).toBe(true);
    expect(renderText(asked, forwarding.kb)).toMatch(/〔2020〕\d+号/);
    // This notice cites no document by number: not stated, whatever else matches.
    expect(real.answer('倡议的文号是多少').answered).toBe(false);
  });

  it('its beginning and its end are paragraphs of content: not the salutation before them, nor the signature after', () => {
    // 开头 is the first paragraph after 各会员单位：; 最后那几句 the closing one before the signature.
    expect(otherNoticeAnswerer('shanghai-jzsg').answer('倡议书开头是怎么说的').citations[0]?.paragraph).toBe(2);
    expect(otherNoticeAnswerer('foshan').answer('信最后那几句是怎么说的？').citations[0]?.paragraph).toBe(6);
  });

  it('a date is not given by a year of account (2020年度会费): which day asks a day', () => {
    const fees = otherNoticeAnswerer('beijing-zgzx');
    expect(fees.answer('申请减免会费最晚要在哪天之前交？').answered).toBe(false);
    // Which year is given by it.
    expect(otherNoticeAnswerer('china-hblhh').answer('这次减免的是哪一年的单位会费？').answered).toBe(true);
  });

  it('a line whose label names the kind asked answers it, from another paragraph than the best (捐赠物资地点：…)', () => {
    // The list of supplies covers 口罩 and 防护服 better; where to send them is the place line.
    expect(otherNoticeAnswerer('bazhong').answer('捐的口罩防护服要送到哪里去？').citations[0]?.paragraph).toBe(17);
  });

  it('pinyin slips that are words themselves (连系 for 联系, 公事 for 公示) are read as meant, and a count is no phone number', () => {
    // 联系 is no word of the blood-donation appeal: its 沟通协调 is, as 联系 means in the lexicon.
    expect(otherNoticeAnswerer('jilin').answer('单位想组织员工集体献血 要先跟谁连系').citations[0]?.paragraph).toBe(4);
    // 12000多名物业工作人员 is a count of people, not a number to ring.
    expect(otherNoticeAnswerer('weihai').answer('小区业主出现发烧应该打哪个电话报告？').answered).toBe(false);
    // The slip is read as meant before the question is: 打那个电化 asks a phone number as 打哪个电话 does.
    expect(otherNoticeAnswerer('weihai').answer('小区业主出现发烧应该打那个电化报告？').answered).toBe(false);
  });

  it('when something reopens is given by a date it resumes or what it waits for, not by the date it stopped', () => {
    // 取消原定2月2日…办理结婚登记 dates the cancellation: when registration resumes it does not say.
    expect(otherNoticeAnswerer('dingzhou').answer('定州婚姻登记处什么时候恢复正常办理？').answered).toBe(false);
    // 2020年2月10日上午9:00起恢复对外办公; 待疫情过后再行恢复.
    expect(otherNoticeAnswerer('wulong').answer('武隆民政局什么时候恢复办公？').citations[0]?.paragraph).toBe(3);
    expect(otherNoticeAnswerer('china-fdcy').answer('开发商什么时候可以恢复卖房？').citations[0]?.paragraph).toBe(2);
    // A day moved to (改到哪天, 补办的日子) is asked as a reopening is: the cancelled day does not give it.
    expect(otherNoticeAnswerer('lanzhou').answer('2月2号取消了，那改到好久去办嘛？').answered).toBe(false);
  });

  it('a receipt, instalments and the weather are kinds of answer the notice must state', () => {
    expect(otherNoticeAnswerer('lincang').answer('捐款能开收据吗？').answered).toBe(false);
    // 以慈善总会开具收款收据为凭证: it does.
    expect(otherNoticeAnswerer('hunan').answer('捐款能开收据吗？').answered).toBe(true);
    expect(otherNoticeAnswerer('beijing-zgzx').answer('Can we pay the 2020 membership fee in instalments?').answered).toBe(false);
    expect(otherNoticeAnswerer('weifang').answer('献血那天要是下雨还献不献啊').answered).toBe(false);
    // A least or greatest amount (最低金额) is an amount of money: 保质期在6个月以上 is no minimum donation.
    expect(otherNoticeAnswerer('bazhong').answer('个人捐款有没有最低金额要求？').answered).toBe(false);
    // A reward for reporting is a kind of answer too (举报有没有奖励).
    expect(otherNoticeAnswerer('zhouning').answer('举报涨价有没有奖励 已经举报过了还能领吗').answered).toBe(false);
    // An age or a body weight asked (献血对体重和年龄有什么要求) is a kind of answer the notice must state.
    expect(
      otherNoticeAnswerer('weifang').answer('我是O型血，今年刚满17岁，体重九十来斤，倡议书说符合献血条件的志愿者积极献血，像我这样年龄和体重够不够格？')
        .answered,
    ).toBe(false);
    // How long to wait or how often (隔多久, how long should I wait) is a duration or a frequency (每天), not a date.
    expect(otherNoticeAnswerer('weifang').answer('How long should I wait after recovering from a fever before I can donate blood?').answered).toBe(false);
    expect(otherNoticeAnswerer('qijiang').answer('倡议里说的清消要好久搞一次哦？每天都要消毒迈？').answered).toBe(true);
    // What hours a line is staffed asks its hours, as 几点 does.
    expect(otherNoticeAnswerer('chengdu-mzj').answer('What hours is the Chengdu civil affairs consultation hotline staffed?').answered).toBe(false);
    // A loan or its interest subsidy (贷款贴息) is pay a notice must state, as a subsidy is.
    expect(
      otherNoticeAnswerer('foshan').answer(
        '我是协会会员企业的老板，厂里做出口，订单少了一半，工人也没回来。协会这封信里有没有讲政府对侨资企业有什么贷款贴息政策？',
      ).answered,
    ).toBe(false);
  });

  it('what a notice says to someone, asked generally, is the whole of a short paragraph', () => {
    const photographers = otherNoticeAnswerer('china-syjxh');
    const a = photographers.answer('摄协对一线的新闻摄影记者说了啥子？');
    expect(a.citations.map((c) => c.paragraph)).toEqual([2, 2, 2, 2]);
    expect(renderText(a, photographers.kb)).toContain('崇高的敬意');
    // What it asks someone to do, too: all three sentences of 二、积极拓展货源.
    const qingdao = otherNoticeAnswerer('qingdao');
    expect(renderText(qingdao.answer('What should shops in Qingdao do to ensure enough supply of daily necessities?'), qingdao.kb)).toContain('不断档');
  });

  it('which document a notice follows is found by the sentence citing one (为贯彻落实…《…》), though it shares no word asked', () => {
    expect(otherNoticeAnswerer('china-hblhh').answer('这次减免会费是依据哪个文件？').citations[0]?.paragraph).toBe(2);
  });

  it('截至是几号 asks a deadline, not when the notice was issued; 照片 reaches 图片', () => {
    expect(otherNoticeAnswerer('chengdu-sfjx').answer('投稿截至是几号 作品照片发到哪里').citations[0]?.paragraph).toBe(7);
  });

  it('which columns (边几栏, 哪几栏) asks a list the notice must give', () => {
    expect(otherNoticeAnswerer('longyan').answer('統計表入面要填邊幾欄㗎？').answered).toBe(false);
  });

  it('an asking clause pointing back at the story (需要这些东西吗) asks about the story’s things', () => {
    const lincang = otherNoticeAnswerer('lincang');
    const a = lincang.answer('我在临沧开了个小超市，店里还压着几箱消毒液和洗手液。想捐出去，慈善会那边需要这些东西吗？');
    expect(renderText(a, lincang.kb)).toContain('洗手液');
  });

  it('预先 and 事先 are 提前: 要不要预先约时间 reaches 麻烦提前联系现场负责人', () => {
    expect(otherNoticeAnswerer('weifang').answer('想去献血，要不要預先約時間？').citations[0]?.paragraph).toBe(12);
  });

  it('a question about nothing the notice holds gets no related sentence', () => {
    expect(real.answer('今天天气怎么样').related).toEqual([]);
  });
});
