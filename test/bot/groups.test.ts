// In a group, what the group keeps is changed by its admins only; /stats stays private; an announcement is
// sent or cancelled only by the admin who wrote it.
import { afterEach, describe, expect, it } from 'vitest';
import type { AdminActions } from '../../src/bot/context.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { type Harness, startHarness } from '../support/harness.js';
import { callback, textMessage } from '../support/updates.js';

let h: Harness | undefined;
afterEach(async () => h?.stop());

const GROUP = -9001;

/** Admin actions that only record the announcements they are asked to send. */
function recordingAdmin(): { sent: string[]; admin: AdminActions } {
  const sent: string[] = [];
  return {
    sent,
    admin: {
      reload: async () => ({ version: 'v', changed: false, recipients: 0 }),
      announce: async (text) => {
        sent.push(text);
        return { broadcastId: 1, recipients: 0 };
      },
    },
  };
}
const MEMBER = { id: 31, language_code: 'zh-hans' };
const GROUP_ADMIN = { id: 32, language_code: 'zh-hans' };

describe('in a group', () => {
  it('a member cannot /unsubscribe all or /forget the group; a group admin can', async () => {
    h = await startHarness();
    h.api.groupAdmins.add(GROUP_ADMIN.id);
    const inGroup = (text: string, from: typeof MEMBER) => textMessage(text, { from, chatType: 'group', chatId: GROUP });
    expect((await h.send(inGroup('/subscribe', GROUP_ADMIN))).payload.text).toContain('订阅');
    expect((await h.send(inGroup('/unsubscribe all', MEMBER))).payload.text).toContain('只有群管理员');
    expect((await h.send(inGroup('/forget', MEMBER))).payload.text).toContain('只有群管理员');
    expect([...(await h.deps.store.subscribers()).keys()]).toContain(GROUP);
    expect((await h.send(inGroup('/unsubscribe all', GROUP_ADMIN))).payload.text).not.toContain('只有群管理员');
    expect([...(await h.deps.store.subscribers()).keys()]).not.toContain(GROUP);
  });

  it('/stats answers only in a private chat', async () => {
    const admin = { id: 41, language_code: 'zh-hans' };
    h = await startHarness({
      config: { ADMIN_IDS: [admin.id] },
      admin: { reload: async () => ({ version: 'v', changed: false, recipients: 0 }), announce: async () => ({ broadcastId: 1, recipients: 0 }) },
    });
    expect((await h.send(textMessage('/stats', { from: admin, chatType: 'group', chatId: GROUP }))).payload.text).toContain('私聊');
    expect((await h.send(textMessage('/stats', { from: admin }))).payload.text).toContain('users:');
  });

  it('another admin cannot send or cancel an admin’s announcement', async () => {
    const author = { id: 51, language_code: 'zh-hans' };
    const other = { id: 52, language_code: 'zh-hans' };
    const { sent, admin } = recordingAdmin();
    h = await startHarness({ config: { ADMIN_IDS: [author.id, other.id] }, admin });
    const preview = await h.send(textMessage('/announce 明天开会', { from: author }));
    const [confirm] = preview.payload.reply_markup.inline_keyboard[0];
    const refused = await h.send(callback(confirm.callback_data, other), 'answerCallbackQuery');
    expect(refused.payload.text).toContain('只有撰写这条公告的管理员');
    expect(sent).toEqual([]);
    await h.send(callback(confirm.callback_data, author), 'editMessageText');
    expect(sent).toEqual(['明天开会']);
  });

  it('an announcement draft survives a restart', async () => {
    const author = { id: 61, language_code: 'zh-hans' };
    const { sent, admin } = recordingAdmin();
    const store = new SqliteStore(':memory:');
    h = await startHarness({ config: { ADMIN_IDS: [author.id] }, admin, store });
    const preview = await h.send(textMessage('/announce 重启以后', { from: author }));
    const [confirm] = preview.payload.reply_markup.inline_keyboard[0];
    await h.stop();
    // The bot restarts on the same database.
    h = await startHarness({ config: { ADMIN_IDS: [author.id] }, admin, store });
    await h.send(callback(confirm.callback_data, author), 'editMessageText');
    expect(sent).toEqual(['重启以后']);
  });
});
