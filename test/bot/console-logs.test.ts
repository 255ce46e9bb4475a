// `npm start` without BOT_TOKEN, as a person runs it: stdout is the conversation and nothing else; logs go
// to stderr, warnings and errors only unless LOG_LEVEL asks for more.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeArgs } from '../support/process.js';

const [node, mainArgs] = nodeArgs('src/main.ts');
const cwd = mkdtempSync(join(tmpdir(), 'notice-bot-console-')); // no .env here

function consoleChat(lines: string[], env: Record<string, string> = {}) {
  return spawnSync(node, mainArgs, {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', RATE_LIMIT_MESSAGES: '4', ...env },
    input: `${lines.join('\n')}\n`,
    encoding: 'utf8',
    timeout: 30_000,
  });
}

/** A question, an admin command (refused: a warning), then a flood (the rate limit). */
const SESSION = ['慈善组织要做什么?', '/reload', '你好', '你好', '你好', '你好'];
/** What a log line looks like, JSON or pretty. */
const LOG_LINE = /"level":|\b(INFO|WARN|ERROR|DEBUG)\b|"msg":|rate limited|admin command refused/;

describe('the console chat started with npm start', () => {
  it('prints only the chat on stdout; warnings go to stderr', () => {
    const r = consoleChat(SESSION);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('本地控制台聊天');
    expect(r.stdout).toContain('《贵州省民政厅倡议》第4段第8句');
    expect(r.stdout).toContain('只有管理员可以使用这个命令');
    expect(r.stdout).toContain('您发得太快了');
    expect(r.stdout.split('\n').filter((l) => LOG_LINE.test(l))).toEqual([]);
    const logs = r.stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { level: number; msg: string });
    expect(logs.map((l) => l.msg)).toContain('admin command refused');
    // At the console's default level, warnings and errors only; being rate limited is no warning (the
    // user is told, in the chat), so a flood leaves the terminal quiet.
    expect(logs.filter((l) => l.level < 40)).toEqual([]);
    expect(logs.map((l) => l.msg)).not.toContain('rate limited');
  });

  it('LOG_LEVEL=info asks for more, still on stderr', () => {
    const r = consoleChat(SESSION, { LOG_LEVEL: 'info' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('《贵州省民政厅倡议》第4段第8句');
    expect(r.stdout.split('\n').filter((l) => LOG_LINE.test(l))).toEqual([]);
    const msgs = r.stderr
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { msg: string }).msg);
    expect(msgs).toContain('knowledge loaded');
    expect(msgs).toContain('update');
    expect(msgs).toContain('rate limited');
  });

  it('LOG_PRETTY=true: readable lines, on stderr too', () => {
    const r = consoleChat(SESSION, { LOG_PRETTY: 'true' });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter((l) => LOG_LINE.test(l))).toEqual([]);
    expect(r.stderr).toMatch(/WARN.*admin command refused/);
  });
});
