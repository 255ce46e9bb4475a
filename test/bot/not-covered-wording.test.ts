// When the notice does not cover a question, the bot points to /sectors; the command line (npm run ask),
// which has no /sectors, offers the example questions in its own words. Both in all three languages.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/harness.js';
import { nodeArgs } from '../support/process.js';
import { textMessage } from '../support/updates.js';

const QUESTIONS = [
  { q: '今天天气怎么样', lang: 'zh-Hans', bot: '可以发送 /sectors 查看各行业的要求，或者这样问：', cli: '可以这样问，例如：' },
  { q: '今天天氣怎麼樣', lang: 'zh-Hant', bot: '可以發送 /sectors 查看各行業的要求，或者這樣問：', cli: '可以這樣問，例如：' },
  {
    q: 'What is the weather like today?',
    lang: 'en',
    bot: 'Send /sectors to see what each sector must do, or ask for example:',
    cli: 'Try asking, for example:',
  },
];

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

describe('a question the notice does not cover', () => {
  it.each(QUESTIONS)('the bot still points to /sectors ($lang)', async ({ q, bot, cli }) => {
    const reply = await h.send(textMessage(q, { from: { id: 8301, language_code: 'zh-hans' } }));
    expect(reply.payload.text).toContain(bot);
    expect(reply.payload.text).not.toContain(cli);
  });

  it('the command line has its own words, with the examples and no command it does not have', () => {
    const [node, args] = nodeArgs('src/cli/ask.ts', ['--json']);
    const r = spawnSync(node, args, { input: `${QUESTIONS.map((x) => x.q).join('\n')}\n`, encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { answered: boolean; lang: string; text: string });
    out.forEach((o, i) => {
      const { lang, cli } = QUESTIONS[i]!;
      expect(o).toMatchObject({ answered: false, lang });
      const lines = o.text.split('\n');
      expect(lines[1]).toBe(cli);
      // The examples follow.
      expect(lines.slice(2).length).toBeGreaterThanOrEqual(1);
      for (const l of lines.slice(2)) expect(l).toMatch(/^· ./);
      expect(o.text).not.toContain('/sectors');
    });
    // Text mode says the same.
    const [, textArgs] = nodeArgs('src/cli/ask.ts', [QUESTIONS[2]!.q]);
    const text = spawnSync(node, textArgs, { encoding: 'utf8', timeout: 30_000 }).stdout;
    expect(text).toContain('Try asking, for example:\n· ');
    expect(text).not.toContain('/sectors');
  });
});

describe('an answer without the kind of answer asked for', () => {
  it('says the notice gives no date, then quotes what it says (学校什么时候能开学), in the bot and the command line', async () => {
    const reply = await h.send(textMessage('学校什么时候能开学？', { from: { id: 8302, language_code: 'zh-hans' } }));
    expect(reply.payload.text).toContain('倡议没有给出具体时间。');
    expect(reply.payload.text).toContain('暂时关闭');
    const plain = await h.send(textMessage('慈善组织要做什么？', { from: { id: 8302, language_code: 'zh-hans' } }));
    expect(plain.payload.text).not.toContain('没有给出');
    const [node, args] = nodeArgs('src/cli/ask.ts', ['--json']);
    const r = spawnSync(node, args, { input: '學校什麼時候能開學？\n', encoding: 'utf8', timeout: 30_000 });
    const out = JSON.parse(r.stdout.trim()) as { answered: boolean; text: string };
    expect(out.answered).toBe(true);
    expect(out.text.split('\n')[0]).toBe('倡議沒有給出具體時間。它說的是：');
  });
});
