// Follow-up questions read against the conversation before them, on this notice and on another real one.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { type Answer, Answerer } from '../../src/search/answer.js';
import type { Conversation } from '../../src/search/follow-up.js';
import { renderText } from '../../src/search/render-text.js';
import { knowledgeWith, otherNotices } from '../support/eval-sets.js';
import { realKnowledge } from '../support/knowledge.js';

const { kb, answerer } = realKnowledge();

/** Every message answered in one chat; the answers in order. */
function chat(a: Answerer, ...messages: string[]): Answer[] {
  let conversation: Conversation | undefined;
  return messages.map((m) => {
    const answer = a.answer(m, conversation);
    conversation = answer.conversation ?? conversation;
    return answer;
  });
}

const cited = (a: Answer) => a.citations.map((c) => `${c.paragraph}.${c.sentence}`);

describe('follow-ups on this notice', () => {
  it('an elided subject takes the question before it: 那餐饮呢, and volunteers?', () => {
    const [first, next] = chat(answerer, '慈善组织要做什么？', '那餐饮呢？');
    expect(cited(first!)).toEqual(['4.8']);
    expect(next!.answered).toBe(true);
    expect(next!.sectors).toContain('food-retail');
    expect(next!.followUp?.topic).toBe('餐饮');
    expect(renderText(next!, kb)).toMatch(/^关于餐饮：/);
    const [, en] = chat(answerer, 'What should charities do?', 'and volunteers?');
    expect(en!.answered).toBe(true);
    expect(en!.sectors).toContain('volunteer-community');
  });

  it('an elided question asks about the subject before it; the reason the notice gives answers "why"', () => {
    const [, why] = chat(answerer, '慈善组织要做什么？', '为什么？');
    expect(why!.answered).toBe(true);
    expect(cited(why!)[0]).toMatch(/^2\./);
    expect(renderText(why!, kb)).toContain('重要意义');
  });

  it('a date the notice sets for others is not the asker’s: said so, and shown as related', () => {
    const [, when] = chat(answerer, '慈善组织要做什么？', '截止到什么时候？');
    expect(when!.answered).toBe(false);
    expect(when!.lacks).toEqual({ type: 'time', topic: '慈善组织' });
    const t = renderText(when!, kb);
    expect(t).toContain('倡议没有说到慈善组织的时间');
    expect(t).toContain('2月底前');
  });

  it('when? of a subject whose sentence has no date: says so, shows the date the notice does set (not its own date)', () => {
    const [, when] = chat(answerer, '教育类协会要做什么?', '什么时候能恢复?');
    expect(when!.answered).toBe(false);
    expect(when!.lacks?.topic).toBe('教育类协会');
    expect(cited({ ...when!, citations: when!.related.map((r) => ({ ...r, score: 1 })) })).toEqual(['2.3']);
    // A short question naming a subject of its own is no follow-up.
    const [, school] = chat(answerer, '慈善组织要做什么？', '学校什么时候能开学?');
    expect(school!.followUp).toBeUndefined();
    expect(cited(school!)).toEqual(['4.7']);
  });

  it('the next and the previous sentence, across paragraphs', () => {
    const [, next, back] = chat(answerer, '慈善组织要做什么？', '下一句', '上一句');
    expect(cited(next!)).toEqual(['4.9']);
    expect(cited(back!)).toEqual(['4.8']);
    const [, none] = chat(answerer, '第5段第2句', 'next');
    expect(none!.answered).toBe(false);
  });

  it('a whole new question stands alone, and off-topic follow-ups are still declined', () => {
    const [, other] = chat(answerer, '慈善组织要做什么？', '重点企业什么时候复工复产？');
    expect(other!.answered).toBe(true);
    expect(other!.followUp).toBeUndefined();
    expect(renderText(other!, kb)).toContain('2月底前');
    const [, trap] = chat(answerer, '慈善组织要做什么？', '今天天气怎么样？');
    expect(trap!.answered).toBe(false);
  });

  it('greetings and thanks are answered in kind, whatever came before', () => {
    const [hi, thanks] = chat(answerer, '你好', '谢谢！');
    expect(hi!.kind).toBe('greeting');
    expect(thanks!.kind).toBe('thanks');
    expect(renderText(hi!, kb)).toContain('慈善组织应该做什么');
    expect(answerer.answer('hi').lang).toBe('en');
  });

  it('a sentence number the paragraph does not have: says how many it has', () => {
    const a = answerer.answer('第4段第20句');
    expect(a.missing).toEqual({ notice: 'gz-mzt-2020-02-20', paragraph: 4, sentence: 20, count: 9 });
    expect(renderText(a, kb)).toContain('第4段共有9句，没有第20句');
    expect(cited(answerer.answer('paragraph 4, sentence 8'))).toEqual(['4.8']);
    expect(cited(answerer.answer('Guizhou Civil Affairs call to social organisations, paragraph 4, sentence 8'))).toEqual(['4.8']);
  });
});

describe('follow-ups on another real notice (no sectors, no profile)', () => {
  const wuhan = otherNotices().find((n) => n.slug.startsWith('wuhan'));
  it.runIf(wuhan)('a paragraph named by number is of the notice in the conversation', () => {
    const two = loadKnowledge(knowledgeWith([join(import.meta.dirname, '../../knowledge/notices'), wuhan!.notice]));
    const a = new Answerer(two);
    const [first, para] = chat(a, '刺身还能卖吗', '第3段呢');
    expect(first!.citations[0]?.notice).toBe(wuhan!.slug);
    expect(para!.citations[0]).toMatchObject({ notice: wuhan!.slug, paragraph: 3 });
  });
});

describe('a business owner asking a notice addressed to associations', () => {
  it('is told whom it addresses, then gets the sector’s sentence', () => {
    const owner = answerer.answer('我开饭店的，要做什么?');
    expect(owner.addressedTo?.['zh-Hans']).toContain('社会组织');
    expect(renderText(owner, kb)).toMatch(/^这份倡议是写给全省社会组织.*\n《贵州省民政厅倡议》第4段第5句/);
    // An association asking gets no such line.
    expect(answerer.answer('餐饮行业协会要做什么?').addressedTo).toBeUndefined();
  });
});
