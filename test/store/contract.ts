// What every Store does, whatever keeps it: run against SQLite (sqlite.test.ts) and PostgreSQL (postgres.test.ts).
// A factory gives each test a fresh, empty store and a way to dispose of it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type NewBroadcast, type Store, StoreError } from '../../src/store/types.js';

export interface StoreFactory {
  open(): Promise<Store>;
  /** After each test: closes the store and removes what it kept. */
  dispose(store: Store): Promise<void>;
}

const announce = (messages: NewBroadcast['messages'], createdBy: number | null = null): NewBroadcast => ({
  kind: 'announce',
  version: null,
  createdBy,
  messages,
});
const HOUR = 3_600_000;
/** A supergroup's chat id: negative, and beyond 32 bits. */
const GROUP = -1_001_234_567_890;

export function storeContract(name: string, factory: StoreFactory): void {
  describe(`the Store contract on ${name}`, () => {
    let s: Store;
    beforeEach(async () => {
      s = await factory.open();
    });
    afterEach(async () => {
      await factory.dispose(s);
    });

    it('languages: none until chosen, kept through touches and activity changes', async () => {
      expect(await s.getLang(1)).toBeUndefined();
      await s.touchUser(1);
      expect(await s.getLang(1)).toBeUndefined();
      await s.setLang(1, 'zh-Hant');
      await s.touchUser(1);
      await s.setActive(1, false);
      expect(await s.getLang(1)).toBe('zh-Hant');
      await s.setLang(1, 'en');
      expect(await s.getLang(1)).toBe('en');
      await s.setLang(GROUP, 'zh-Hans');
      expect(await s.getLang(GROUP)).toBe('zh-Hans');
    });

    it('subscriptions: whole notice and sectors, idempotent, listed, removed', async () => {
      expect(await s.subscribe(1, null)).toBe(true);
      expect(await s.subscribe(1, null)).toBe(false);
      await s.subscribe(1, 'medical');
      await s.subscribe(2, 'charity');
      expect(await s.listSubscriptions(1)).toEqual([null, 'medical']);
      expect(await s.unsubscribe(1, 'charity')).toBe(0);
      expect(await s.unsubscribe(1, 'medical')).toBe(1);
      expect(await s.unsubscribe(1, 'all')).toBe(1);
      expect(await s.listSubscriptions(1)).toEqual([]);
      expect(await s.listSubscriptions(2)).toEqual(['charity']);
      expect(await s.unsubscribe(2, 'all')).toBe(1);
      expect(await s.unsubscribe(3, 'all')).toBe(0);
    });

    it('subscribers: active chats only, each with what it follows and its language; group ids round-trip as numbers', async () => {
      await s.subscribe(GROUP, 'charity');
      await s.subscribe(GROUP, null);
      await s.setLang(GROUP, 'en');
      await s.subscribe(5, 'medical');
      await s.touchUser(6); // no subscription: no audience
      const subs = await s.subscribers();
      expect([...subs.keys()].sort((a, b) => a - b)).toEqual([GROUP, 5]);
      expect(new Set(subs.get(GROUP)!.sectors)).toEqual(new Set([null, 'charity']));
      expect(subs.get(GROUP)!.lang).toBe('en');
      expect(subs.get(5)).toEqual({ sectors: ['medical'], lang: undefined });
    });

    it('inactive users are no audience, and come back with their subscriptions', async () => {
      await s.subscribe(7, 'medical');
      await s.setLang(7, 'zh-Hant');
      await s.setActive(7, false);
      expect((await s.subscribers()).has(7)).toBe(false);
      await s.touchUser(7); // /start
      expect((await s.subscribers()).get(7)).toEqual({ sectors: ['medical'], lang: 'zh-Hant' });
      await s.setActive(7, false);
      await s.subscribe(7, null); // subscribing again is coming back too
      expect((await s.subscribers()).get(7)?.sectors).toHaveLength(2);
      await s.setActive(8, false); // unknown until now: recorded as inactive
      expect((await s.subscribers()).has(8)).toBe(false);
    });

    it('forget deletes everything about a chat, its conversations included, and nothing of others', async () => {
      await s.subscribe(9, 'medical');
      await s.setLang(9, 'en');
      await s.subscribe(10, 'medical');
      await s.writeSession('9', 9, '{"a":1}', HOUR);
      await s.writeSession('9:42', 9, '{"b":2}', HOUR);
      await s.writeSession('10', 10, '{"c":3}', HOUR);
      await s.createBroadcast(announce([{ text: 'x', chatIds: [9, 10] }]));
      expect(await s.forget(9)).toBe(true);
      expect(await s.getLang(9)).toBeUndefined();
      expect(await s.listSubscriptions(9)).toEqual([]);
      expect(await s.readSession('9')).toBeUndefined();
      expect(await s.readSession('9:42')).toBeUndefined();
      expect((await s.pendingOutbox(10)).map((r) => r.chatId)).toEqual([10]);
      expect(await s.forget(9)).toBe(false);
      expect(await s.readSession('10')).toBe('{"c":3}');
      expect(await s.listSubscriptions(10)).toEqual(['medical']);
      // A chat known only by its conversation still had something to forget.
      await s.writeSession('11', 11, '{}', HOUR);
      expect(await s.forget(11)).toBe(true);
    });

    it('a broadcast is one outbox row per chat, delivered in order, with progress', async () => {
      const id = await s.createBroadcast({
        kind: 'knowledge',
        version: 'v2',
        createdBy: 5,
        messages: [
          { text: 'a', chatIds: [1, 2] },
          { text: 'b', chatIds: [3, 2] },
        ],
      });
      const rows = await s.pendingOutbox(10);
      expect(rows.map((r) => [r.chatId, r.text])).toEqual([
        [1, 'a'],
        [2, 'a'],
        [3, 'b'],
      ]); // chat 2 once
      expect(rows.every((r) => r.broadcastId === id && r.attempts === 0)).toBe(true);
      expect(await s.holdClaim(rows[0]!.id)).toBe(true); // a row read for sending is this worker's to send
      await s.markDelivery(rows[0]!.id, 'sent');
      expect(await s.holdClaim(rows[0]!.id)).toBe(false); // and once marked, nobody's
      await s.markDelivery(rows[1]!.id, 'blocked', 'Forbidden');
      await s.noteAttempt(rows[2]!.id, '500');
      const p = await s.progress(id);
      expect(p).toMatchObject({ id, kind: 'knowledge', total: 3, sent: 1, blocked: 1, failed: 0, pending: 1, createdBy: 5 });
      expect(typeof p!.createdAt).toBe('number');
      expect(Math.abs(p!.createdAt - Date.now())).toBeLessThan(60_000);
      expect((await s.unfinishedBroadcasts()).map((b) => b.id)).toEqual([id]);
      expect(await s.pendingOutbox(10)).toEqual([{ id: rows[2]!.id, broadcastId: id, chatId: 3, text: 'b', attempts: 1 }]);
      await s.markDelivery(rows[2]!.id, 'failed', '400');
      expect(await s.progress(id)).toMatchObject({ total: 3, sent: 1, blocked: 1, failed: 1, pending: 0 });
      expect(await s.unfinishedBroadcasts()).toEqual([]);
      expect(await s.progress(id + 1000)).toBeUndefined();
    });

    it('the outbox: rows tried and failed go behind the untried ones; the limit holds; texts and big ids round-trip', async () => {
      const text = '<b>《贵州省民政厅倡议》</b> 更新 📢';
      const first = await s.createBroadcast(announce([{ text, chatIds: [GROUP, 2, 3, 4] }], 42));
      const rows = await s.pendingOutbox(2);
      expect(rows.map((r) => r.chatId)).toEqual([GROUP, 2]);
      expect(rows[0]!.text).toBe(text);
      await s.noteAttempt(rows[0]!.id, 'network');
      expect((await s.pendingOutbox(10)).map((r) => [r.chatId, r.attempts])).toEqual([
        [2, 0],
        [3, 0],
        [4, 0],
        [GROUP, 1],
      ]);
      const second = await s.createBroadcast(announce([{ text: 'later', chatIds: [5] }]));
      expect(second).toBeGreaterThan(first);
      expect((await s.pendingOutbox(10)).map((r) => r.chatId)).toEqual([2, 3, 4, 5, GROUP]);
      expect(await s.progress(first)).toMatchObject({ createdBy: 42, total: 4, pending: 4 });
    });

    it('a chat named twice in a broadcast gets one message, the first naming it', async () => {
      const id = await s.createBroadcast(
        announce([
          { text: 'first', chatIds: [1, 2, 1] },
          { text: 'second', chatIds: [2, 3, 3] },
        ]),
      );
      const rows = await s.pendingOutbox(10);
      expect(rows.map((r) => [r.chatId, r.text])).toEqual([
        [1, 'first'],
        [2, 'first'],
        [3, 'second'],
      ]);
      expect((await s.progress(id))!.total).toBe(3);
    });

    it('a broadcast to nobody is complete at once', async () => {
      const id = await s.createBroadcast(announce([{ text: 'x', chatIds: [] }]));
      expect(await s.progress(id)).toMatchObject({ total: 0, sent: 0, failed: 0, blocked: 0, pending: 0 });
      expect(await s.unfinishedBroadcasts()).toEqual([]);
      expect(await s.pendingOutbox(10)).toEqual([]);
    });

    it('publishing a version and its broadcast is one transaction', async () => {
      expect(await s.getPublished()).toBeUndefined();
      expect(await s.publish('v1', '{}', null)).toBeNull();
      expect(await s.getPublished()).toEqual({ version: 'v1', snapshot: '{}' });
      const id = await s.publish('v2', '{"x":1}', { kind: 'knowledge', version: 'v2', createdBy: null, messages: [{ text: 't', chatIds: [1] }] });
      expect(id).toBeGreaterThan(0);
      expect(await s.getPublished()).toEqual({ version: 'v2', snapshot: '{"x":1}' });
      expect((await s.pendingOutbox(10)).map((r) => [r.broadcastId, r.chatId, r.text])).toEqual([[id, 1, 't']]);
      // A broadcast that cannot be written takes the version with it: neither is recorded.
      const broken = { kind: null, version: 'v3', createdBy: null, messages: [{ text: 'u', chatIds: [2] }] } as unknown as NewBroadcast;
      await expect(s.publish('v3', '{"x":2}', broken)).rejects.toThrow(StoreError);
      expect(await s.getPublished()).toEqual({ version: 'v2', snapshot: '{"x":1}' });
      expect(await s.pendingOutbox(10)).toHaveLength(1);
      expect(await s.unfinishedBroadcasts()).toHaveLength(1);
    });

    it('publishing the version already published records nothing and announces nothing (instances starting together)', async () => {
      await s.publish('v1', '{}', null);
      const b = (chatIds: number[]): NewBroadcast => ({ kind: 'knowledge', version: 'v2', createdBy: null, messages: [{ text: 'v2', chatIds }] });
      const [first, second] = await Promise.all([s.publish('v2', '{"v":2}', b([1, 2])), s.publish('v2', '{"v":2}', b([1, 2]))]);
      expect([first, second].filter((id) => id !== null)).toHaveLength(1);
      expect(await s.publish('v2', '{"v":2}', b([3]))).toBeNull();
      expect((await s.pendingOutbox(10)).map((r) => r.chatId)).toEqual([1, 2]);
      expect(await s.getPublished()).toEqual({ version: 'v2', snapshot: '{"v":2}' });
    });

    it('statistics: no user ids with questions; texts only when kept', async () => {
      await s.touchUser(1);
      await s.subscribe(1, 'medical');
      await s.recordQuestion({ answered: true, paragraph: 4, text: null });
      await s.recordQuestion({ answered: false, paragraph: null, text: '比特币' });
      await s.recordQuestion({ answered: false, paragraph: null, text: '比特币' });
      await s.recordFeedback({ notice: 'n', paragraph: 4, sentence: 2 }, true);
      await s.recordFeedback({ notice: 'n', paragraph: 4, sentence: 2 }, false);
      expect(await s.stats()).toEqual({
        users: 1,
        activeUsers: 1,
        subscribersBySector: [{ sector: 'medical', count: 1 }],
        questions: 3,
        answered: 1,
        useful: 1,
        notUseful: 1,
        topUnanswered: [{ text: '比特币', count: 2 }],
      });
    });

    it('statistics on an empty store, and with ties: sectors and questions of equal counts in a stable order', async () => {
      expect(await s.stats()).toEqual({
        users: 0,
        activeUsers: 0,
        subscribersBySector: [],
        questions: 0,
        answered: 0,
        useful: 0,
        notUseful: 0,
        topUnanswered: [],
      });
      for (const [chat, sector] of [
        [1, 'medical'],
        [2, 'charity'],
        [3, null],
        [4, 'charity'],
        [5, 'medical'],
      ] as const)
        await s.subscribe(chat, sector);
      await s.setActive(4, false);
      for (const text of ['b', 'a', 'c', 'a', 'b']) await s.recordQuestion({ answered: false, paragraph: null, text });
      const stats = await s.stats();
      expect(stats.subscribersBySector).toEqual([
        { sector: 'medical', count: 2 },
        { sector: null, count: 1 },
        { sector: 'charity', count: 1 },
      ]);
      expect(stats.topUnanswered).toEqual([
        { text: 'a', count: 2 },
        { text: 'b', count: 2 },
        { text: 'c', count: 1 },
      ]);
      expect(stats).toMatchObject({ users: 5, activeUsers: 4, questions: 5, answered: 0 });
    });

    it('feedback: one vote per voter and sentence, a second press changes it; anonymous presses all count', async () => {
      const ref = { notice: 'n', paragraph: 4, sentence: 2 };
      await s.recordFeedback(ref, true, 'voter-a');
      await s.recordFeedback(ref, true, 'voter-a');
      expect(await s.stats()).toMatchObject({ useful: 1, notUseful: 0 });
      await s.recordFeedback(ref, false, 'voter-a');
      expect(await s.stats()).toMatchObject({ useful: 0, notUseful: 1 });
      await s.recordFeedback(ref, true, 'voter-b');
      await s.recordFeedback({ ...ref, sentence: 3 }, true, 'voter-a');
      expect(await s.stats()).toMatchObject({ useful: 2, notUseful: 1 });
      await s.recordFeedback(ref, true);
      await s.recordFeedback(ref, true);
      expect(await s.stats()).toMatchObject({ useful: 4, notUseful: 1 });
    });

    it('conversations (sessions): written, overwritten, read, deleted; expired ones are dropped as others are written', async () => {
      expect(await s.readSession('1')).toBeUndefined();
      await s.writeSession('1', 1, '{"turn":1}', HOUR);
      await s.writeSession('1', 1, '{"turn":2}', HOUR);
      expect(await s.readSession('1')).toBe('{"turn":2}');
      await s.writeSession(`${GROUP}:7`, GROUP, '{"中":"文"}', HOUR);
      expect(await s.readSession(`${GROUP}:7`)).toBe('{"中":"文"}');
      await s.deleteSession('1');
      expect(await s.readSession('1')).toBeUndefined();
      await s.deleteSession('never-written');
      await new Promise((r) => setTimeout(r, 30));
      // Writing with a short age drops every conversation older than it, the new one stays.
      await s.writeSession('2', 2, '{}', 10);
      expect(await s.readSession(`${GROUP}:7`)).toBeUndefined();
      expect(await s.readSession('2')).toBe('{}');
    });

    it('announcement drafts: kept for their age, then gone; deleted on demand', async () => {
      const a = await s.saveDraft(42, '明天停电', HOUR);
      const b = await s.saveDraft(43, 'second', HOUR);
      expect(b).not.toBe(a);
      expect(await s.getDraft(a, HOUR)).toEqual({ adminId: 42, text: '明天停电' });
      await new Promise((r) => setTimeout(r, 30));
      expect(await s.getDraft(a, 10)).toBeUndefined(); // too old for that age
      expect(await s.getDraft(a, HOUR)).toEqual({ adminId: 42, text: '明天停电' });
      await s.deleteDraft(a);
      expect(await s.getDraft(a, HOUR)).toBeUndefined();
      // Saving drops drafts older than its age.
      const c = await s.saveDraft(44, 'third', 10);
      expect(await s.getDraft(b, HOUR)).toBeUndefined();
      expect(await s.getDraft(c, HOUR)).toEqual({ adminId: 44, text: 'third' });
      expect(await s.getDraft(c + 1000, HOUR)).toBeUndefined();
    });

    it('webhook updates: claimed once, even by claims at the same moment; given back; old claims taken over and pruned', async () => {
      expect(await s.claimUpdate(1, HOUR)).toBe(true);
      expect(await s.claimUpdate(1, HOUR)).toBe(false);
      const big = 2 ** 40 + 7; // update ids are not bounded by 32 bits
      const together = await Promise.all(Array.from({ length: 6 }, () => s.claimUpdate(big, HOUR)));
      expect(together.filter(Boolean)).toHaveLength(1);
      await s.releaseUpdate(1);
      expect(await s.claimUpdate(1, HOUR)).toBe(true);
      await s.releaseUpdate(999); // nothing to give back: no error
      // Ages of a second, not milliseconds: a loaded machine takes tens of them between two statements.
      await new Promise((r) => setTimeout(r, 1100));
      expect(await s.claimUpdate(big, 1000)).toBe(true); // older than the age: taken over
      expect(await s.claimUpdate(big, 1000)).toBe(false);
      // Claiming pruned update 1 (older than a second): with the age of an hour it is new again.
      expect(await s.claimUpdate(1, HOUR)).toBe(true);
    });

    it('webhook updates: a claim in progress lapses after its age, a handled one holds', async () => {
      expect(await s.claimUpdate(11, 1000)).toBe(true);
      expect(await s.isUpdateDone(11)).toBe(false);
      await new Promise((r) => setTimeout(r, 1100));
      // Its instance died mid-way: another takes it over.
      expect(await s.claimUpdate(11, 1000)).toBe(true);
      await s.completeUpdate(11, HOUR);
      expect(await s.isUpdateDone(11)).toBe(true);
      await new Promise((r) => setTimeout(r, 1100));
      expect(await s.claimUpdate(11, 1000)).toBe(false);
      expect(await s.isUpdateDone(12)).toBe(false);
    });

    it('a closed store refuses every call with a StoreError naming the call', async () => {
      await s.subscribe(1, null);
      s.close();
      await new Promise((r) => setTimeout(r, 20));
      await expect(s.subscribe(2, null)).rejects.toThrow(StoreError);
      await expect(s.listSubscriptions(1)).rejects.toThrow(/^listSubscriptions: /);
      await expect(s.pendingOutbox(10)).rejects.toThrow(StoreError);
      await expect(s.stats()).rejects.toThrow(StoreError);
    });
  });
}
