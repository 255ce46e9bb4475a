// BM25 over character bigrams of each sentence (with its heading and issuer words): the ranking that
// anyone gets with no tuning, kept as a second opinion beside fuse.js. It finds sentences that share
// parts of words with the question (补习班 ~ 培训班) where fuse.js's word match finds none.

/** Standard BM25 constants (Robertson & Zaragoza): term-frequency saturation and length normalisation. */
const K1 = 1.2;
const B = 0.75;

/** Terms of a text: Latin words whole, Han runs as overlapping bigrams (a lone character as itself). */
export function bigramTerms(text: string): string[] {
  const s = text.toLowerCase();
  const out = [...(s.match(/[a-z0-9]+/g) ?? [])];
  for (const run of s.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    if (chars.length === 1) out.push(run);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}

export class Bm25<T> {
  private readonly tf: Array<Map<string, number>> = [];
  private readonly len: number[] = [];
  private readonly df = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();
  private avg = 0;

  constructor(
    private readonly docs: T[],
    textOf: (doc: T) => string,
  ) {
    docs.forEach((d, i) => {
      const m = new Map<string, number>();
      for (const t of bigramTerms(textOf(d))) m.set(t, (m.get(t) ?? 0) + 1);
      this.tf.push(m);
      this.len.push([...m.values()].reduce((a, c) => a + c, 0));
      for (const t of m.keys()) {
        this.df.set(t, (this.df.get(t) ?? 0) + 1);
        const list = this.postings.get(t) ?? [];
        list.push(i);
        this.postings.set(t, list);
      }
    });
    this.avg = this.len.reduce((a, c) => a + c, 0) / Math.max(1, this.len.length);
  }

  idf(term: string): number {
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (this.docs.length - df + 0.5) / (df + 0.5));
  }

  /**
   * Scores for weighted query terms, best first, each with `share`: its score over what a document
   * holding every term once would score (0..1), comparable across questions.
   */
  search(terms: Map<string, number>, limit: number): Array<{ doc: T; score: number; share: number }> {
    const scores = new Map<number, number>();
    let ideal = 0;
    for (const [t, w] of terms) {
      const idf = this.idf(t);
      ideal += w * idf;
      for (const i of this.postings.get(t) ?? []) {
        const f = this.tf[i]!.get(t)!;
        const part = (idf * (f * (K1 + 1))) / (f + K1 * (1 - B + (B * this.len[i]!) / this.avg));
        scores.set(i, (scores.get(i) ?? 0) + w * part);
      }
    }
    return [...scores.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([i, score]) => ({ doc: this.docs[i]!, score, share: ideal > 0 ? Math.min(1, score / ideal) : 0 }));
  }
}
