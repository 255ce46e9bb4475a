// Repairs a notice as it reached us: traditional script, pinyin glued after characters,
// doubled punctuation, half-width punctuation and a few mojibake spots. Pure: text in, text and report out.
import { toSimplified } from '../search/script.js';
import { CHINESE_PUNCTUATION, FULL_WIDTH, FW_COMMA } from './punctuation.js';

/**
 * A damaged spot of one received file, fixed by hand after reading its bytes. Errata belong to the
 * file they repair: they live in its .meta.json beside it (`errata`), each with the reason.
 */
export interface Erratum {
  damaged: string;
  repaired: string;
  why: string;
}

export interface RepairProblem {
  line: number;
  column: number;
  char: string;
  context: string;
}

export interface RepairReport {
  pinyinRemoved: number;
  errataApplied: number;
  commasCollapsed: number;
  punctuationWidened: number;
  problems: RepairProblem[];
}

const HAN = '\\p{Script=Han}';
// Pinyin: lower-case Latin letters, at least one of them usually with a tone mark, glued after a Han character.
const PINYIN_AFTER_HAN = new RegExp(`(?<=${HAN})\\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7})\\)`, 'gu');
// A comma before another mark is a doubling artefact: ",," ",、" ",。" keep only the second mark.
const COMMA_BEFORE_PUNCT = new RegExp(`[,${FW_COMMA}](?=[,;:!?)${FW_COMMA}\u3001\u3002\uFF1B\uFF1A\uFF01\uFF1F\uFF09])`, 'gu');
// A half-width mark is made full-width when it touches Chinese text (a decimal point or English stays as
// it is). Not "?": in damaged text it usually stands for a lost character, so it is reported instead.
const HALF_WIDTH_NEAR_HAN = new RegExp(`(?<=[${HAN}${CHINESE_PUNCTUATION}]|^)[,;:!()]|[,;:!()](?=${HAN})`, 'gmu');

export function repairNotice(received: string, errata: readonly Erratum[] = []): { text: string; report: RepairReport } {
  const report: RepairReport = { pinyinRemoved: 0, errataApplied: 0, commasCollapsed: 0, punctuationWidened: 0, problems: [] };
  let text = received.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

  for (const e of errata) {
    const parts = text.split(e.damaged);
    report.errataApplied += parts.length - 1;
    text = parts.join(e.repaired);
  }
  text = text.replace(PINYIN_AFTER_HAN, () => {
    report.pinyinRemoved++;
    return '';
  });
  text = text.replace(HALF_WIDTH_NEAR_HAN, (m) => {
    report.punctuationWidened++;
    return FULL_WIDTH[m] ?? m;
  });
  text = text.replace(COMMA_BEFORE_PUNCT, () => {
    report.commasCollapsed++;
    return '';
  });
  text = toSimplified(text);
  text = text
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  report.problems = findUnexplained(text);
  return { text, report };
}

/** Anything left that a clean Chinese notice should not contain: `?`, Latin letters, replacement or private-use characters. */
export function findUnexplained(text: string): RepairProblem[] {
  const problems: RepairProblem[] = [];
  const lines = text.split('\n');
  const odd = new RegExp(`[?A-Za-z\\uFFFD\\uE000-\\uF8FF\\u0250-\\u02FF]|[^\\p{Script=Han}\\p{N}\\s${CHINESE_PUNCTUATION}\u00B7\u2014\u2026%./-]`, 'gu');
  lines.forEach((line, i) => {
    for (const m of line.matchAll(odd)) {
      const at = m.index ?? 0;
      problems.push({ line: i + 1, column: at + 1, char: m[0], context: line.slice(Math.max(0, at - 6), at + 6) });
    }
  });
  return problems;
}
