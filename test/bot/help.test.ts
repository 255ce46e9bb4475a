// /help and /start list every user command, in the user's language; the command menu registers the same
// commands; an unknown command is named, then the list follows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCommands } from '../../src/bot/create-bot.js';
import { primaryNotice } from '../../src/knowledge/types.js';
import { type Harness, startHarness } from '../support/harness.js';
import { telegramHtmlProblems } from '../support/telegram-html.js';
import { textMessage } from '../support/updates.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

const USERS = {
  'zh-Hans': { id: 8101, language_code: 'zh-hans' },
  'zh-Hant': { id: 8102, language_code: 'zh-tw' },
  en: { id: 8103, language_code: 'en' },
};
/** A word of each language's help that the other two do not have. */
const OWN_WORDS = { 'zh-Hans': '删除本机器人保存的', 'zh-Hant': '刪除本機器人保存的', en: 'delete everything this bot keeps' };
const USER_COMMANDS = ['start', 'help', 'sectors', 'notice', 'p', 'subscribe', 'mysubs', 'unsubscribe', 'lang', 'forget'];

/** The commands the help lines name: lines that start with a command, each naming one (or /start and /help). */
function helpCommands(text: string): { lines: string[]; commands: string[] } {
  const lines = text.split('\n').filter((l) => l.startsWith('/'));
  const commands = lines.flatMap((l) => [...l.matchAll(/(?:^|[\s、,])\/([a-z_]+)/g)].map((m) => m[1]!));
  return { lines, commands: [...new Set(commands)].sort() };
}

describe('/help and /start', () => {
  it.each(Object.entries(USERS))('list every user command, one line each, in %s', async (lang, from) => {
    for (const command of ['/help', '/start']) {
      const text: string = (await h.send(textMessage(command, { from }))).payload.text;
      expect(telegramHtmlProblems(text)).toEqual([]);
      const { lines, commands } = helpCommands(text);
      expect(commands).toEqual([...USER_COMMANDS].sort());
      // One line per command (/start and /help share theirs: they show the same thing).
      expect(lines).toHaveLength(USER_COMMANDS.length - 1);
      for (const c of ['subscribe', 'mysubs', 'unsubscribe', 'forget']) expect(lines.some((l) => l.startsWith(`/${c} `))).toBe(true);
      expect(text).toContain(OWN_WORDS[lang as keyof typeof OWN_WORDS]);
      for (const [other, word] of Object.entries(OWN_WORDS)) if (other !== lang) expect(text).not.toContain(word);
    }
  });

  it('the command menu registers the same commands, in Chinese and English', async () => {
    const since = h.api.calls.length;
    await setCommands(h.bot, h.deps.knowledge.answerer.kb);
    const menus = h.api.calls.slice(since).filter((c) => c.method === 'setMyCommands');
    expect(menus.map((c) => c.payload.language_code)).toEqual([undefined, 'zh', 'en']);
    const help = helpCommands((await h.send(textMessage('/help', { from: USERS.en }))).payload.text).commands;
    for (const menu of menus) {
      expect(menu.payload.commands.map((c: { command: string }) => c.command).sort()).toEqual(help);
      for (const c of menu.payload.commands) expect(c.description.length).toBeGreaterThan(0);
    }
    expect(menus[2]!.payload.commands.find((c: { command: string }) => c.command === 'forget').description).toMatch(/^[A-Z][a-z ]+$/);
    // /notice is named by the notice's kind, in each language.
    const notice = primaryNotice(h.deps.knowledge.answerer.kb);
    expect(menus[1]!.payload.commands.find((c: { command: string }) => c.command === 'notice').description).toBe(`${notice.kind['zh-Hans']}概况`);
    expect(menus[2]!.payload.commands.find((c: { command: string }) => c.command === 'notice').description).toContain(notice.kind.en);
  });
});

describe('an unknown command', () => {
  it('is named, then every command is listed, in the user’s language', async () => {
    const zh: string = (await h.send(textMessage('/foo', { from: USERS['zh-Hans'] }))).payload.text;
    expect(zh.split('\n')[0]).toBe('没有 /foo 这个命令。可以使用的命令：');
    expect(helpCommands(zh).commands).toEqual([...USER_COMMANDS].sort());
    const hant: string = (await h.send(textMessage('/foo_bar@notice_test_bot now', { from: USERS['zh-Hant'] }))).payload.text;
    expect(hant.split('\n')[0]).toBe('沒有 /foo_bar 這個命令。可以使用的命令：');
    expect(hant).toContain(OWN_WORDS['zh-Hant']);
    const en: string = (await h.send(textMessage('/foo', { from: USERS.en }))).payload.text;
    expect(en.split('\n')[0]).toBe('There is no command /foo. These are the commands:');
    expect(helpCommands(en).commands).toEqual([...USER_COMMANDS].sort());
  });

  it('a very long one is cut, and the reply stays valid Telegram HTML', async () => {
    const text: string = (await h.send(textMessage(`/${'x'.repeat(4000)}`, { from: USERS.en }))).payload.text;
    expect(text.split('\n')[0]).toBe(`There is no command /${'x'.repeat(39)}…. These are the commands:`);
    expect(telegramHtmlProblems(text)).toEqual([]);
  });

  it('a known command is not called unknown', async () => {
    const text: string = (await h.send(textMessage('/sectors', { from: USERS.en }))).payload.text;
    expect(text).not.toContain('There is no command');
  });
});
