// The search index's build cache: a hit gives the index a build would, a changed knowledge version or a
// corrupt file falls back to building (and rewrites the file), and the core works without any cache.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileIndexCache } from '../src/index-cache.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { KNOWLEDGE_DIR } from '../src/paths.js';
import { Answerer } from '../src/search/answer.js';
import { SearchIndex } from '../src/search/index.js';
import type { IndexCache } from '../src/search/index-snapshot.js';

const kb = loadKnowledge(KNOWLEDGE_DIR);
const QUESTIONS = [
  '口罩厂的商会需要做什么',
  '我是一家药店老板,我该怎么做',
  '医疗器戒企业要做什么',
  '志原者怎么报名',
  'who issued this notice',
  '今天天气怎么样',
];
const answersOf = (a: Answerer) => QUESTIONS.map((q) => a.answerUncached(q));
const reference = answersOf(new Answerer(kb));

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});
function cacheFile(): string {
  dir = mkdtempSync(join(tmpdir(), 'index-cache-'));
  return join(dir, 'search-index.cache');
}

describe('index build cache', () => {
  it('a second build reads the first one’s cache and answers the same', async () => {
    const path = cacheFile();
    const cache = fileIndexCache(path);
    const cold = new Answerer(kb, undefined, { cache });
    expect(cold.index.fromCache).toBe(false);
    const warm = new Answerer(kb, undefined, { cache });
    expect(warm.index.fromCache).toBe(true);
    expect(warm.index.vocab.size).toBe(cold.index.vocab.size);
    expect(answersOf(warm)).toEqual(reference);
    // The build a reload runs (one notice at a time) reads it too.
    const reloaded = await Answerer.build(kb, { cache });
    expect(reloaded.index.fromCache).toBe(true);
    expect(answersOf(reloaded)).toEqual(reference);
  });

  it('another knowledge version misses, builds, and rewrites the file', () => {
    const path = cacheFile();
    const cache = fileIndexCache(path);
    new Answerer(kb, undefined, { cache });
    const changed = { ...kb, version: `${kb.version}-edited` };
    const other = new Answerer(changed, undefined, { cache });
    expect(other.index.fromCache).toBe(false);
    expect(answersOf(other)).toEqual(reference);
    expect(new Answerer(changed, undefined, { cache }).index.fromCache).toBe(true);
    expect(new Answerer(kb, undefined, { cache }).index.fromCache).toBe(false);
  });

  it('a corrupt, truncated or foreign file falls back to building', () => {
    const path = cacheFile();
    const cache = fileIndexCache(path);
    new Answerer(kb, undefined, { cache });
    const good = readFileSync(path);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 10] = flipped[flipped.length - 10]! ^ 0xff;
    for (const bad of [flipped, good.subarray(0, good.length >> 1), Buffer.from('not a cache'), Buffer.alloc(0)]) {
      writeFileSync(path, bad);
      const a = new Answerer(kb, undefined, { cache });
      expect(a.index.fromCache).toBe(false);
      expect(answersOf(a)).toEqual(reference);
      // ...and the rebuilt index was written back whole.
      expect(new Answerer(kb, undefined, { cache }).index.fromCache).toBe(true);
    }
  });

  it('a cache that returns something else, or throws, costs a build and nothing more', () => {
    const caches: IndexCache[] = [
      { load: () => ({ format: 1, sentences: 3 }), save: () => {} },
      { load: () => ({ foo: 'bar' }), save: () => {} },
      {
        load: () => {
          throw new Error('disk on fire');
        },
        save: () => {
          throw new Error('disk full');
        },
      },
    ];
    for (const cache of caches) {
      const index = new SearchIndex(kb, { cache });
      expect(index.fromCache).toBe(false);
      expect(answersOf(new Answerer(kb, index))).toEqual(reference);
    }
  });

  it('an unwritable place is logged and the index still built', () => {
    const path = join(cacheFile(), 'search-index.cache');
    writeFileSync(join(dir!, 'search-index.cache'), 'a file, not a folder');
    const a = new Answerer(kb, undefined, { cache: fileIndexCache(join(path, 'nested')) });
    expect(a.index.fromCache).toBe(false);
    expect(answersOf(a)).toEqual(reference);
  });
});
