// Which candidate answers first beyond rank (src/search/preference.ts), on real notices of the evaluation fixtures.
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/search/render-text.js';
import { citedParagraph, otherNoticeAnswerer } from '../support/eval-sets.js';

describe('a datum asked for', () => {
  it('an e-mail address the notice names (协会邮箱：…) answers 哪个邮箱 from a paragraph far from the best words', () => {
    const collection = otherNoticeAnswerer('longyan-');
    const a = collection.answer('龙岩建协要的捐赠信息发到哪个邮箱？');
    expect(a.answered).toBe(true);
    expect(renderText(a, collection.kb)).toMatch(/@163\.com/);
    // ...also when the best sentence covers much more of the question (the form and the receipts to send): naming the
    // address beside it is the evidence a label is.
    const more = collection.answer('捐赠统计表和凭证要发到哪个邮箱？');
    expect(more.citations[0]?.paragraph).toBe(5);
    expect(renderText(more, collection.kb)).toMatch(/@163\.com/);
  });
  it('a phone number asked in English is the line that names the phone, not the sentence about the fee', () => {
    const q = 'We paid our membership fee three weeks ago. Who should I call to check if the payment arived?';
    expect(citedParagraph('beijing-zgzxjxgyxh-', q)).toBe(17);
  });
  it('an account’s name is its labelled line (户名：…), not the account number named elsewhere', () => {
    expect(citedParagraph('beijing-zgzxjxgyxh-', 'What is the account name we should transfer the fee to?')).toBe(11);
  });
  it('hours asked for are the line under the title that names them (NO.1 开放时间, then 10:00-16:00), not the reopening date', () => {
    expect(citedParagraph('qinghai-kjg-', '青海省科技馆每天几点开门？')).toBe(4);
    // The title naming the kind is evidence as a label is: the line under it need cover as little of the question
    // (14:00-21:30 under 一、开放时间, against a sentence naming the pool, the centre and its WeChat account).
    expect(citedParagraph('fujian-atzx-', '福建奥体游泳馆8月份几点开门呀？最晚几点能进')).toBe(3);
  });
  it('a line whose label names the kind asked (征集时间：即日起至…) answers though the best sentence names the museum too', () => {
    expect(citedParagraph('zibo-', '淄博陶瓷博物馆的作品征集到几时截止？')).toBe(7);
  });
  it('a sentence naming the kind asked of the thing asked (复工时间…不早于) answers 啥时候 above one that covers more and gives no date', () => {
    expect(citedParagraph('zhuhai-', '珠海建筑工地啥时候能开工')).toBe(3);
  });
  it('a sentence giving a thing asked its figure (上限为100人) answers how many, above the opening sentence naming the pool', () => {
    const q = 'How many swimmers are allowed inside the Fujian Olympic Sports Center fitness pool at the same time?';
    expect(citedParagraph('fujian-atzx-', q)).toBe(6);
  });
  it('a line whose label is the word asked (开户银行：…) answers it, above the call to donate that lacks the word', () => {
    expect(citedParagraph('hunan-ql-', '湖南青年联合会那个捐款的开户银行是哪个？')).toBe(8);
    expect(citedParagraph('bazhong-', '巴中红十字会的捐款账号是哪个银行的？')).toBe(5);
  });
  it('a contact line naming two people with their mobile numbers is one datum (联系人：钟建立（…）、王海妹（…）)', () => {
    expect(citedParagraph('hainan-swg', '生物工程协会这次献爱心捐款的联系人是哪位？')).toBe(8);
  });
  it('a document number heading a notice (中重停协字〔2020〕第016号) answers which number it bears, not how much a fee is', () => {
    expect(citedParagraph('beijing-zgzxjxgyxh-', '停车设备委员会的理事单位每年交多少会费？')).toBe(6);
    expect(citedParagraph('beijing-zgzxjxgyxh-', '这个通知的文号是多少？')).toBe(1);
  });
});
