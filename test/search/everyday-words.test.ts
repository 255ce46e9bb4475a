// Everyday and dialect wording (knowledge/lexicon/) reaching real notices of the evaluation fixtures that no entry names:
// each question is answered, citing the paragraph that says it.
import { describe, expect, it } from 'vitest';
import { citedParagraph, otherNoticeAnswerer } from '../support/eval-sets.js';

/** [why, notice slug's start, question, paragraph cited first]. */
type Case = [string, string, string, number];

const everyday: Case[] = [
  [
    '那段时间 (during that time, of an event told) is the 时段 of that event, not a time asked',
    'jinanqu-',
    '听说晋安区又要大消杀，那段时间我们要注意点什么？',
    3,
  ],
  ['到时候 (when it comes) is the 时段 of that event too', 'jinanqu-', '到时候搞消杀，我们居民需要注意点什么？', 3],
  ['住户 (households) are the 居民 a notice addresses', 'jinanqu-', '城管要在我们小区搞消杀，那段时间住户要注意啥？', 3],
  ['礼拜一 (Monday, colloquial) is the 周一 a notice closes on', 'qinghai-kjg', '青海科技馆几点开门？礼拜一开吗？', 4],
  ['重新 (again) before what stopped is the 恢复 of resuming', 'wulong', '武隆那边领证的地方停了，最早哪天可以重新去领？', 3],
  ['扫码 (scan a code) is also the 二维码 one donates by, not only a health code', 'hainan-swgc', '扫码转账给生物工程协会的时候要写啥子', 5],
  ['莫乱跑 (don’t go out, Southwest) is also the 外出 a notice asks to reduce', 'china-syjxh', '中国摄协那份倡议是不是叫摄影人莫乱跑？', 3],
  ['一日 (a day) is the 单日 of a daily limit', 'qinghai-kjg', '科技馆一日最多接待好多人？', 6],
  ['汽车维修 (car repair) is the 车辆维修 a notice lists', 'sanming-', '梅列区高考期间，汽车维修店也要控制噪声吗？', 4],
  ['屋企 (home, Cantonese) is the 居家 of home quarantine', 'fuyang-', '由武漢返到阜陽，喺屋企要隔離幾耐？', 6],
  ['够不够 (is there enough) is answered by 库存充足', 'zhouning-', '周宁粮食够不够？', 4],
  ['Cantonese 衫 (clothes) is the 服装 of a dress code', 'meizhou-', '梅州太極拳展演要著咩衫、咩鞋呀？', 7],
  ['Cantonese 同 (and) joins two things asked, no word of its own', 'weihai-', '威海嘅物業小區同物業公司有幾多間？', 2],
  ['探熱 (take the temperature, Cantonese) is the 检测体温 a notice writes', 'jingzhou-', '靖州農村墟市開返，入去要唔要探熱？', 4],
  ['延到几时 (put off until when) is the 推迟至 that gives the new date', 'sanming-', '三明今年的高考延到几时考？', 3],
  ['钱 (money) asked of who pays reaches the costs a notice names (费用自理)', 'dabu-', '进大埔要隔离的话，钱谁出？', 3],
  ['Southwest 好多人 (how many people) asks the 人数 of a bound', 'suzhou-jsgz', '苏州的通告里大型活动要好多人才算？', 2],
  [
    'Southwest 城头 (in town) is the 城市 of 城市公交车, not 头 set apart',
    'duolun-',
    '多伦县指挥部通告出来了，城头公交车和客运班车还跑不跑嘛？车站开没开哦？',
    6,
  ],
  ['才算 (counts as) asks the 是指 of a definition, not a rule on its bounds', 'suzhou-jsgz', '苏州通告里多少人以上才算大型活动？', 2],
  ['接触隔离 (a pinyin slip, 接触 for 解除) is the 解除隔离 of the end of a quarantine', 'fuyang-', '从武汉回阜阳的老乡啥时候能接触隔离？', 6],
  ['Cantonese 趁机加价 (raising prices on the occasion) is the 哄抬物价 a notice forbids', 'qijiang-', '綦江商联会倡议书话商家可唔可以趁机加价？', 4],
  ['定价 (setting prices) is the 价格 a notice rules on', 'qijiang-', '綦江商联会对商家定价有什么要求？', 4],
  ['资料 (papers, information) is the 材料 a notice collects', 'longyan-', '龙岩建协把捐赠资料收齐以后怎么处理？', 5],
  ['Cantonese 資料 is the same 材料', 'longyan-', '建协收集呢啲資料之後點處理？', 5],
  ['Southwest 老坟 (the family grave) is the 散埋坟地 a notice rules on (lay-southwest-more.json)', 'zhangdian-', '老坟在村头，清明能去吗', 5],
  ['老人走了 (a death in the family) is the 丧事 a notice limits (lay-life.json)', 'gongzhuling-', '我们家老人走了，办丧事能来多少人？', 4],
  ['过世 (passed away) too, asked of the funeral banquet', 'gongzhuling-', '屋头老人过世了，酒席还能摆不', 4],
  ['出差回来 (back from a business trip) is the return from Wuhan a notice asks of (lay-life.json)', 'ningguo-', '我上周从武汉出差回来，现在要做什么？', 2],
  [
    'English need blood is the 临床用血 a notice says is short (lay-life-english.json)',
    'jilin-shszh',
    'Which patients need blood, per the Jilin Red Cross call?',
    2,
  ],
  ['退烧药 (fever medicine) is the 药品 a notice takes from no individual (lay-life-cantonese.json)', 'bazhong-', '我有几盒退烧药，巴州区红十字会收不收？', 14],
  ['等到 (until) asks the 直至 that ends a closure', 'hezuo-', '合作市伊斯蘭教協會話清真寺暫停開放，要等到幾時先會重新開？', 2],
  ['捐物质 (a pinyin slip, 物质 for 物资) asks for the contact for donated goods, not for money', 'bazhong-', '我想捐物质，区红十字会的联系人是哪个', 15],
  ['每天 (every day) is the 每日 of a schedule, and 几点消毒 still asks the 消毒 it names', 'china-nyncb', '农业农村部政务服务大厅每天几点消毒？', 5],
  [
    'English migrant workers are the 劳务工 a notice on building sites asks firms to bring back, as 农民工 elsewhere (english.json)',
    'shanghai-jzsghyxh',
    'What are Shanghai construction firms asked to do about getting their migrant workers back?',
    5,
  ],
  ['Northeastern 哪疙瘩 (where) asks the place, as 哪里 does (language.json)', 'weifang-', '俺想去献血，献血屋在哪疙瘩啊？', 10],
  [
    '领正 (a pinyin slip for 领证, getting the marriage certificate) is what a registry notice speaks of (typos.json)',
    'quanzhou',
    '情人节想去领正，急着办咋弄',
    2,
  ],
  ['回复堂食 (a pinyin slip, 回复 for 恢复) is the 恢复堂食 a notice asks restaurants of (typos.json)', 'zmd-', '驻马店的饭店现在可以回复堂食了没', 2],
  [
    'English "pay respects" is the 祭扫 a notice asks people to put off, not the paying of a fee (lay-english.json)',
    'dingzhou-',
    'Dingzhou civil affairs bureau notice: on which day are people asked not to go to the funeral home and cemetery to pay respects?',
    2,
  ],
  ['Cantonese 唔够 (not enough) is the 不足 of a shortage', 'jilin-shszh', '吉林紅十字會點解而家要叫人去捐血？係咪血庫唔夠？', 2],
  [
    'Cantonese 入舖食饭 (eating in) is the 堂食 a notice weighs against ordering (lay-cantonese-more.json)',
    'zmd-',
    '唔入舖食飯，駐馬店啲餐廳仲有咩方式幫襯？',
    6,
  ],
  ['当成 (treat as) is the 作为 a notice writes', 'baoji-', '宝鸡山东商会说市委把疫情防控当成啥子来抓？', 1],
  ['Southwest 开得门不 (can it open?) asks whether a business may open, as 能开门吗 does', 'dehong-', '我在芒市开了个网吧，现在还开得门不嘛？', 2],
  ['Southwest 娃娃 (a child) is the 儿童 a notice writes', 'yingjing-', '带8岁娃娃去荥经博物馆👧要注意啥', 5],
  ['English "bring a tour group" asks of a museum’s 团体接待', 'yingjing-', 'Can I bring a tour group to Yingjing museum now?', 7],
  ['重新开 (open again) is the resumption a notice states', 'wulong-', '武隆婚姻登記幾時重新開？', 3],
  ['探亲 of a care home is the 探视 it forbids', 'sanmenxia-', '三門峽啲老人院而家可唔可以入去探親？', 2],
  [
    'English confirmed cases is also the 确诊 of 已确诊2844例, a count with no 病例 written',
    'lincang-',
    "How many confirmed cases in Yunnan does the Lincang charity's appeal mention?",
    2,
  ],
  [
    'English drop off is also where things are received (捐赠物资地点：…), as Chinese 送到 is',
    'bazhong-',
    'where to drop off donated gowns and masks, bazhou district?',
    17,
  ],
  [
    'English give money is also the 捐助 of 捐助钱物, as Chinese 捐钱 is',
    'changsha-dwtzxh-',
    'Changsha outbound investment association: are members asked to give money, or goods?',
    3,
  ],
  ['活鸡 (a live chicken), in Cantonese, is the 活禽 a notice keeps banning from rural markets', 'jingzhou-', '靖州嘅墟市而家可唔可以賣活雞㗎？', 2],
  [
    '出去拍照 (going out to take pictures) is the 外出摄影 a photographers’ call writes',
    'china-whlysyxh-',
    '文化旅游摄影协会让会员出去拍照回来以后要做啥，要不要消读？',
    7,
  ],
  ['会不会 (will it?) asks nothing of its own', 'shanghai-jzsghyxh-', '🏗️工地开工了，协会提醒施工企业对疫情要注意啥？会不会反弹😟', 3],
  ['国外 (abroad) is the 海外 a letter to overseas Chinese writes', 'lishui-', '丽水侨联说我们在国外最好怎么办，居家格离吗', 5],
  [
    'English "group gatherings" reach the 群体聚集活动 a notice asks volunteers not to join',
    'hainan-shszh-',
    'I’m a Red Cross volunteer in Hainan. Am I allowed to organise or join group gatherings right now?',
    4,
  ],
  ['English "held" is the 举行 a notice writes of an exam', 'sanming-', 'When is the 2020 gaokao held according to the Sanming noise notice?', 3],
  ['劝回去 (sent back) is the 劝返 a notice writes, besides the 谢绝入内 others do', 'dabu-', '外地的人去大埔是不是都要被劝回去', 2],
  ['吃素 (eating no meat) is the 茹素 a Buddhist association asks for', 'hefei-', '合肥佛教协会是不是叫信众过年期间吃素？', 3],
  ['噪音 (noise) is the 噪声 a notice writes', 'sanming-', '梅列考试期间噪音管得严不严？从哪天开始管？', 4],
  ['隔多远 (how far apart) asks the 距离 a notice sets', 'yangzhou-', '游何园的时候人和人之间要隔多远', 6],
  [
    'An English month is the 3月 a notice is dated: a known word, not something the notice fails to say',
    'shanghai-jzsghyxh-',
    'What did the Shanghai construction association ask firms to do in March about workers still away from Shanghai?',
    5,
  ],
  [
    'English "used for" asks the 用于 a call for donations states',
    'hainan-swgcxh-',
    'What is the money raised by the Hainan bioengineering association used for?',
    4,
  ],
  ['English "spent" asks the 使用 of a fund', 'wuhan-jsjlzxxh-', "How is the Wuhan supervision association's special fund spent?", 6],
  ['酒店 (hotel) is the 宾馆饭店 and 婚宴 (wedding banquet) the 宴会 a notice suspends', 'dehong-', '德宏的酒店现在还能办婚宴吗？', 2],
  [
    'English "ways" are the 方式 a service hall lists',
    'china-nyncb',
    'Which ways of applying does the agriculture ministry service hall suggest instead of the window?',
    7,
  ],
  [
    'English "precautions" are the 防护措施 or 防护 a notice asks for',
    'xiaoshan-',
    'Xiaoshan Qingming appeal: what health precautions should people take during the holiday?',
    2,
  ],
  ['English "suggest" is the 建议 or 提倡 of a call', 'jingmen-', 'How does Jingmen suggest people send New Year greetings this year instead of visiting?', 3],
  [
    'English "show" and "door" are the 出示 and 入内 of entry rules',
    'fujian-atzx',
    'Is there a temperature limit to get into the Fujian Olympic Sports Center pool? What do I show at the door?',
    10,
  ],
  ['English "counts as" asks the 是指 of a definition', 'suzhou-jsgz', 'What counts as a large gathering in the Suzhou notice?', 2],
  ['English "apply to" asks whom a rule is 适用 to, or 包括', 'dabu-', 'Does the turn-back order apply to trucks carrying supplies into Dabu?', 6],
  ['English "branch" of a bank is the 支行 an account names', 'hunan-ql', 'Which bank branch holds the Hunan youth foundation donation account?', 8],
  [
    'English "letting people in" is the 入场 a pool stops',
    'fujian-atzx',
    'What time do they stop letting people in at the Fujian Olympic Center fitness pool?',
    3,
  ],
  [
    'English "a day" is the 每日 of a daily cap, and "worried" asks nothing',
    'yingjing-',
    'How many visitors a day can the Yingjing museum take now? worried it is full',
    8,
  ],
  ['English "reopen" asks the 恢复 a notice puts off (另行通知)', 'shenzhen-mzj', 'When will Shenzhen cemeteries reopen for on-site tomb sweeping?', 2],
  ['English "play" of a role is the 发挥 of 发挥作用', 'beijing-dwyx', 'What part do the two associations play in donations abroad?', 5],
  [
    'English "keep up" (prevention) is the 保持 of keeping on guard',
    'shanghai-jzsghyxh',
    'Do Shanghai builders still have to keep up epidemic prevention after resuming work?',
    3,
  ],
  [
    'English "construction supervision" is the 建设监理 of an issuer’s name',
    'wuhan-jsjlzxxh',
    "Who decides how the donations raised through the Wuhan construction supervision association's appeal will be used?",
    6,
  ],
  [
    'English "touch screens" are the 电子互动设备 a museum switches off (lay-english-more.json)',
    'yingjing-',
    'Are the touch screens in the Yingjing museum exhibition halls still available?',
    2,
  ],
  [
    'English "guided tours" and "group visits" are the 讲解服务 and 团队接待 a museum suspends',
    'qinghai-kjg',
    'Is the Qinghai Science and Technology Museum offering guided tours or taking group visits after it reopens?',
    9,
  ],
  ['English "suspected" is the 疑似 of a suspected case', 'ningguo-', 'Where did the suspected patient in Ningguo come from?', 1],
  ['看到 (I saw) says how the asker came to know, not what is asked about', 'china-whlysyxh-', '在网上看到谣言，协会怎么说', 6],
  ['English "bars" are the 酒吧 and other 娱乐场所 a noise notice names', 'sanming-', 'Which businesses does the Meilie noise notice cover, bars too?', 4],
  [
    'English "sites" and "at the earliest" reach the 工地 and 最早 of a date to resume',
    'zhuhai-',
    'When can Zhuhai construction sites resume work at the earliest?',
    3,
  ],
  [
    'English "residents" are the 市民 a city’s call is addressed to',
    'jingmen-',
    'What do the Jingmen authorities ask residents to do during the Spring Festival?',
    3,
  ],
  [
    'English "decides how" asks who allocates (统筹调配), not who decided the notice',
    'wuhan-jsjlzxxh-',
    "Who decides how the Wuhan supervision association's donations are used?",
    6,
  ],
];

const aspects: Case[] = [
  ['开始 of 好久开始 (from when) is no thing the notice lacks, where it never says 开始', 'yinchuan-', '银川小区晚上好久开始封起嘛，早上好久才放人出去？', 6],
  [
    '建议 asked of a call (对我们开店的有什么建议) asks what it says, not of a thing it lacks',
    'zmd-',
    '我在驿城区开了家火锅店，疫情关了两个多月，最近刚开门。看到企业家协会发了个倡议书，想问下对我们开店的有什么建议？',
    2,
  ],
  ['一共 (in all) asks a count, and is no thing a notice lacks where it never says 共计', 'sz-jcksh', '这次帮扶项目一共几个？', 2],
];

describe('everyday words', () => {
  it.each(everyday)('%s', (_why, notice, question, paragraph) => expect(citedParagraph(notice, question)).toBe(paragraph));
  it('晚上 (in the evening) reads as the 夜间 notices write', () => {
    const forms = otherNoticeAnswerer('sanming-')
      .explain('晚上几点以后不能施工？')
      .concepts.flatMap((c) => c.forms);
    expect(forms).toContain('夜间');
  });
  it('叫 (asks someone to) and 如果 (if) are words of asking, not of what is asked', () => {
    const answerer = otherNoticeAnswerer('baoji-');
    for (const q of ['山東商會份倡議叫會員做咩？', '如果一定要去商会，要注意什么？']) {
      const forms = answerer.explain(q).concepts.flatMap((c) => c.forms);
      expect(forms).not.toContain('叫');
      expect(forms).not.toContain('如果');
    }
  });
  it('a museum is a 博物馆 in English, not only a cultural venue (文化), as a library is a 图书馆', () => {
    // A notice that names neither, so that its glossary (CC-CEDICT's words of its text) gives neither.
    const answerer = otherNoticeAnswerer('baoji-');
    expect(answerer.index.concepts('where is the museum', true).flat()).toContain('博物馆');
    expect(answerer.index.concepts('where is the library', true).flat()).toContain('图书馆');
  });
  it('这回 (this time) asks nothing of its own', () => {
    expect(citedParagraph('jinanqu-', '这回城里头大消杀是头一回搞不？还是又来一道哦？')).toBeDefined();
  });
});

describe('words naming an aspect of what is said', () => {
  it.each(aspects)('%s', (_why, notice, question, paragraph) => expect(citedParagraph(notice, question)).toBe(paragraph));
});
