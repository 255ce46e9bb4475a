// `npm start` without BOT_TOKEN: a chat in the terminal with the very same bot. Each typed line becomes
// an update; Bot API calls are answered locally and printed; buttons become numbered choices.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Update, UserFromGetMe } from 'grammy/types';
import { t } from '../i18n.js';
import type { BotDeps } from './context.js';
import { createBot } from './create-bot.js';

export const CONSOLE_BOT: UserFromGetMe = {
  id: 1,
  is_bot: true,
  first_name: 'Notice Bot',
  username: 'notice_console_bot',
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
} as UserFromGetMe;
const USER = { id: 100, is_bot: false, first_name: 'You', language_code: 'zh-hans' };

interface Button {
  text: string;
  callback_data?: string;
}

export interface ConsoleOptions {
  deps: BotDeps;
  input: Readable;
  output: Writable;
  /** Bold and dim in a terminal; plain text when piped. */
  color?: boolean;
  languageCode?: string;
}

/** Runs until the input ends or the user types /quit. */
export async function runConsole(o: ConsoleOptions): Promise<void> {
  const bot = createBot(o.deps, { botInfo: CONSOLE_BOT });
  const write = (s: string) => o.output.write(`${s}\n`);
  let buttons: Button[] = [];
  let lastMessageId = 0;
  let nextMessageId = 1;
  let nextUpdateId = 1;

  bot.api.config.use(async (_prev, method, payload) => {
    const p = payload as Record<string, any>;
    if (method === 'sendMessage' || method === 'editMessageText') {
      const keyboard: Button[][] = p.reply_markup?.inline_keyboard ?? [];
      buttons = keyboard.flat().filter((b) => b.callback_data);
      lastMessageId = method === 'sendMessage' ? nextMessageId++ : Number(p.message_id);
      write(`\n${htmlToTerminal(String(p.text), o.color ?? false)}`);
      if (buttons.length > 0) write(buttons.map((b, i) => `  [${i + 1}] ${b.text}`).join('\n'));
      const message = { message_id: lastMessageId, date: Math.floor(Date.now() / 1000), chat: { id: USER.id, type: 'private' }, text: p.text };
      return { ok: true, result: message } as never;
    }
    if (method === 'answerCallbackQuery' && p.text) write(`  (${p.text})`);
    return { ok: true, result: true } as never;
  });

  for (const lang of ['zh-Hans', 'en'] as const) write(t(lang, 'consoleBanner'));
  write('');
  const rl = createInterface({ input: o.input, terminal: false });
  const prompt = () => o.output.write('\n> ');
  prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (/^\/(quit|exit)$/.test(line)) break;
    const from = { ...USER, language_code: o.languageCode ?? USER.language_code };
    const chosen = /^[0-9]{1,2}$/.test(line) ? buttons[Number(line) - 1] : undefined;
    let update: Update;
    if (chosen?.callback_data) {
      update = {
        update_id: nextUpdateId++,
        callback_query: {
          id: String(nextUpdateId),
          from,
          chat_instance: 'console',
          data: chosen.callback_data,
          message: { message_id: lastMessageId, date: 0, chat: { id: USER.id, type: 'private', first_name: 'You' }, text: '' },
        },
      } as Update;
    } else {
      const command = /^\/[A-Za-z0-9_]+/.exec(line);
      update = {
        update_id: nextUpdateId++,
        message: {
          message_id: nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat: { id: USER.id, type: 'private', first_name: 'You' },
          from,
          text: raw,
          ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
        },
      } as Update;
    }
    await bot.handleUpdate(update);
    prompt();
  }
  rl.close();
  o.output.write('\n');
}

/** Telegram HTML as terminal text: quotes indented with a bar, tags dropped (or bold), entities decoded. */
export function htmlToTerminal(html: string, color: boolean): string {
  const bold = color ? ['\u001b[1m', '\u001b[22m'] : ['', ''];
  const dim = color ? ['\u001b[2m', '\u001b[22m'] : ['', ''];
  return html
    .replace(/<blockquote>([\s\S]*?)<\/blockquote>/g, (_m, inner: string) =>
      inner
        .split('\n')
        .map((l) => `  │ ${l}`)
        .join('\n'),
    )
    .replace(/<b><u>([\s\S]*?)<\/u><\/b>/g, (_m, inner: string) => (color ? `${bold[0]}\u001b[4m${inner}\u001b[24m${bold[1]}` : `【${inner}】`))
    .replace(/<\/?b>/g, (tag) => (tag === '<b>' ? bold[0]! : bold[1]!))
    .replace(/<\/?i>/g, (tag) => (tag === '<i>' ? dim[0]! : dim[1]!))
    .replace(/<\/?u>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
