// The order of candidate sentences (src/search/rank.ts), on a real notice with lists (巴中's, imported as an
// operator would): a sentence that announces a list gives way to the item that says what is asked.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { Answerer } from '../../src/search/answer.js';
import { knowledgeWith, otherNotices } from '../support/eval-sets.js';

describe('ranking', () => {
  const bazhong = otherNotices().find((n) => n.slug.startsWith('bazhong-'))!;
  const answerer = new Answerer(loadKnowledge(knowledgeWith([bazhong.notice])));
  const best = (q: string) => answerer.explain(q).candidates[0]!.record.text;

  it('puts the list item asked about before the sentence announcing the list', () => {
    // 下列国家标准： names the standards without giving one; the item names the suits and gives their standard.
    expect(best('防护服要符合哪个国家标准？')).toContain('GB19082');
    expect(best('医用外科口罩要符合什么标准')).toContain('YY0469');
  });

  it('still quotes a sentence that ends in a colon when nothing after it answers better', () => {
    // The opening ends 现将有关捐赠事宜公告如下： and is the one sentence that says what the Red Cross is doing.
    expect(best('巴州区红十字会正在全力参与什么工作')).toMatch(/全力参与.*[：:]$/);
  });
});

describe('kinds of answer', () => {
  const beijing = otherNotices().find((n) => n.slug.startsWith('beijing-'))!;
  const answerer = new Answerer(loadKnowledge(knowledgeWith([beijing.notice])));

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
