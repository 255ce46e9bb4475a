// fuse.js's token search (useTokenSearch), scored exactly as Fuse#search scores it for the options the
// index uses (case-sensitive, location ignored, no field norm, a score per hit), with one shortcut: a query
// word is handed to fuse.js's bitap matcher only for the fields that hold enough of its characters for
// bitap to match at all. Bitap over every field for every word was half of a question's time; the words
// of a question mostly share no character with most sentences. test/search/token-search.test.ts checks
// the scores against fuse.js itself.
import Fuse from 'fuse.js';

export interface TokenKey<T> {
  name: keyof T & string;
  weight: number;
}

export interface TokenHit<T> {
  item: T;
  /** 0 is a perfect match, 1 none (fuse.js's score). */
  score: number;
}

/** Bitap's pattern limit: longer words are split into chunks, and for them no shortcut is taken. */
const BITAP_MAX = 32;
/** Bitap's score for a word found whole inside a longer field: no error, raised to its floor. */
const EXACT_INSIDE = 0.001;

export class TokenSearch<T> {
  /** Per document, per key: the field's text, undefined when blank (fuse.js indexes no blank field). */
  private readonly fields: Array<Array<string | undefined>>;
  /** Key weights over their sum, as fuse.js's KeyStore normalises them. */
  private readonly weights: number[];
  /** Term -> how many fields hold it as a token; and how many fields have any token (fuse.js's inverted index). */
  private readonly df = new Map<string, number>();
  private fieldCount = 0;
  private readonly matchOptions: { threshold: number; isCaseSensitive: true; ignoreLocation: true };

  constructor(
    private readonly docs: T[],
    keys: Array<TokenKey<T>>,
    tokenize: (text: string) => string[],
    private readonly threshold: number,
  ) {
    let total = 0;
    for (const k of keys) total += k.weight;
    this.weights = keys.map((k) => k.weight / total);
    this.matchOptions = { threshold, isCaseSensitive: true, ignoreLocation: true };
    this.fields = docs.map((doc) =>
      keys.map((k) => {
        const value = doc[k.name];
        return typeof value === 'string' && value.trim().length > 0 ? value : undefined;
      }),
    );
    for (const fields of this.fields)
      for (const text of fields) {
        if (text === undefined) continue;
        const tokens = tokenize(text);
        if (tokens.length === 0) continue;
        this.fieldCount++;
        for (const t of new Set(tokens)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      }
  }

  /** The best `limit` documents for query terms, best first; ties in document order (fuse.js's sort). */
  search(terms: string[], limit: number): Array<TokenHit<T>> {
    if (terms.length === 0) return [];
    const idf = terms.map((t) => {
      const df = this.df.get(t) ?? 0;
      return Math.log(1 + (this.fieldCount - df + 0.5) / (df + 0.5));
    });
    let maxPossible = 0;
    for (const w of idf) maxPossible += w;
    const found: Array<{ idx: number; score: number }> = [];
    for (let d = 0; d < this.fields.length; d++) {
      const fields = this.fields[d]!;
      let score = 1;
      let matched = false;
      for (let k = 0; k < fields.length; k++) {
        const text = fields[k];
        if (text === undefined) continue;
        const s = this.fieldScore(text, terms, idf, maxPossible);
        if (s === undefined) continue;
        matched = true;
        const weight = this.weights[k]!;
        // biome-ignore lint/style/useExponentiationOperator: Math.pow as fuse.js computes it, so the same rounding and ties.
        score *= Math.pow(s === 0 && weight ? Number.EPSILON : s, weight);
      }
      if (matched) found.push({ idx: d, score });
    }
    found.sort((a, b) => (a.score === b.score ? a.idx - b.idx : a.score < b.score ? -1 : 1));
    return found.slice(0, limit).map((f) => ({ item: this.docs[f.idx]!, score: f.score }));
  }

  /** One field's token score: the idf-weighted share of the terms bitap matches there; undefined when none does. */
  private fieldScore(text: string, terms: string[], idf: number[], maxPossible: number): number | undefined {
    let weighted = 0;
    let matched = 0;
    for (let i = 0; i < terms.length; i++) {
      const s = this.termScore(terms[i]!, text);
      if (s === undefined) continue;
      matched++;
      weighted += idf[i]! * (1 - s);
    }
    if (matched === 0) return undefined;
    return Math.max(0.001, maxPossible > 0 ? 1 - weighted / maxPossible : 0);
  }

  /** fuse.js's bitap score of one term in one field, undefined for no match. */
  private termScore(term: string, text: string): number | undefined {
    if (term === text) return 0;
    if (term.length <= BITAP_MAX) {
      // Found as it is: bitap finds it with no error, and scores that 0.001 (its floor) when the field is longer.
      if (text.includes(term)) return EXACT_INSIDE;
      // A word too short for any error (two characters at 0.4) matches only as it is.
      const errors = this.errorsAllowed(term.length);
      if (errors === 0 || !enoughCharacters(term, text, errors)) return undefined;
    }
    const r = Fuse.match(term, text, this.matchOptions);
    return r.isMatch ? r.score : undefined;
  }

  /** The most errors bitap tries for a term of n UTF-16 units: the most e with e / n within the threshold. */
  private errorsAllowed(n: number): number {
    let errors = 0;
    while ((errors + 1) / n <= this.threshold) errors++;
    return errors;
  }
}

/**
 * Every unit bitap matches without an error is in the text: when more than `errors` of the term's units
 * occur nowhere in it, bitap cannot match.
 */
function enoughCharacters(term: string, text: string, errors: number): boolean {
  let missing = 0;
  for (let i = 0; i < term.length; i++) if (text.indexOf(term[i]!) < 0 && ++missing > errors) return false;
  return true;
}
