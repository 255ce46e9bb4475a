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
}

export function importNotice(received: string, meta: Record<string, unknown>): ImportResult {
  const missing = NOTICE_META_KEYS.filter((k) => typeof meta[k] !== 'string' || !meta[k]);
  if (missing.length > 0) throw new Error(`metadata is missing ${missing.join(', ')}`);
  const errata = ErrataSchema.safeParse(meta.errata ?? []);
  if (!errata.success) throw new Error(`metadata errata: ${errata.error.issues[0]?.path.join('.')}: ${errata.error.issues[0]?.message}`);
  const { text, report } = repairNotice(received, errata.data);
  const paragraphs = text.split(/\n+/).filter((p) => p.trim());
  const file = formatNotice(meta as NoticeMeta, paragraphs);
  const notice = parseNotice(file, `${String(meta.id)}.md`);
  return { id: notice.id, file, paragraphs: notice.paragraphs.length, report };
}
