// Kinds of answer and everyday words, all data (knowledge/language.json, lexicon/): what a question asks for and
// which sentence gives it, tried on real notices of the evaluation fixtures that no rule names.
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/search/render-text.js';
import { citedParagraph, otherNoticeAnswerer } from '../support/eval-sets.js';
import { kindsAsked, realKnowledge } from '../support/knowledge.js';

const kindOf = (name: string) => realKnowledge().kb.language.answerTypes.find((a) => a.name === name)!;

describe('kinds of answer', () => {
  it('几天 after staying (住几天, 耍几天: for a few days) tells the asker’s plan, asking no time; 要几天 still asks one', () => {
    expect(kindsAsked('想接她回家住几天，初五再送回来，可以吗')).not.toContain('time');
    expect(kindsAsked('接回屋头耍几天要得不')).not.toContain('time');
    expect(kindsAsked('审批要几天')).toContain('time');
    expect(citedParagraph('cq-lngy', '我妈在养老院住了两年了，今年过年想接她回家住几天，吃个团年饭再送回来，可以吗？')).toBe(5);
  });
  it('how far in advance asks a time, how far they have got no distance; how far the hall is, one', () => {
    expect(kindsAsked('Do we need to file it with anyone, and how far in advance?')).toContain('time');
    expect(kindsAsked('Do we need to file it with anyone, and how far in advance?')).not.toContain('distance');
    expect(kindsAsked('How far have member companies got with reopening?')).not.toContain('distance');
    expect(kindsAsked('How far is the service hall from the station?')).toContain('distance');
  });

  it('多久之前 (by when) asks a time, not how long; 等多久 still asks how long', () => {
    expect(kindsAsked('商会要多久之前把名单报上去')).toContain('time');
    expect(kindsAsked('商会要多久之前把名单报上去')).not.toContain('duration');
    expect(kindsAsked('要等多久才能开门')).toContain('duration');
  });

  it('where to go (哪里, where) is answered by where to see a doctor (到定点医疗机构就诊), put a thing (丢弃在…垃圾桶内) or send it (发至学会)', () => {
    expect(citedParagraph('chuzhou-', '在残联大厅办完事，废口罩丢哪里？')).toBe(4);
    expect(citedParagraph('tianjin-', 'If a furniture worker in Tianjin gets a fever, where should they go?')).toBe(6);
    // ...or send a thing (发至学会, 报送至…): where it goes is the place asked.
    expect(kindOf('place').answeredBy.test('五、请将在疫情防控防治一线开展工作简讯、报导和疫情防护科普宣传资料发至学会。')).toBe(true);
    expect(citedParagraph('nanjing-', '在一线做的工作简讯和科普资料要发给那里')).toBe(7);
  });

  it('where is also a city one will meet in (在蒙特利尔再见), a channel online (网上, 朋友圈) and the spots of a compound (楼道、停车场)', () => {
    expect(citedParagraph('china-sjyxh-', '世界语协会的信说要在什么地方再相见？')).toBe(4);
    expect(citedParagraph('shenzhen-mzj-', '深圳今年清明网上祭扫在哪里进行？')).toBe(3);
    expect(citedParagraph('yinchuan-', '银川的小区哪些地方要重点消毒？')).toBe(5);
  });

  it('who pays is answered by 费用自理, the highest level by 一级响应, when to wash hands by 外出后、吃饭前; 哪几个 asks which, not how many', () => {
    expect(citedParagraph('dabu-', '高风险地区的人坚持进入大埔，隔离费用谁承担？')).toBe(3);
    expect(citedParagraph('changsha-', '湖南启动的是不是最高级别的响应？')).toBe(2);
    expect(citedParagraph('jingmen-', '荆门指挥部的倡议说什么时候应该洗手？')).toBe(4);
    expect(kindsAsked('还有哪几个协会一起承办？')).not.toContain('number');
    expect(kindsAsked('一共有几个协会承办？')).toContain('number');
  });

  it('which country is answered by a country named (意大利), not by 国家标准; a notice that names none declines', () => {
    expect(kindsAsked('这封信是因为哪个国家疫情严重？')).toContain('country');
    // Cantonese 邊個 before a thing's name asks which: 邊個國家 is 哪个国家, not 谁国家.
    const letter = otherNoticeAnswerer('china-sjyxh-');
    expect(letter.explain('中國世界語協會寫呢封信，係因為邊個國家疫情嚴重？').kinds).toContain('country');
    expect(kindsAsked('防护服要符合哪个国家标准？')).not.toContain('country');
    expect(citedParagraph('china-sjyxh-', 'Which country did the China Esperanto League specifically mention as seeing the outbreak spread?')).toBe(2);
    expect(citedParagraph('beijing-dwyx-', '倡议有没有列出具体哪些国家最缺物资？')).toBeUndefined();
  });

  it('a count is also of temples (座), paintings (幅, 副), cases (例) and the like: 多少座 is answered by 12座', () => {
    expect(citedParagraph('lasa-', '拉萨这次开放了多少座寺庙？')).toBe(1);
  });

  it("a total so far is asked by how many have been raised or reopened, not by 'now that it has reopened'", () => {
    expect(kindsAsked('How many museums have reopened so far?')).toContain('total');
    expect(kindsAsked('How much has been raised for Wuhan?')).toContain('total');
    expect(kindsAsked('Is there a daily visitor limit at the county museum now that it has reopened?')).not.toContain('total');
  });

  it('whether one may (可唔可以, 还能…吗, can I) is given by what a notice suspends, stops or resumes; 还可以怎么 asks how', () => {
    expect(kindsAsked('餐廳而家可唔可以做堂食？')).toContain('permission');
    expect(kindsAsked('Can I visit my grandmother at the nursing home?')).toContain('permission');
    expect(kindsAsked('除了进店吃，饭店还可以咋个卖嘛？')).not.toContain('permission');
    // 有序恢复堂食经营 (the restaurants' own duty), not the call on customers to dine in that names 堂食 as well.
    expect(otherNoticeAnswerer('zmd-').answer('餐廳而家可唔可以做堂食？').citations[0]?.paragraph).toBe(2);
    expect(otherNoticeAnswerer('chengdu-mzj-').answer('民政局现在还可以去现场反映问题不嘛？').citations[0]?.paragraph).toBe(1);
  });

  it('lay words of venues and customs reach the notices’ terms: 滞纳金 is a library’s 逾期费, 鞭炮 a tomb-sweeping notice’s 烟花爆竹', () => {
    const library = otherNoticeAnswerer('longyao-');
    const fine = library.answer('书借了过期一个多月了，要交滞纳金吗？');
    expect(fine.answered).toBe(true);
    expect(renderText(fine, library.kb)).toContain('逾期费');
    // 放挂鞭炮 is what a tomb-sweeping notice forbids as 燃放烟花爆竹.
    const tombs = otherNoticeAnswerer('zhangdian-');
    expect(tombs.answer('清明在路口给老人烧点纸放挂鞭炮行不行啊').citations[0]?.paragraph).toBe(3);
  });

  it('visiting relatives (探親戚), a place closed to visitors (暂停对外开放), a Cantonese banquet (請飲), a change (有变化) reach the notices’ terms', () => {
    // 不要走亲访友 during isolation, asked in Cantonese.
    expect(otherNoticeAnswerer('fuyang-').answer('喺隔離期間可唔可以去探親戚？').citations[0]?.paragraph).toBe(7);
    // 自…12:00时起…宗教活动场所暂停对外开放: the sentence with the hour, not the later one saying 暂停开放 without it.
    const mosques = otherNoticeAnswerer('hezuo-').answer('🕌❓清真寺是几点开始关门的');
    expect(mosques.answered).toBe(true);
    expect(mosques.citations[0]?.paragraph).toBe(2);
    expect(otherNoticeAnswerer('gongzhuling-').answer('公主嶺搬新屋同開張可唔可以請飲？').citations[0]?.paragraph).toBe(3);
    // 有变化 is a notice's 如有变更 (以上规定如有变更，另行通告).
    expect(otherNoticeAnswerer('jingzhou-').answer('📢 这些规定以后要是有变化，会怎么通知大家？').citations[0]?.paragraph).toBe(6);
  });

  it('everyday words reach the notices’ formal ones: 寺里 (入寺), 重开 (恢复开放), 孝顺 and 节约 (孝敬, 节俭)', () => {
    expect(otherNoticeAnswerer('hezuo-').answer('我是回民，这阵子还能去寺里做礼拜吗？').citations[0]?.paragraph).toBe(3);
    expect(otherNoticeAnswerer('jiaozuo-').answer('焦作的体育馆几时重开？').citations[0]?.paragraph).toBe(2);
    expect(otherNoticeAnswerer('xiaoshan-').answer('倡议是不是叫我们对老人生前要孝顺，丧事要节约？').citations[0]?.paragraph).toBe(3);
  });

  it('English asks how long (a time) and what number to call (a phone), though "what number of" asks a count', () => {
    expect(kindsAsked('If workers return to Zhuhai early, how long is their quarantine?')).toContain('time');
    expect(kindsAsked('In Zhouning, what number do I call to report a shop raising prices?')).toContain('phone');
    expect(kindsAsked('What number of people may attend?')).not.toContain('phone');
    expect(citedParagraph('zhouning-', 'In Zhouning, what number do I call to report a shop raising prices?')).toBe(6);
  });
  it('a landline typed 坐机 is the phone asked for, and a discount (打折) is the notice’s 让利促销', () => {
    expect(otherNoticeAnswerer('hainan-swg').answer('协会的坐机号码多少？').citations[0]?.paragraph).toBe(9);
    expect(otherNoticeAnswerer('zmd-').answer('餐馆可以打折吗').citations[0]?.paragraph).toBe(2);
  });

  it('shoes (鞋子), walking the dog (遛狗), praise (表揚), giving away (捐出去) reach the notices’ terms', () => {
    const dress = otherNoticeAnswerer('meizhou-').answer('👕👟 表演那天大家要穿什么衣服和鞋子啊？');
    expect(dress.answered).toBe(true);
    expect(renderText(dress, otherNoticeAnswerer('meizhou-').kb)).toContain('白色运动鞋');
    expect(otherNoticeAnswerer('jinanqu-').answer('消杀那会儿我还能下楼遛狗吗🐶❓').citations[0]?.paragraph).toBe(3);
    expect(otherNoticeAnswerer('yanbian-').answer('我係私人業主，如果幫租客減咗租，政府會點表揚我？').citations[0]?.paragraph).toBe(3);
    // An office that opens again (重新开门) is one that resumes its work (恢复对外办公).
    expect(otherNoticeAnswerer('wulong-').answer('武隆的婚姻登记处什么时候重新开门？').citations[0]?.paragraph).toBe(3);
  });

  it('what happens to one who does not follow the rules (不按规定…会咋个处理) is answered by a forced closure (强制关闭)', () => {
    expect(kindOf('penalty').answeredBy.test('未按规定落实到位的，由当地乡镇党委政府强制关闭。')).toBe(true);
    expect(otherNoticeAnswerer('jingzhou-').answer('要是哪个集市不按规定搞，会咋个处理嘛？').citations[0]?.paragraph).toBe(5);
  });

  it('什么日子 (Cantonese 咩日子) asks a date, as 什么时候 does: who issued the notice and on what day', () => {
    const notice = realKnowledge().answerer.answer('呢份倡議係邊個出嘅？咩日子出㗎？');
    expect(notice.answered).toBe(true);
    expect(notice.citations[0]?.paragraph).toBe(1);
    expect(renderText(notice, realKnowledge().kb)).toContain('2月20日');
  });

  it('a time not set yet (具体时间待定, 择期召开) answers when, as 另行通知 does', () => {
    for (const kind of ['time', 'date', 'endDate', 'resumeDate'])
      expectKind(kind, { asked: [], notAsked: [], given: ['换届会议延期举行，具体时间待定', '会员大会将择期召开'], notGiven: ['请做好防护'] });
    const postponed = otherNoticeAnswerer('jiangsu-kjcxxh').answer('科技创新协会的换届大会推迟到哪天开了？');
    expect(postponed.answered).toBe(true);
    expect(postponed.citations[0]?.paragraph).toBe(2);
  });

  it('no case so far (自…以来…未出现确诊病例) answers how many cases there have been', () => {
    expectKind('cases', {
      asked: [],
      notAsked: [],
      given: ['辖区内未出现疑似病例和确诊病例', '全县没有发现确诊病例'],
      notGiven: ['请做好防护', '出现发热症状的人员'],
    });
    expectKind('total', { asked: [], notAsked: [], given: ['自疫情发生以来，辖区内未出现病例', '至今已收到捐款'], notGiven: ['请做好防护'] });
    expect(citedParagraph('pingchang-', '同州街道到现在有没有人确诊')).toBe(2);
  });

  it('a short line right after the best sentence (恢复时间，另行通告。) gives the reopening the best lacks, quoted beside it', () => {
    const venues = otherNoticeAnswerer('duolun-').answer('多伦县人员密集场所哪天开始停业，啥时候恢复？');
    expect(venues.answered).toBe(true);
    expect(venues.citations.map((c) => `${c.paragraph}.${c.sentence}`)).toEqual(['2.1', '2.2']);
    // 期待 is hoping, not waiting until: 期待疫情过后与您相逢 sets no day of reopening.
    expectKind('resumeDate', { asked: [], notAsked: [], given: ['待疫情结束后恢复开放'], notGiven: ['期待疫情过后与您在图书馆的相逢'] });
  });

  it('a line whose label names a word asked (3、会员单位：6000元/年) does not displace a best sentence holding the deadline asked', () => {
    expect(citedParagraph('beijing-zgzx', '会员单位交会费的截止日期是哪天？')).toBe(9);
  });

  it('开放时间 after 恢复开放 asks the opening hours, not the day of reopening: 10:00-16:00 under its title answers', () => {
    expect(kindsAsked('恢复开放后的开放时间是几点到几点？')).toContain('hours');
    expect(kindsAsked('恢复开放后的开放时间是几点到几点？')).not.toContain('resumeDate');
    expect(kindsAsked('科技馆恢复开放的时间定了吗？')).toContain('resumeDate');
    expect(citedParagraph('qinghai-kjg-', '青海科技馆恢复开放后的开放时间是几点到几点？')).toBe(4);
  });

  it('an end date written in Chinese numerals (至二月二十日止, 三月底前) answers until when, as one in digits does', () => {
    expectKind('endDate', {
      asked: [],
      notAsked: [],
      given: ['截稿日期自本日起至二月二十日止', '活动暂停至三月底前', '至2月20日止'],
      notGiven: ['二月份以来', '请做好防护'],
    });
  });

  it('几 and 好多 in a clause that already asks (要不要…几次, 几种…什么, 会不会好多人) are a few and a lot, not how many; alone they ask a number', () => {
    expect(kindsAsked('门店消毒要不要比平时多做几次？')).not.toContain('number');
    expect(kindsAsked('这几种口罩要做什么检测？')).not.toContain('number');
    expect(kindsAsked('每天要消毒几次？')).toContain('number');
    expect(kindsAsked('复工企业的口罩能领几个？')).toContain('number');
    // 好多 after 会不会 is a lot of, not how many.
    expect(kindsAsked('情人节那天会不会好多人？')).not.toContain('number');
    expect(kindsAsked('一共捐了好多？')).toContain('number');
    // ...as the engine reads them: 几家 and 几个 are not made 多少 first, which would ask a number whatever the clause.
    expect(citedParagraph('china-lsjyxh-', '1月22号北京的几家大超市一起做了什么承诺？')).toBe(2);
    expect(citedParagraph('qingdao-swj-', '青岛商务局那个倡议，超市得不得几家商量起一起涨价嘛？要明码标价不？')).toBe(5);
  });

  it('a fee waiver named as the topic (会费减免的事情, 會費減免嘅事) is what the question is about, not a sum asked for', () => {
    // The contact line (联系人：周霞) answers; read as asking a sum, it lacked one and was declined.
    expect(citedParagraph('china-hblhh-', '會費減免嘅事，邊個係聯絡人？')).toBe(13);
    expect(kindsAsked('今年的会费能不能减免？')).toContain('money');
  });

  it('when is answered by a clock time and by after the epidemic; a waived fee answers whether a fine is due; money sent somewhere, phoning and booking by phone ask no phone number, 几点要求 no time', () => {
    expectKind('time', { asked: [], notAsked: [], given: ['每天晚上10点至次日早上6点封闭', '上午9:00起恢复'], notGiven: ['请做好防护'] });
    for (const kind of ['date', 'endDate'])
      expectKind(kind, { asked: [], notAsked: [], given: ['售楼处暂时停止开放，疫情过后恢复'], notGiven: ['请做好防护'] });
    expectKind('penalty', {
      asked: ['书过期了没还，要交罚款吗？'],
      notAsked: [],
      given: ['闭馆期间免除外借文献逾期费用', '延长期内免逾期费'],
      notGiven: ['景区免费开放'],
    });
    expectKind('phone', {
      asked: ['民政局的电话打哪个号？', '有事打到哪里问？'],
      // ...with words between the money and where it goes (先, 都要), and a fee as much as a donation.
      notAsked: ['协会让会员企业把捐款打到哪里？', '商会会员的捐款先打到哪里？', '会员的钱都要打到哪里？', '会费打去哪里交？'],
      given: [],
      notGiven: [],
    });
    // To phone (打电话) or book by phone (电话预约) is a way of doing something, not a number asked; which number still is.
    expectKind('phone', {
      asked: ['要打什么电话？', '打哪个电话问？', '民政局电话是多少', '打电话咨询哪个号码', '联系电话呢'],
      notAsked: ['我们还需要自己打电话去问吗？', '电话预约一直约不上怎么办？', '这段时间打电话有人接吗？'],
      given: [],
      notGiven: [],
    });
    // 几点 before what it counts (几点要求, 几点注意事项) is how many points, not what time.
    expectKind('hours', {
      asked: ['早上几点开门？', '每天几点到几点办公？'],
      notAsked: ['这个倡议总共提了几点要求？', '有几点注意事项？'],
      given: [],
      notGiven: [],
    });
    // The money's destination (汇至…红十字会) answers: no phone number is wanted of it.
    expect(citedParagraph('baoji-', '商会会员的捐款先打到哪里？')).toBe(3);
  });

  it('ways of giving one thing (oneOf: a phone, an email address) asked together are answered by the datum of either, not by a word naming it', () => {
    // 怎么联系 asks a phone number, 有邮箱吗 an email address: the line 电子邮箱：zgtcllg@sohu.com answers both.
    const museum = otherNoticeAnswerer('zibo-').answer('想投稿的话怎么联系陶瓷博物馆？有邮箱吗？');
    expect(museum).toMatchObject({ answered: true, citations: [expect.objectContaining({ paragraph: 10 })] });
    // 通过电话、郵箱或微信渠道反馈 names the ways but gives no number and no address.
    expect(otherNoticeAnswerer('foshan-qstz').answer('僑商協會秘書處電話幾多號？有冇電郵地址畀我哋報資料？').answered).toBe(false);
  });

  /** A kind of answer: asked by these questions and not those; given by these lines and not those. */
  const expectKind = (name: string, x: { asked: string[]; notAsked: string[]; given: string[]; notGiven: string[] }) => {
    for (const q of x.asked) expect(kindsAsked(q)).toContain(name);
    for (const q of x.notAsked) expect(kindsAsked(q)).not.toContain(name);
    for (const line of x.given) expect(kindOf(name).answeredBy.test(line)).toBe(true);
    for (const line of x.notGiven) expect(kindOf(name).answeredBy.test(line)).toBe(false);
  };

  it('a deadline asked (截稿, 最晚几号之前, deadline) is found by the line giving a date to act before, though it never says 截止', () => {
    expectKind('deadline', {
      asked: ['截稿日期是哪天？我怕赶不上'],
      // What time to be there is hours, not a deadline.
      notAsked: ['展演当天我最迟几点要到现场？'],
      given: ['请于3月7日前将图片发邮箱', '助推重点企业、重点项目2月底前复工复产', '每天下午5:30之前上报'],
      notGiven: ['请做好防护'],
    });
    expect(otherNoticeAnswerer('chengdu-sfjxh-').answer('截稿日期是哪天？我怕赶不上').citations[0]?.paragraph).toBe(7);
    expect(otherNoticeAnswerer('beijing-zgzxjxgyxh-').answer('今年会费最晚啥时候要交啊').citations[0]?.paragraph).toBe(9);
  });

  it('whom something goes to (报给谁, 交给哪个单位) is given by a line handing it on (反馈到, 汇至), found by those words', () => {
    expectKind('recipient', {
      asked: ['我们厂的复工情况该报给谁？'],
      // Where to take things is a place.
      notAsked: ['捐的口罩要送到哪里？'],
      given: ['请各会员企业将如下情况通过电话、邮箱或微信渠道反馈到我会秘书处'],
      notGiven: ['请做好防护'],
    });
    expect(otherNoticeAnswerer('foshan-').answer('我们厂的复工情况该报给谁？').citations[0]?.paragraph).toBe(3);
  });

  it('哪些证明材料 asks documents, and 分两期 instalments: kinds a notice must state', () => {
    expect(kindsAsked('申请减免要交哪些证明材料')).toContain('documents');
    expect(kindsAsked('要出具什么证明')).toContain('documents');
    expect(kindsAsked('会费能不能分两期交')).toContain('instalments');
  });

  it('a statement about the asker after the question (…多久截止？我下个月才发工资) asks for no kind of its own', () => {
    expect(kindsAsked('这个捐款多久截止？我下个月才发工资')).not.toContain('pay');
    expect(kindsAsked('这个捐款多久截止？我下个月才发工资')).toContain('time');
    expect(kindsAsked('我们停工了，工资怎么发？')).toContain('pay');
    expect(kindsAsked('捐款什么时候截止，我们的工资会不会受影响')).toContain('pay');
  });

  it('an e-mail address asked (邮箱是多少) is given by an address, not by a sentence that only names 邮箱', () => {
    expect(kindsAsked('邮箱是多少')).toContain('emailAddress');
    expect(kindsAsked('微信号是多少')).toContain('wechatId');
    expect(otherNoticeAnswerer('foshan-').answer('协会秘书处的邮箱是多少？').answered).toBe(false);
    expect(otherNoticeAnswerer('chengdu-sfjxh-').answer('投稿邮箱是多少？').citations[0]?.paragraph).toBe(7);
  });

  it('a WeChat account (wechat account, 微信账号) is no bank account, and a named official account (关注“…”微信公众号) gives it', () => {
    expect(kindsAsked('Which WeChat account should I follow?')).not.toContain('account');
    expect(kindsAsked('协会的微信账号是什么？')).not.toContain('account');
    expect(kindsAsked('What is the bank account for donations?')).toContain('account');
    expect(kindOf('wechatId').answeredBy.test('可通过关注“某某中心”微信公众号购卡')).toBe(true);
    expect(citedParagraph('fujian-atzx-', 'Swim cards online: which wechat account sells them?')).toBe(8);
  });

  it('复工资料 (papers on resuming work) holds 工资 by chance and asks for no pay; how a matter is handled (处理信访事项) asks no penalty', () => {
    expect(kindsAsked('我哋復工資料交俾邊個？')).not.toContain('pay');
    expect(kindsAsked('停工期间工资怎么发？')).toContain('pay');
    expect(kindsAsked('他们会怎么处理大家反映的问题？')).not.toContain('penalty');
    expect(kindsAsked('不戴口罩会怎么处理？')).toContain('penalty');
    expect(citedParagraph('foshan-qstzqyxh-', '侨商协会收集好我们的复工资料后，会交给哪个部门？')).toBe(3);
  });

  it('what happens if … asks a consequence, which losing membership (丧失会员资格) is; what happens to an event does not', () => {
    expect(kindsAsked('What happens to the big events already planned?')).not.toContain('penalty');
    const dues = otherNoticeAnswerer('beijing-zgzxjxgyxh-');
    expect(dues.answer('What happens if a member does not pay dues for two years?').citations[0]?.paragraph).toBe(14);
  });

  it('a fine asked (is there a fine, will they fine people, be fined) is a penalty; a fine tradition, or being fine, is none', () => {
    for (const q of [
      'Is there a fine in Weihai if I refuse the check?',
      'Will Xiaoshan fine people who still go?',
      'Will I be fined?',
      'Do they impose fines?',
    ])
      expect(kindsAsked(q)).toContain('penalty');
    for (const q of ['What is the fine tradition the chamber asks members to carry forward?', 'Is it fine to go out now?', "I'm fine with that, but when?"])
      expect(kindsAsked(q)).not.toContain('penalty');
    expect(
      citedParagraph('baoji-', 'The Baoji Shandong Chamber of Commerce asks its members to carry forward a "fine tradition" - what is that tradtion exactly?'),
    ).toBe(2);
  });

  it('how wrongdoers are dealt with (会被怎么处理) is given by 查处 and 严惩 too, as notices on prices word it', () => {
    expect(kindOf('penalty').answeredBy.test('县发改、市场监管部门将依法从严从重从快查处')).toBe(true);
    expect(kindOf('penalty').answeredBy.test('请广大市民正面宣传')).toBe(false);
    expect(otherNoticeAnswerer('zhouning-').answer('那些趁机乱涨价的商贩会被怎么处理？').citations[0]?.paragraph).toBe(5);
  });

  it('a temperature (37.2℃, 37.3度) is a figure: 体温多少不让进 is answered by the bound a notice sets', () => {
    expectKind('number', {
      asked: ['体温多少不让进？'],
      notAsked: [],
      given: ['体温超过37.2℃的人员禁止入内', '体温高于37.3度者谢绝入内', '体温超过37.2°C的人员禁止入内'],
      notGiven: ['节假日照常开放', '请测量体温'],
    });
    expect(citedParagraph('fujian-atzx-', '福建奥体游泳馆进场要带口罩吗 体温多少不让进')).toBe(10);
  });

  it('documents asked (要带什么, 附什么材料) are given by what one must show (出示健康码, 体检报告) or attach (凭证)', () => {
    expectKind('documents', {
      asked: ['参会要带什么？'],
      notAsked: [],
      given: [
        '同时附捐款捐物凭证（发票或相关转账凭证复印件等）',
        '参会人员佩带口罩、测量体温，出示健康码。',
        '70岁以上老年人须出示近一年来市级以上医院健康体检报告',
      ],
      notGiven: ['回国后立即向目的地乡镇主动报告'],
    });
    expect(citedParagraph('longyan-', '我们公司捐了钱的，龙岩建协要我们交哪样材料嘛，要不要发票？')).toBe(3);
  });

  it('a prize or pay asked is answered by there being none (不评奖，无稿酬); online naming what is shown (an online exhibition) asks no way online', () => {
    expect(kindOf('reward').answeredBy.test('此次展览为义务活动，不评奖，无稿酬')).toBe(true);
    expect(kindsAsked('Is there any prize money for the Anyuan online exhibition?')).not.toContain('online');
    expect(kindsAsked('Can I apply online?')).toContain('online');
    const q = 'Is there any prize money or payment for artworks selected for the Anyuan online exhibition?';
    expect(citedParagraph('anyuan-', q)).toBe(16);
  });

  it('whose direction to follow (听谁的统一安排) is given by acting under it (在省防控指挥部的统一指挥下), as by obeying it', () => {
    expectKind('basis', {
      asked: ['倡议书说我们要听谁的统一安排？'],
      notAsked: [],
      given: ['四、在省防控指挥部的统一指挥下，开展红十字应急志愿服务'],
      notGiven: ['在家休养，待疫情解除后再回院'],
    });
    expect(citedParagraph('hainan-shszh-', '我是海口一个小区的红十字志愿者，家里人说别乱跑，但我想出去帮忙，倡议书说我们要听谁的统一安排？')).toBe(6);
  });

  it('what is done to one who comes anyway is a consequence too: turned back (劝返), refused entry (谢绝入内), held for observation as one must', () => {
    expectKind('penalty', {
      asked: ['从疫情高发地来的人硬要进大埔，会怎么处理？'],
      notAsked: [],
      given: [
        '对没有提供证明、所有非皖R牌照车辆原则上一律劝返',
        '未佩戴口罩或体温异常者谢绝入内。',
        '如您是疫情高发地人员执意入境，必须服从当地安排，到指定地点进行集中医学观察14天',
      ],
      // Observation as every returner's step is no consequence of a wrong.
      notGiven: ['回国后立即向目的地乡镇（街道）、村（社区）主动报告，接受集中隔离医学观察14天。'],
    });
    expect(citedParagraph('dabu-', '从疫情高发地来的人硬要进大埔，会怎么处理？')).toBe(3);
  });

  it('a date things stood at (截止至2月15日，…已收集, 截至目前) is no deadline; a date something runs to is', () => {
    const ends = kindOf('endDate').answeredBy;
    expect(ends.test('截止至2月15日，市建协已收集到30多家企业的信息')).toBe(false);
    expect(ends.test('截至目前，已有1102个小区参与')).toBe(false);
    expect(ends.test('报名截止时间为2月20日')).toBe(true);
    expect(ends.test('暂停办理至3月1日')).toBe(true);
  });

  it('where to follow news (邊度發佈嘅信息) is given by whose releases to follow (关注…卫健委发布的)', () => {
    expect(kindOf('place').answeredBy.test('各会员单位要关注国家及当地卫健委发布的疫情信息')).toBe(true);
    expect(kindOf('place').answeredBy.test('各会员单位要加强防护')).toBe(false);
  });

  it('something online (网上咨询) is given by an internet service (互联网医院) too', () => {
    expect(kindOf('online').answeredBy.test('可登陆丽水互联网医院进行咨询')).toBe(true);
  });

  it('哪个城市 asks a place, as 哪里 does', () => {
    expect(kindsAsked('年会原来定在哪个城市开')).toContain('place');
    expect(kindsAsked('在哪座城市举行')).toContain('place');
  });

  it('whom to get in touch with (跟哪里联系, 找哪里咨询) is answered by a body to contact or a service to consult', () => {
    const place = kindOf('place').answeredBy;
    expect(place.test('请提前与所在街道办事处沟通协调')).toBe(true);
    expect(place.test('有疑问可登录市民服务网进行咨询')).toBe(true);
    // Logging in to a system to register is no place to ask.
    expect(place.test('登陆工作人员登记系统，如实填写相关信息')).toBe(false);
  });
});

describe('everyday words', () => {
  it('a visit in plain words (去看她, 进去看) is the notice’s 探视', () => {
    const homes = otherNoticeAnswerer('cq-lngy-');
    const a = homes.answer('奶奶住在老年公寓，我想进去看她行不行？');
    expect(a.answered).toBe(true);
    expect(renderText(a, homes.kb)).toContain('探视');
  });

  it('an event named by its kind (那个献血活动) asks of the event, though the notice never says 活动', () => {
    const blood = otherNoticeAnswerer('weifang-');
    const a = blood.answer('那个献血活动是好久开始？');
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.paragraph).toBe(9);
  });

  it('everyday English reaches a notice through the general lexicon where its own glossary has no such word (photo, inside)', () => {
    const calligraphy = otherNoticeAnswerer('chengdu-sfjxh-');
    expect(calligraphy.answer('Where do I send my photos?').citations[0]?.paragraph).toBe(7);
    expect(otherNoticeAnswerer('china-fdcyxh-').answer('What do they ask companies to do about local government arrangements?').citations[0]?.paragraph).toBe(
      5,
    );
    const hall = otherNoticeAnswerer('chuzhou-');
    expect(hall.answer('Do I need to keep a distance from other people inside the service hall?').citations[0]?.paragraph).toBe(4);
  });

  it('lay words by theme (lexicon/lay-colloquial.json …) reach a notice new this session: care homes, building sites', () => {
    const homes = otherNoticeAnswerer('cq-lngy-');
    expect(homes.answer('过年把外婆接回家了，啥时候能送回去？').citations[0]?.paragraph).toBe(6);
    const builders = otherNoticeAnswerer('zhuhai-');
    expect(builders.answer('甲方逼着我们开工，协会管不管？').citations[0]?.paragraph).toBe(4);
  });

  it('lay words of more themes (lexicon/lay-themes.json) reach notices: going out in Hubei dialect, a fish a notice calls raw seafood', () => {
    const farmers = otherNoticeAnswerer('hubei-fkzhb-');
    expect(farmers.answer('克街上买菜要戴口罩不？').citations[0]?.paragraph).toBe(5);
    const catering = otherNoticeAnswerer('wuhan-cyyxh-');
    expect(catering.answer('三文鱼现在还能卖不？').citations[0]?.paragraph).toBe(6);
  });

  it("an aspect asked for by name in English (which principles) weighs more than the question's other words", () => {
    const redCross = otherNoticeAnswerer('yuncheng-');
    expect(redCross.answer('Which principles guide how the Red Cross handles donations?').citations[0]?.paragraph).toBe(2);
  });
  it('a word of the title names the notice though its text never says it (这个征稿 of a 征稿通知)', () => {
    const call = otherNoticeAnswerer('anyuan-');
    const a = call.answer('这个征稿每个人要交好多副作品嘛？');
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.paragraph).toBe(10);
  });

  it('these days (这几天) asks nothing: the library asked of is what the answer is about', () => {
    const a = otherNoticeAnswerer('taihe-').answer('泰和的图书馆这几天开没开嘛？我想去借几本书看');
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.paragraph).toBe(2);
  });

  it('a start given as 即日 or a month in Chinese numerals (二月二十日) answers when', () => {
    const office = otherNoticeAnswerer('chengdu-mzj-');
    const since = office.answer('Since when has the in-person reception been closed?');
    expect(since.citations[0]?.paragraph).toBe(1);
    // Said before the quote when no quote holds it: the sentence holding 即日起 is the one quoted, not said lacking.
    expect(renderText(since, office.kb)).toContain('即日起');
    expect(since.unstatedType).toBeUndefined();
  });
  it('everyday English written from the notices’ texts reaches them: women calligraphers, an annual fee', () => {
    const calligraphy = otherNoticeAnswerer('chengdu-sfjxh-');
    const q = "I'm a woman calligrapher living in Chongqing and I'm not a member of the Chengdu association. Can I still send in a piece?";
    expect(calligraphy.answer(q).citations[0]?.paragraph).toBe(4);
    const fee = otherNoticeAnswerer('beijing-zgzxjxgyxh-');
    expect(fee.answer("What's the annual fee for an ordinary member unit?").citations[0]?.paragraph).toBe(7);
  });
  it('English prizes and awards reach 评奖 and 奖金, and getting paid reaches 稿酬 and 报酬, not paying a fee', () => {
    // knowledge/lexicon/english.json: without it "prizes" knows no Chinese word and the exhibition's rules win.
    expect(citedParagraph('anyuan-', 'Are there prizes for the best works in the Anyuan online exhibition?')).toBe(16);
  });
  it('a body’s name typed without the unit of its place (宝鸡山东商会 for 宝鸡市山东商会) names the notice, not what is asked', () => {
    const chamber = otherNoticeAnswerer('baoji-');
    expect(chamber.answer('宝鸡山东商会收的捐款最后是汇到哪个那里去嘛？').citations[0]?.paragraph).toBe(3);
  });
  it('English verbs that ask nothing (happens, put out, go) are no unknown word that declines the question', () => {
    const events = otherNoticeAnswerer('sichuan-snzsxh-');
    expect(events.answer('What happens to the big events the assocation had already planed?').answered).toBe(true);
  });
  it('这种, 这类, 这样 and 一直 point or linger: they ask nothing, and a story’s words decide (培训班 of 我们这种教育培训机构)', () => {
    const { answerer, kb } = realKnowledge();
    const q = '我在贵阳花果园开了个少儿英语培训班，民办的，寒假班都退费了，家长天天问啥时候开课。倡议里对我们这种教育培训机构是怎么说的，现在能开线下课不';
    const a = answerer.answer(q);
    expect(a.citations[0]?.paragraph).toBe(4);
    expect(renderText(a, kb)).toContain('线上培训');
  });
});
