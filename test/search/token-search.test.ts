// The token index scores exactly as fuse.js's token search did (it skips only bitap calls that cannot
// match): the same hits, in the same order, with the same scores, for the real notices' sentences and
// words typed right, mistyped, cut short, lengthened, in English or made up.
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { SearchIndex, type SentenceRecord } from '../../src/search/index.js';
import { wordRuns } from '../../src/search/normalise.js';
import { FUSE_THRESHOLD, KEYS_EN, KEYS_ZH } from '../../src/search/notice-index.js';
import { type TokenKey, TokenSearch } from '../../src/search/token-search.js';
import { realKnowledge } from '../support/knowledge.js';
import { seededRandom } from '../support/random.js';

const MARK = '\u0001';

function fuseOf(records: SentenceRecord[], keys: Array<TokenKey<SentenceRecord>>): Fuse<SentenceRecord> {
  return new Fuse(records, {
    keys,
    useTokenSearch: true,
    tokenize: (text: string) => (text.startsWith(MARK) ? text.slice(1).split(MARK) : wordRuns(text)),
    isCaseSensitive: true,
    ignoreLocation: true,
    ignoreFieldNorm: true,
    threshold: FUSE_THRESHOLD,
    includeScore: true,
  });
}

describe('token search', () => {
  const { kb } = realKnowledge();
  const index = new SearchIndex(kb);
  const rand = seededRandom(11);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const words = [...new Set(index.records.flatMap((r) => [...wordRuns(r.sentenceSide), ...r.aliasList]))];
  const chars = [...new Set(index.records.map((r) => r.text).join(''))];
  const english = ['school', 'schools', 'training', 'guizhou', 'charity', 'scool', 'hospitl', 'association', 'x', 'civil affairs'];

  /** A query word: a notice word as it is, with a character changed, dropped or added, or cut short. */
  const term = (): string => {
    const w = [...pick(words)];
    const r = rand();
    if (r < 0.25) w[Math.floor(rand() * w.length)] = pick(chars);
    else if (r < 0.4) w.splice(Math.floor(rand() * w.length), 1);
    else if (r < 0.55) w.splice(Math.floor(rand() * (w.length + 1)), 0, pick(chars));
    else if (r < 0.65) return w.slice(0, 1 + Math.floor(rand() * w.length)).join('') + w.join('');
    else if (r < 0.75) return pick(english);
    return w.join('') || pick(chars);
  };

  for (const [name, keys, records] of [
    ['Chinese fields', KEYS_ZH, index.records],
    ['English fields', KEYS_EN, index.records.filter((r) => r.aliasesEn || r.aboutEn)],
  ] as const) {
    it(`scores as fuse.js does: ${name}`, () => {
      const fuse = fuseOf(records, keys);
      const ours = new TokenSearch(records, keys, wordRuns, FUSE_THRESHOLD);
      for (let q = 0; q < 400; q++) {
        const terms = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 6) }, term))];
        const expected = fuse.search(MARK + terms.join(MARK), { limit: 20 }).map((r) => ({ ref: r.item.ref, score: r.score }));
        const got = ours.search(terms, 20).map((r) => ({ ref: r.item.ref, score: r.score }));
        expect(got, terms.join(' ')).toEqual(expected);
      }
    });
  }
});
