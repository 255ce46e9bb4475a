// How much of a question a sentence record answers: the share of the question's concepts, weighted by
// rarity, that the record contains, told apart by where (notice text or only sector aliases).
import type { SentenceRecord } from './index.js';
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
export function conceptWeight(forms: string[], vocab: Vocabulary, generic: Set<string>): number {
  const lower = forms.map((f) => f.toLowerCase());
  const known = lower.filter((f) => vocab.has(f));
  const best = Math.max(...(known.length > 0 ? known : lower).map((f) => vocab.idf(f)));
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
  /** Whether any form is a word (two characters or more) rather than a lone character. */
  word: boolean;
  /** The asker's own word(s): the Latin forms of an English concept, else the first form. */
  own: string[];
}

export function conceptForms(concepts: string[][]): ConceptForms[] {
  return concepts.map((forms) => {
    const lower = forms.map((f) => f.toLowerCase());
    const chars = lower.map((f) => [...f]);
    const latin = lower.map((f) => (LATIN.test(f) ? wholeWord(f) : undefined));
    return {
      lower,
      chars,
      latin,
      word: chars.some((c) => c.length >= 2),
      own: latin.some((x) => x) ? lower.filter((_, j) => latin[j]) : lower.slice(0, 1),
    };
  });
}

/**
 * `namesOnly(form)`: a form that only names a sector (an everyday business name's document term, 火锅店 ->
 * 餐饮): found in a sentence, it counts as a sector alias would, not as the sentence answering.
 */
export function coverage(
  record: SentenceRecord,
  concepts: ConceptForms[],
  weights: number[],
  generic: Set<string>,
  namesOnly: (form: string) => boolean = () => false,
): Coverage {
  const { sentenceSide, aliasSide } = record;
  const sentenceChars = () => {
    record.sentenceChars ??= [...sentenceSide];
    return record.sentenceChars;
  };
  let inText = 0;
  let inAliases = 0;
  let total = 0;
  let words = 0;
  const covered = new Set<number>();
  const aliasConcepts = new Set<number>();
  concepts.forEach(({ lower, chars, latin, word, own }, i) => {
    const w = weights[i] ?? 0;
    total += w;
    const inSide = (j: number) => {
      const pattern = latin[j];
      return pattern ? pattern.test(sentenceSide) : containsFuzzy(sentenceSide, lower[j]!, chars[j]!, sentenceChars);
    };
    // A lone character found inside some alias (发 in 批发) names no sector.
    const named = lower.some((f, j) => j > 0 && namesOnly(f) && inSide(j));
    const inAlias = named || lower.some((f, j) => chars[j]!.length >= 2 && (latin[j] ? latin[j].test(aliasSide) : aliasSide.includes(f)));
    const inSentence = lower.some((f, j) => !(j > 0 && namesOnly(f)) && inSide(j));
    // A word that only sits inside a longer alias (市场 in 菜市场) is weaker evidence than one naming it.
    const naming = () => lower.some((f, j) => latin[j] !== undefined || namesSector(f, record.aliasList));
    if (inSentence) inText += w;
    else if (inAlias) inAliases += naming() ? w : w * PARTIAL_ALIAS_FACTOR;
    if (inSentence || inAlias) covered.add(i);
    if ((inSentence || inAlias) && word) words++;
    // Only the asker's own word names a sector, not a synonym added for it (open -> 开学 names no school).
    if (inAlias && !generic.has(lower[0]!) && own.some((f) => namesSector(f, record.aliasList))) aliasConcepts.add(i);
  });
  return { share: total > 0 ? (inText + inAliases) / total : 0, inText, inAliases, total, words, covered, aliasConcepts };
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

/** Substring, or for words of three or more characters (`n`: the needle's), one character different. */
function containsFuzzy(haystack: string, needle: string, n: string[], haystackChars: () => string[]): boolean {
  if (haystack.includes(needle)) return true;
  if (n.length < 3) return false;
  // A match missing one character holds all the others: with two of them nowhere in the text, none can.
  let absent = 0;
  for (const ch of n) if (!haystack.includes(ch) && ++absent > 1) return false;
  const h = haystackChars();
  for (let i = 0; i + n.length <= h.length; i++) {
    let misses = 0;
    for (let j = 0; j < n.length && misses <= 1; j++) if (h[i + j] !== n[j]) misses++;
    if (misses <= 1) return true;
  }
  return false;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * When a question names several sectors ("医院和学校要做什么"), each sector's sentence covers its own
 * part: a sector sentence is judged together with the sector words that other sector sentences cover.
 */
export function withOtherSectors(c: Coverage, others: Set<number>, weights: number[]): Coverage {
  const extra = [...others].filter((i) => !c.covered.has(i));
  if (extra.length === 0) return c;
  const add = extra.reduce((sum, i) => sum + (weights[i] ?? 0), 0);
  return { ...c, inAliases: c.inAliases + add, share: c.total > 0 ? (c.inText + c.inAliases + add) / c.total : 0, covered: new Set([...c.covered, ...extra]) };
}
