// npm run bench: milliseconds per question (p50, p99) for the real notice and generated knowledge bases
// of 10, 100 and 1,000 notices, plus index build time and heap used. A benchmark, not a test.
// The build is timed twice: cold (no cache file: the notices' text is segmented and counted; writing the
// cache is timed apart, in save_ms) and warm (the next start, reading that file instead).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { fileIndexCache } from '../src/index-cache.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { KNOWLEDGE_DIR, PROJECT_ROOT } from '../src/paths.js';
import { Answerer } from '../src/search/answer.js';
import type { IndexCache } from '../src/search/index-snapshot.js';
import { generateKnowledge } from './generate.js';

const questions = readFileSync(join(PROJECT_ROOT, 'test/fixtures/paraphrases.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { q: string }).q)
  .concat(
    readFileSync(join(PROJECT_ROOT, 'test/fixtures/dev.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l).q as string),
  );

const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};
// The garbage collector's pauses while questions are answered: a question's allocations show here, not in its median.
// Entries arrive late (after a forced collection of a large heap, well into the next phase), so each is counted by when it started.
const gcPauses: Array<{ start: number; ms: number }> = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcPauses.push({ start: e.startTime, ms: e.duration });
}).observe({ entryTypes: ['gc'] });
const gcMsBetween = (from: number, to: number) => gcPauses.filter((p) => p.start >= from && p.start < to).reduce((sum, p) => sum + p.ms, 0);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

const real = loadKnowledge(KNOWLEDGE_DIR);
const cacheDir = mkdtempSync(join(tmpdir(), 'notice-bot-bench-'));
/** The file cache, with the time spent writing it counted apart. */
function timedCache(path: string): { cache: IndexCache; saveMs: () => number } {
  const file = fileIndexCache(path);
  let saveMs = 0;
  return {
    cache: {
      load: (key) => file.load(key),
      save: (key, snapshot) => {
        const t = performance.now();
        file.save(key, snapshot);
        saveMs += performance.now() - t;
      },
    },
    saveMs: () => saveMs,
  };
}
const sizes = process.argv.includes('--quick') ? [1, 10, 100] : [1, 10, 100, 1000];
console.log(`questions: ${questions.length} distinct questions, each asked several times${gc ? '' : ' (run with --expose-gc for exact heap numbers)'}`);
// heap_mb: right after the build; after_mb: after the questions, with the notice indexes they built (see SearchIndex).
// build_ms: cold, without writing the cache (save_ms); warm_ms: the same build reading the cache.
// gc_pct: the share of the timed questions' time the garbage collector paused them.
console.log('notices  sentences  build_ms  save_ms  warm_ms  heap_mb  after_mb  p50_ms  p99_ms  max_ms  gc_pct');
for (const n of sizes) {
  const kb = n === 1 ? real : generateKnowledge(real, n);
  const sentences = kb.notices.reduce((sum, x) => sum + x.paragraphs.reduce((s, p) => s + p.sentences.length, 0), 0);
  const cachePath = join(cacheDir, `${n}.cache`);
  const timed = timedCache(cachePath);
  const before = heapMb();
  const t0 = performance.now();
  let answerer = new Answerer(kb, undefined, { cache: timed.cache });
  const buildMs = performance.now() - t0 - timed.saveMs();
  if (answerer.index.fromCache) throw new Error('the cold build read a cache');
  const heap = heapMb() - before;
  for (const q of questions) answerer.answerUncached(q); // warm up the JIT and caches
  const rounds = n >= 1000 ? 3 : n >= 100 ? 5 : 20;
  const times: number[] = [];
  const timedFrom = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const s = performance.now();
      answerer.answerUncached(q); // the cache would measure itself
      times.push(performance.now() - s);
    }
  }
  const timedTo = performance.now();
  await new Promise((resolve) => setTimeout(resolve, 50)); // the pauses' entries are delivered
  const gcPct = (100 * gcMsBetween(timedFrom, timedTo)) / (timedTo - timedFrom);
  times.sort((a, b) => a - b);
  const after = heapMb() - before;
  // The next start: the same knowledge, read from the cache file just written.
  answerer = undefined as unknown as Answerer;
  heapMb();
  const t1 = performance.now();
  const warm = new Answerer(kb, undefined, { cache: fileIndexCache(cachePath) });
  const warmMs = performance.now() - t1;
  if (!warm.index.fromCache) throw new Error('the warm build did not read the cache');
  rmSync(cachePath, { force: true });
  console.log(
    [
      String(n).padStart(7),
      String(sentences).padStart(10),
      buildMs.toFixed(0).padStart(9),
      timed.saveMs().toFixed(0).padStart(8),
      warmMs.toFixed(0).padStart(8),
      heap.toFixed(1).padStart(8),
      after.toFixed(1).padStart(9),
      percentile(times, 50).toFixed(3).padStart(7),
      percentile(times, 99).toFixed(3).padStart(7),
      times.at(-1)!.toFixed(1).padStart(7),
      gcPct.toFixed(1).padStart(7),
    ].join(' '),
  );
}
rmSync(cacheDir, { recursive: true, force: true });
