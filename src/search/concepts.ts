// A question's concepts: each the asker's own word and what documents say for it (lexicon synonyms, a
// topic inside a word that names a kind of organisation), or the Chinese terms English words map to.
import { englishTerms } from './english.js';
import type { QueryConcepts } from './index.js';
import type { QueryLanguage } from './language.js';
import { queryTerms } from './query-terms.js';
import type { Vocabulary } from './vocabulary.js';

export function queryConcepts(simplified: string, english: boolean, lang: QueryLanguage, vocab: Vocabulary): QueryConcepts {
  if (english)
    return [...englishTerms(simplified, lang), ...(simplified.match(/\p{Script=Han}[\p{Script=Han}A-Za-z0-9]*/gu) ?? []).map((w) => [w.toLowerCase()])];
  return queryTerms(simplified, vocab, lang).map((t) => withLonger(withTopic(lang.synonyms(t), lang, vocab), vocab));
}

/**
 * A word no notice uses that one does with a character added inside (捐物资, 捐款物资) also stands for that form.
 * The notices' runs are of at most four characters (MAX_RUN_CHARS), so the asker's word is of three: 捐物资 -> 捐款物资
 * answered one more question of the labelled sets and cost none.
 */
function withLonger(forms: string[], vocab: Vocabulary): string[] {
  const word = forms[0]!;
  if (vocab.has(word)) return forms;
  const longer = vocab.withOneMore(word).filter((w) => !forms.includes(w));
  return longer.length > 0 ? [...forms, ...longer] : forms;
}

/**
 * A word that is a topic and a kind of organisation (餐饮行业, 医疗协会) also stands for its topic: the
 * kind says who, not what about. Else a notice that happens to use the whole word (武汉餐饮行业) would
 * outrank the one that states 餐饮's duty, only because the question was re-joined into its word.
 */
function withTopic(forms: string[], lang: QueryLanguage, vocab: Vocabulary): string[] {
  const chars = [...forms[0]!];
  for (let cut = chars.length - 1; cut >= 2; cut--) {
    const topic = chars.slice(0, cut).join('');
    const kind = chars.slice(cut).join('');
    if (lang.genericWords.has(kind) && !lang.genericWords.has(topic) && (vocab.has(topic) || lang.words.has(topic)))
      return forms.includes(topic) ? forms : [...forms, topic];
  }
  return forms;
}
