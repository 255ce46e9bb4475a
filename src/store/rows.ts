// What both stores do with rows alike: how a subscription to the whole notice is written, and the
// subscriber list built from (chat, sector, language) rows.
import type { Lang } from '../knowledge/types.js';
import type { SectorId } from './types.js';

/** A subscription to the whole notice is stored as this sector value (a key column cannot hold null). */
const WHOLE = '*';
export const toDb = (s: SectorId): string => s ?? WHOLE;
export const fromDb = (s: string): SectorId => (s === WHOLE ? null : s);

/** Active subscribers with what each follows, from one row per subscription. */
export function bySubscriber(
  rows: Iterable<{ chat_id: number; sector: string; lang: Lang | null }>,
): Map<number, { sectors: SectorId[]; lang: Lang | undefined }> {
  const out = new Map<number, { sectors: SectorId[]; lang: Lang | undefined }>();
  for (const r of rows) {
    const entry = out.get(r.chat_id) ?? { sectors: [], lang: r.lang ?? undefined };
    entry.sectors.push(fromDb(r.sector));
    out.set(r.chat_id, entry);
  }
  return out;
}
