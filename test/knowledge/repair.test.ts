import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../src/knowledge/import.js';
import { findUnexplained, repairNotice } from '../../src/knowledge/repair.js';
import { KNOWLEDGE_DIR } from '../../src/paths.js';

const rawFile = join(KNOWLEDGE_DIR, 'raw/000_a42ec6c3778da111.txt');
const raw = readFileSync(rawFile, 'utf8');
const meta = JSON.parse(readFileSync(rawFile.replace(/\.txt$/, '.meta.json'), 'utf8'));
const clean = readFileSync(join(KNOWLEDGE_DIR, 'notices/gz-mzt-2020-02-20.md'), 'utf8');

describe('repairing the received notice', () => {
  it('reproduces the reviewed clean file exactly', () => {
    const result = importNotice(raw, meta);
    expect(result.report.problems).toEqual([]);
    expect(result.file).toBe(clean);
    expect(result.paragraphs).toBe(5);
  });

  it('accounts for every repair it made', () => {
    const { report } = repairNotice(raw, meta.errata);
    // 225 glued pinyin in the received text: 224 removed by the rule, one inside an erratum (規(guī)?;?).
    expect(report.pinyinRemoved).toBe(224);
    expect(report.errataApplied).toBe(2);
    expect(report.commasCollapsed).toBeGreaterThan(50);
  });

  it('leaves no pinyin, question marks, Latin letters or doubled punctuation', () => {
    const body = clean.split('---').slice(2).join('---');
    expect(body).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/);
    expect(body).not.toMatch(/[?A-Za-z]/);
    expect(body).not.toMatch(/[,\uFF0C][,\uFF0C\u3001\u3002\uFF1B\uFF01\uFF1F]/);
    expect(body).not.toMatch(/[,;:!?()]/); // half-width marks in Chinese text
    expect(body).not.toMatch(/[\uFFFD]/);
  });

  it('keeps the real parentheticals and fixes the mojibake', () => {
    expect(clean).toContain('乡镇\uFF08街道\uFF09、村\uFF08社区\uFF09');
    expect(clean).toContain('攻坚战\uFF01\uFF08根据贵州省民政厅信息整理\uFF09');
    expect(clean).toContain('提高规模化、提升组织化程度');
    expect(clean).toContain('\u201C五个体系\u201D建设');
  });

  it('is written in simplified Chinese with full-width punctuation', () => {
    expect(clean).toContain('贵州省民政厅向全省社会组织发出积极响应复工复产工作的倡议');
    expect(clean).not.toContain('貴州');
    expect(clean).toContain('30.83万'); // a decimal point stays half-width
  });

  it('reports what it cannot explain, with line and column', () => {
    const problems = findUnexplained('第一行正常。\n第二行有?和abc。');
    expect(problems[0]).toMatchObject({ line: 2, column: 5, char: '?' });
    expect(problems.map((p) => p.char)).toEqual(['?', 'a', 'b', 'c']);
    const { report } = repairNotice('新的(xīn)损坏?文本');
    expect(report.pinyinRemoved).toBe(1);
    expect(report.problems).toHaveLength(1);
  });
});
