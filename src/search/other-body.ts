// Questions about other bodies of a kind (成都各个区县的民政局是不是也暂停接待了, asked of 成都市民政局's notice; 县残联的
// 大厅也恢复了吗, of 滁州市残联's): what a notice says of its issuer's own work it does not say of theirs, unless it
// addresses them too (各县（市、区）民政局要…). Both patterns are data (knowledge/language.json).
import { escapeRegExp } from '../knowledge/regexp.js';
import type { SentenceRecord } from './sentence-record.js';

/** Whether `ask` asks of other bodies of a kind that the notice (its sentences, `records`) does not address. */
export function asksOfOtherBody(ask: string, records: SentenceRecord[], patterns: { otherBody: RegExp; bodyScope: RegExp }): boolean {
  const body = patterns.otherBody.exec(ask)?.groups?.body;
  if (!body) return false;
  const addressed = new RegExp(`(?:${patterns.bodyScope.source})[^，。；]{0,8}${escapeRegExp(body)}`, 'iu');
  return !records.some((r) => addressed.test(r.text));
}
