// Change detection and who hears about it.
import { describe, expect, it } from 'vitest';
import { changesFor, diff, snapshotOf } from '../../src/delivery/changes.js';
import { publishKnowledge } from '../../src/delivery/publisher.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { createLogger } from '../../src/logger.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { LogCapture } from '../support/harness.js';
import { knowledgeCopy, NOTICE_FILE, realKnowledge } from '../support/knowledge.js';

const logger = createLogger({ level: 'silent', destination: new LogCapture() });
const { kb } = realKnowledge();
const edited = (from: string, to: string) => loadKnowledge(knowledgeCopy({ file: NOTICE_FILE, change: (t) => t.replace(from, to) }));

describe('what changed', () => {
  it('nothing, when nothing did', () => {
    expect(diff(snapshotOf(kb), kb)).toEqual([]);
  });

  it('a sector sentence changed: that paragraph, that sector only, quoting the new sentence', () => {
    const next = edited('全力保障生产要素供应', '全力保障生产要素和运力供应');
    const changes = diff(snapshotOf(kb), next);
    expect(changes).toEqual([
      {
        kind: 'paragraph-changed',
        notice: 'gz-mzt-2020-02-20',
        paragraph: 4,
        sectors: ['construction'],
        sentences: [{ notice: 'gz-mzt-2020-02-20', paragraph: 4, sentence: 3 }],
      },
    ]);
    expect(changesFor(changes, ['construction'])).toHaveLength(1);
    expect(changesFor(changes, ['medical'])).toHaveLength(0);
    expect(changesFor(changes, [null])).toHaveLength(1);
  });

  it('a paragraph added and a notice added', () => {
    const dir = knowledgeCopy({ file: NOTICE_FILE, change: (t) => `${t}\n新增的第六段,要求各社会组织及时报送复工情况。\n` });
    const next = loadKnowledge(dir);
    expect(diff(snapshotOf(kb), next).map((c) => [c.kind, c.paragraph])).toEqual([['paragraph-added', 6]]);
    const old = snapshotOf(kb);
    delete (old.notices as Record<string, unknown>)['gz-mzt-2020-02-20'];
    expect(diff(old, kb)[0]).toMatchObject({ kind: 'notice-added', sectors: expect.arrayContaining(['medical', 'charity']) });
  });
});

describe('publishing', () => {
  it('the first start is the baseline; an unchanged restart sends nothing', async () => {
    const store = new SqliteStore(':memory:');
    await store.subscribe(1, null);
    expect(await publishKnowledge(store, kb, logger)).toMatchObject({ changed: false, broadcastId: null });
    expect(await publishKnowledge(store, kb, logger)).toMatchObject({ changed: false, broadcastId: null });
    expect(await store.pendingOutbox(10)).toEqual([]);
  });

  it('a change reaches exactly the subscribers of the sectors concerned and the whole-notice ones, in their language', async () => {
    const store = new SqliteStore(':memory:');
    await publishKnowledge(store, kb, logger);
    await store.subscribe(10, 'construction');
    await store.subscribe(11, 'medical');
    await store.subscribe(12, null);
    await store.setLang(12, 'zh-Hant');
    await store.subscribe(13, 'construction');
    await store.setActive(13, false); // blocked the bot
    await store.subscribe(14, 'medical');
    await store.subscribe(14, 'construction');
    const next = edited('全力保障生产要素供应', '全力保障生产要素和运力供应');
    const r = await publishKnowledge(store, next, logger);
    expect(r).toMatchObject({ changed: true, recipients: 3 });
    const rows = await store.pendingOutbox(10);
    expect(rows.map((x) => x.chatId).sort()).toEqual([10, 12, 14]);
    const simplified = rows.find((x) => x.chatId === 10)!.text;
    expect(simplified).toContain('第4段有修改');
    expect(simplified).toContain('全力保障生产要素和运力供应');
    expect(simplified).toContain('第4段第3句');
    expect(rows.find((x) => x.chatId === 12)!.text).toContain('第4段有修改');
    expect(rows.find((x) => x.chatId === 12)!.text).toContain('運力');
    // Restarting on the new version sends nothing more.
    expect(await publishKnowledge(store, next, logger)).toMatchObject({ changed: false });
    expect(await store.pendingOutbox(10)).toHaveLength(3);
  });
});
