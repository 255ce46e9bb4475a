// Pinyin-input typos: people type pinyin and pick the wrong character of the same sound (志原 for 志愿,
// 民正 for 民政, 片去 for 片区). Words the notice uses are found again by their sound, with pinyin-pro.
// Words that only share initials (医了 for 医疗) are not: measured on our question sets, that looser match
// "corrected" more real words (大户 -> 大会, 农贸 -> 农民) than typos.
import { pinyin } from 'pinyin-pro';

const HAN_ONLY = /^\p{Script=Han}+$/u;
/** Words this long are where pinyin typos happen and sound still tells them apart. */
const MIN_CHARS = 2;
const MAX_CHARS = 4;

/** Each character's usual reading, once: indexing a thousand notices asks for the same characters again and again. */
const readings = new Map<string, string>();

function syllables(word: string): string[] {
  return [...word].map((ch) => {
    let r = readings.get(ch);
    if (r === undefined) {
      r = pinyin(ch, { toneType: 'none', v: true });
      readings.set(ch, r);
    }
    return r;
  });
}

export class HomophoneIndex {
  /** Toneless pinyin -> the one word with that sound (null: several, so no correction). */
  private readonly bySound = new Map<string, string | null>();
  add(word: string): void {
    const chars = [...word];
    if (chars.length < MIN_CHARS || chars.length > MAX_CHARS || !HAN_ONLY.test(word)) return;
    const s = syllables(word);
    const sound = s.join(' ');
    const prev = this.bySound.get(sound);
    this.bySound.set(sound, prev === undefined || prev === word ? word : null);
  }

  /** The one known word that sounds like `typed` (toneless pinyin); undefined when none or several. */
  correct(typed: string): string | undefined {
    const chars = [...typed];
    if (chars.length < MIN_CHARS || chars.length > MAX_CHARS || !HAN_ONLY.test(typed)) return undefined;
    const same = this.bySound.get(syllables(typed).join(' '));
    return same && same !== typed ? same : undefined;
  }
}
