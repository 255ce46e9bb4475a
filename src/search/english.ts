// English questions reach the Chinese notice through the English lexicons (knowledge/lexicon/, and each
// notice's own English terms). Sector words are matched by the sectors' English aliases in the index itself.
import type { QueryLanguage } from './language.js';

/** Lexicon phrases are at most this many words long. */
const MAX_PHRASE_WORDS = 4;

/** The word and its plain forms: remaining -> remain, issued -> issue, charities -> charity. */
function stems(word: string): string[] {
  const out = [word];
  if (word.length > 4 && word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) out.push(word.slice(0, -1));
  // matches, boxes, churches: -es after a sibilant.
  if (word.length > 4 && /(?:ch|sh|x|ss|z)es$/.test(word)) out.push(word.slice(0, -2));
  if (word.length > 5 && word.endsWith('ing')) out.push(...undoubled(word.slice(0, -3)), `${word.slice(0, -3)}e`);
  if (word.length >= 4 && word.endsWith('ed')) out.push(...undoubled(word.slice(0, -2)), word.slice(0, -1));
  return out;
}

/** A stem whose last consonant was doubled before -ing or -ed (cutting, stopped), and the plain one (cut, stop). */
function undoubled(stem: string): string[] {
  return /([b-df-hj-np-tv-z])\1$/.test(stem) && !/(?:ll|ss|ff|zz)$/.test(stem) ? [stem, stem.slice(0, -1)] : [stem];
}

/**
 * The forms a word is looked up by: its plain forms, then its plural, which a lexicon may list alone (materials:
 * once a lexicon word one letter away, material was read as it by typo correction; it is a real word now).
 */
function lookupForms(word: string): string[] {
  return word.length >= 5 && !word.endsWith('s') ? [...stems(word), `${word}s`] : stems(word);
}

/** Month names and their abbreviations, by number. */
const MONTHS = new Map<string, number>(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].flatMap(
    (name, i): Array<[string, number]> => [
      [name, i + 1],
      [name.slice(0, 3), i + 1],
    ],
  ),
);
MONTHS.set('sept', 9);
const DAY = /^([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;

/**
 * A date written in English (January 27, Feb 14th, the 14th of February, 27 Jan) as notices write it (1月27日): the
 * words it took, and its concept; undefined if none starts at `i`. Not a month alone: may and march are everyday
 * words, and "last December" read as 12月 answered a question about another year (-1 on the labelled rows).
 */
function englishDate(words: string[], i: number): { taken: number; concept: string[] } | undefined {
  const [a, b, c] = [words[i]!, words[i + 1], words[i + 2]];
  const month = MONTHS.get(a);
  if (month !== undefined) {
    const day = b === undefined ? undefined : DAY.exec(b)?.[1];
    return day ? { taken: 2, concept: [`${month}月${day}日`, `${a} ${b}`] } : undefined;
  }
  const day = DAY.exec(a)?.[1];
  const after = b === 'of' ? c : b;
  const monthAfter = after === undefined ? undefined : MONTHS.get(after);
  if (day && monthAfter !== undefined)
    return { taken: b === 'of' ? 3 : 2, concept: [`${monthAfter}月${day}日`, words.slice(i, i + (b === 'of' ? 3 : 2)).join(' ')] };
  return undefined;
}

/**
 * The concepts of an English question: each is the Chinese terms a phrase maps to plus the English
 * phrase itself (which sector aliases match); words with no mapping stay as they are.
 */
export function englishTerms(text: string, lang: QueryLanguage): string[][] {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9' -]+/g, ' ')
    .split(/\s+/)
    // A possessive is its word: the chamber's donation is the chamber's (商会), not an unknown "chamber's".
    .map((w) => w.replace(/^'+|'+$/g, '').replace(/'s$/, ''))
    // A dash standing alone (the notice - all at once) is punctuation, no word.
    .filter((w) => /[a-z0-9]/.test(w))
    // A compound of two words no lexicon knows whole (city-level, price-hike, turn-back) is read as its words, which they
    // may know. Longer ones are set phrases whose words say something else (work-from-home, face-to-face): kept whole.
    .flatMap((w) => (/^[a-z]+-[a-z]+$/.test(w) && !lookupForms(w).some((x) => lang.englishMeaning(x)) ? w.split('-') : [w]));
  const out: string[][] = [];
  // A phrase that means only question words or the document itself (who -> 谁, notice -> 通知) asks, not names.
  const asks = (means: string[]) => means.length === 0 || means.every((m) => lang.isQuestionWord(m));
  let i = 0;
  while (i < words.length) {
    const date = englishDate(words, i);
    if (date) {
      out.push(date.concept);
      i += date.taken;
      continue;
    }
    // The longest phrase of the lexicons starting here (chamber of commerce before chamber).
    let taken = 0;
    for (let n = Math.min(MAX_PHRASE_WORDS, words.length - i); n >= 2 && taken === 0; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      const means = lang.englishStopWords.has(phrase) ? undefined : lang.englishMeaning(phrase);
      if (means) {
        if (!asks(means)) out.push([...means, phrase]);
        taken = n;
      }
    }
    if (taken > 0) {
      i += taken;
      continue;
    }
    const word = words[i++]!;
    if (lang.englishStopWords.has(word)) continue;
    const known = lookupForms(word).find((x) => lang.englishMeaning(x));
    const derived = known ? undefined : lang.englishByStem(word);
    if (derived) {
      if (!asks(derived)) out.push([...derived, word]);
      continue;
    }
    const typo = known ? undefined : lang.englishTypo(word);
    if (typo && lang.englishStopWords.has(typo)) continue;
    const stem = known ?? typo;
    // An adverb no lexicon reads (physically, actually, currently) says how, not what: no thing to look for.
    if (!stem && word.length >= 7 && word.endsWith('ly')) continue;
    if (!stem) out.push(stems(word));
    else if (!asks(lang.englishMeaning(stem)!)) out.push([...lang.englishMeaning(stem)!, word]);
  }
  return out;
}
