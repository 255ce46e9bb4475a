// The terms a question is searched by: the segmenter's words of each stretch between punctuation, re-joined into
// the longest words the knowledge knows, recut where the segmenter cut across one, with question words, counting
// words and a closing negation left out. Split from normalise.ts (cleaning and segmenting any text): this part reads
// the vocabulary and the language data, and only queries need it.
import type { QueryLanguage } from './language.js';
import { MAX_JOIN_CHARS, segmentWords } from './normalise.js';
import type { Vocabulary } from './vocabulary.js';

/** The longest general noun (knowledge/general-words.json) joined from single characters. */
const GENERAL_NOUN_CHARS = 4;
/** Characters some notice holds start a joined noun only of this length: two (特|别) are too often two words. */
const LONG_NOUN_CHARS = 3;

/**
 * Query terms of a simplified question: segmenter words, re-joined into the longest run the
 * vocabulary knows (复|工 -> 复工, 医疗|器|戒 -> 医疗器械 by one-character correction), then
 * question words dropped. Single characters that join nothing are kept only when not fillers.
 */
export function queryTerms(simplified: string, vocab: Vocabulary, lang: QueryLanguage): string[] {
  const terms: string[] = [];
  // As a notice's runs, a question's never cross punctuation (不让进，民政局 is no 进民政局).
  const content = new Set<string>();
  for (const chunk of simplified.split(/[^\p{L}\p{N}]+/u)) {
    if (!chunk) continue;
    const words = withoutCountingWords(withoutClosingNegation(chunkTerms(recut(segmentWords(chunk), vocab, lang), vocab, lang), lang), lang);
    // A courtesy a lexicon reads as filler (感谢, 辛苦了) is what is asked about when a notice uses it and the words
    // after it ask on (基金会在公告里感谢了哪些人); at the end of a message it only closes it (好的，谢谢).
    // So is one asked about (有没有感谢大家, 有冇道歉): right after a word that asks.
    words.forEach((w, i) => {
      const asked = words.slice(i + 1).some((x) => !isFiller(x, lang)) || (i > 0 && lang.questionWords.has(words[i - 1]!));
      if (vocab.has(w) && !lang.questionWords.has(w) && lang.isQuestionWord(w) && asked) content.add(w);
    });
    terms.push(...words);
  }
  // A stray Latin letter or two in a Chinese question (a typo, a unit) is noise, not a word.
  return [...new Set(terms.filter((t) => (content.has(t) || !isFiller(t, lang)) && /[\p{L}\p{N}]/u.test(t) && !/^[a-z]{1,2}$/.test(t)))];
}

/** 哪, 这 or 那, alone or before a number: which or this one(s) of what a measure word after it counts (哪两场, 这场). */
const POINTING = /^[哪这那](?:[一二三四五六七八九十两几]+)?$/u;
const NUMBER = /^[一二三四五六七八九十两几]+$/u;

/**
 * A measure word after 哪, 这 or 那 and a number (哪两|场|仗, 这|场, 哪|几|类) points at what is asked about: no word of
 * it. After a number alone it is kept: 交几幅 asks how many 幅, and a sentence saying 3幅 answers it.
 */
function withoutCountingWords(terms: string[], lang: QueryLanguage): string[] {
  const pointed = (i: number) => POINTING.test(terms[i - 1] ?? '') || (NUMBER.test(terms[i - 1] ?? '') && POINTING.test(terms[i - 2] ?? ''));
  return terms.filter((t, i) => !(lang.measureWords.has(t) && pointed(i)));
}

/**
 * A clause that ends in 不 or 没 (before fillers such as 嘛, 哦) asks yes or no: 要交不嘛 is 要不要交, 还收不收.
 * That 不 is the asking, no word of what is asked.
 */
function withoutClosingNegation(terms: string[], lang: QueryLanguage): string[] {
  let end = terms.length;
  while (end > 0 && isFiller(terms[end - 1]!, lang)) end--;
  return end > 1 && (terms[end - 1] === '不' || terms[end - 1] === '没') ? [...terms.slice(0, end - 1), ...terms.slice(end)] : terms;
}

/**
 * Two words of two characters that no notice or lexicon knows, whose middle characters make a word a notice
 * uses (开线|下课 -> 开|线下|课), or a particle and a character that with the next word make one (了一|级 ->
 * 了|一级): the segmenter cut across the notice's word.
 */
function recut(words: string[], vocab: Vocabulary, lang: QueryLanguage): string[] {
  const known = (w: string) => vocab.has(w) || lang.words.has(w);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1];
    // A segmenter word no notice or lexicon knows made of two that they do (疑似病例 -> 疑似|病例): those two.
    // A question word the segmenter split across the next word (哪|天才 -> 哪天|才): the question word, then the rest.
    const asked = b !== undefined && [...a].length === 1 && !known(b) ? questionWordAcross(a, b, lang) : undefined;
    if (asked) {
      out.push(...asked);
      i++;
      continue;
    }
    const halves = known(a) ? undefined : knownHalves(a, known);
    if (halves) {
      out.push(...halves);
      continue;
    }
    const [a0, a1, ...aMore] = [...a];
    if (b === undefined || a1 === undefined || aMore.length > 0 || known(a)) {
      out.push(a);
      continue;
    }
    const [b0, b1, ...bMore] = [...b];
    if (b1 !== undefined && bMore.length === 0 && !known(b) && /^\p{Script=Han}+$/u.test(a + b) && vocab.has(a1 + b0)) {
      out.push(a0!, a1 + b0, b1);
      i++;
    } else if (gluedBefore(a, a1 + b, vocab, lang)) {
      out.push(a0!, a1 + b);
      i++;
    } else out.push(a);
  }
  return out;
}

/**
 * Whether the first character of a two-character segment is a word of its own, glued to the next word's first character
 * (`joined`: that character and the next word), which is the word meant: a particle or a conjunction before a notice's
 * word (了一|级 -> 了|一级, 表|和善|款 -> 和|善款), a question word before a lexicon word (要写|低 -> 要|写低, Cantonese
 * 写低 for 写明).
 */
function gluedBefore(segment: string, joined: string, vocab: Vocabulary, lang: QueryLanguage): boolean {
  const first = [...segment][0]!;
  const general = isGeneralWord(segment, lang);
  return (
    (vocab.has(joined) && (lang.particles.has(first) || (lang.conjunctions.has(first) && !general))) ||
    (!general && lang.questionWords.has(first) && lang.words.has(joined))
  );
}

/** `a` and the first character of `b` as a question word, and the rest of `b`; else undefined. */
function questionWordAcross(a: string, b: string, lang: QueryLanguage): [string, string] | undefined {
  const [b0, ...rest] = [...b];
  return rest.length > 0 && lang.questionWords.has(a + b0!) ? [a + b0!, rest.join('')] : undefined;
}

/** A word of four characters or more, all Han, that splits into two known words; else undefined. */
function knownHalves(word: string, known: (w: string) => boolean): [string, string] | undefined {
  const chars = [...word];
  if (chars.length < 4 || !/^\p{Script=Han}+$/u.test(word)) return undefined;
  for (let k = 2; k <= chars.length - 2; k++) {
    const left = chars.slice(0, k).join('');
    const right = chars.slice(k).join('');
    if (known(left) && known(right)) return [left, right];
  }
  return undefined;
}

/** The terms of one stretch of a question between punctuation marks, from its segmenter words. */
function chunkTerms(words: string[], vocab: Vocabulary, lang: QueryLanguage): string[] {
  const known = (w: string) => vocab.has(w) || lang.words.has(w);
  const isQ = (w: string) => lang.isQuestionWord(w);
  const terms: string[] = [];
  let i = 0;
  while (i < words.length) {
    let taken = 1;
    let term = words[i]!;
    for (let n = Math.min(MAX_JOIN_CHARS, words.length - i); n >= 2; n--) {
      const run = words.slice(i, i + n).join('');
      if (run.length > MAX_JOIN_CHARS) continue;
      // A notice's run across a particle (企业|的|复 of 企业的复工) is no word: 企业, then 复工.
      if (!lang.words.has(run) && words.slice(i + 1, i + n).some((w) => lang.particles.has(w))) continue;
      // A run may hold a question word inside (守好自己的门), not at its edge (商会要 is 商会 + 要).
      if (isQ(words[i]!) || isQ(words[i + n - 1]!)) {
        // ...unless the whole run is a lexicon or question word (搞哪样, 咋个办, 要|不要): then it is one word, kept or dropped whole.
        // ...or two characters, a question word's and after it one no notice knows, that sound as a notice's word: the pinyin
        // input picked the question word's character (有|箱 for 邮箱).
        if (!lang.words.has(run) && !lang.questionWords.has(run)) {
          const slip =
            n === 2 && [...run].length === 2 && isQ(words[i]!) && !isQ(words[i + 1]!) && !known(words[i + 1]!) ? vocab.sounds.correct(run) : undefined;
          if (slip) {
            term = slip;
            taken = n;
            break;
          }
          continue;
        }
      }
      if ((known(run) && (!isQ(run) || lang.words.has(run))) || lang.questionWords.has(run)) {
        term = run;
        taken = n;
        break;
      }
      // Known words side by side are a new phrase, not a typo (农业协会 is not 行业协会); so are words of
      // general Chinese, also when the run cuts one (教育厅|厅|长 is 教育厅 and 厅长, not a word one character away).
      // Nor is a known word of three characters or more with one more at either end (民政局|话, Cantonese for says; 老|志愿|者;
      // 志愿|者|群): that character is a word of its own, not a slip inside a notice's run (民政局向, 的志愿者).
      const chars = [...run];
      const knownBeside = chars.length >= 4 && (known(chars.slice(1).join('')) || known(chars.slice(0, -1).join('')));
      const hasUnknownWord =
        !knownBeside && words.slice(i, i + n).some((w) => !known(w) && !isGeneralWord(w, lang)) && generalNounAt(words, i + n - 1, lang) === 0;
      // A run of several segmenter words that is no word (志|原, 民|正): perhaps a pinyin-input typo. A
      // single segment is a word of the segmenter's dictionary (推荐), and is never "corrected" by sound.
      const fixed = hasUnknownWord ? (([...run].length >= 4 ? vocab.correct(run) : undefined) ?? vocab.sounds.correct(run)) : undefined;
      if (fixed) {
        term = fixed;
        taken = n;
        break;
      }
    }
    // A run only a lexicon knows whose last segmenter word is one character that, with the single character after the run,
    // makes a word a notice writes, ends before it, when what is left is a word too (重新|开, then 馆: 重新 and 开馆, not
    // 重新开 and 馆). A notice's own run stays whole (扶贫扶智, then 扶志).
    const next = words[i + taken];
    if (taken >= 2 && term === words.slice(i, i + taken).join('') && !vocab.has(term) && next !== undefined && [...next].length === 1) {
      const last = words[i + taken - 1]!;
      const shorter = words.slice(i, i + taken - 1).join('');
      if (
        [...last].length === 1 &&
        !isQ(last) &&
        !isQ(next) &&
        vocab.has(last + next) &&
        (known(shorter) || isGeneralWord(shorter, lang)) &&
        !known(term + next)
      ) {
        term = shorter;
        taken--;
      }
    }
    // Single characters that spell a noun of general Chinese no notice uses (账|号, 日|料) are that word. Three or four
    // of them are, though the first is a character some notice holds (比|特|币: 特 of 特别, 币 of 人民币).
    if (taken === 1 && (!known(term) || [...term].length === 1)) {
      const noun = generalNounAt(words, i, lang, known(term) ? LONG_NOUN_CHARS : 2);
      if (noun > 0) {
        term = words.slice(i, i + noun).join('');
        taken = noun;
      }
    }
    if (taken === 1 && !known(term)) term = vocab.correct(term) ?? term;
    terms.push(term);
    i += taken;
  }
  return terms;
}

/**
 * How many single-character segments from `at` on spell the longest general noun of at least `min` characters (厅|长 -> 2);
 * 0 when none do.
 */
function generalNounAt(words: string[], at: number, lang: QueryLanguage, min = 2): number {
  let run = '';
  let longest = 0;
  for (let j = at; j < Math.min(words.length, at + GENERAL_NOUN_CHARS) && [...words[j]!].length === 1; j++) {
    run += words[j];
    if (j - at + 1 >= min && lang.nounWords.has(run)) longest = j - at + 1;
  }
  return longest;
}

/** A word of two or more characters that general Chinese has (knowledge/general-words.json). */
function isGeneralWord(w: string, lang: QueryLanguage): boolean {
  return [...w].length >= 2 && (lang.nounWords.has(w) || lang.verbWords.has(w) || lang.adjectiveWords.has(w) || lang.lightWords.has(w));
}

/** A question word, or a word the segmenter glued from question words only (我是, 该做, 还有). */
export function isFiller(term: string, lang: QueryLanguage): boolean {
  if (lang.isQuestionWord(term)) return true;
  // A bare quantity (几十万, 十万, 两百) asks how many; the notice's numbers carry digits.
  if (/^[一二三四五六七八九十百千万亿两几多]+$/.test(term)) return true;
  const chars = [...term];
  // ok[i]: the first i characters split into question words.
  const ok = [true];
  for (let i = 1; i <= chars.length; i++) {
    ok[i] = false;
    for (let j = Math.max(0, i - 4); j < i && !ok[i]; j++) ok[i] = ok[j]! && lang.isQuestionWord(chars.slice(j, i).join(''));
  }
  return ok[chars.length]!;
}
