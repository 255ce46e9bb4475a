// A question's text with the words it mistyped written as the notice writes them (日西乡 -> 日溪乡), for readers of
// the text itself rather than of its words: a place read from 日西乡 is 西乡 (西乡县, in another province), which the
// notice never names, though the asker means the township the notice does.
import type { Vocabulary } from './vocabulary.js';

/** Words this short are never corrected (see Vocabulary.correct, HomophoneIndex.correct): none to look for. */
const MIN_CHARS = 2;

/**
 * `terms`: the words read from the text, some of them corrections of what was typed. Each one the text does not hold
 * is put in place of the stretch of the text, as long, that the vocabulary corrects to it (by sound, or by one character).
 */
export function withCorrections(text: string, terms: string[], vocab: Vocabulary): string {
  let out = text;
  for (const term of terms) {
    const length = [...term].length;
    if (length < MIN_CHARS || out.includes(term) || !/^\p{Script=Han}+$/u.test(term)) continue;
    const chars = [...out];
    for (let at = 0; at + length <= chars.length; at++) {
      const typed = chars.slice(at, at + length).join('');
      if (!/^\p{Script=Han}+$/u.test(typed)) continue;
      if (vocab.sounds.correct(typed) === term || vocab.correct(typed) === term) {
        out = [...chars.slice(0, at), term, ...chars.slice(at + length)].join('');
        break;
      }
    }
  }
  return out;
}
