// A build cache for the search index: what the build derives from the notices' text (the vocabulary's
// counts and corrections, the notices' bigrams, the characters searched), which takes seconds at a
// thousand notices, mostly Intl.Segmenter's word splitting. The core does no I/O: a cache adapter (see
// src/index-cache.ts) is passed in, and is asked only while an index is built, never while answering.
import type { KnowledgeBase } from '../knowledge/types.js';
import type { VocabularySnapshot } from './vocabulary.js';

/**
 * The snapshot's shape: a cache of another shape is not read (see snapshotKey). What the index derives
 * changes with the code too; the adapter keys its file by the engine's code as well.
 */
export const INDEX_FORMAT = 3;

export interface IndexSnapshot {
  format: number;
  /** How many sentences were indexed: a snapshot of other knowledge does not fit. */
  sentences: number;
  vocabulary: VocabularySnapshot;
  /** A bigram -> the numbers of the notices holding it, ascending. */
  bigrams: Map<string, number[]>;
  /** Every character of every record's searchable text. */
  chars: Set<string>;
}

/**
 * Where snapshots are kept. `load` returns what `save` was given under the same key, or undefined (none,
 * stale, unreadable); it must keep Maps, Sets and typed arrays (a structured clone, as node:v8 serialises).
 * Either may fail quietly: the index is then built as without a cache.
 */
export interface IndexCache {
  load(key: string): unknown;
  save(key: string, snapshot: IndexSnapshot): void;
}

/**
 * The key a snapshot is saved under: the knowledge's content hash, the snapshot's format, and the ICU
 * version (Intl.Segmenter's words come from ICU's dictionary, which changes with Node's ICU).
 */
export function snapshotKey(kb: KnowledgeBase): string {
  return `format ${INDEX_FORMAT}; knowledge ${kb.version}; icu ${process.versions.icu ?? '-'}; unicode ${process.versions.unicode ?? '-'}`;
}

export function sentenceCount(kb: KnowledgeBase): number {
  return kb.notices.reduce((sum, n) => sum + n.paragraphs.reduce((s, p) => s + p.sentences.length, 0), 0);
}

/** The snapshot when `data` is one of this knowledge's, else undefined. The vocabulary checks its own part. */
export function asSnapshot(data: unknown, kb: KnowledgeBase): IndexSnapshot | undefined {
  const s = data as IndexSnapshot | undefined;
  if (!s || typeof s !== 'object' || s.format !== INDEX_FORMAT || s.sentences !== sentenceCount(kb)) return undefined;
  if (!(s.bigrams instanceof Map) || !(s.chars instanceof Set) || typeof s.vocabulary !== 'object') return undefined;
  return s;
}
