// The console chat (npm start without BOT_TOKEN), driven through a pseudo stdin.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../src/bot/console.js';
import { createLogger } from '../../src/logger.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { LogCapture } from '../support/harness.js';
import { realKnowledge } from '../support/knowledge.js';

async function chat(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (c: Buffer) => (printed += c.toString('utf8')));
  const deps = {
    // No network at all: an API root nobody listens on proves the console never calls it.
    config: { TELEGRAM_API_ROOT: 'http://127.0.0.1:9', RATE_LIMIT_MESSAGES: 50, RATE_LIMIT_WINDOW_MS: 5000, ADMIN_IDS: [], STORE_QUESTIONS: false },
    logger: createLogger({ level: 'warn', destination: new LogCapture() }),
    knowledge: { answerer: realKnowledge().answerer },
    store: new SqliteStore(':memory:'),
  };
  const done = runConsole({ deps, input, output });
  for (const l of lines) input.write(`${l}\n`);
  input.end();
  await done;
  return printed;
}

describe('the console chat', () => {
  it('prints the banner, answers, and takes a button number as a tap', async () => {
    const out = await chat(['慈善组织要做什么?', '1', '/quit', '不会被处理']);
    expect(out).toContain('本地控制台聊天');
    expect(out).toContain('@BotFather');
    expect(out).toContain('《贵州省民政厅倡议》第4段第8句');
    expect(out).toContain('  [1] 📄 第4段全文');
    // Button 1 showed the paragraph, with the quoted sentence marked.
    expect(out).toContain('【各慈善组织要在依法开展公开募捐援助湖北鄂州的同时');
    expect(out).not.toContain('不会被处理');
    expect(out).not.toContain('&lt;');
  });

  it('runs commands and sector buttons through the same bot', async () => {
    const out = await chat(['/sectors', '2', '2', '/p 5', '/p 0', '']);
    expect(out).toContain('请选择您所在的行业');
    expect(out).toContain('建筑建材：倡议的要求');
    expect(out).toContain('已订阅「建筑建材」的更新');
    expect(out).toContain('同舟共济');
    expect(out).toContain('倡议共有5段');
    expect(out).toContain('请用文字输入您的问题');
  });

  it('holds a conversation: follow-ups, a greeting, a missing sentence number', async () => {
    const out = await chat(['你好', '慈善组织要做什么?', '那医疗呢?', '为什么?', '第4段第20句', '我开饭店的，要做什么?']);
    expect(out).toContain('直接提问就行');
    expect(out).toContain('关于医疗：');
    expect(out).toContain('防疫物资');
    expect(out).toContain('重要意义');
    expect(out).toContain('第4段共有9句，没有第20句');
    expect(out).toContain('这份倡议是写给全省社会组织');
  });
});
