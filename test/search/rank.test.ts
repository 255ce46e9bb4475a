// The order of candidate sentences (src/search/rank.ts), on a real notice with lists (巴中's, imported as an
// operator would): a sentence that announces a list gives way to the item that says what is asked.
import { describe, expect, it } from 'vitest';
import { otherNoticeAnswerer } from '../support/eval-sets.js';
import { realKnowledge } from '../support/knowledge.js';

describe('ranking', () => {
  const answerer = otherNoticeAnswerer('bazhong-');
  const best = (q: string) => answerer.explain(q).candidates[0]!.record.text;

  it('puts the list item asked about before the sentence announcing the list', () => {
    // 下列国家标准： names the standards without giving one; the item names the suits and gives their standard.
    expect(best('防护服要符合哪个国家标准？')).toContain('GB19082');
    expect(best('医用外科口罩要符合什么标准')).toContain('YY0469');
  });

  it('puts the item before the point title its list takes as its lead, as before a colon', () => {
    // 潍坊's 三、献血时间、地点及联系人 names the place; the item 2.地点：… gives it.
    const weifang = otherNoticeAnswerer('weifang-');
    const top = weifang.explain('能告诉我献血地点吗？').candidates[0]!;
    expect(top.record.text).toContain('谷德广场');
    expect(weifang.explain('能告诉我献血地点吗？').candidates.find((c) => c.record.text.startsWith('三、'))?.record.announces).toBe(true);
  });

  it('still quotes a sentence that ends in a colon when nothing after it answers better', () => {
    // The opening ends 现将有关捐赠事宜公告如下： and is the one sentence that says what the Red Cross is doing.
    expect(best('巴州区红十字会正在全力参与什么工作')).toMatch(/全力参与.*[：:]$/);
  });
});

describe('kinds of answer', () => {
  const answerer = otherNoticeAnswerer('beijing-shzzglzx');

  it('a duration answers how long (隔离14天 for 隔离多久), as a date answers when', () => {
    const answer = answerer.answer('从外地回北京要自己隔离多久？');
    expect(answer.answered).toBe(true);
    expect(
      answerer.kb.notices[0]!.paragraphs.find((p) => p.number === answer.citations[0]!.paragraph)!
        .sentences.map((s) => s.text)
        .join(''),
    ).toContain('14天');
  });
});

describe('lines that hold a datum', () => {
  // 中华环保联合会's notice ends with 联系人, 联系方式：010-… and 联系邮箱：…@163.com lines, none of which says 电话.
  const answerer = otherNoticeAnswerer('china-hblhh-');
  const texts = (q: string) => answerer.explain(q).candidates.map((c) => c.record.text);

  it('are found by the words that ask for the datum (电话, 邮箱, email), not only by their own', () => {
    expect(texts('联合会的电话是多少')[0]).toContain('51266665');
    expect(texts('联合会的邮箱是多少')[0]).toContain('@163.com');
    expect(texts('what is the email of the federation?')[0]).toContain('@163.com');
  });

  it('a name asked for (who should we contact) is on the next line when the best one holds only numbers', () => {
    // 联系方式：010-… covers "contact" best; 联系人：周霞, after it, holds the name that must be quoted.
    expect(answerer.answer('Who should we contact about having our dues waived?').citations[0]?.paragraph).toBe(13);
  });

  it('the bank an account is opened with is found by its own line, not by the account number’s (开户行)', () => {
    const bazhong = otherNoticeAnswerer('bazhong-');
    expect(bazhong.explain('Which bank is the donation account opened with?').candidates[0]!.record.text).toContain('开户行');
  });

  it('a word naming the kind of answer asked is no unknown word: 邮编 asks for what the sentence holds', () => {
    const a = otherNoticeAnswerer('chengdu-');
    const { focus } = a.explain('寄信给民政局，邮编是多少？');
    expect(focus.find((f) => f.forms.includes('邮编'))?.unknown).toBe(false);
    expect(a.answer('寄信给民政局，邮编是多少？').citations[0]?.paragraph).toBe(2);
  });
});

describe('kinds of answer a notice may not give: a penalty, a refund, a tax', () => {
  const answerer = otherNoticeAnswerer('sichuan-');
  const suzhouAnswerer = otherNoticeAnswerer('suzhou-');

  it('who issued a notice of somewhere else is not this notice’s signature; the asker’s own place and post ask nothing', () => {
    const bazhong = otherNoticeAnswerer('bazhong-');
    expect(bazhong.answer('成都市红十字会的公告是哪天发的？').answered).toBe(false);
    expect(bazhong.answer('这个公告是哪天发的？').answered).toBe(true);
    expect(bazhong.answer('我係香港記者，想問呢份公告係邊個發嘅？').answered).toBe(true);
  });

  it('a year the notice never names is another year’s matter: not answered, the sentence shown as related', () => {
    const fees = otherNoticeAnswerer('china-hblhh-');
    expect(fees.answer('2020年度的单位会费减免吗？').answered).toBe(true);
    const other = fees.answer('2022年的单位会费也减免吗？');
    expect(other.answered).toBe(false);
    expect(other.related.length).toBe(1);
    expect(fees.answer('Will the 2022 membership dues be waived too?').answered).toBe(false);
    // So is a year counted from the notice's own (去年 of a 2020 notice that never names 2019), and 今年 is its year.
    const chamber = otherNoticeAnswerer('sz-jcksh-');
    expect(chamber.answer('商会去年扶贫济困日捐了多少').answered).toBe(false);
    expect(chamber.answer('去年的广东扶贫济困日是第几年').answered).toBe(false);
    expect(chamber.answer('今年的广东扶贫济困日是第几年了').answered).toBe(true);
  });

  it('a way to pay (支付宝, WeChat Pay) is not answered by a bank account, which is shown as related', () => {
    const bazhong = otherNoticeAnswerer('bazhong-');
    const alipay = bazhong.answer('捐款可以用支付宝转吗？');
    expect(alipay.answered).toBe(false);
    expect(alipay.related.length).toBeGreaterThan(0);
    expect(bazhong.answer('Can I give through WeChat Pay?').answered).toBe(false);
    // The account itself is still answered.
    expect(bazhong.answer('捐款账号是多少？').answered).toBe(true);
  });

  it('a question for a penalty is not answered by a rule that states none (严禁 is no 处罚)', () => {
    expect(answerer.answer('要是违规搞了超过10人的聚会，协会要咋个处罚嘛？').answered).toBe(false);
    expect(answerer.answer('What penalty does a branch face if it holds a gathering of more than 10 people?').answered).toBe(false);
    // A notice that states what follows a breach (依法依规追究) answers it.
    expect(suzhouAnswerer.answer('违反规定的主办方会怎么处罚？').answered).toBe(true);
    // 依法 alone (依法开展公开募捐: lawfully) states no penalty.
    expect(realKnowledge().answerer.answer('要是违规搞聚会，会怎么处罚？').answered).toBe(false);
  });

  it('nor a refund or a tax by a sentence that says nothing of either', () => {
    expect(suzhouAnswerer.answer('取消了的活动门票能退吗').answered).toBe(false);
    expect(answerer.answer('协会的会议费可以抵税吗').answered).toBe(false);
  });

  it('nor a fee waived or a thing handed out by a sentence that only names the thing (口罩 the compounds need)', () => {
    const compounds = otherNoticeAnswerer('weihai-');
    expect(compounds.answer('物业公司会给业主发口罩吗？').answered).toBe(false);
    expect(compounds.answer('疫情期间小区停车费能不能减免？').answered).toBe(false);
  });

  it('nor an online way, a disclosure or a date (asked with the typo 时侯) by sentences that give none', () => {
    expect(otherNoticeAnswerer('fuzhou-').answer('暂停期间可以在网上登记结婚吗？').answered).toBe(false);
    expect(otherNoticeAnswerer('lincang-').answer('慈善会会不会公开每笔捐款的明细？').answered).toBe(false);
    expect(otherNoticeAnswerer('beijing-shzzglzx').answer('管理中心什么时侯恢复正常办公？').answered).toBe(false);
    // How to sign up, of a notice that gives no way to (no number, site or form).
    expect(otherNoticeAnswerer('weihai-').answer('想当小区防疫志愿者，要怎么报名？').answered).toBe(false);
    // How long one waits, of a notice that states dates but no waiting time.
    expect(otherNoticeAnswerer('lanzhou-').answer('去婚姻登记处排队要等多久？').answered).toBe(false);
  });
});

describe('a reason in the sentence before', () => {
  const answerer = otherNoticeAnswerer('wulong-');

  it('answers why with the sentence that gives it (鉴于…, 为有效阻断…) before the one that acts on it', () => {
    const a = answerer.answer('Why has Wulong suspended marriage registration?');
    expect(a.answered).toBe(true);
    const texts = a.quotes.map((r) => answerer.index.recordsOf(r.notice).find((x) => x.ref.sentence === r.sentence && x.ref.paragraph === r.paragraph)!.text);
    expect(texts[0]).toMatch(/^鉴于/);
    expect(texts.join('')).toContain('暂停');
    // Asked what, not why: the sentence that acts, alone.
    expect(answerer.answer('婚姻登记从哪天开始暂停？').quotes[0]!.sentence).not.toBe(1);
  });
});
