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
  /**
   * Lines the received text began with that the metadata gives (the title, the issuer, the date, each on a line of
   * its own, in any order): left out.
   */
  headingLinesRemoved: number;
}

/** A line's letters and digits only: 倡 议 书 is 倡议书, and 众志成城,严守… is 众志成城，严守…. */
const bare = (line: string) => line.replace(/[^\p{L}\p{N}]+/gu, '');

/** The lines, bare, that say only what the metadata gives: the title, the issuer, the date (2020-1-26, 2020年1月26日). */
function headingLines(meta: Record<string, unknown>): Set<string> {
  const lines = new Set([bare(String(meta.title)), bare(String(meta.issuer))]);
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(meta.date));
  if (date) {
    const [y, m, d] = [date[1]!, String(Number(date[2])), String(Number(date[3]))];
    for (const mm of new Set([m, date[2]!]))
      for (const dd of new Set([d, date[3]!])) for (const shape of [`${y}${mm}${dd}`, `${y}年${mm}月${dd}日`]) lines.add(bare(shape));
  }
  return lines;
}

export function importNotice(received: string, meta: Record<string, unknown>): ImportResult {
  const missing = NOTICE_META_KEYS.filter((k) => typeof meta[k] !== 'string' || !meta[k]);
  if (missing.length > 0) throw new Error(`metadata is missing ${missing.join(', ')}`);
  const errata = ErrataSchema.safeParse(meta.errata ?? []);
  if (!errata.success) throw new Error(`metadata errata: ${errata.error.issues[0]?.path.join('.')}: ${errata.error.issues[0]?.message}`);
  const { text, report } = repairNotice(received, errata.data);
  const paragraphs = text.split(/\n+/).filter((p) => p.trim());
  // A received page usually opens with the title, and sometimes the issuer or the date on lines of their own, which the
  // front matter already holds: as paragraphs they would be quoted as answers and shift every paragraph's number.
  const heading = headingLines(meta);
  let headingLinesRemoved = 0;
  while (paragraphs.length > 1 && heading.has(bare(paragraphs[0]!))) {
    paragraphs.shift();
    headingLinesRemoved++;
  }
  const file = formatNotice(meta as NoticeMeta, paragraphs);
  const notice = parseNotice(file, `${String(meta.id)}.md`);
  return { id: notice.id, file, paragraphs: notice.paragraphs.length, report, headingLinesRemoved };
}
