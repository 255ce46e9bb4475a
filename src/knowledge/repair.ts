// Repairs a notice as it reached us: traditional script, pinyin glued after characters,
// doubled punctuation, half-width punctuation and a few mojibake spots. Pure: text in, text and report out.
//
// What the damage looks like (knowledge/raw/000_a42ec6c3778da111.txt): a broken converter glued the reading
// of many characters after them, 學(xué)習(xí) — lower-case Latin, nearly always with a tone mark, right after a Han
// character — and GBK bytes read as UTF-8 left `?` and stray letters such as ǜ (?。ǜ鶕(jù)). Real notices also
// carry legitimate Latin text (N95, GB19083-2010, APP, QR码, www.example.gov.cn, names, kg) and symbols
// (→ ① ℃ ※). The rules below tell the two apart by shape; see findUnexplained for what is accepted.
import { toSimplified } from '../text/script.js';
import { CHINESE_PUNCTUATION, FULL_WIDTH, FW_CLOSE, FW_COMMA, FW_OPEN } from './punctuation.js';

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
  /** Full-width Latin letters and digits (Ｎ９５) made ASCII, so that the rules below and search see N95. */
  widthNarrowed: number;
  /** Line breaks a copy lost (a body run into one line: 。 1.恢复… 2.…), put back where a space follows a sentence's end. */
  linesSplit: number;
  problems: RepairProblem[];
}

const HAN = '\\p{Script=Han}';
/** Letters with a pinyin tone mark, and ü. No English word in a notice has them; every damaged reading does. */
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü';
const PINYIN_LETTER = `a-z${TONED}`;
const HAS_TONE = new RegExp(`[${TONED}]`, 'u');
/**
 * One pinyin syllable without its tone: an initial and a final, or one of the finals that stand alone (a, ai,
 * er…; i, u and ü are written yi, wu, yu when alone). Units and abbreviations (kg, ml, app, www) have no such
 * shape, so "(kg)" after a character is kept while "(de)" (neutral tone) is removed; a lone ǜ is no syllable.
 */
const SYLLABLE = new RegExp(
  '^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])' +
    '(?:iang|iong|uang|ueng|ang|eng|ong|ian|iao|ing|uai|uan|ai|ei|ao|ou|an|en|ia|ie|iu|in|ua|uo|ui|un|ue|ve|a|o|e|i|u|v)' +
    '|(?:ang|eng|ai|ei|ao|ou|an|en|er|a|o|e))$',
);

/** A lower-case syllable is pinyin damage if it carries a tone mark or, toneless, still has a syllable's shape. */
export function isPinyinSyllable(word: string, toneRequired = false): boolean {
  const toned = HAS_TONE.test(word);
  if (toneRequired && !toned) return false;
  const bare = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return SYLLABLE.test(bare);
}

// Pinyin in parentheses glued after a Han character: 規(guī), 的(de). The damage pattern of the received files.
const PINYIN_IN_PARENS_AFTER_HAN = new RegExp(`(?<=${HAN})\\(([${PINYIN_LETTER}]{1,7})\\)`, 'gu');
// The same without parentheses, 學xué習: only with a tone mark, since a toneless word glued to a character
// (和abc) cannot be told from a typo or a real word; findUnexplained reports it instead.
const BARE_PINYIN_AFTER_HAN = new RegExp(`(?<=${HAN})[${PINYIN_LETTER}]{1,6}(?![\\p{Script=Latin}\\p{Nd}])`, 'gu');
// A comma before another mark is a doubling artefact: ",," ",、" ",。" keep only the second mark.
const COMMA_BEFORE_PUNCT = new RegExp(`[,${FW_COMMA}](?=[,;:!?)${FW_COMMA}\u3001\u3002\uFF1B\uFF1A\uFF01\uFF1F\uFF09])`, 'gu');
// A half-width mark is made full-width when it touches Chinese text (a decimal point or English stays as
// it is). Not "?": in damaged text it usually stands for a lost character, so it is reported instead.
const HALF_WIDTH_NEAR_HAN = new RegExp(`(?<=[${HAN}${CHINESE_PUNCTUATION}]|^)[,;:!()]|[,;:!()](?=${HAN})`, 'gmu');
// A bracket pair whose one side touched Chinese and was widened gets its other side widened too: 口罩(N95)。
// widens "(" after 罩 only, and （N95) would be half a pair.
const OPEN_WIDE_CLOSE_NARROW = new RegExp(`(${FW_OPEN}[^()${FW_OPEN}${FW_CLOSE}\\n]*)\\)`, 'gu');
const OPEN_NARROW_CLOSE_WIDE = new RegExp(`\\(([^()${FW_OPEN}${FW_CLOSE}\\n]*${FW_CLOSE})`, 'gu');
// Full-width ASCII letters and digits (U+FF10–FF19, FF21–FF3A, FF41–FF5A), as some editors type them.
/** A space, then a numbered item (1. 2、 一、 （3）), after a sentence's end or a colon: where a run-on body had a line break. */
const ITEM_AFTER_SPACE = /(?<=[。！？；：])[ \t\u3000\u00a0]+(?=(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．]|[（(]\d{1,2}[)）])/gu;
/** A space after a sentence's end. */
const SPACE_AFTER_END = /(?<=[。！？；])[ \t\u3000\u00a0]+(?=\S)/gu;

/**
 * A copy that ran its body into one line keeps its line breaks as spaces (如下： 1.恢复… 。 2.恢复开放时间…。 以上…): a line
 * with two or more numbered items after such spaces is one, and a space after each of its sentences' ends is a break.
 * Elsewhere a space after 。 is a stray one inside a paragraph (…风险较大。 各单位…), left as it is.
 */
function splitRunOnLine(line: string, report: RepairReport): string {
  if ((line.match(ITEM_AFTER_SPACE) ?? []).length < 2) return line;
  const broken = () => {
    report.linesSplit++;
    return '\n';
  };
  return line.replace(ITEM_AFTER_SPACE, broken).replace(SPACE_AFTER_END, broken);
}

const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/gu;

export function repairNotice(received: string, errata: readonly Erratum[] = []): { text: string; report: RepairReport } {
  const report: RepairReport = {
    pinyinRemoved: 0,
    errataApplied: 0,
    commasCollapsed: 0,
    punctuationWidened: 0,
    widthNarrowed: 0,
    linesSplit: 0,
    problems: [],
  };
  let text = received.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

  for (const e of errata) {
    const parts = text.split(e.damaged);
    report.errataApplied += parts.length - 1;
    text = parts.join(e.repaired);
  }
  text = text.replace(FULL_WIDTH_ALNUM, (m) => {
    report.widthNarrowed++;
    return String.fromCharCode(m.charCodeAt(0) - 0xfee0);
  });
  text = text.replace(PINYIN_IN_PARENS_AFTER_HAN, (m, word: string) => {
    if (!isPinyinSyllable(word)) return m;
    report.pinyinRemoved++;
    return '';
  });
  text = text.replace(BARE_PINYIN_AFTER_HAN, (m) => {
    if (!isPinyinSyllable(m, true)) return m;
    report.pinyinRemoved++;
    return '';
  });
  text = text.replace(HALF_WIDTH_NEAR_HAN, (m) => {
    report.punctuationWidened++;
    return FULL_WIDTH[m] ?? m;
  });
  text = text
    .replace(OPEN_WIDE_CLOSE_NARROW, (_m, head: string) => {
      report.punctuationWidened++;
      return `${head}${FW_CLOSE}`;
    })
    .replace(OPEN_NARROW_CLOSE_WIDE, (_m, tail: string) => {
      report.punctuationWidened++;
      return `${FW_OPEN}${tail}`;
    });
  text = text.replace(COMMA_BEFORE_PUNCT, () => {
    report.commasCollapsed++;
    return '';
  });
  text = toSimplified(text)
    .split('\n')
    .map((l) => splitRunOnLine(l, report))
    .join('\n');
  text = text
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  report.problems = findUnexplained(text);
  return { text, report };
}

// ---- What a clean notice may contain besides Chinese ----

/** Web and mail addresses, taken whole (their `?`, `_`, `@` and lower-case words are theirs): www.example.gov.cn. */
const ADDRESS = new RegExp(
  [
    '[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}', // e-mail
    "(?:https?://|www\\.)[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*(?::\\d+)?(?:/[A-Za-z0-9._~%!$&'*+,;=:@/?#-]*)?", // URL
    "[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.(?:cn|com|net|org|gov|edu|int|info)(?![A-Za-z0-9])(?:/[A-Za-z0-9._~%!$&'*+,;=:@/?#-]*)?", // bare domain
  ].join('|'),
  'gu',
);
/**
 * A Latin word or code: letters and digits, joined inside by - . / _ & + ' (GB19083-2010, GB/T, e.g, O'Brien,
 * 2019-nCoV). Any Latin letter counts here, toned or not, so that damaged letters are judged with their word.
 */
const LATIN_TOKEN = /[\p{Script=Latin}\p{Nd}]+(?:[-./_&+'][\p{Script=Latin}\p{Nd}]+)*/gu;
/** Unit symbols written after a number with a space, where a single lower-case letter is otherwise suspect: 5 m, 2 t. */
const UNITS = new Set(['g', 'kg', 'mg', 't', 'm', 'km', 'cm', 'mm', 'l', 'ml', 'h', 'min', 's', 'kw', 'kwh', 'mb', 'gb', 'kb']);
/**
 * Characters allowed outside Latin words: Chinese text and punctuation, digits (\p{N} includes ① … ⑳),
 * spaces, and the marks and symbols notices use:
 * · — – … % . / - ~ ～ + = × ÷ ± ≤ ≥ ° ℃ ‰ № • arrows → ← ↑ ↓ ⇒, ※ ★ ☆ ● ○ ◎ ■ □ ◆ ◇ ▲ △ ▼ ▽ √,
 * brackets 【】〔〕〈〉「」『』［］, ASCII [ ] and the small ﹝﹞ (document numbers 〔2020〕5号, copied from the web as [2020] or
 * typed as 云文旅明电﹝2020﹞2号), full-width ％＋－．／～＊＃＆＠＝.
 * Half-width , ; : ! ( ) are allowed too: the normaliser widens every one that touches Chinese, so those
 * left stand between digits or Latin text (9:00, 1,000, (N95)). Not allowed: `?` (a lost character),
 * U+FFFD, private use, IPA and spacing modifiers (U+0250–02FF, broken pinyin fonts), and anything else.
 */
const ALLOWED_MARKS =
  '\u00B7\u2014\u2013\u2026%./\\-~\uFF5E+=\u00D7\u00F7\u00B1\u2264\u2265\u00B0\u2103\u2030\u2116\u2022' +
  '\u2190-\u2193\u21D2\u203B\u2605\u2606\u25CF\u25CB\u25CE\u25A0\u25A1\u25C6\u25C7\u25B2\u25B3\u25BC\u25BD\u221A' +
  '\u3010\u3011\u3014\u3015\u3008\u3009\u300C-\u300F\uFF3B\uFF3D\uFF05\uFF0B\uFF0D\uFF0E\uFF0F\uFF0A\uFF03\uFF06\uFF20\uFF1D' +
  '\uFE5D\uFE5E,;:!()\\[\\]';
const ODD = new RegExp(`[?\\uFFFD\\uE000-\\uF8FF\\u0250-\\u02FF]|[^\\p{Script=Han}\\p{N}\\s${CHINESE_PUNCTUATION}${ALLOWED_MARKS}]`, 'gu');
const HAN_CHAR = new RegExp(HAN, 'u');
const ASCII_WORD = /^[A-Za-z0-9\-./_&+']+$/;
const ROMAN_NUMERALS = /^[\u2160-\u217F]+$/u;

/**
 * Whether a Latin token (see LATIN_TOKEN) is legitimate text, judged by its shape:
 * - only ASCII letters: a letter with a tone mark or other accent is pinyin damage or mojibake (é, Ã, â from
 *   UTF-8 read as Latin-1), never part of a notice's own words — an erratum can repair a real one;
 * - with a digit: a code, grade, standard, model or unit (N95, KN95, GB19083-2010, 5kg, 4G, H1N1);
 * - with an upper-case letter: an acronym or name (APP, QR码, ICU, WiFi, GB/T, A级, Beijing). The
 *   broken converter wrote only lower case;
 * - Roman numerals written as such (Ⅰ, Ⅱ, Ⅻ): a grade or class (Ⅰ级响应);
 * - lower case only: an English word of two or more letters (kg, e.g, app, mask), unless it is glued
 *   right after a Han character, where the damage always sits (和abc). A single lower-case letter
 *   passes only as a unit after a number (5 m), or as the i of a city's or a service's app (“i深圳”), before
 *   a Han character and not after one.
 */
function latinTokenIsLegitimate(token: string, before: string, after: string): boolean {
  // Roman numerals of their own code points (Ⅰ级应急响应, 第Ⅱ类) are Latin script, and no converter's damage.
  if (ROMAN_NUMERALS.test(token)) return true;
  if (!ASCII_WORD.test(token)) return false;
  if (/\d/.test(token) || /[A-Z]/.test(token)) return true;
  if (HAN_CHAR.test(before.slice(-1))) return false;
  if (UNITS.has(token) && /\d\s?$/.test(before)) return true;
  if (token === 'i' && HAN_CHAR.test(after.charAt(0))) return true;
  return token.replace(/[^a-z]/g, '').length >= 2;
}

/**
 * Anything left that a clean Chinese notice should not contain: `?`, Latin letters that are not legitimate
 * words, codes or addresses (see latinTokenIsLegitimate), replacement or private-use characters, and
 * symbols outside ALLOWED_MARKS. Each suspect character is one problem, with its line and column.
 */
export function findUnexplained(text: string): RepairProblem[] {
  const problems: RepairProblem[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const report = (at: number, char: string) => problems.push({ line: i + 1, column: at + 1, char, context: line.slice(Math.max(0, at - 6), at + 6) });
    // Blank what is judged (all Latin text is in BMP, so blanking keeps columns); then check what is left.
    let blanked = line;
    const blank = (start: number, length: number) => {
      blanked = blanked.slice(0, start) + ' '.repeat(length) + blanked.slice(start + length);
    };
    for (const m of line.matchAll(ADDRESS)) blank(m.index, m[0].length);
    for (const m of blanked.matchAll(LATIN_TOKEN)) {
      const token = m[0];
      if (!/\p{Script=Latin}/u.test(token)) continue; // a number
      if (!latinTokenIsLegitimate(token, blanked.slice(0, m.index), blanked.slice(m.index + token.length))) {
        for (const l of token.matchAll(/\p{Script=Latin}/gu)) report(m.index + l.index, l[0]);
      }
      blank(m.index, token.length);
    }
    for (const m of blanked.matchAll(ODD)) report(m.index, m[0]);
  });
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
