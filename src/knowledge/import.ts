// Received text + metadata -> the clean notice file's text (repair, then format, then parse to check it).

import { z } from 'zod';
import { formatNotice, NOTICE_META_KEYS, type NoticeMeta, parseNotice } from './parse.js';
import { type RepairReport, repairNotice } from './repair.js';

const ErrataSchema = z.array(z.object({ damaged: z.string().min(1), repaired: z.string(), why: z.string().min(1) }).strict());

export interface ImportResult {
  id: string;
  file: string;
  paragraphs: number;
  report: RepairReport;
  /** The received text began with the notice's title, which the metadata gives: that line was left out. */
  titleLineRemoved: boolean;
}

/** A line's letters and digits only: 倡 议 书 is 倡议书, and 众志成城,严守… is 众志成城，严守…. */
const bare = (line: string) => line.replace(/[^\p{L}\p{N}]+/gu, '');

export function importNotice(received: string, meta: Record<string, unknown>): ImportResult {
  const missing = NOTICE_META_KEYS.filter((k) => typeof meta[k] !== 'string' || !meta[k]);
  if (missing.length > 0) throw new Error(`metadata is missing ${missing.join(', ')}`);
  const errata = ErrataSchema.safeParse(meta.errata ?? []);
  if (!errata.success) throw new Error(`metadata errata: ${errata.error.issues[0]?.path.join('.')}: ${errata.error.issues[0]?.message}`);
  const { text, report } = repairNotice(received, errata.data);
  const paragraphs = text.split(/\n+/).filter((p) => p.trim());
  // A received page usually opens with the title, which the front matter already holds: as a paragraph it would be
  // quoted as an answer and shift every paragraph's number by one.
  const titleLineRemoved = paragraphs.length > 1 && bare(paragraphs[0]!) === bare(String(meta.title));
  if (titleLineRemoved) paragraphs.shift();
  const file = formatNotice(meta as NoticeMeta, paragraphs);
  const notice = parseNotice(file, `${String(meta.id)}.md`);
  return { id: notice.id, file, paragraphs: notice.paragraphs.length, report, titleLineRemoved };
}
