// The bad-input catalogue (docs/BAD-INPUT.md): each row sent through the fake Bot API; the reply is
// checked, nothing fails in the logs, and the bot still answers afterwards.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Update } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import type { ApiCall } from '../support/fake-bot-api.js';
import { BOT_USER } from '../support/fake-bot-api.js';
import { type Harness, startHarness } from '../support/harness.js';
import { telegramHtmlProblems } from '../support/telegram-html.js';
import { callback, editedText, inlineQuery, mediaMessage, textMessage } from '../support/updates.js';

type U = Omit<Update, 'update_id'>;
interface Case {
  id: string;
  update: () => U;
  /** The call that answers it, and what it must say. */
  method?: string;
  expect: (c: ApiCall) => void;
}

const says = (fragment: string) => (c: ApiCall) => expect(String(c.payload.text)).toContain(fragment);
const cites = (p: number, s: number) => (c: ApiCall) => expect(String(c.payload.text)).toContain(`第${p}段第${s}句`);
const notCovered = says('倡议里没有提到这个问题');
const typeText = says('请用文字输入您的问题');
const textOnly = says('请用文字提问');
const expired = says('按钮已过期');
let user = 60_000;
const me = () => ({ id: ++user, language_code: 'zh-hans' });

const CASES: Case[] = [
  { id: 'empty-message', update: () => textMessage('', { from: me() }), expect: typeText },
  { id: 'whitespace-only', update: () => textMessage(' \t\n ', { from: me() }), expect: typeText },
  { id: 'one-character', update: () => textMessage('口', { from: me() }), expect: notCovered },
  {
    id: 'max-length-4096',
    update: () => textMessage(`慈善组织要做什么?${'啊'.repeat(4087)}`, { from: me() }),
    expect: (c) => {
      says('问题太长')(c);
      cites(4, 8)(c);
    },
  },
  { id: 'emoji-only', update: () => textMessage('😀🎉👍🏽', { from: me() }), expect: typeText },
  { id: 'zero-width-characters', update: () => textMessage('慈\u200B善\u200D组织\uFEFF要做什么', { from: me() }), expect: cites(4, 8) },
  { id: 'control-characters', update: () => textMessage('\u0000\u0007\u001B', { from: me() }), expect: typeText },
  { id: 'right-to-left-text', update: () => textMessage('مرحبا كيف حالك', { from: me() }), expect: notCovered },
  { id: 'bidi-override', update: () => textMessage('\u202E慈善组织要做什么\u202C', { from: me() }), expect: cites(4, 8) },
  {
    id: 'html-tags',
    update: () => textMessage('<b>慈善组织</b>要做什么<script>', { from: me() }),
    expect: (c) => {
      cites(4, 8)(c);
      expect(c.payload.text).not.toContain('<script>');
    },
  },
  {
    id: 'closing-blockquote',
    update: () => textMessage(`</blockquote>${'慈善'.repeat(200)}`, { from: me() }),
    expect: cites(4, 8),
  },
  { id: 'ampersands', update: () => textMessage('& &amp; &lt; 慈善组织', { from: me() }), expect: cites(4, 8) },
  { id: 'markdown', update: () => textMessage('*慈善组织* _要做_ `什么` [x](http://e.com)', { from: me() }), expect: cites(4, 8) },
  { id: 'forged-callback', update: () => callback('p:x', me()), method: 'answerCallbackQuery', expect: expired },
  { id: 'stale-callback', update: () => callback('p:gz-mzt-2020-02-20:9:1', me()), method: 'answerCallbackQuery', expect: expired },
  { id: 'oversized-callback', update: () => callback(`s:${'a'.repeat(80)}`, me()), method: 'answerCallbackQuery', expect: expired },
  { id: 'unknown-sector-callback', update: () => callback('s:bakery', me()), method: 'answerCallbackQuery', expect: expired },
  { id: 'long-deep-link', update: () => textMessage(`/start ${'p_'.repeat(300)}`, { from: me() }), expect: says('您好') },
  { id: 'unknown-deep-link', update: () => textMessage('/start s_bakery', { from: me() }), expect: says('您好') },
  { id: 'sticker', update: () => mediaMessage('sticker', me()), expect: textOnly },
  { id: 'photo', update: () => mediaMessage('photo', me()), expect: textOnly },
  { id: 'voice', update: () => mediaMessage('voice', me()), expect: textOnly },
  { id: 'document', update: () => mediaMessage('document', me()), expect: textOnly },
  { id: 'location', update: () => mediaMessage('location', me()), expect: textOnly },
  { id: 'poll', update: () => mediaMessage('poll', me()), expect: textOnly },
  { id: 'edited-message', update: () => editedText('建筑建材领域的协会要做什么?', me()), expect: cites(4, 3) },
  { id: 'paragraph-zero', update: () => textMessage('/p 0', { from: me() }), expect: says('倡议共有5段') },
  { id: 'paragraph-99', update: () => textMessage('/p 99', { from: me() }), expect: says('倡议共有5段') },
  { id: 'paragraph-abc', update: () => textMessage('/p abc', { from: me() }), expect: says('用法') },
  { id: 'subscribe-nonsense', update: () => textMessage('/subscribe nonsense', { from: me() }), expect: says('没有找到行业') },
  { id: 'unknown-command', update: () => textMessage('/frobnicate now', { from: me() }), expect: says('没有 /frobnicate 这个命令') },
  { id: 'group-mention-only', update: () => textMessage(`@${BOT_USER.username}`, { chatType: 'group', chatId: -901, from: me() }), expect: typeText },
  { id: 'inline-empty', update: () => inlineQuery('', me()), method: 'answerInlineQuery', expect: (c) => expect(c.payload.results).toHaveLength(8) },
  {
    id: 'inline-256',
    update: () => inlineQuery(`慈善${'<&>'.repeat(84)}`, me()),
    method: 'answerInlineQuery',
    expect: (c) => expect(Array.isArray(c.payload.results)).toBe(true),
  },
];

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ config: { RATE_LIMIT_MESSAGES: 5, RATE_LIMIT_WINDOW_MS: 5000 } });
});
afterAll(() => h.stop());

describe('the bad-input catalogue', () => {
  it.each(CASES.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const call = await h.send(c.update(), c.method ?? 'sendMessage');
    c.expect(call);
    if (call.method === 'sendMessage') expect(telegramHtmlProblems(String(call.payload.text))).toEqual([]);
  });

  it('a message in a group without a mention gets no reply', async () => {
    const since = h.api.calls.length;
    h.api.push(textMessage('慈善组织要做什么?', { chatType: 'group', chatId: -902, from: me() }));
    await h.send(textMessage('慈善组织要做什么?', { from: me() })); // a later update has been handled…
    expect(h.api.calls.slice(since).filter((c) => c.payload.chat_id === -902)).toEqual([]); // …and the group got nothing
  });

  it('a flood of 100 messages in a second: five answered, the user told once, others still served', async () => {
    const flooder = me();
    const since = h.api.calls.length;
    for (let i = 0; i < 100; i++) h.api.push(textMessage(`慈善组织要做什么?${i}`, { from: flooder }));
    const other = me();
    await h.send(textMessage('第5段说了什么', { from: other }));
    await h.api.waitFor((c) => c.payload.chat_id === flooder.id && String(c.payload.text).includes('太快'), 5000, since);
    await new Promise((r) => setTimeout(r, 300));
    const toFlooder = h.api.calls.slice(since).filter((c) => c.method === 'sendMessage' && c.payload.chat_id === flooder.id);
    expect(toFlooder.filter((c) => String(c.payload.text).includes('第4段第8句'))).toHaveLength(5);
    expect(toFlooder.filter((c) => String(c.payload.text).includes('太快'))).toHaveLength(1);
  });

  it('nothing failed along the way, and the bot still answers', async () => {
    expect(h.logs.text).not.toContain('update failed');
    expect((await h.send(textMessage('倡议是谁发出的?', { from: me() }))).payload.text).toContain('第1段第1句');
  });

  it('docs/BAD-INPUT.md lists every case', () => {
    const doc = readFileSync(join(PROJECT_ROOT, 'docs/BAD-INPUT.md'), 'utf8');
    for (const c of CASES) expect(doc, c.id).toContain(`\`${c.id}\``);
    expect(doc.split('\n').filter((l) => l.startsWith('| `')).length).toBeGreaterThanOrEqual(30);
  });
});
