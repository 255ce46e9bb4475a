import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../src/knowledge/import.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { findUnexplained, repairNotice } from '../../src/knowledge/repair.js';
import { KNOWLEDGE_DIR } from '../../src/paths.js';
import { Answerer } from '../../src/search/answer.js';
import { knowledgeCopy } from '../support/knowledge.js';

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

// A received donation notice of the kind that could not be imported before (巴中市巴州区红十字会, 2020-02-01):
// legitimate Latin text, addresses and symbols, plus the converter's glued pinyin.
const DONATION_META = {
  id: 'bz-hsh-2020-02-01',
  title: '巴中市巴州区红十字会关于接收捐赠物资的公告',
  short_title: '捐赠公告',
  title_en: 'Bazhou Red Cross notice on donations',
  issuer: '巴中市巴州区红十字会',
  issuer_en: 'Bazhou District Red Cross',
  date: '2020-02-01',
  region: '巴中',
  source: 'test',
};
const DONATION = [
  '2月1日,巴州區(qū)紅十字會接收愛心企業(yè)捐贈N95口罩2000只(符合GB19083-2010標準)、KN95口罩500只,符合GB2626-2006。',
  '捐贈請掃描QR碼或登錄www.example.gov.cn,詳見https://www.example.gov.cn/notice?id=3,郵箱redcross@example.gov.cn。',
  '下載APP登記→①填寫②提交,體溫37.3℃以上請聯系。',
].join('\n');

describe('legitimate Latin text and symbols', () => {
  it('imports a notice with codes, standards, addresses, acronyms and symbols, keeping them', () => {
    const result = importNotice(DONATION, DONATION_META);
    expect(result.report.problems).toEqual([]);
    expect(result.report.pinyinRemoved).toBe(2); // 區(qū), 業(yè)
    for (const kept of [
      'N95口罩',
      '（符合GB19083-2010标准）', // the pair is widened together: "(" touched 只, ")" touched 、
      'KN95口罩',
      'GB2626-2006',
      '扫描QR码',
      '登录www.example.gov.cn，',
      'https://www.example.gov.cn/notice?id=3，',
      '邮箱redcross@example.gov.cn。',
      '下载APP登记→①填写②提交',
      '37.3℃',
    ]) {
      expect(result.file).toContain(kept);
    }
    expect(result.paragraphs).toBe(3);
  });

  it('leaves out a first line that repeats the title (spaced out, or with other punctuation), and keeps any other', () => {
    const body = '各会员单位:\n请做好防护。\n';
    const spaced = importNotice(`倡 议 书\n${body}`, { ...DONATION_META, title: '倡议书' });
    expect(spaced.headingLinesRemoved).toBe(1);
    expect(spaced.paragraphs).toBe(2);
    expect(spaced.file).not.toContain('倡 议 书');
    const punctuated = importNotice(`众志成城,保障供应\n${body}`, { ...DONATION_META, title: '众志成城，保障供应' });
    expect(punctuated.headingLinesRemoved).toBe(1);
    expect(punctuated.paragraphs).toBe(2);
    const other = importNotice(`关于做好防控的倡议\n${body}`, { ...DONATION_META, title: '倡议书' });
    expect(other.headingLinesRemoved).toBe(0);
    expect(other.paragraphs).toBe(3);
  });

  it('leaves out the issuer and the date on lines of their own before the body, in any order, and no line after it', () => {
    const meta = { ...DONATION_META, title: '劝返告知书', issuer: '某县疫情防控指挥部', date: '2020-01-26' };
    const headed = importNotice(`某县疫情防控指挥部\n劝返告知书\n2020-1-26\n各位朋友:\n请做好防护。\n某县疫情防控指挥部\n2020年1月26日\n`, meta);
    expect(headed.headingLinesRemoved).toBe(3);
    expect(headed.file.split('---').at(-1)!.trim().split('\n')[0]).toBe('各位朋友：');
    // The signature and the signed date at the end stay: they are the notice's own lines.
    expect(headed.paragraphs).toBe(4);
    const otherDate = importNotice(`2020年2月3日\n各位朋友:\n请做好防护。\n`, meta);
    expect(otherDate.headingLinesRemoved).toBe(0);
  });

  it('keeps Roman numerals written as such (Ⅰ级应急响应), which are Latin script but no damage', () => {
    const result = importNotice('全省启动重大突发公共卫生事件Ⅰ级应急响应。\n', DONATION_META);
    expect(result.report.problems).toEqual([]);
    expect(result.file).toContain('Ⅰ级应急响应');
  });

  it('loads beside the shipped notice, and questions with Latin words find it', () => {
    const dir = knowledgeCopy();
    writeFileSync(join(dir, `notices/${DONATION_META.id}.md`), importNotice(DONATION, DONATION_META).file);
    const answerer = new Answerer(loadKnowledge(dir));
    for (const q of ['N95口罩有多少', 'n95口罩符合什么标准', 'QR码', '邮箱是什么']) {
      expect(answerer.answer(q).citations[0], q).toMatchObject({ notice: DONATION_META.id });
    }
    for (const q of ['GB19083-2010', 'N95 masks?', 'www.example.gov.cn', 'kg']) expect(() => answerer.answer(q), q).not.toThrow();
  });

  it('accepts units, times, names, document numbers and common symbols', () => {
    const ok = [
      '每人5kg、10 ml、3 km，重量（kg），时间9:00-17:00，共1,000只。',
      '联系人：John Smith (Red Cross)，电话0827-1234567。',
      'WiFi、QQ、PPE、ICU、CT、B超、2019-nCoV、GB/T 2626、e.g. mask。',
      '黔民发〔2020〕5号【通知】※★●○■□◆ ← ↓ ×2 ‰ ⑳ 「」',
      '公防指[2020]4号，可通过“i深圳”APP预约。',
      '按照云文旅明电﹝2020﹞2号文件要求。',
    ];
    for (const line of ok) expect(findUnexplained(line), line).toEqual([]);
  });

  it('makes full-width letters and digits ASCII', () => {
    const { text, report } = repairNotice('捐赠ＫＮ９５口罩２００只。');
    expect(text).toBe('捐赠KN95口罩200只。');
    expect(report.widthNarrowed).toBe(7);
    expect(report.problems).toEqual([]);
  });

  it('puts back the line breaks of a body run into one line (spaces before its numbered items and after its sentences)', () => {
    const { text, report } = repairNotice('现将有关事项公告如下: 1.恢复开放场馆:一楼展厅。 2.恢复开放时间:每天9:00开放。 3.暂停团体接待。 感谢您的支持!');
    expect(text.split('\n')).toEqual([
      '现将有关事项公告如下：',
      '1.恢复开放场馆：一楼展厅。',
      '2.恢复开放时间：每天9:00开放。',
      '3.暂停团体接待。',
      '感谢您的支持！',
    ]);
    expect(report.linesSplit).toBe(4);
  });

  it('leaves a stray space after a sentence alone in a line with no run of numbered items, and a space after 电话：', () => {
    for (const line of ['一要引起高度重视。疫情发生风险较大。 各单位务必高度重视。', '联系人：张三 电话： 0851-12345678。', '详见如下： 1.第一项。']) {
      const { text, report } = repairNotice(line);
      expect(text, line).not.toContain('\n');
      expect(report.linesSplit).toBe(0);
    }
  });
});

describe('the damage is still caught', () => {
  it('removes glued pinyin with tone marks, in parentheses or bare, and toneless syllables in parentheses', () => {
    const { text, report } = repairNotice('學(xué)習(xí)N95的(de)規guī則，重量(kg)。');
    expect(text).toBe('学习N95的规则，重量（kg）。');
    expect(report.pinyinRemoved).toBe(4);
    expect(report.problems).toEqual([]);
  });

  it('reports a lower-case word glued after a character, with line and column', () => {
    const { report } = repairNotice('第一行有N95。\n请使用app扫码。');
    expect(report.problems.map((p) => [p.line, p.column, p.char])).toEqual([
      [2, 4, 'a'],
      [2, 5, 'p'],
      [2, 6, 'p'],
    ]);
  });

  it('reports pinyin it cannot remove, stray question marks and mojibake', () => {
    const problems = (s: string) => findUnexplained(s).map((p) => p.char);
    expect(problems('规则guīzé。')).toEqual(['g', 'u', 'ī', 'z', 'é']); // two syllables run together
    expect(problems('攻坚战?。ǜ鶕')).toEqual(['?', 'ǜ']);
    expect(problems('口罩Ã©â€œ。')).toEqual(['Ã', '©', 'â', '€', 'œ']); // UTF-8 read as Latin-1
    expect(problems('倡议\uFFFD书\uE000')).toEqual(['\uFFFD', '\uE000']);
    expect(problems('口罩?N95')).toEqual(['?']);
    expect(problems('学i习')).toEqual(['i']); // a lone letter after a character is damage, even before one
  });
});
