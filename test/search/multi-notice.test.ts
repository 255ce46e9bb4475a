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

  it('loads both; the newest is the one paragraph numbers refer to', () => {
    expect(kb.notices.map((n) => n.id).sort()).toEqual(['gz-mzt-2020-02-20', 'gz-mzt-2021-01-05']);
    expect(primaryNotice(kb).id).toBe('gz-mzt-2021-01-05');
    expect(answerer.answer('第2段说了什么').citations[0]).toMatchObject({ notice: 'gz-mzt-2021-01-05', paragraph: 2 });
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
