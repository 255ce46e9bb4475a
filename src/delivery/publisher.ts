// Publishing a knowledge version: compare with the last published one, and when it differs, queue one
// update for the subscribers concerned, each in their language, filtered to the sectors they follow.

import { scriptOf } from '../bot/context.js';
import { escapeHtml, fitMessage } from '../bot/render.js';
import { t } from '../i18n.js';
import { type KnowledgeBase, type Lang, type SentenceRef, sentenceIn } from '../knowledge/types.js';
import type { Logger } from '../logger.js';
import { viewFor } from '../search/render-text.js';
import type { BroadcastMessage, Store } from '../store/types.js';
import { type Change, changesFor, diff, type Snapshot, snapshotOf } from './changes.js';

/** Quotes per update message: enough to see what changed, short enough to read on a phone. */
const MAX_QUOTES = 3;

export interface PublishResult {
  version: string;
  changed: boolean;
  broadcastId: number | null;
  recipients: number;
}

export async function publishKnowledge(store: Store, kb: KnowledgeBase, logger: Logger, createdBy: number | null = null): Promise<PublishResult> {
  const published = await store.getPublished();
  const snapshot = snapshotOf(kb);
  if (published?.version === kb.version) return { version: kb.version, changed: false, broadcastId: null, recipients: 0 };
  if (!published) {
    // The first start has nothing to compare with: the current knowledge becomes the baseline.
    await store.publish(kb.version, JSON.stringify(snapshot), null);
    logger.info({ version: kb.version }, 'knowledge published as the baseline');
    return { version: kb.version, changed: false, broadcastId: null, recipients: 0 };
  }
  const changes = diff(JSON.parse(published.snapshot) as Snapshot, kb);
  const messages = changes.length > 0 ? updateMessages(kb, changes, await store.subscribers()) : [];
  const recipients = messages.reduce((n, m) => n + m.chatIds.length, 0);
  const broadcastId = await store.publish(
    kb.version,
    JSON.stringify(snapshot),
    messages.length > 0 ? { kind: 'knowledge', version: kb.version, createdBy, messages } : null,
  );
  logger.info(
    { version: kb.version, changes: changes.map((c) => `${c.kind}:${c.notice}${c.paragraph ? `#${c.paragraph}` : ''}`), recipients, broadcastId },
    'knowledge published',
  );
  return { version: kb.version, changed: changes.length > 0, broadcastId, recipients };
}

/** One message per distinct (language, visible changes); each subscriber in exactly one. */
export function updateMessages(
  kb: KnowledgeBase,
  changes: Change[],
  subscribers: Map<number, { sectors: Array<string | null>; lang: Lang | undefined }>,
): BroadcastMessage[] {
  const groups = new Map<string, { lang: Lang; changes: Change[]; chatIds: number[] }>();
  for (const [chatId, sub] of subscribers) {
    const visible = changesFor(changes, sub.sectors);
    if (visible.length === 0) continue;
    const lang = sub.lang ?? 'zh-Hans';
    const key = `${lang}|${visible.map((c) => changes.indexOf(c)).join(',')}`;
    const g = groups.get(key) ?? { lang, changes: visible, chatIds: [] };
    g.chatIds.push(chatId);
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({ text: renderUpdate(kb, g.changes, g.lang), chatIds: g.chatIds }));
}

export function renderUpdate(kb: KnowledgeBase, changes: Change[], lang: Lang): string {
  const script = scriptOf(lang);
  const parts: string[] = [];
  const noticeIds = [...new Set(changes.map((c) => c.notice))];
  for (const id of noticeIds) {
    const notice = kb.notices.find((n) => n.id === id);
    const mine = changes.filter((c) => c.notice === id);
    if (!notice) {
      parts.push(escapeHtml(t(lang, 'updateRemovedNotice', { title: id, titleEn: id })));
      continue;
    }
    const view = viewFor(kb, id, lang, script);
    const vars = {
      title: view.quote(notice.shortTitle),
      titleEn: notice.titleEn,
      issuer: view.quote(notice.issuer),
      issuerEn: notice.issuerEn,
      date: notice.date,
      kind: notice.kind[lang],
    };
    parts.push(`<b>${escapeHtml(t(lang, 'updateHeader', vars))}</b>`);
    for (const c of mine) {
      const line =
        c.kind === 'notice-added'
          ? t(lang, 'updateNewNotice', vars)
          : c.kind === 'paragraph-added'
            ? t(lang, 'updateParagraphAdded', { p: c.paragraph! })
            : c.kind === 'paragraph-removed'
              ? t(lang, 'updateParagraphRemoved', { p: c.paragraph! })
              : t(lang, 'updateParagraphChanged', { p: c.paragraph! });
      parts.push(`• ${escapeHtml(line)}`);
    }
    const quotes: SentenceRef[] = mine.flatMap((c) => c.sentences).slice(0, MAX_QUOTES);
    for (const ref of quotes) {
      const text = sentenceIn(notice, ref)?.text;
      if (text) parts.push(`<b>${escapeHtml(view.citation(ref))}</b>\n<blockquote>${escapeHtml(view.quote(text))}</blockquote>`);
    }
  }
  return fitMessage(parts.join('\n'));
}
