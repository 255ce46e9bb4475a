// Places in questions and notices (knowledge/places.json): a place outside a notice's region is asked about
// somewhere else; one inside it, holding it, or named by the notice is not.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { withCorrections } from '../../src/search/corrected-text.js';
import { FEATURES } from '../../src/search/decide.js';
import { NoticePlaces, placesIn } from '../../src/search/places.js';
import { citedParagraph, knowledgeWith, otherNoticeAnswerer, otherNotices } from '../support/eval-sets.js';
import { realKnowledge } from '../support/knowledge.js';

describe('places', () => {
  const { kb } = realKnowledge();
  const places = kb.language.places;

  it('finds places by the names people use, longest first', () => {
    expect(placesIn('成都市红十字会的账号', places)).toEqual([['5101']]);
    expect(placesIn('我们是黔东南的', places)).toEqual([['5226']]);
    expect(placesIn('毕节威宁那边', places)).toEqual([['5205'], ['520526']]);
    expect(placesIn('慈善组织要做什么', places)).toEqual([]);
    // Provinces and prefectures by their romanised names, as whole words only (no 吉安 inside qijiang).
    expect(placesIn('What did the Chengdu Red Cross pledge?', places)).toEqual([['5101']]);
    expect(placesIn('does the qijiang appeal say', places)).toEqual([]);
    expect(placesIn('shaanxi', places)).toEqual([['61']]);
  });

  it('knows other countries: one a question names is outside a notice’s region, unless the notice speaks of abroad', () => {
    expect(placesIn('法国的首都是哪里', places)).toEqual([['990250']]);
    expect(placesIn("What's the capital of France?", places)).toEqual([['990250']]);
    // English country names that are everyday words are no country (turkey, chad).
    expect(placesIn('Can we still buy turkey for the feast?', places)).toEqual([]);
    // 巴中's notice on donations: the capital of France is asked of somewhere else ("capital" is its 资金).
    expect(citedParagraph('bazhong-', "What's the capital of France?")).toBeUndefined();
    // 丽水's letter to its people overseas (海外侨胞): where they live abroad is within what it speaks of.
    expect(citedParagraph('lishui-', '我爸在西班牙想回国，青田县的咨询热线是多少？')).toBe(15);
  });

  it('in a question, a short name counts only as a word of its own (迁安 is no place in 搬迁安置)', () => {
    const noticePlaces = new NoticePlaces(places);
    expect(noticePlaces.in('易地搬迁安置点那边，社会组织要参与什么建设？')).toEqual([]);
    expect(noticePlaces.in('迁安那边的社会组织要做什么？')).toEqual([['130283']]);
    expect(noticePlaces.in('成都市红十字会的账号')).toEqual([['5101']]);
    // The gz notice answers, where 迁安 (Hebei) made it a question about somewhere else.
    expect(realKnowledge().answerer.answer('易地搬迁安置点那边，社会组织要参与啥子建设嘛？').citations[0]?.paragraph).toBe(3);
  });

  it('a notice’s glossary gives a place it names by its romanised name, not by another place’s dictionary entry', () => {
    // CC-CEDICT glosses 景宁县 as a county "in Lishui, Zhejiang": lishui must not lead to it.
    const lishui = otherNotices().find((n) => n.slug.startsWith('lishui-'))!;
    const english = loadKnowledge(knowledgeWith([lishui.notice])).notices[0]!.english;
    const said = (w: string) => english.filter((e) => e.said.includes(w)).flatMap((e) => e.means);
    expect(said('lishui').sort()).toEqual(['丽水', '丽水市']);
    expect(said('jingning')).toContain('景宁县');
  });

  it('a notice’s glossary gives its issuer’s own name in pinyin, as English speakers write a name (Tongzhou)', () => {
    const pingchang = otherNotices().find((n) => n.slug.startsWith('pingchang-'))!;
    const english = loadKnowledge(knowledgeWith([pingchang.notice])).notices[0]!.english;
    expect(english.filter((e) => e.said.includes('tongzhou')).flatMap((e) => e.means)).toEqual(['同州']);
    expect(citedParagraph('pingchang-', 'Which number do I call in Tongzhou to report a neighbour who broke home quarantine?')).toBe(4);
  });

  it('a romanised name the notice’s glossary reads as its own place (jingzhou: 靖州) is no other place it also spells (荆州)', () => {
    const jingzhou = otherNotices().find((n) => n.slug.startsWith('jingzhou-fkzhb'))!;
    const notice = loadKnowledge(knowledgeWith([jingzhou.notice])).notices[0]!;
    const noticePlaces = new NoticePlaces(places);
    expect(noticePlaces.outside(noticePlaces.in('rural markets in Jingzhou county'), notice)).toBe(false);
    // 荆州 written in Chinese is still another place.
    expect(noticePlaces.outside(noticePlaces.in('荆州的农村集贸市场'), notice)).toBe(true);
    expect(citedParagraph('jingzhou-fkzhb', 'Jingzhou county: are live poultry sales still banned at the rural markets?')).toBe(2);
  });

  it('where an English-speaking asker is, is no place asked about', () => {
    const ql = realKnowledge().answerer.index.lang;
    expect(placesIn(ql.withoutAskerPlace("I'm a reporter based in Beijing. What should charities do?"), places)).toEqual([]);
    expect(placesIn(ql.withoutAskerPlace('What should charities in Beijing do?'), places)).toEqual([['11']]);
  });

  it('a place outside the notice’s home that the notice does not name is somewhere else', () => {
    const bazhong = otherNotices().find((n) => n.slug.startsWith('bazhong-'))!;
    const notice = loadKnowledge(knowledgeWith([bazhong.notice])).notices[0]!;
    const reader = new NoticePlaces(places);
    const outside = (q: string) => reader.outside(reader.in(q), notice);
    // Its home is 巴州区: the city in the same province is elsewhere; the district, its city and province are not.
    expect(outside('成都市红十字会的捐款账号是多少')).toBe(true);
    expect(outside('通江县也收捐赠吗')).toBe(true);
    expect(outside('巴州区红十字会的账号是多少')).toBe(false);
    expect(outside('四川巴中哪里可以捐')).toBe(false);
    expect(outside('捐款账号是多少')).toBe(false);
  });

  it('where the asker is (我在成都打工) is context, not a place asked about', () => {
    const answerer = otherNoticeAnswerer('bazhong-');
    const otherPlace = (q: string) => answerer.explain(q).features?.[FEATURES.indexOf('otherPlace')];
    expect(otherPlace('我在成都打工，想给巴州区捐款，账户是哪个？')).toBe(0);
    expect(otherPlace('成都市红十字会的捐款账号是多少')).toBe(1);
  });

  it('a place the notice is of, or holding one it names, is a word it holds, though it writes the name whole', () => {
    const bazhong = otherNotices().find((n) => n.slug.startsWith('bazhong-'))!;
    const notice = loadKnowledge(knowledgeWith([bazhong.notice])).notices[0]!;
    const reader = new NoticePlaces(places);
    // 巴州区红十字会: 巴中 and 四川 hold it; 通江 is a county of the same city that it never names, 成都 another city.
    for (const name of ['巴中', '巴州', '四川']) expect(reader.names(name, notice)).toBe(true);
    for (const name of ['通江', '成都', '湖南', '社会组织']) expect(reader.names(name, notice)).toBe(false);
    // 福州 of a 福州市民政局 notice is not "a thing it does not mention": the question is answered.
    expect(otherNoticeAnswerer('fuzhou-').answer('福州民政局喊我们去哪里看通知嘛？').answered).toBe(true);
  });

  it('a notice that names no place of its own has no region to be outside of', () => {
    const national = otherNotices().find((n) => n.slug.startsWith('china-'))!;
    const notice = loadKnowledge(knowledgeWith([national.notice])).notices[0]!;
    const reader = new NoticePlaces(places);
    expect(reader.outside(reader.in('成都的研讨会延期了吗'), notice)).toBe(false);
  });

  it('the places a notice’s region and issuer name are its own name, not what a question asks about', () => {
    // 江苏苏州, 苏州市…领导小组: 苏州 in a question points at the notice, as its issuer's name does.
    const names = otherNoticeAnswerer('suzhou-').index.noticeNames;
    for (const name of ['苏州', '苏州市', '江苏', '江苏省']) expect(names.has(name)).toBe(true);
    expect(names.has('南京')).toBe(false);
    const bazhong = otherNoticeAnswerer('bazhong-').index.noticeNames;
    for (const name of ['巴中', '巴中市', '巴州区', '四川']) expect(bazhong.has(name)).toBe(true);
  });

  it('a place mistyped by sound (日西乡 for 日溪乡) is the notice’s own, not the county its tail names (西乡, Shaanxi)', () => {
    const letter = otherNoticeAnswerer('jinanqu-');
    expect(withCorrections('日西乡啥时候消杀', ['日溪乡', '消杀'], letter.index.vocab)).toBe('日溪乡啥时候消杀');
    // A text holding every term stays as it is.
    expect(withCorrections('日溪乡啥时候消杀', ['日溪乡', '消杀'], letter.index.vocab)).toBe('日溪乡啥时候消杀');
    const answer = letter.answer('我家在日西乡，啥时候消杀？');
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.paragraph).toBe(2);
  });
  it('where the asker is or comes from (我係梅州人, 由深圳返) is their story: no place the notice lacks', () => {
    // A 大埔 notice for people coming home, asked by someone from 梅州 coming back from 深圳, in Cantonese and in Mandarin.
    expect(citedParagraph('dabu-', '我係梅州人，琴日由深圳返大埔屋企，之後要點做？')).toBe(4);
    expect(citedParagraph('dabu-', '我是梅州人，从深圳回大埔家里，到家以后要做什么？')).toBe(4);
  });
  it('a romanised name the notice’s glossary reads as a name of its own is no place elsewhere (Heyuan of 何园, not 河源)', () => {
    expect(citedParagraph('yangzhou-', 'Visiting Heyuan in Yangzhou next week: do I need a mask and a temperature check at the gate?')).toBe(4);
  });
});
