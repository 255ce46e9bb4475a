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
  /** term -> the documents holding it and how often: postings only, no per-document maps (memory). */
  private readonly postings = new Map<string, { docs: number[]; tf: number[] }>();
  private readonly len: Uint32Array;
  private readonly avg: number;

  constructor(
    private readonly docs: T[],
    textOf: (doc: T) => string,
  ) {
    this.len = new Uint32Array(docs.length);
    docs.forEach((d, i) => {
      const counts = new Map<string, number>();
      const terms = bigramTerms(textOf(d));
      for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
      this.len[i] = terms.length;
      for (const [t, f] of counts) {
        const list = this.postings.get(t);
        if (list) {
          list.docs.push(i);
          list.tf.push(f);
        } else this.postings.set(t, { docs: [i], tf: [f] });
      }
    });
    this.avg = this.len.reduce((a, c) => a + c, 0) / Math.max(1, docs.length);
  }

  idf(term: string): number {
    const df = this.postings.get(term)?.docs.length ?? 0;
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
      const list = this.postings.get(t);
      if (!list) continue;
      for (let k = 0; k < list.docs.length; k++) {
        const i = list.docs[k]!;
        const f = list.tf[k]!;
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
