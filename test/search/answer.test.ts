import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/search/render-text.js';
import { realKnowledge } from '../support/knowledge.js';

const { kb, answerer } = realKnowledge();
const ask = (q: string) => answerer.answer(q);
const text = (q: string) => renderText(answerer.answer(q), kb);

describe('answers cite the notice', () => {
  it('quotes the sector sentence, not the whole paragraph', () => {
    const a = ask('慈善组织要做什么?');
    expect(a.answered).toBe(true);
    expect(a.citations[0]).toMatchObject({ notice: 'gz-mzt-2020-02-20', paragraph: 4, sentence: 8 });
    expect(a.sectors).toEqual(['charity']);
    const t = text('慈善组织要做什么?');
    expect(t).toContain('《贵州省民政厅倡议》第4段第8句\uFF08三要发挥优势\uFF09');
    expect(t).toContain('湖北鄂州');
    expect(t).not.toContain('防疫物资');
    expect(a.paragraph).toEqual({ notice: 'gz-mzt-2020-02-20', number: 4 });
  });

  it('answers in the script of the question', () => {
    const t = text('學校什麼時候能開學?');
    expect(ask('學校什麼時候能開學?').lang).toBe('zh-Hant');
    expect(t).toContain('《貴州省民政廳倡議》第4段第7句');
    expect(t).toContain('暫時關閉');
    expect(t).not.toContain('暂时关闭');
  });

  it('reaches the same sentences from English', () => {
    const a = ask('What should medical associations do?');
    expect(a.lang).toBe('en');
    expect(a.citations[0]).toMatchObject({ paragraph: 4, sentence: 2 });
    expect(text('What should medical associations do?')).toMatch(/^Guizhou Civil Affairs call to social organisations, paragraph 4, sentence 2/);
    expect(ask('Who issued this notice?').citations[0]).toMatchObject({ paragraph: 1, sentence: 1 });
    // "why it matters" asks for the 重要性 that paragraph 2 states (knowledge/lexicon/lay-english.json).
    expect(ask('Why does it matter so much that companies resume work now?').citations[0]).toMatchObject({ paragraph: 2 });
    // A geographer's term (rocky desertification, 石漠化) reaches the region the notice names (knowledge/lexicon/english.json).
    expect(ask('Which areas with rocky desertification does the Guizhou appeal mention?').citations[0]).toMatchObject({ paragraph: 3 });
    // Poor areas are the 深度贫困地区 it names, not only 欠发达地区 (knowledge/lexicon/lay-english.json).
    expect(ask('Which poor areas of Guizhou does the initiative ask social organisations to focus on?').citations[0]).toMatchObject({ paragraph: 3 });
  });

  it('still matches with one wrong character', () => {
    expect(ask('医疗器戒生产企业要做什么').citations[0]).toMatchObject({ paragraph: 4, sentence: 2 });
  });

  it('names sectors the way people do', () => {
    expect(ask('我开饭店的,现在该干嘛').sectors).toEqual(['food-retail']);
    expect(ask('供电行业的协会该干什么').sectors).toEqual(['utilities']);
    expect(ask('农业合作社应该怎么配合复工?').sectors).toEqual(['agriculture']);
  });

  it('quotes each sector a question names', () => {
    const a = ask('医院和学校分别要做什么?');
    expect(a.sectors.sort()).toEqual(['education', 'medical']);
    expect(a.citations).toHaveLength(2);
  });
});

describe('questions about the notice itself', () => {
  it('a paragraph by its number, a point by its number', () => {
    expect(ask('第5段说了什么')).toMatchObject({ kind: 'paragraph', paragraph: { number: 5 } });
    expect(ask('第一条是什么')).toMatchObject({ kind: 'paragraph', paragraph: { number: 2 } });
    // The first without 第, as Southwest Mandarin and Cantonese say it.
    expect(ask('倡议头一条讲的啥子嘛？')).toMatchObject({ kind: 'paragraph', paragraph: { number: 2 } });
    expect(ask('倡議頭一條講咩？')).toMatchObject({ kind: 'paragraph', paragraph: { number: 2 } });
    expect(ask('第三个要求')).toMatchObject({ kind: 'paragraph', paragraph: { number: 4 } });
    expect(ask('paragraph 3')).toMatchObject({ kind: 'paragraph', paragraph: { number: 3 } });
    expect(ask('最后一段')).toMatchObject({ kind: 'paragraph', paragraph: { number: 5 } });
    // What it calls for at the end (最后喊的口号, 最后号召): its closing paragraph.
    expect(ask('倡议最后喊嘞那句口号是哪样嘛')).toMatchObject({ kind: 'paragraph', paragraph: { number: 5 } });
  });

  it('a long paragraph is shown as its first sentence, the rest one step away', () => {
    const t = text('第三条讲了什么?');
    expect(t).toContain('三要发挥优势');
    expect(t).toContain('/p 4');
    expect(t.length).toBeLessThan(500);
  });

  it('a paragraph that does not exist', () => {
    const a = ask('第9段说了什么');
    expect(a.answered).toBe(false);
    expect(a.suggestions.map((s) => s.label)).toEqual(['一要认清形势', '二要扛起责任', '三要发挥优势']);
  });

  it('an outline of the three points', () => {
    const a = ask('倡议主要讲了什么?');
    expect(a.kind).toBe('outline');
    expect(a.citations.map((c) => c.paragraph)).toEqual([2, 3, 4]);
    // "three" of "the three points" names nothing the outline does not.
    expect(ask('What are the three points?').kind).toBe('outline');
    // ...while a sector's points are that sector's duty, not the outline.
    expect(ask('慈善组织的要点').kind).not.toBe('outline');
  });

  it('who issued it and when', () => {
    expect(ask('倡议是什么时候发布的?').citations[0]).toMatchObject({ paragraph: 1, sentence: 1 });
    // Who and when, said in one sentence (this notice has no signature or date line): quoted once.
    expect(ask('Who issued this call and when?').citations).toHaveLength(1);
    expect(text('这份倡议是谁发出的?')).toContain('贵州省民政厅');
    // ...and which department put it out (哪个部门出的), in Cantonese too (邊個部門出嘅): the department's verb asks nothing.
    expect(text('这个倡议是哪个部门出的？')).toContain('贵州省民政厅');
    expect(text('呢個倡議係邊個部門出嘅？')).toContain('貴州省民政廳');
  });
});

describe('abstaining', () => {
  it.each(['今天天气怎么样?', '推荐一家火锅店', '比特币现在多少钱', 'asdfghjkl', '你好', '社保怎么交', '口'])('%s is not covered', (q) => {
    const a = ask(q);
    expect(a.answered).toBe(false);
    expect(a.citations).toEqual([]);
  });

  it('says so plainly and suggests /sectors and two example questions', () => {
    const t = text('比特币现在多少钱');
    expect(t).toContain('倡议里没有提到这个问题');
    expect(t).toContain('/sectors');
    expect(t.split('\n').filter((l) => l.startsWith('· '))).toHaveLength(2);
  });

  it('offers did-you-mean choices when several sentences fit about equally', () => {
    const a = ask('行业协会商会要做什么?');
    expect(a.answered).toBe(true);
    expect(a.suggestions.length).toBeGreaterThan(0);
    expect(a.suggestions.length).toBeLessThanOrEqual(3);
  });
});

describe('bad input', () => {
  it.each(['', '   ', '\u200B\u200B', '😀😀😀', '\u0000\u0007'])('%j gets a clear message', (q) => {
    const a = ask(q);
    expect(a.kind).toBe('empty');
    expect(renderText(a, kb)).toContain('请用文字输入您的问题');
  });

  it('a 10,000-character question is cut to the cap and answered on its first part', () => {
    const a = ask(`慈善组织要做什么?${'啊'.repeat(10_000)}`);
    expect(a.truncated).toBe(true);
    expect([...a.question].length).toBe(300);
    expect(a.answered).toBe(true);
    expect(renderText(a, kb)).toContain('问题太长');
  });

  it('HTML in a question is only text', () => {
    const a = ask('<b>慈善组织</b>要做什么?');
    expect(a.citations[0]).toMatchObject({ paragraph: 4, sentence: 8 });
  });
});

describe('a citation pasted back', () => {
  it('answers with that sentence', () => {
    expect(ask('《贵州省民政厅倡议》第4段第8句(三要发挥优势)')).toMatchObject({
      kind: 'match',
      citations: [{ paragraph: 4, sentence: 8 }],
      sectors: ['charity'],
    });
    expect(ask('第二段第一句').citations[0]).toMatchObject({ paragraph: 2, sentence: 1 });
    expect(ask('第4段第20句').answered).toBe(false);
  });
});
