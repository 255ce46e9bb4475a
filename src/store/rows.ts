// What both stores do with rows alike: how a subscription to the whole notice is written, the
// subscriber list built from (chat, sector, language) rows, and the /stats figures from their counts.
import type { Lang } from '../knowledge/types.js';
import type { SectorId, Stats } from './types.js';

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

/** The /stats figures from the counts each store reads in its own SQL. */
export function statsOf(
  counts: { users: number; active: number; questions: number; answered: number; up: number; down: number },
  subs: Array<{ sector: string; count: number }>,
  top: Array<{ text: string; count: number }>,
): Stats {
  return {
    users: counts.users,
    activeUsers: counts.active,
    subscribersBySector: subs.map((s) => ({ sector: fromDb(s.sector), count: s.count })),
    questions: counts.questions,
    answered: counts.answered,
    useful: counts.up,
    notUseful: counts.down,
    topUnanswered: top,
  };
}
