// Numbers as people write them in Chinese, exact or approximate: 150, 两百, 一百五十, 一千二 (1,200), 三四百 (300 to
// 400), 十几 (11 to 19), 几十 (10 to 90), 两百多 (200 to 299). nzh, the package for Chinese numerals, reads 两百 as 0,
// 一千二 as 1,002 and 三四百 as 3,400: these are how people state the size of their event, so they are read here.

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export type NumberRange = [low: number, high: number];

/**
 * The range a numeral stands for, or undefined when it is none. A trailing 多, 来 or 余 (两百多) widens it to the
 * next step of its lowest place; 左右 and 上下 (150左右) by a tenth either way.
 */
export function numeralRange(text: string): NumberRange | undefined {
  const m = /^(.*?)(多|来|余)?(左右|上下)?$/u.exec(text.trim());
  if (!m) return undefined;
  const core = m[1]!;
  // 几 alone asks how many (几个人), it states none.
  if (core === '几') return undefined;
  const range = /^\d+$/.test(core) ? digitsRange(core) : chineseRange(core);
  if (!range) return undefined;
  let [low, high] = range;
  if (m[2]) high = Math.max(high, low + place(low) - 1);
  if (m[3]) [low, high] = [Math.floor(low * 0.9), Math.ceil(high * 1.1)];
  return [low, high];
}

/** The number a numeral names exactly (三十五 -> 35, 两百 -> 200, 12 -> 12); undefined for a range (三四百, 十几) or none. */
export function numeralValue(text: string): number | undefined {
  const range = numeralRange(text);
  return range && range[0] === range[1] ? range[0] : undefined;
}

function digitsRange(s: string): NumberRange {
  const n = Number(s);
  return [n, n];
}

/** The value of the lowest non-zero place: 150 -> 10, 200 -> 100. */
function place(n: number): number {
  let p = 1;
  while (n > 0 && n % (p * 10) === 0) p *= 10;
  return p;
}

function chineseRange(s: string): NumberRange | undefined {
  const chars = [...s];
  if (chars.length === 0 || chars.some((c) => !(c in DIGITS) && !(c in UNITS) && c !== '万' && c !== '几')) return undefined;
  let low = 0;
  let high = 0;
  // The digit (or digits: 三四, 几) waiting for its unit, and the last unit met.
  let digit: NumberRange | undefined;
  let lastUnit = 0;
  let zero = false;
  for (const c of chars) {
    if (c === '万') {
      low = (low + (digit?.[0] ?? 0)) * 10000;
      high = (high + (digit?.[1] ?? 0)) * 10000;
      digit = undefined;
      lastUnit = 10000;
      continue;
    }
    const unit = UNITS[c];
    if (unit !== undefined) {
      const [dl, dh] = digit ?? [1, 1];
      low += dl * unit;
      high += dh * unit;
      digit = undefined;
      lastUnit = unit;
      zero = false;
      continue;
    }
    const d: NumberRange = c === '几' ? [1, 9] : [DIGITS[c]!, DIGITS[c]!];
    if (d[0] === 0 && c !== '几') {
      zero = true;
      continue;
    }
    // Two digits in a row (三四百, 十五六): either of them.
    digit = digit ? [Math.min(digit[0], d[0]), Math.max(digit[1], d[1])] : d;
  }
  if (digit) {
    // A digit after a unit is of the next place down (一千二 = 1,200, 两百五 = 250), after 零 of the units (一百零五).
    const scale = lastUnit > 0 && !zero ? lastUnit / 10 : 1;
    low += digit[0] * scale;
    high += digit[1] * scale;
  }
  return [low, high];
}
