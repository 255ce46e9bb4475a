// How much of a question a sentence record answers: the share of the question's concepts, weighted by
// rarity, that the record contains, told apart by where (notice text or only sector aliases).

import { escapeRegExp } from '../knowledge/regexp.js';
import type { SentenceRecord } from './index.js';
import { TUNING } from './tuning.js';
import type { Vocabulary } from './vocabulary.js';

export interface Coverage {
  /** 0..1: covered weight over total weight. */
  share: number;
  /** Weight covered by the sentence itself (text, heading, issuer facts). */
  inText: number;
  /** Weight covered only by sector names or aliases. */
  inAliases: number;
  total: number;
  /** How many covered concepts are words (two or more characters) rather than lone characters. */
  words: number;
  /** Concepts (by index) covered anywhere in the record. */
  covered: Set<number>;
  /** Concepts (by index) covered by sector names or aliases. */
  aliasConcepts: Set<number>;
}

/** A single character says little in Chinese: it weighs less than a word. */
const SINGLE_CHAR_FACTOR = 0.3;
const LATIN = /^[a-z0-9' -]+$/;
const PARTIAL_ALIAS_FACTOR = 0.5;
/**
 * Words for kinds of organisation (knowledge/language.json genericWords) say who is asking, not what
 * about: in 供电行业的协会, 供电 is the topic and 行业/协会 could be any sector's. They count, but lightly.
 */
const GENERIC_FACTOR = 0.2;
const NUMBER_FACTOR = 1.5;
/**
 * A concept weighs what its rarest form the knowledge base knows weighs: 开工 (never in a notice)
 * weighs as 复工, its notice word, not as an unknown word would. Unknown everywhere: the most.
 */
export function conceptWeight(
  forms: string[],
  vocab: Vocabulary,
  generic: Set<string>,
  general: { light: { has(w: string): boolean }; verbs: { has(w: string): boolean } } = { light: new Set(), verbs: new Set() },
): number {
  const lower = forms.map((f) => f.toLowerCase());
  const known = lower.filter((f) => vocab.has(f));
  const best = Math.max(...(known.length > 0 ? known : lower).map((f) => vocab.idf(f)));
  // A word no notice knows that general Chinese uses as an adverb, a time word, a numeral (一直, 今年,
  // 三十几个) is how the asker talks, not a thing they ask for that the notice lacks.
  if (known.length === 0 && general.light.has(lower[0]!)) return best * TUNING.lightWordFactor;
  // A verb no notice knows (抓紧, 打算) is asked, but it is not a thing the notice could lack (补贴, 账号).
  if (known.length === 0 && general.verbs.has(lower[0]!)) return best * TUNING.verbWordFactor;
  if (forms.some((f) => generic.has(f.toLowerCase()))) return best * GENERIC_FACTOR;
  // A number or date (年底前, 12.5万, 8个) points at one place in a notice: it counts more.
  if (forms.some((f) => /\d/.test(f) && /\p{Script=Han}/u.test(f))) return best * NUMBER_FACTOR;
  if (forms.every((f) => [...f].length === 1)) return best * SINGLE_CHAR_FACTOR;
  return best;
}

/** A concept's forms as coverage compares them, worked out once a question rather than once a sentence. */
export interface ConceptForms {
  lower: string[];
  /** Each form's characters (code points). */
  chars: string[][];
  /** Each Latin form's whole-word pattern; undefined for the others. */
  latin: Array<RegExp | undefined>;
  /** Each form: only names a sector (an everyday business name's document term, 火锅店 -> 餐饮), never the first. */
  namesOnly: boolean[];
  /** Whether any form is a word (two characters or more) rather than a lone character. */
  word: boolean;
  /** The asker's own word(s): the Latin forms of an English concept, else the first form. */
  own: string[];
}

export function conceptForms(concepts: string[][], namesOnly: (form: string) => boolean = () => false): ConceptForms[] {
  return concepts.map((forms) => {
    const lower = forms.map((f) => f.toLowerCase());
    const chars = lower.map((f) => [...f]);
    const latin = lower.map((f) => (LATIN.test(f) ? wholeWord(f) : undefined));
    return {
      lower,
      chars,
      latin,
      // The asker's word (the first form) always counts as itself.
      namesOnly: lower.map((f, j) => j > 0 && namesOnly(f)),
      word: chars.some((c) => c.length >= 2),
      own: latin.some((x) => x) ? lower.filter((_, j) => latin[j]) : lower.slice(0, 1),
    };
  });
}

/**
 * How much of a question a sentence covers. Plain loops, no closures: this runs for every candidate
 * sentence and concept, and what it allocated was most of a question's garbage (and so of its GC pauses).
 */
export function coverage(record: SentenceRecord, concepts: ConceptForms[], weights: number[], generic: Set<string>): Coverage {
  const { aliasSide, aliasList } = record;
  let inText = 0;
  let inAliases = 0;
  let total = 0;
  let words = 0;
  const covered = new Set<number>();
  const aliasConcepts = new Set<number>();
  for (let i = 0; i < concepts.length; i++) {
    const c = concepts[i]!;
    const { lower, chars, latin, namesOnly } = c;
    const w = weights[i] ?? 0;
    total += w;
    // A form that only names a sector, found in the sentence, counts as an alias would; a lone character
    // found inside some alias (发 in 批发) names no sector.
    let named = false;
    let inSentence = false;
    let inAlias = false;
    for (let j = 0; j < lower.length; j++) {
      if (namesOnly[j] ? !named : !inSentence) {
        if (inSide(record, c, j)) {
          if (namesOnly[j]) named = true;
          else inSentence = true;
        }
      }
      if (!inAlias && chars[j]!.length >= 2) {
        const pattern = latin[j];
        inAlias = pattern ? pattern.test(aliasSide) : aliasSide.includes(lower[j]!);
      }
    }
    inAlias ||= named;
    if (inSentence) inText += w;
    // A word that only sits inside a longer alias (市场 in 菜市场) is weaker evidence than one naming it.
    else if (inAlias) inAliases += naming(c, aliasList) ? w : w * PARTIAL_ALIAS_FACTOR;
    if (inSentence || inAlias) covered.add(i);
    if ((inSentence || inAlias) && c.word) words++;
    // Only the asker's own word names a sector, not a synonym added for it (open -> 开学 names no school).
    if (inAlias && !generic.has(lower[0]!) && c.own.some((f) => namesSector(f, aliasList))) aliasConcepts.add(i);
  }
  return { share: total > 0 ? (inText + inAliases) / total : 0, inText, inAliases, total, words, covered, aliasConcepts };
}

/** Whether a concept's form j is in the sentence's own words (Latin forms as whole words). */
function inSide(record: SentenceRecord, c: ConceptForms, j: number): boolean {
  const pattern = c.latin[j];
  return pattern ? pattern.test(record.sentenceSide) : containsFuzzy(record, c.lower[j]!, c.chars[j]!);
}

/** Whether any form of the concept names the sentence's sector (English words always do). */
function naming(c: ConceptForms, aliasList: string[]): boolean {
  for (let j = 0; j < c.lower.length; j++) if (c.latin[j] !== undefined || namesSector(c.lower[j]!, aliasList)) return true;
  return false;
}

/**
 * Whether a word names the sector: it is one of its aliases, contains one (农业合作社 ⊃ 合作社), or is
 * at least three quarters of one. A word that is merely inside an alias (工作 in 社会工作) does not name it.
 */
function namesSector(form: string, aliases: string[]): boolean {
  // Lengths are counted only where a containment holds: this runs for every candidate, concept and form.
  return aliases.some((a) => a === form || (form.includes(a) && codePoints(a) >= 2) || (a.includes(form) && codePoints(form) / codePoints(a) >= 0.75));
}

/** [...s].length without building the array: a surrogate pair is one character, a lone surrogate one too. */
function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

/** English words match whole words (so "art" is not found in "part"); Chinese ones as substrings. */
function wholeWord(word: string): RegExp {
  return new RegExp(`(^|[^a-z])${escapeRegExp(word)}($|[^a-z])`);
}

/**
 * In the sentence's own words as a substring, or for words of three or more characters (`n`: the needle's),
 * with one character different.
 */
function containsFuzzy(record: SentenceRecord, needle: string, n: string[]): boolean {
  const haystack = record.sentenceSide;
  if (haystack.includes(needle)) return true;
  if (n.length < 3) return false;
  // A match missing one character holds all the others: with two of them nowhere in the text, none can.
  let absent = 0;
  for (const ch of n) if (!haystack.includes(ch) && ++absent > 1) return false;
  record.sentenceChars ??= [...haystack];
  const h = record.sentenceChars;
  for (let i = 0; i + n.length <= h.length; i++) {
    let misses = 0;
    for (let j = 0; j < n.length && misses <= 1; j++) if (h[i + j] !== n[j]) misses++;
    if (misses <= 1) return true;
  }
  return false;
}

/**
 * When a question names several sectors ("医院和学校要做什么"), each sector's sentence covers its own
 * part: a sector sentence is judged together with the sector words that other sector sentences cover.
 */
export function withOtherSectors(c: Coverage, others: Set<number>, weights: number[]): Coverage {
  const extra = [...others].filter((i) => !c.covered.has(i));
  if (extra.length === 0) return c;
  const add = extra.reduce((sum, i) => sum + (weights[i] ?? 0), 0);
  const share = c.total > 0 ? (c.inText + c.inAliases + add) / c.total : 0;
  return coverageOf(share, c.inText, c.inAliases + add, c, new Set([...c.covered, ...extra]));
}

/** The coverage with one more concept held by the sentence's own text (a kind of answer it holds: 6000元 for 好多钱). */
export function withConcept(c: Coverage, index: number, weights: number[]): Coverage {
  const w = weights[index] ?? 0;
  const share = c.total > 0 ? (c.inText + w + c.inAliases) / c.total : 0;
  return coverageOf(share, c.inText + w, c.inAliases, c, new Set([...c.covered, index]));
}

/**
 * The coverage under other weights of the same concepts (Weighing.weightsFor): each concept's weight moves the total,
 * and the part where the sentence holds it.
 */
export function withWeights(c: Coverage, from: number[], to: number[]): Coverage {
  let { inText, inAliases, total } = c;
  to.forEach((w, i) => {
    const change = w - (from[i] ?? 0);
    if (change === 0) return;
    total += change;
    if (!c.covered.has(i)) return;
    if (c.aliasConcepts.has(i)) inAliases += change;
    else inText += change;
  });
  return coverageOf(total > 0 ? (inText + inAliases) / total : 0, inText, inAliases, c, c.covered, total);
}

/**
 * A coverage written out field by field rather than as { ...c, share }: in Node 20's V8 an object literal with
 * properties after a spread gets a hidden class of its own every time, which the garbage collector then keeps in
 * its old generation (docs/ARCHITECTURE.md, "Hidden classes").
 */
function coverageOf(share: number, inText: number, inAliases: number, c: Coverage, covered: Set<number>, total = c.total): Coverage {
  return { share, inText, inAliases, total, words: c.words, covered, aliasConcepts: c.aliasConcepts };
}
