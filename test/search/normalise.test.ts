import { describe, expect, it } from 'vitest';
import { englishTerms } from '../../src/search/english.js';
import { cleanQuestion, withoutSpacing } from '../../src/search/normalise.js';
import { isFiller, queryTerms } from '../../src/search/query-terms.js';
import { Vocabulary } from '../../src/search/vocabulary.js';
import { editDistance } from '../../src/text/edit-distance.js';
import { detectScript, toSimplified } from '../../src/text/script.js';
import { otherNoticeAnswerer } from '../support/eval-sets.js';
import { knowledgeCopy, loadError, realKnowledge } from '../support/knowledge.js';

const { answerer } = realKnowledge();
const terms = (q: string) => queryTerms(cleanQuestion(q).simplified, answerer.index.vocab, answerer.index.lang);

describe('normalising questions', () => {
  it('a question word typed for a word that sounds the same (有|箱 for 邮箱) is that word; after one it is not (生|为 is no 省委)', () => {
    const builders = otherNoticeAnswerer('longyan-');
    expect(builders.index.concepts('协会收材料的有箱是多少', false).map((c) => c[0])).toContain('邮箱');
    const charity = otherNoticeAnswerer('lincang-');
    expect(charity.index.vocab.has('省委')).toBe(true);
    expect(charity.index.concepts('学校想组织师生为抗疫出份力', false).map((c) => c[0])).not.toContain('省委');
  });

  it('a measure word after 哪, 这 or 那 (and a number) is no word asked about; after a number alone it is (几场)', () => {
    const photographers = otherNoticeAnswerer('china-syjxh');
    const cut = (q: string) => queryTerms(cleanQuestion(q).simplified, photographers.index.vocab, photographers.index.lang);
    expect(photographers.index.vocab.has('场')).toBe(true);
    expect(cut('倡议要打赢哪两场仗')).not.toContain('场');
    expect(cut('这场疫情什么时候结束')).not.toContain('场');
    expect(cut('活动一共办了几场')).toContain('场');
  });

  it('a question word glued to the first character of a lexicon word (要寫|低 of 要寫低啲咩資料) is cut off it: 写低', () => {
    expect(terms('捐錢嗰陣要寫低咩資料？')).toContain('写低');
  });

  it('咁 (Cantonese: so, then) points, as 这样 and 这么 do: it asks for nothing', () => {
    const cut = terms('過年唔出去拜年，咁點樣同親戚拜年好啲？');
    expect(cut).not.toContain('咁');
    expect(cut).toContain('拜年');
  });

  it('detects the script', () => {
    expect(detectScript('學校什麼時候能開學')).toBe('hant');
    expect(detectScript('学校什么时候能开学')).toBe('hans');
    expect(detectScript('What should charities do?')).toBe('hans');
  });

  it('simplifies 著 as the particle where it is one, Hong Kong variants too, and leaves simplified words alone', () => {
    expect(toSimplified('冒著生命危險，牽動著人心')).toBe('冒着生命危险，牵动着人心');
    expect(toSimplified('著名的醫院，注意衞生')).toBe('著名的医院，注意卫生');
    expect(toSimplified('转发哪个文件，要走什么程序')).toBe('转发哪个文件，要走什么程序');
    // 么 is simplified already (Taiwan's standard reads it as 幺): as a question word and in dialect it stays.
    expect(toSimplified('要得么？么样搞咧，么子人去买')).toBe('要得么？么样搞咧，么子人去买');
    expect(toSimplified('這麼樣，什麼')).toBe('这么样，什么');
  });

  it('NFKC, invisible characters, whitespace', () => {
    const q = cleanQuestion('  慈善\u200B組織\t\n要做什麼？ ');
    expect(q.text).toBe('慈善組織 要做什麼?');
    expect(q.simplified).toBe('慈善组织 要做什么?');
    expect(q.script).toBe('hant');
  });

  it('reads a day said with 号 as documents write it (日), and leaves a number before a noun alone', () => {
    expect(cleanQuestion('2月14号还能领证吗').simplified).toBe('2月14日还能领证吗');
    expect(cleanQuestion('为啥2号那天不办').simplified).toBe('为啥2日那天不办');
    expect(cleanQuestion('二月十四号呢').simplified).toBe('二月十四日呢');
    expect(cleanQuestion('3号楼在哪').simplified).toBe('3号楼在哪');
    expect(cleanQuestion('1号文件说了什么').simplified).toBe('1号文件说了什么');
  });

  it('reads a month said with 份 (三月份, 3月份) as the month, as documents write it, and leaves 几月份 and 月份 alone', () => {
    expect(cleanQuestion('要等到三月份才开工吗').simplified).toBe('要等到三月才开工吗');
    expect(cleanQuestion('3月份能开工吗').simplified).toBe('3月能开工吗');
    expect(cleanQuestion('几月份截止').simplified).toBe('几月份截止');
    expect(cleanQuestion('哪个月份').simplified).toBe('哪个月份');
    // No longer a word no notice knows: the building association's own date answers.
    expect(otherNoticeAnswerer('zhuhai-jzyxh-').answer('民声工程也要等到三月份才开工吗').citations[0]?.paragraph).toBe(3);
  });

  it('reads 打 before a phone number as calling it (拨打), and leaves other 打 alone', () => {
    expect(cleanQuestion('可以打12345说民政的事不').simplified).toBe('可以拨打12345说民政的事不');
    expect(cleanQuestion('拨打12385预约').simplified).toBe('拨打12385预约');
    expect(cleanQuestion('打折力度有多大').simplified).toBe('打折力度有多大');
    expect(otherNoticeAnswerer('chengdu-mzj').answer('可以打12345说民政的事不').citations[0]?.paragraph).toBe(4);
  });

  it('re-joins words the notice knows and drops question words', () => {
    expect(terms('农业合作社应该怎么配合复工?')).toEqual(['农业合作社', '配合', '复工']);
    expect(terms('企业要守好自己的门是什么意思')).toContain('守好自己');
  });

  it('corrects no known word followed by one character into a run of the notice (民政厅|话 is not 民政厅向)', () => {
    expect(terms('貴州民政廳話慈善組織而家要做啲咩？')).toContain('民政厅');
    expect(terms('貴州民政廳話慈善組織而家要做啲咩？')).not.toContain('民政厅向');
    // Nor a character before one (老|志愿|者 is no 的志愿者), nor a question's words across punctuation.
    expect(terms('我是社区的一名老志愿者，想去献血')).not.toContain('的志愿者');
    expect(terms('门口不让进，民政局是不是有规定')).toContain('民政局');
    // A slip inside a word is still one: 医疗器戒 -> 医疗器械.
    expect(terms('医疗器戒生产企业要做什么')[0]).toMatch(/^医疗器械/);
  });

  it('re-cuts a particle the segmenter glued to a notice word (了一|级 -> 了|一级)', () => {
    const changsha = otherNoticeAnswerer('changsha');
    const cut = queryTerms('湖南是不是已经启动了一级响应', changsha.index.vocab, changsha.index.lang);
    expect(cut).not.toContain('了一');
    expect(cut).toContain('一级');
  });

  it('re-cuts two unknown words the segmenter cut across a notice word (开线|下课 -> 开|线下|课)', () => {
    expect(terms('现在能开线下课不')).not.toContain('开线');
    expect(terms('现在能开线下课不').some((t) => t.startsWith('线下'))).toBe(true);
  });

  it('cuts a word no notice or lexicon knows into two that they do (疑似病例 -> 疑似|病例, of 疑似或确诊病例)', () => {
    const cq = otherNoticeAnswerer('cq-mzj');
    const cut = queryTerms('遇到疑似病例怎么办', cq.index.vocab, cq.index.lang);
    expect(cut).toEqual(expect.arrayContaining(['疑似', '病例']));
    expect(cut).not.toContain('疑似病例');
  });

  it('ends a run before a character that, with its last one, makes the notice’s word (重新|开|馆 -> 重新, 开馆)', () => {
    const library = otherNoticeAnswerer('longyao-');
    const cut = queryTerms('隆尧图书馆什么时候重新开馆', library.index.vocab, library.index.lang);
    expect(cut).toContain('开馆');
    expect(cut).not.toContain('重新开');
    expect(library.answer('隆尧图书馆什么时候重新开馆？').citations[0]?.paragraph).toBe(2);
  });

  it('joins no run across a particle, though the notice holds it (企业的复 of 企业的复工复产)', () => {
    expect(terms('医疗器械企业的复工证明去哪里开')).toEqual(expect.arrayContaining(['企业', '复工']));
    expect(terms('医疗器械企业的复工证明去哪里开')).not.toContain('企业的复');
  });

  it('reads an A-not-A question the segmenter cut (还|要|不要) as the question word it is, not as 不要', () => {
    expect(terms('防疫流程还要不要继续搞')).not.toContain('不要');
    expect(terms('我们现在能不能复工')).not.toContain('不能');
  });

  it('corrects no typo where the characters spell a general word (民政厅|厅|长 is 厅长, not 民政厅向)', () => {
    const t = terms('贵州民政厅厅长叫什么名字');
    expect(t).toContain('厅长');
    expect(t.join()).not.toContain('民政厅向');
  });

  it('re-joins a phrase the segmenter cuts into single characters (扶|贫|扶|智|扶|志), four at most', () => {
    // The notices' runs are at most four characters (MAX_RUN_CHARS): a longer phrase is found by its parts.
    expect(terms('扶贫扶智扶志是针对哪些人的').slice(0, 2)).toEqual(['扶贫扶智', '扶志']);
  });

  it('joins a lexicon word longer than the notices’ runs', () => {
    // 农业合作社 is five characters; a notice with N95口罩 (a code counts as one) is in repair.test.ts.
    expect(terms('农业合作社应该怎么配合复工?')[0]).toBe('农业合作社');
  });

  it('re-cuts a question word the segmenter split across the next word (哪|天才 -> 哪天|才)', () => {
    expect(terms('售楼处要等到哪天才恢复？')).not.toContain('天才');
    expect(terms('售楼处要等到哪天才恢复？')).toContain('恢复');
  });

  it('corrects one wrong character against the notice, never against a colloquial alias', () => {
    expect(terms('医疗器戒生产企业要做什么')[0]).toMatch(/^医疗器械/);
    expect(terms('培训机构可以恢复线下课程吗')).not.toContain('线上课程');
  });

  it('reads a slip that is a word (电化, 连系) as the word meant, only where it is a word of its own', () => {
    const lang = answerer.index.lang;
    expect(lang.standardise('应该打那个电化报告')).toContain('电话');
    expect(lang.standardise('要先跟谁连系')).toContain('联系');
    expect(lang.standardise('防空洞在哪里')).toContain('防空洞');
  });

  it('reads dialect question words as standard ones, but not inside other words', () => {
    const lang = answerer.index.lang;
    expect(lang.standardise('你们多会开门')).toBe('你们什么时候开门');
    expect(lang.standardise('这通知是啥时候发的')).toBe('这通知是什么时候发的');
    // 多会 (when) spans the edge of 很多 and 会员: no question there.
    expect(lang.standardise('很多会员单位还没复工')).toBe('很多会员单位还没复工');
    // A single character is read so only as a word of its own: Cantonese 系 (is), not 联系, 体系; 整 (do), not 调整.
    expect(lang.standardise('你系边个')).toBe('你是谁');
    // Cantonese 边个 before a thing's name asks which (边个部门: 哪个部门), before a verb who (边个负责: 谁负责).
    expect(lang.standardise('系边个部门出嘅')).toContain('哪个部门');
    expect(lang.standardise('边个国家疫情严重')).toContain('哪个国家');
    expect(lang.standardise('边个负责')).toContain('谁负责');
    expect(lang.standardise('有冇联系电话')).toContain('联系电话');
    expect(lang.standardise('五个体系是哪五个')).toContain('五个体系');
    expect(lang.standardise('倡议里讲的农业产业结构调整')).toContain('结构调整');
    // Nor inside a standard question word: 么样 (Wuhan: how) is no dialect in 什么样 (what kind of), which had left 什.
    expect(lang.standardise('什么样的人可以献血')).toBe('什么样的人可以献血');
    expect(lang.standardise('信里是么样说的')).toBe('信里是怎么样说的');
  });

  it('reads A-not-AB and potential complements as asking whether (支不支持, 进得去), but not a question word or must', () => {
    const lang = answerer.index.lang;
    expect(lang.standardise('协会支不支持打折促销')).toBe('协会是否支持打折促销');
    expect(lang.standardise('能不能指定用途')).toBe('能不能指定用途');
    // A modal around its verb (能卖不能卖) asks as 能不能卖: 不能 is then no word of the question's content.
    expect(lang.standardise('刺身现在还能卖不能卖')).toBe('刺身现在还能不能卖');
    expect(lang.standardise('我们可以开门不可以开门')).toBe('我们可以不可以开门');
    expect(lang.standardise('没戴口罩进得去大厅不嘛')).toBe('没戴口罩能进大厅不嘛');
    expect(lang.standardise('年货展销会还整得成不')).toContain('能整');
    expect(lang.standardise('还得去社区登记吗')).toBe('还得去社区登记吗');
  });

  it('takes out the spaces that space out a line of Chinese, not those beside Latin text', () => {
    expect(withoutSpacing('联 系 人：朱 玲')).toBe('联系人：朱玲');
    expect(withoutSpacing('地\u3000\u3000址：成都')).toBe('地址：成都');
    expect(withoutSpacing('N95 口罩 100 只')).toBe('N95 口罩 100 只');
  });

  it('knows fillers glued by the segmenter', () => {
    expect(isFiller('我是', answerer.index.lang)).toBe(true);
    expect(isFiller('该做', answerer.index.lang)).toBe(true);
    expect(isFiller('慈善', answerer.index.lang)).toBe(false);
    // Cantonese 啲 (the, some) names nothing: as 些 or 点 it matched 重点.
    expect(terms('啲農民工返工，協會要叫企業做啲咩？')).not.toContain('啲');
    // A clause closing on 不 (before 嘛) asks yes or no: that 不 is no word asked about; one inside a clause is.
    expect(terms('今年会费还要交不嘛？')).not.toContain('不');
    expect(terms('不戴口罩能进大厅吗').join(' ')).toContain('不');
  });

  it('maps English to the notice terms', () => {
    expect(englishTerms('Who issued this notice?', answerer.index.lang)).toEqual([['发出', 'issued']]);
    expect(englishTerms('What should charities do?', answerer.index.lang)).toEqual([expect.arrayContaining(['慈善', 'charities'])]);
    expect(englishTerms('How many rural poor people remain?', answerer.index.lang).flat()).toEqual(expect.arrayContaining(['农村贫困人口', '剩余']));
    // A two-word compound no lexicon knows whole is read as its words; a longer one is a set phrase, kept whole.
    expect(englishTerms('Who fights price-hike rumours?', answerer.index.lang)).toContainEqual(expect.arrayContaining(['哄抬物价', 'price hike']));
    expect(englishTerms('Is the work-from-home rule over?', answerer.index.lang)[0]).toEqual(['work-from-home']);
    // A possessive is its word.
    expect(englishTerms("the charity's duty", answerer.index.lang).flat()).toContain('慈善');
    // A consonant doubled before -ing or -ed is one: cutting is cut, stopped is stop; calling stays call.
    expect(englishTerms('cutting fees', answerer.index.lang).flat()).toContain('减免');
    expect(englishTerms('meetings stopped', answerer.index.lang).flat()).toContain('暂停');
  });

  it('reads no thing asked in an adverb no lexicon knows (physically, actually), and keeps words that only end in -ly', () => {
    const words = (q: string) => englishTerms(q, answerer.index.lang).flat();
    expect(words('Where do I physically drop off donated masks?')).not.toContain('physically');
    expect(words('Where do I physicaly drop off donated masks?')).not.toContain('physicaly');
    expect(words('Can my family apply?')).toEqual(expect.arrayContaining(['family']));
  });

  it('reads a date written in English as notices write it (January 27 -> 1月27日), and no month that is an everyday word', () => {
    const dates = (q: string) =>
      englishTerms(q, answerer.index.lang)
        .filter((c) => /月/.test(c[0]!))
        .map((c) => c[0]);
    expect(dates('How many cases did Yunnan have as of January 27?')).toEqual(['1月27日']);
    expect(dates('Is the Feb 14th registration cancelled?')).toEqual(['2月14日']);
    expect(dates('What happens on the 2nd of February, and on 14 Feb?')).toEqual(['2月2日', '2月14日']);
    // A month with no day is left to the lexicons (lay-english.json): may and march alone are the words, not the months;
    // in March is the month.
    expect(dates('May I march to register?')).toEqual([]);
    expect(dates('May I register in March?')).toEqual(['3月']);
  });

  it('reads a long mistyped English word as the nearest lexicon word, and leaves short real words alone', () => {
    expect(englishTerms('constuction', answerer.index.lang).flat()).toContain('建筑');
    expect([undefined, 'raise']).toContain(answerer.index.lang.englishTypo('raise'));
    expect(answerer.index.lang.englishTypo('buy')).toBeUndefined();
  });

  it('never reads a real English word as a lexicon word one letter away or one it begins (english-words.json)', () => {
    const lang = answerer.index.lang;
    for (const real of ['fixed', 'salmon', 'president', 'kind', 'public', 'across']) expect(lang.englishTypo(real), real).toBeUndefined();
    expect(lang.englishTypo('temprature')).toBe('temperature');
    // An abbreviation stands for the word it begins, whose forms and listed misspellings all mean one thing.
    expect(englishTerms('assoc', lang).flat()).toContain('协会');
    // A lexicon listing the plural alone still reads the singular: material -> materials -> 物资.
    expect(englishTerms('material shortage', lang).flat()).toContain('物资');
  });

  it('reads no goods in the adjective good, whose stem the plural goods shares (englishStopWords)', () => {
    const words = (q: string) => englishTerms(q, answerer.index.lang).flat();
    expect(words('Can you recommend a good restaurant?')).not.toContain('物资');
    expect(words('Where do donated goods go?')).toContain('物资');
  });

  it('reads a British spelling as the American one a notice glossary (CC-CEDICT) holds', () => {
    // The Beijing notice's glossary has rumors -> 传谣; the lexicon alone maps rumours to 谣言, a word it lacks.
    const lang = otherNoticeAnswerer('beijing-shzzglzx').index.lang;
    expect(englishTerms('any rumours?', lang).flat()).toContain('传谣');
    expect(englishTerms('any rumors?', lang).flat()).toContain('传谣');
  });

  it('a broken list of English words is refused with its name and line', () => {
    const dir = knowledgeCopy({ file: 'english-words.json', change: (t) => t.replace('"words": "', '"words": "Fixed ') });
    expect(loadError(dir).message).toMatch(/english-words\.json:3: .*lower-case English words/);
  });

  it('corrects a typo of a word both a lexicon and the stop list hold (jounalist), which two copies made ambiguous', () => {
    expect(answerer.index.lang.englishTypo('jounalist')).toBe('journalist');
  });

  it('counts two swapped letters as one slip (abuot, hosptial)', () => {
    expect(editDistance('abuot', 'about', 1)).toBe(1);
    expect(editDistance('hosptial', 'hospital', 1)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('finds the notice word that holds a question word with one character added inside', () => {
    const vocab = new Vocabulary();
    vocab.addDocument([['捐款物资', '物资', '捐款', '管理']]);
    expect(vocab.withOneMore('捐物资')).toEqual(['捐款物资']);
    // Added at an end is another word (物资 is not 捐物资 less a character inside), and two added are none.
    expect(vocab.withOneMore('款物资')).toEqual([]);
    expect(vocab.withOneMore('捐资')).toEqual([]);
  });

  it('reads an English word no lexicon gives by another of the same stem, and a misspelt one as the word meant', () => {
    const lang = realKnowledge().answerer.index.lang;
    // organisational: only organisation and organise are glossed; medically: medical.
    expect(lang.englishMeaning('organisational')).toBeUndefined();
    expect(englishTerms('organisational', lang)[0]).toContain('组织');
    expect(englishTerms('medically', lang)[0]).toContain('医疗');
    // offical is no word: corrected to official, not stemmed to offic (office).
    expect(lang.englishByStem('offical')).toBeUndefined();
  });

  it('keeps a courtesy word a notice uses when it is asked about (有没有感谢大家), and drops it closing a message', () => {
    const a = otherNoticeAnswerer('changsha-');
    expect(queryTerms('协会最后有没有感谢大家', a.index.vocab, a.index.lang)).toContain('感谢');
    expect(queryTerms('协会要捐什么？感谢大家', a.index.vocab, a.index.lang)).not.toContain('感谢');
  });
});

describe('English with a few Chinese characters', () => {
  it('is English when a name or a plate is all that is Chinese, and Chinese when the Chinese says more', () => {
    expect(cleanQuestion('My car has an out-of-province plate, not 皖R. Can I drive into Dongzhi county?').english).toBe(true);
    expect(cleanQuestion('我想问一下 the app 怎么下载').english).toBe(false);
    expect(cleanQuestion('何园 open?').english).toBe(false);
  });
  it('reaches the notice through its English words and its Chinese ones', () => {
    const a = otherNoticeAnswerer('dongzhi-').answer('My car has an out-of-province plate, not 皖R. Can I drive into Dongzhi county?');
    expect(a.answered).toBe(true);
    expect(a.lang).toBe('en');
    expect(a.citations[0]?.paragraph).toBe(5);
  });
});
