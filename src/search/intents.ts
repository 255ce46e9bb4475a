// Questions about the notice itself rather than its content: a paragraph or point by number, or an outline.
// The numbering patterns (第N段) are Chinese grammar; the words for first, last and outline are data
// (knowledge/language.json patterns).
import type { LanguageData } from '../knowledge/language-types.js';
import { numeralValue } from '../text/numerals.js';

export type NoticeIntent =
  | { kind: 'sentence'; paragraph: number; sentence: number }
  | { kind: 'paragraph'; paragraph: number | 'first' | 'last' }
  | { kind: 'point'; point: number | 'last' }
  | { kind: 'outline' };

const NUM = '([0-9]{1,3}|[一二三四五六七八九十]{1,3})';
const SENTENCE = new RegExp(`第\\s*${NUM}\\s*段\\s*第\\s*${NUM}\\s*句`);
const PARAGRAPH = new RegExp(`第\\s*${NUM}\\s*(?:个)?(?:段|自然段|段落)`);
const POINT = new RegExp(`第\\s*${NUM}\\s*(?:个)?(?:条|点|项|要求|部分|方面|要)`);
// "paragraph 4, sentence 8", as English answers cite (pasted back with or without the title before it).
const EN_SENTENCE = /\b(?:paragraph|para)\s*(\d{1,3})\s*[,;]?\s*(?:sentence|sent\.?)\s*(\d{1,3})\b/i;
const EN_PARAGRAPH = /\b(?:paragraph|para|section)\s*(?:no\.?\s*)?(\d{1,3})\b/i;
const EN_POINT =
  /\b(?:point|item|requirement)\s*(?:no\.?\s*)?(\d{1,3}|one|two|three|four|five)\b|\b(first|second|third|fourth|fifth)\s+(?:of\s+(?:the|its)\s+(?:\w+\s+)?)?(?:point|item|requirement)s?\b/i;
const EN_ORDINALS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, first: 1, second: 2, third: 3, fourth: 4, fifth: 5 };
/**
 * `hasOtherContent` says whether the question names anything beyond the notice itself; an outline
 * is only what is asked when it does not ("倡议主要讲了什么", not "慈善组织的要点").
 */
export function detectIntent(simplified: string, hasOtherContent: boolean, patterns: LanguageData['patterns']): NoticeIntent | undefined {
  // A citation pasted back (第4段第7句, as the answers write them): that sentence.
  const cited = SENTENCE.exec(simplified) ?? EN_SENTENCE.exec(simplified);
  if (cited) return { kind: 'sentence', paragraph: toNumber(cited[1]!), sentence: toNumber(cited[2]!) };
  if (patterns.lastParagraph.test(simplified)) return { kind: 'paragraph', paragraph: 'last' };
  if (patterns.lastPoint.test(simplified)) return { kind: 'point', point: 'last' };
  if (patterns.firstPoint.test(simplified)) return { kind: 'point', point: 1 };
  // The beginning is its first paragraph of content: not a salutation line (各会员单位：) before it.
  if (patterns.firstParagraph.test(simplified)) return { kind: 'paragraph', paragraph: 'first' };
  const p = PARAGRAPH.exec(simplified) ?? EN_PARAGRAPH.exec(simplified);
  if (p) return { kind: 'paragraph', paragraph: toNumber(p[1]!) };
  const q = POINT.exec(simplified);
  if (q) return { kind: 'point', point: toNumber(q[1]!) };
  const e = EN_POINT.exec(simplified);
  if (e) return { kind: 'point', point: toNumber((e[1] ?? e[2])!) };
  if (!hasOtherContent && (patterns.outline.test(simplified) || patterns.outlineEn.test(simplified))) return { kind: 'outline' };
  return undefined;
}

function toNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  return EN_ORDINALS[s.toLowerCase()] ?? numeralValue(s) ?? 0;
}

/** A word that only asks for an outline (要点, summary…), so it does not count as other content. */
export function isOutlineWord(word: string, patterns: LanguageData['patterns']): boolean {
  return patterns.outline.test(word) || patterns.outlineEn.test(word) || patterns.outlineWord.test(word);
}
