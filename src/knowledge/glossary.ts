// A notice's English glossary: for the words of a notice, their English glosses from a Chinese–English
// dictionary (CC-CEDICT), turned around (sashimi -> 刺身) so that English questions reach words no one listed
// by hand. Written at import time as data (knowledge/notices/<id>.glossary.json); the bot never loads the
// dictionary itself.

/** Function words and glosses too vague to lead anywhere. */
const SKIP = new Set(
  'a an the of to in on at for from by with and or as be is are was were it its this that these those one sb sth etc also used see variant old lit fig abbr idiom pr esp kind person thing something someone place way make do get have take give put'.split(
    ' ',
  ),
);
/**
 * Words that do not mean themselves where they stand: "as follows" (如下) says what comes next, not to follow anything
 * ("which law should restaurants follow" asks no 如下); a verb with its particle is another verb (look into, 研究; come
 * to, 来临; bring about, 造成), so "look" alone is no gloss of 研究.
 */
const NOT_MEANT =
  /\bas follows\b|\b(?:look|looks|come|comes|set|sets|run|runs|turn|turns|bring|brings|take|takes|carry|carries|break|breaks|pick|picks|stand|stands|hold|holds)\s+(?:into|up|out|on|off|about|over|to|down|back|forward|in|through|after|for|around)\b/g;
/** An English word glossing more notice words than this says nothing particular. */
const MAX_WORDS_PER_GLOSS = 6;

export interface GlossEntry {
  said: string[];
  means: string[];
}

/** English keywords of one CC-CEDICT definition: "to solicit contributions; to collect donations". */
export function glossWords(definition: string): string[] {
  return (
    definition
      .toLowerCase()
      .replace(/\([^)]*\)|\[[^\]]*\]|[^\x20-\x7e]/g, ' ')
      .replace(NOT_MEANT, ' ')
      .match(/[a-z][a-z'-]{2,}/g) ?? []
  ).filter((w) => !SKIP.has(w));
}

/**
 * English word -> the notice's words it glosses, one entry per English word, sorted for stable files. A place
 * the notice names is glossed by its romanised name (巴州区 -> bazhou), as English speakers write it, not by
 * the dictionary (whose 巴州 is an abbreviation of Bayingolin Autonomous Prefecture).
 */
export function buildGlossary(words: Iterable<string>, lookup: (word: string) => string[] | undefined, placeNames = new Map<string, string>()): GlossEntry[] {
  const byEnglish = new Map<string, Set<string>>();
  for (const word of words) {
    const roman = placeNames.get(word);
    if (roman) {
      byEnglish.set(roman, (byEnglish.get(roman) ?? new Set<string>()).add(word));
      continue;
    }
    for (const definition of lookup(word) ?? []) {
      for (const en of glossWords(definition)) {
        const set = byEnglish.get(en) ?? new Set<string>();
        set.add(word);
        byEnglish.set(en, set);
      }
    }
  }
  return [...byEnglish]
    .filter(([, zh]) => zh.size <= MAX_WORDS_PER_GLOSS)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([en, zh]) => ({ said: [en], means: [...zh].sort() }));
}
