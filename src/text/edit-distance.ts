// Edit distances between English words, for typo correction (englishTypo in search/language.ts): a cheap lower bound
// from the letters two words share, then the distance itself, with a swap of neighbouring letters as one edit.

/** bagDistance's working counts, reused: it runs for every lexicon word a mistyped word is compared with. */
const scratch = new Int16Array(26);

/** How often each letter a-z occurs in a word. */
export function letterCounts(word: string): Int16Array {
  const counts = new Int16Array(26);
  for (let i = 0; i < word.length; i++) counts[word.charCodeAt(i) - 97]!++;
  return counts;
}

/**
 * A lower bound of the edit distance between two words of letters a-z (the word counted in `counts`):
 * each edit removes at most one surplus letter of either side. Words it puts beyond reach are skipped
 * without the full distance, which most of the lexicon is.
 */
export function bagDistance(counts: Int16Array, w: string): number {
  const diff = scratch;
  diff.set(counts);
  for (let i = 0; i < w.length; i++) diff[w.charCodeAt(i) - 97]!--;
  let more = 0;
  let fewer = 0;
  for (const d of diff) {
    if (d > 0) more += d;
    else fewer -= d;
  }
  return Math.max(more, fewer);
}

/**
 * Edit distance counting a swap of two neighbouring letters as one edit (abuot -> about, hosptial ->
 * hospital: the commonest typing slip), giving up (returning more than `most`) as soon as every path exceeds it.
 */
export function editDistance(a: string, b: string, most: number): number {
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j]!, before[j - 2]! + 1);
      best = Math.min(best, cur[j]!);
    }
    if (best > most) return most + 1;
    before = prev;
    prev = cur;
  }
  return prev[b.length]!;
}
