// Pinyin-input typos: people type pinyin and pick the wrong character of the same sound (志原 for 志愿,
// 民正 for 民政, 片去 for 片区). Words the notice uses are found again by their sound, with pinyin-pro.
// Words that only share initials (医了 for 医疗) are not: measured on our question sets, that looser match
// "corrected" more real words (大户 -> 大会, 农贸 -> 农民) than typos.
import { createRequire } from 'node:module';

// pinyin-pro is loaded on the first sound asked for, not at start: its ES build is 29 modules and 680 KB
// to compile (70 ms or more of a cold start), and most questions are answered without a sound correction.
// require() loads its one-file CommonJS build synchronously, as correct() needs (same readings: checked
// for every CJK character).
type Pinyin = (text: string, options: { toneType: 'none'; v: true }) => string;
let pinyinFn: Pinyin | undefined;
function pinyin(text: string, options: { toneType: 'none'; v: true }): string {
  pinyinFn ??= (createRequire(import.meta.url)('pinyin-pro') as typeof import('pinyin-pro')).pinyin;
  return pinyinFn(text, options);
}

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

export interface HomophoneSnapshot {
  bySound: Map<string, string | null>;
  pending: string[];
}

export class HomophoneIndex {
  /** Toneless pinyin -> the one word with that sound (null: several, so no correction). */
  private readonly bySound = new Map<string, string | null>();
  /**
   * Words added but not yet sounded out: the first correct() does it, in the order they came, so the map is
   * the one add() would have built at once. Building the index (and the bot's start) then costs no pinyin.
   */
  private pending: string[] = [];

  add(word: string): void {
    const chars = [...word];
    if (chars.length < MIN_CHARS || chars.length > MAX_CHARS || !HAN_ONLY.test(word)) return;
    this.pending.push(word);
  }

  /** The one known word that sounds like `typed` (toneless pinyin); undefined when none or several. */
  correct(typed: string): string | undefined {
    const chars = [...typed];
    if (chars.length < MIN_CHARS || chars.length > MAX_CHARS || !HAN_ONLY.test(typed)) return undefined;
    this.soundOut();
    const same = this.bySound.get(syllables(typed).join(' '));
    return same && same !== typed ? same : undefined;
  }

  /** What a build cache keeps (see index-snapshot.ts): the words by sound so far, and those still to sound out. */
  snapshot(): HomophoneSnapshot {
    return { bySound: this.bySound, pending: this.pending };
  }

  /** The index as `snapshot` had it; false (and unchanged) when the data is not a snapshot. */
  restore(snap: HomophoneSnapshot): boolean {
    if (!(snap?.bySound instanceof Map) || !Array.isArray(snap.pending)) return false;
    this.bySound.clear();
    for (const [k, v] of snap.bySound) this.bySound.set(k, v);
    this.pending = snap.pending;
    return true;
  }

  private soundOut(): void {
    if (this.pending.length === 0) return;
    for (const word of this.pending) {
      const sound = syllables(word).join(' ');
      const prev = this.bySound.get(sound);
      this.bySound.set(sound, prev === undefined || prev === word ? word : null);
    }
    this.pending = [];
  }
}
