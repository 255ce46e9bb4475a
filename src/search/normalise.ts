// Cleans and segments text: NFKC, simplified script, markup and invisible characters removed, Intl.Segmenter words
// and runs of them (the index's terms). A question's search terms are cut from these by query-terms.ts.

import { detectScript, type Script, toSimplified } from '../text/script.js';
import { TUNING } from './tuning.js';

/** Questions longer than this are answered on their first part (documented in the README). */
export const QUESTION_CHAR_CAP = 300;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;

export interface CleanQuestion {
  /** NFKC, invisible characters removed, whitespace collapsed, cut to the cap. */
  text: string;
  /** The same in simplified Chinese, for matching. */
  simplified: string;
  script: Script;
  /** Mostly Latin letters and no Chinese: treated as English. */
  english: boolean;
  truncated: boolean;
  /** Has at least one letter or digit: anything to look up at all. */
  meaningful: boolean;
}

/**
 * People paste formatted text: HTML tags and entities, Markdown, links. They carry no question, and
 * their letters would count as unknown words.
 */
function stripMarkup(text: string): string {
  return text
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" })[e] ?? ' ')
    .replace(/<\/?[A-Za-z][^<>]{0,200}>/g, ' ')
    .replace(/\[([^\]]{0,200})\]\([^)]{0,500}\)/g, '$1')
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
    .replace(/[*_`~#|&<>]+/g, ' ');
}

export function cleanQuestion(raw: string, cap = QUESTION_CHAR_CAP): CleanQuestion {
  let text = stripMarkup(String(raw ?? '').normalize('NFKC'))
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...text];
  const truncated = chars.length > cap;
  if (truncated) text = chars.slice(0, cap).join('');
  // People say a day of the month with 号 (2月14号, 2号那天), documents write 日 (2月14日): the asker's date is the
  // notice's. A number with 号 before a noun is a number (3号楼, 1号文件), left as it is.
  const simplified = toSimplified(text)
    .replace(/月(\d{1,2}|[一二三四五六七八九十]{1,3})号/gu, '月$1日')
    // ...and a month with 份 (三月份, 3月份) is the month, as documents write it (3月).
    .replace(/(?<=[\d一二三四五六七八九十])月份/gu, '月')
    .replace(/(?<![\d.])(\d{1,2})号(?=那天|这天|当天|[的了，,。？?！!吗呢嘛哦啊\s]|$)/gu, '$1日')
    // 打 before a phone number is to call it (打12345), as documents write 拨打.
    .replace(/(?<!拨)打(?=\s*\d{3,})/gu, '拨打');
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  const latinWords = (text.match(/[A-Za-z]{2,}/g) ?? []).length;
  return {
    text,
    simplified,
    script: detectScript(text),
    // English with a name or a plate in Chinese (an out-of-province plate, not 皖R) is English still.
    english: latin > 0 && (han === 0 || (han <= TUNING.englishMaxHan && latinWords >= TUNING.englishMinWords)),
    truncated,
    meaningful: /[\p{L}\p{N}]/u.test(text),
  };
}

/** Words (Intl.Segmenter) of a simplified text, lower-cased, punctuation and spaces left out. */
export function segmentWords(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(text.toLowerCase())) if (s.isWordLike) out.push(s.segment);
  return out;
}

/** Where the segmenter's words begin and end in a text (UTF-16 offsets): a word found inside another is no word. */
export function wordBoundaries(text: string): Set<number> {
  const at = new Set<number>([0, text.length]);
  for (const s of segmenter.segment(text)) {
    at.add(s.index);
    at.add(s.index + s.segment.length);
  }
  return at;
}

/** A Latin form (an English word or phrase, a code): searched among the English fields, not the Chinese ones. */
export function isLatin(s: string): boolean {
  return /^[a-z0-9' -]+$/i.test(s);
}

/**
 * A notice's line with the spaces that space out Chinese characters taken out (联 系 人：周霞, 朱 玲: typeset
 * for alignment), as it is searched: the words are 联系人 and 朱玲.
 */
export function withoutSpacing(text: string): string {
  return text.replace(/(?<=\p{Script=Han})[ \u3000]+(?=\p{Script=Han})/gu, '');
}

/**
 * Longer runs are rarely typed as one word and only grow the vocabulary. Measured against six characters, with the
 * decision refitted: the same answers on the labelled sets (best sentence right 1,050 of 1,169 against 1,049; right
 * answers and declined traps 1,460 both), a fifth of the distinct runs at 1,000 generated notices (153,000 against
 * 714,000), half the index build time and a quarter of its heap.
 */
export const MAX_RUN_CHARS = 4;
/**
 * A question's words are joined into longer terms than the notices' runs: a lexicon word, an alias or a sector's
 * name (农业合作社, 扶贫扶智扶志) is known whole, however the segmenter cuts it.
 */
export const MAX_JOIN_CHARS = 6;
const LATIN_OR_DIGIT = /^[a-z0-9]/;

/**
 * Words and runs of words (守|好|自己 yields 守好自己 too), of at most `maxChars` characters and as many words (a phrase
 * the segmenter cuts into single characters, 扶|贫|扶|智, is one run); a run never crosses punctuation or a space.
 */
export function wordRuns(simplified: string, maxChars = MAX_RUN_CHARS): string[] {
  const runs: string[] = [];
  for (const chunk of simplified.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!chunk) continue;
    const words = segmentWords(chunk);
    for (let i = 0; i < words.length; i++) {
      let run = '';
      let length = 0;
      for (let j = i; j < Math.min(words.length, i + maxChars); j++) {
        run += words[j];
        // A code or a number counts as one character: N95口罩 is a word of three, as 口罩 is of two.
        length += LATIN_OR_DIGIT.test(words[j]!) ? 1 : words[j]!.length;
        if (length > maxChars) break;
        runs.push(run);
      }
    }
  }
  return runs;
}
