// /unsubscribe with nothing after it shows the chat's subscriptions, a button each (and one for all);
// a press stops that one and says so. /unsubscribe all and /unsubscribe <sector> work as before.
import { afterEach, describe, expect, it } from 'vitest';
import { type ButtonAction, decodeAction, encodeAction } from '../../src/bot/callback-data.js';
import type { ApiCall } from '../support/fake-bot-api.js';
import { type Harness, startHarness } from '../support/harness.js';
import { callback, textMessage } from '../support/updates.js';

let h: Harness;
afterEach(async () => h?.stop());

type Button = { text: string; callback_data: string };
const buttons = (c: ApiCall): Button[] => c.payload.reply_markup?.inline_keyboard.flat() ?? [];
const press = (c: ApiCall, label: string) => {
  const b = buttons(c).find((x) => x.text === label);
  if (!b) throw new Error(`no button "${label}" in ${JSON.stringify(buttons(c).map((x) => x.text))}`);
  return b.callback_data;
};
const failures = () => h.logs.lines.filter((l) => l.includes('update failed'));

describe('/unsubscribe with nothing after it', () => {
  it('with no subscriptions, says so and stops nothing', async () => {
    h = await startHarness();
    const user = { id: 9101, language_code: 'zh-hans' };
    const reply = await h.send(textMessage('/unsubscribe', { from: user }));
    expect(reply.payload.text).toContain('您还没有订阅');
    expect(buttons(reply)).toEqual([]);
  });

  it('lists the subscriptions with a button each; a press stops that one only, then all stops the rest', async () => {
    h = await startHarness();
    const user = { id: 9102, language_code: 'zh-hans' };
    for (const s of ['/subscribe', '/subscribe 医院', '/subscribe 学校']) await h.send(textMessage(s, { from: user }));
    const list = await h.send(textMessage('/unsubscribe', { from: user }));
    expect(list.payload.text).toBe('要取消哪一项订阅？');
    expect(buttons(list).map((b) => b.text)).toEqual(['取消「整份倡议」', '取消「医疗卫生」', '取消「教育类协会·民办非企业单位」', '取消全部订阅']);
    // The bare command no longer drops everything at once.
    expect(await h.deps.store.listSubscriptions(user.id)).toHaveLength(3);

    const medical = press(list, '取消「医疗卫生」');
    const edited = await h.send(callback(medical, user), 'editMessageText');
    expect(edited.payload.text).toBe('已取消「医疗卫生」的订阅。\n还要取消其他订阅吗？');
    expect(buttons(edited).map((b) => b.text)).toEqual(['取消「整份倡议」', '取消「教育类协会·民办非企业单位」', '取消全部订阅']);
    expect(await h.deps.store.listSubscriptions(user.id)).toEqual([null, 'education']);

    // The same button again (its message not yet redrawn, or pressed twice): a polite toast, nothing else.
    const again = await h.send(callback(medical, user), 'answerCallbackQuery');
    expect(again.payload.text).toBe('您没有订阅「医疗卫生」。');
    expect(again.payload.show_alert).toBeUndefined();

    const all = await h.send(callback(press(edited, '取消全部订阅'), user), 'editMessageText');
    expect(all.payload.text).toBe('已取消2项订阅。');
    expect(buttons(all)).toEqual([]);
    expect(await h.deps.store.listSubscriptions(user.id)).toEqual([]);
    expect((await h.send(callback('u:a', user), 'answerCallbackQuery')).payload.text).toContain('您还没有订阅');
    expect(failures()).toEqual([]);
  });

  it('one subscription: its button, no separate "all"; the message then says it is stopped', async () => {
    h = await startHarness();
    const user = { id: 9103, language_code: 'en' };
    await h.send(textMessage('/subscribe charity', { from: user }));
    const list = await h.send(textMessage('/unsubscribe', { from: user }));
    expect(list.payload.text).toBe('Which updates do you want to stop?');
    expect(buttons(list).map((b) => b.text)).toEqual(['Stop Charities']);
    const edited = await h.send(callback(press(list, 'Stop Charities'), user), 'editMessageText');
    expect(edited.payload.text).toBe('Stopped the updates for Charities.');
    expect(buttons(edited)).toEqual([]);
  });

  it('speaks traditional Chinese to a traditional-Chinese user', async () => {
    h = await startHarness();
    const user = { id: 9104, language_code: 'zh-tw' };
    await h.send(textMessage('/subscribe', { from: user }));
    await h.send(textMessage('/subscribe 醫院', { from: user }));
    const list = await h.send(textMessage('/unsubscribe', { from: user }));
    expect(list.payload.text).toBe('要取消哪一項訂閱？');
    expect(buttons(list).map((b) => b.text)).toEqual(['取消「整份倡議」', '取消「醫療衛生」', '取消全部訂閱']);
    const edited = await h.send(callback(press(list, '取消「整份倡議」'), user), 'editMessageText');
    expect(edited.payload.text).toBe('已取消「整份倡議」的訂閱。\n還要取消其他訂閱嗎？');
  });

  it('forged or stale button data is answered politely, never a crash', async () => {
    h = await startHarness();
    const user = { id: 9105, language_code: 'zh-hans' };
    await h.send(textMessage('/subscribe 医院', { from: user }));
    // Well-formed, but naming nothing this chat follows.
    expect((await h.send(callback('u:s:no-such-sector', user), 'answerCallbackQuery')).payload.text).toBe('您没有订阅「no-such-sector」。');
    expect((await h.send(callback('u:n', user), 'answerCallbackQuery')).payload.text).toBe('您没有订阅「整份倡议」。');
    // Malformed: the expired-button alert.
    for (const data of ['u:', 'u:s:', 'u:s:MEDICAL', 'u:x', `u:s:${'a'.repeat(60)}`, 'u:s:medical:extra']) {
      const ack = await h.send(callback(data, user), 'answerCallbackQuery');
      expect(ack.payload.text).toContain('这个按钮已过期');
    }
    expect(await h.deps.store.listSubscriptions(user.id)).toEqual(['medical']);
    expect(failures()).toEqual([]);
  });

  it('a subscription to a sector that has left the knowledge can still be stopped', async () => {
    h = await startHarness();
    const user = { id: 9106, language_code: 'zh-hans' };
    await h.deps.store.subscribe(user.id, 'bakeries');
    const list = await h.send(textMessage('/unsubscribe', { from: user }));
    expect(buttons(list).map((b) => b.text)).toEqual(['取消「bakeries」']);
    const edited = await h.send(callback(press(list, '取消「bakeries」'), user), 'editMessageText');
    expect(edited.payload.text).toBe('已取消「bakeries」的订阅。');
    expect(await h.deps.store.listSubscriptions(user.id)).toEqual([]);
  });

  it('in a group, only its admins may press the buttons', async () => {
    h = await startHarness();
    const GROUP = { chatId: -9100, chatType: 'group' as const };
    const admin = { id: 9107, language_code: 'zh-hans' };
    const member = { id: 9108, language_code: 'en' };
    h.api.groupAdmins.add(admin.id);
    await h.send(textMessage('/subscribe', { from: admin, ...GROUP }));
    await h.send(textMessage('/subscribe 医院', { from: admin, ...GROUP }));
    // The command itself is for admins, as before.
    expect((await h.send(textMessage('/unsubscribe', { from: member, ...GROUP }))).payload.text).toContain('only the group');
    const list = await h.send(textMessage('/unsubscribe', { from: admin, ...GROUP }));
    const medical = press(list, '取消「医疗卫生」');
    const refused = await h.send(callback(medical, member, 5, GROUP), 'answerCallbackQuery');
    expect(refused.payload).toMatchObject({ text: "In a group, only the group's admins can change its subscriptions and data.", show_alert: true });
    expect(await h.deps.store.listSubscriptions(GROUP.chatId)).toEqual([null, 'medical']);
    const edited = await h.send(callback(medical, admin, 5, GROUP), 'editMessageText');
    expect(edited.payload).toMatchObject({ chat_id: GROUP.chatId, text: '已取消「医疗卫生」的订阅。\n还要取消其他订阅吗？' });
    expect(await h.deps.store.listSubscriptions(GROUP.chatId)).toEqual([null]);
  });
});

describe('unsubscribe button data', () => {
  it('round-trips one sector, the whole notice and all, each encoded differently', () => {
    const actions: ButtonAction[] = [
      { kind: 'unsubscribe', target: { sector: 'medical' } },
      { kind: 'unsubscribe', target: { sector: null } },
      { kind: 'unsubscribe', target: { all: true } },
      { kind: 'unsubscribe', target: { sector: 'all' } },
    ];
    for (const a of actions) expect(decodeAction(encodeAction(a))).toEqual(a);
    expect(new Set(actions.map(encodeAction)).size).toBe(actions.length);
  });
});

describe('/unsubscribe with an argument, as before', () => {
  it('/unsubscribe <sector> stops that sector; /unsubscribe all stops everything', async () => {
    h = await startHarness();
    const user = { id: 9109, language_code: 'zh-hans' };
    for (const s of ['/subscribe', '/subscribe 医院', '/subscribe 学校']) await h.send(textMessage(s, { from: user }));
    expect((await h.send(textMessage('/unsubscribe 医院', { from: user }))).payload.text).toBe('已取消1项订阅。');
    expect(await h.deps.store.listSubscriptions(user.id)).toEqual([null, 'education']);
    expect((await h.send(textMessage('/unsubscribe 医院', { from: user }))).payload.text).toBe('您没有订阅「医疗卫生」。');
    expect((await h.send(textMessage('/unsubscribe nonsense', { from: user }))).payload.text).toContain('没有找到行业「nonsense」');
    expect((await h.send(textMessage('/unsubscribe all', { from: user }))).payload.text).toBe('已取消2项订阅。');
    expect(await h.deps.store.listSubscriptions(user.id)).toEqual([]);
    expect((await h.send(textMessage('/unsubscribe 全部', { from: user }))).payload.text).toContain('您还没有订阅');
  });
});
