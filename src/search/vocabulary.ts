// The words and phrases the knowledge base contains, with how many documents (sentences) hold each: it
// re-joins query words, corrects one wrong character, and weighs terms by rarity.
import { HomophoneIndex, type HomophoneSnapshot } from './homophones.js';
import { MAX_RUN_CHARS } from './normalise.js';

const HAN = /\p{Script=Han}/u;
/** Words this long are corrected by one wrong character: shorter ones are too often another real word. */
const MIN_CORRECT = 4;
/** No longer word of the notices' text is filed: runs are at most this long (normalise.ts). */
const MAX_CORRECT = MAX_RUN_CHARS;

/**
 * The words one character away from a typed word are found through halves: a word of L characters with
 * one wrong character has its first half or its second half right (pigeonhole). Each known word is filed
 * under its two halves, so the index holds two entries a word, not one a character: a key per wrong
 * position ("医疗器*") was 900,000 strings at 200 notices and most of the index build's memory and time.
 */
function halfKeys(chars: string[]): { front: string; back: string; half: number } {
  const half = Math.floor(chars.length / 2);
  return { front: chars.slice(0, half).join(''), back: chars.slice(half).join(''), half };
}

/** Outside the BMP a character is two UTF-16 units: such words are split by code points. */
const SURROGATE = /[\uD800-\uDFFF]/;

export interface VocabularySnapshot {
  ids: Map<string, number>;
  freq: Int32Array;
  halves: Array<Map<string, string | string[]>>;
  documents: number;
  sounds: HomophoneSnapshot;
}

export class Vocabulary {
  /**
   * Word -> its number: the index into `freq` and `seenIn`. One map lookup a run (a per-document set of
   * seen words beside the map was three more, on 2.8 million runs at 1,000 notices).
   */
  private ids = new Map<string, number>();
  /**
   * By word number: twice its document frequency, plus one when it is a correction target (a run of
   * notice text): one number instead of a map and a set of most of the same words.
   */
  private freq: number[] = [];
  /** By word number: the last document that held it, so a document counts each word once. */
  private seenIn: number[] = [];
  /**
   * By word length and side (first half, second half): a half (see halfKeys) -> the correctable words
   * filed under it, one word as itself, several in an array. Words of other lengths never differ by
   * exactly one character; a map per length and side spares building a key string per word and side.
   */
  private halves = Array.from({ length: (MAX_CORRECT - MIN_CORRECT + 1) * 2 }, () => new Map<string, string | string[]>());
  private documents = 0;
  /** The notice's words by sound, for pinyin-input typos. */
  readonly sounds = new HomophoneIndex();

  /** `isQuestionWord` keeps corrections off question words: 年底前要 is 年底前 + 要, not 年底前复. */
  constructor(private readonly isQuestionWord: (w: string) => boolean = () => false) {}

  /**
   * Adds one document: its texts' word runs (see wordRuns) and `phrases` taken whole. Only text
   * runs are correction targets: an alias is a colloquial word, and "correcting" 线下课程 to the
   * alias 线上课程 would invert the question. Several lists of runs may be given (a sentence's and its heading's).
   */
  addDocument(runLists: string[][], phrases: string[] = []): void {
    // Documents are numbered from 1: seenIn's 0 is "never". Each word counts once a document, and is a
    // correction target when it is a run. The order words are added in changes nothing: counts, and
    // corrections that need exactly one candidate.
    const doc = ++this.documents;
    for (const runs of runLists) for (const r of runs) this.add(r, true, doc);
    for (const p of phrases) this.add(p.toLowerCase(), false, doc);
  }

  private add(w: string, correctable: boolean, doc: number): void {
    let id = this.ids.get(w);
    if (id === undefined) {
      id = this.freq.length;
      this.ids.set(w, id);
      this.freq.push(0);
      this.seenIn.push(0);
    } else if (this.seenIn[id] === doc) return;
    this.seenIn[id] = doc;
    const seen = this.freq[id]!;
    const file = correctable && (seen & 1) === 0;
    this.freq[id] = seen + (file ? 3 : 2);
    if (file) this.file(w);
  }

  /** Files a new correction target under its sound and, when it is long enough, its halves. */
  private file(w: string): void {
    this.sounds.add(w);
    // Code points are at most UTF-16 units: a shorter string is too short (the common case, checked cheaply).
    if (w.length < MIN_CORRECT || !HAN.test(w)) return;
    if (SURROGATE.test(w)) {
      const chars = [...w];
      if (chars.length > MAX_CORRECT) return;
      const { front, back } = halfKeys(chars);
      fileUnder(this.halvesOf(chars.length, false), front, w);
      fileUnder(this.halvesOf(chars.length, true), back, w);
      return;
    }
    // The same keys as halfKeys, without splitting the word into an array (most words are new ones).
    const n = w.length;
    if (n > MAX_CORRECT) return;
    const half = n >> 1;
    fileUnder(this.halvesOf(n, false), w.slice(0, half), w);
    fileUnder(this.halvesOf(n, true), w.slice(half), w);
  }

  /** The words of `length` characters by their first half, or by their second. */
  private halvesOf(length: number, back: boolean): Map<string, string | string[]> {
    return this.halves[(length - MIN_CORRECT) * 2 + (back ? 1 : 0)]!;
  }

  has(word: string): boolean {
    return this.ids.has(word);
  }

  /** Inverse document frequency; a word the knowledge base never uses gets the highest weight. */
  idf(word: string): number {
    const id = this.ids.get(word);
    const df = id === undefined ? 0 : this.freq[id]! >> 1;
    return Math.log(1 + (this.documents - df + 0.5) / (df + 0.5));
  }

  /**
   * The one known word that differs from `word` in exactly one character, if there is exactly one;
   * the wrong character is looked for from the first position on, and a position two words fit is passed.
   */
  correct(word: string): string | undefined {
    const chars = [...word];
    if (chars.length < MIN_CORRECT || chars.length > MAX_CORRECT || this.ids.has(word)) return undefined;
    const { front, back, half } = halfKeys(chars);
    const before = this.halvesOf(chars.length, true).get(back);
    const after = this.halvesOf(chars.length, false).get(front);
    for (let i = 0; i < chars.length; i++) {
      if (this.isQuestionWord(chars[i]!)) continue;
      // A wrong character in the first half leaves the second half right, and the other way round.
      const filed = i < half ? before : after;
      if (filed === undefined) continue;
      let hit: string | undefined;
      let several = false;
      for (const w of typeof filed === 'string' ? [filed] : filed) {
        if (!sameBut(w, chars, i)) continue;
        if (hit !== undefined) several = true;
        hit = w;
      }
      if (hit !== undefined && !several) return hit;
    }
    return undefined;
  }

  /**
   * The known words one character longer than `word` that hold it with one character added inside (捐物资 ->
   * 捐款物资): a notice's form of the word a question shortens. Found through the same halves; only words of the
   * lengths filed (MIN_CORRECT to MAX_CORRECT) can be found.
   */
  withOneMore(word: string): string[] {
    const chars = [...word];
    const n = chars.length + 1;
    if (n < MIN_CORRECT || n > MAX_CORRECT || !HAN.test(word)) return [];
    const half = Math.floor(n / 2);
    const found = new Set<string>();
    // Added at or after the middle, the first half is the word's own; before it, the second half is.
    for (const filed of [this.halvesOf(n, false).get(chars.slice(0, half).join('')), this.halvesOf(n, true).get(chars.slice(half - 1).join(''))])
      for (const w of filed === undefined ? [] : typeof filed === 'string' ? [filed] : filed) if (addsInside(w, chars)) found.add(w);
    return [...found];
  }

  /** What a build cache keeps (see index-snapshot.ts): everything counted and filed, as it is. */
  snapshot(): VocabularySnapshot {
    return { ids: this.ids, freq: Int32Array.from(this.freq), halves: this.halves, documents: this.documents, sounds: this.sounds.snapshot() };
  }

  /**
   * The vocabulary as `snapshot` had it, for a new one (nothing added yet); false (and unchanged) when
   * the data is not a snapshot. Documents added afterwards are counted as ever.
   */
  restore(snap: VocabularySnapshot): boolean {
    const ok =
      snap?.ids instanceof Map &&
      snap.freq instanceof Int32Array &&
      snap.freq.length === snap.ids.size &&
      Array.isArray(snap.halves) &&
      snap.halves.length === this.halves.length &&
      snap.halves.every((m) => m instanceof Map) &&
      Number.isInteger(snap.documents);
    if (!ok || this.documents !== 0 || !this.sounds.restore(snap.sounds)) return false;
    this.ids = snap.ids;
    this.freq = Array.from(snap.freq);
    this.seenIn = new Array<number>(this.freq.length).fill(0);
    this.halves = snap.halves;
    this.documents = snap.documents;
    return true;
  }

  get size(): number {
    return this.ids.size;
  }
}

function fileUnder(halves: Map<string, string | string[]>, key: string, w: string): void {
  const filed = halves.get(key);
  if (filed === undefined) halves.set(key, w);
  else if (typeof filed === 'string') halves.set(key, [filed, w]);
  else filed.push(w);
}

/** Whether `w` is `chars` with one character added, neither first nor last. */
function addsInside(w: string, chars: string[]): boolean {
  const longer = [...w];
  for (let k = 1; k < chars.length; k++)
    if (longer[k] !== chars[k]) return longer.slice(k + 1).join('') === chars.slice(k).join('') && longer.slice(0, k).join('') === chars.slice(0, k).join('');
  return false;
}

/** Whether `w` has the characters of `chars` at every position but `skip` (and as many of them). */
function sameBut(w: string, chars: string[], skip: number): boolean {
  let j = 0;
  for (const ch of w) {
    if (j >= chars.length) return false;
    if (j !== skip && ch !== chars[j]) return false;
    j++;
  }
  return j === chars.length;
}
