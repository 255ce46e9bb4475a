// What changed between the published knowledge and the current one: notices added or removed,
// paragraphs added, changed or removed, and which sectors each change concerns.
import type { KnowledgeBase, Notice, SentenceRef } from '../knowledge/types.js';

export interface Snapshot {
  version: string;
  notices: Record<string, { paragraphs: string[][] }>;
  /** sector id -> the sentences it cites. */
  sectors: Record<string, SentenceRef[]>;
}

export type ChangeKind = 'notice-added' | 'notice-removed' | 'paragraph-added' | 'paragraph-changed' | 'paragraph-removed';

export interface Change {
  kind: ChangeKind;
  notice: string;
  paragraph?: number;
  /** Sectors whose cited sentences this change adds, alters or removes. */
  sectors: string[];
  /** New or altered sentences, in the current knowledge, to quote. */
  sentences: SentenceRef[];
}

export function snapshotOf(kb: KnowledgeBase): Snapshot {
  return {
    version: kb.version,
    notices: Object.fromEntries(kb.notices.map((n) => [n.id, { paragraphs: n.paragraphs.map((p) => p.sentences.map((s) => s.text)) }])),
    sectors: Object.fromEntries(kb.sectors.map((s) => [s.id, s.cites])),
  };
}

/** Changes from `old` to `kb`, in notice and paragraph order. Nothing when only the version string differs. */
export function diff(old: Snapshot, kb: KnowledgeBase): Change[] {
  const now = snapshotOf(kb);
  const changes: Change[] = [];
  const sectorsCiting = (snap: Snapshot, notice: string, paragraph?: number) =>
    Object.entries(snap.sectors)
      .filter(([, refs]) => refs.some((r) => r.notice === notice && (paragraph === undefined || r.paragraph === paragraph)))
      .map(([id]) => id);

  for (const notice of kb.notices) {
    const before = old.notices[notice.id];
    if (!before) {
      changes.push({ kind: 'notice-added', notice: notice.id, sectors: sectorsCiting(now, notice.id), sentences: firstSentences(notice) });
      continue;
    }
    const count = Math.max(before.paragraphs.length, notice.paragraphs.length);
    for (let i = 0; i < count; i++) {
      const was = before.paragraphs[i];
      const is = notice.paragraphs[i];
      const number = i + 1;
      if (!was && is) {
        changes.push({
          kind: 'paragraph-added',
          notice: notice.id,
          paragraph: number,
          sectors: sectorsCiting(now, notice.id, number),
          sentences: is.sentences.map((s) => ({ notice: notice.id, paragraph: number, sentence: s.number })),
        });
      } else if (was && !is) {
        changes.push({ kind: 'paragraph-removed', notice: notice.id, paragraph: number, sectors: sectorsCiting(old, notice.id, number), sentences: [] });
      } else if (was && is) {
        const texts = is.sentences.map((s) => s.text);
        if (texts.join('') === was.join('')) continue;
        const altered = is.sentences.filter((s, j) => was[j] !== s.text).map((s) => ({ notice: notice.id, paragraph: number, sentence: s.number }));
        // A sector is concerned when a sentence it cites (before or now) is among the altered ones.
        const touched = (snap: Snapshot, sentences: string[], other: string[]) =>
          Object.entries(snap.sectors)
            .filter(([, refs]) => refs.some((r) => r.notice === notice.id && r.paragraph === number && sentences[r.sentence - 1] !== other[r.sentence - 1]))
            .map(([id]) => id);
        const sectors = [...new Set([...touched(now, texts, was), ...touched(old, was, texts)])];
        changes.push({ kind: 'paragraph-changed', notice: notice.id, paragraph: number, sectors, sentences: altered });
      }
    }
  }
  for (const id of Object.keys(old.notices)) {
    if (!kb.notices.some((n) => n.id === id)) changes.push({ kind: 'notice-removed', notice: id, sectors: sectorsCiting(old, id), sentences: [] });
  }
  // A sector that now cites other sentences is concerned too, even if no text changed.
  for (const [id, refs] of Object.entries(now.sectors)) {
    const before = old.sectors[id];
    if (before && JSON.stringify(before) === JSON.stringify(refs)) continue;
    if (changes.some((c) => c.sectors.includes(id))) continue;
    const ref = refs[0];
    if (ref) changes.push({ kind: 'paragraph-changed', notice: ref.notice, paragraph: ref.paragraph, sectors: [id], sentences: refs });
  }
  return changes;
}

function firstSentences(notice: Notice): SentenceRef[] {
  const p = notice.paragraphs[0];
  return p ? [{ notice: notice.id, paragraph: p.number, sentence: 1 }] : [];
}

/** The changes a subscriber sees: all of them for the whole notice (null), else those of their sectors. */
export function changesFor(changes: Change[], follows: Array<string | null>): Change[] {
  if (follows.includes(null)) return changes;
  return changes.filter((c) => c.sectors.some((s) => follows.includes(s)));
}
