// Several notices in knowledge/notices: every citation names its notice.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { primaryNotice } from '../../src/knowledge/types.js';
import { Answerer } from '../../src/search/answer.js';
import { renderText } from '../../src/search/render-text.js';
import { knowledgeCopy } from '../support/knowledge.js';

const SECOND = `---
id: gz-mzt-2021-01-05
title: 贵州省民政厅关于做好社会组织年度检查工作的通知
short_title: 年检通知
title_en: Guizhou Civil Affairs notice on annual inspections
issuer: 贵州省民政厅
issuer_en: Guizhou Provincial Department of Civil Affairs
date: 2021-01-05
region: 贵州
source: test
---

1月5日,贵州省民政厅发布社会组织年度检查工作通知。

一要按时报送,各社会组织应于3月31日前通过网上平台报送年度工作报告。年度工作报告须经理事会审议通过。

二要如实填报,对年检中弄虚作假的社会组织依法予以处理。
`;

describe('two notices', () => {
  const dir = knowledgeCopy();
  writeFileSync(join(dir, 'notices/gz-mzt-2021-01-05.md'), SECOND);
  const kb = loadKnowledge(dir);
  const answerer = new Answerer(kb);

  it('loads both; a numbered part goes to the notice named, to the only one that has it, or asks which', () => {
    expect(kb.notices.map((n) => n.id).sort()).toEqual(['gz-mzt-2020-02-20', 'gz-mzt-2021-01-05']);
    expect(primaryNotice(kb).id).toBe('gz-mzt-2021-01-05');
    // Named by its kind (通知) or its title words (年检).
    expect(answerer.answer('通知第2段说了什么').citations[0]).toMatchObject({ notice: 'gz-mzt-2021-01-05', paragraph: 2 });
    expect(answerer.answer('倡议第2段说了什么').citations[0]).toMatchObject({ notice: 'gz-mzt-2020-02-20', paragraph: 2 });
    // Only the call has a fifth paragraph and a third point.
    expect(answerer.answer('第5段说了什么').citations[0]).toMatchObject({ notice: 'gz-mzt-2020-02-20', paragraph: 5 });
    expect(answerer.answer('第三条讲了什么').citations[0]).toMatchObject({ notice: 'gz-mzt-2020-02-20', paragraph: 4 });
    // Both have a second paragraph: ask which, one choice per notice.
    const which = answerer.answer('第2段说了什么');
    expect(which.answered).toBe(false);
    expect(which.suggestions.map((x) => x.ref.notice).sort()).toEqual(['gz-mzt-2020-02-20', 'gz-mzt-2021-01-05']);
  });

  it('one answer quoting two notices shows each quote under its own notice', () => {
    const a = answerer.quoteAnswer(
      { notice: 'gz-mzt-2021-01-05', paragraph: 2, sentence: 1 },
      { question: 'x', script: 'hans', lang: 'zh-Hans', truncated: false },
    );
    const both = { ...a, quotes: [...a.quotes, { notice: 'gz-mzt-2020-02-20', paragraph: 4, sentence: 8 }] };
    const text = renderText(both, kb);
    expect(text).toContain('《年检通知》第2段第1句');
    expect(text).toContain('《贵州省民政厅倡议》第4段第8句');
    expect(text).toContain('湖北鄂州');
  });

  it('every word a reader sees follows the kind of the notice', () => {
    expect(kb.notices.find((n) => n.id === 'gz-mzt-2021-01-05')!.kind['zh-Hans']).toBe('通知');
    expect(kb.notices.find((n) => n.id === 'gz-mzt-2020-02-20')!.kind['zh-Hans']).toBe('倡议');
    // The newest notice is a 通知: a question it does not cover says so in its words.
    expect(renderText(answerer.answer('今天天气怎么样'), kb)).toContain('通知里没有提到');
  });

  it('each answer cites the notice it quotes', () => {
    const annual = answerer.answer('年度工作报告什么时候报送?');
    expect(annual.citations[0]).toMatchObject({ notice: 'gz-mzt-2021-01-05', paragraph: 2, sentence: 1 });
    expect(renderText(annual, kb)).toContain('《年检通知》第2段第1句');
    const charity = answerer.answer('慈善组织要做什么?');
    expect(charity.citations[0]).toMatchObject({ notice: 'gz-mzt-2020-02-20', paragraph: 4, sentence: 8 });
    expect(renderText(charity, kb)).toContain('《贵州省民政厅倡议》第4段第8句');
  });
});

describe('rebuilding the index in a running bot', () => {
  it('yields to the event loop between notices, so that the old index keeps answering meanwhile', async () => {
    const base = loadKnowledge(knowledgeCopy());
    const many = { ...base, notices: Array.from({ length: 12 }, (_, i) => ({ ...base.notices[0]!, id: `copy-${i}` })), version: 'many' };
    const old = new Answerer(base);
    let answeredMeanwhile = 0;
    const timer = setInterval(() => {
      if (old.answerUncached('慈善组织要做什么').answered) answeredMeanwhile++;
    }, 0);
    const built = await Answerer.build(many);
    clearInterval(timer);
    // The same index as one built at once.
    const direct = new Answerer(many);
    for (const q of ['慈善组织要做什么', '重点企业什么时候复工', '今天天气怎么样']) expect(built.answerUncached(q)).toEqual(direct.answerUncached(q));
    expect(answeredMeanwhile).toBeGreaterThan(3);
  });
});
