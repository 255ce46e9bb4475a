// The `ask` command as a user runs it: a real child process, stdin and stdout.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { knowledgeCopy } from '../support/knowledge.js';
import { nodeArgs } from '../support/process.js';

const run = (args: string[], input?: string) => {
  const [node, all] = nodeArgs('src/cli/ask.ts', args);
  return spawnSync(node, all, { input: input ?? '', encoding: 'utf8', timeout: 30_000 });
};

describe('npm run ask', () => {
  it('prints an answer for a question argument', () => {
    const r = run(['慈善组织要做什么?']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('第4段第8句');
  });

  it('prints JSON with --json', () => {
    const r = run(['--json', '倡议是谁发出的?']);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ question: '倡议是谁发出的?', answered: true });
    expect(out.citations[0]).toMatchObject({ notice: 'gz-mzt-2020-02-20', paragraph: 1, sentence: 1 });
    expect(out.citations[0].score).toBeGreaterThan(0);
    expect(Array.isArray(out.suggestions)).toBe(true);
  });

  it('--explain says why: the concepts with their weights (? unknown to every notice), the kinds asked, the decision', () => {
    const r = run(['--explain', '餐饮业有补贴吗']);
    expect(r.status).toBe(0);
    const [answer, why] = r.stdout.split('\n--\n');
    expect(answer).toContain('补贴');
    expect(why).toMatch(/^concepts: .*补贴 \d+\.\d\d/m);
    expect(why).toMatch(/^kinds of answer asked: .*pay/m);
    expect(why).toMatch(/^decision: p=0\.\d{3} \(answers at 0\.5\)/m);
    expect(why).toMatch(/gz-mzt-2020-02-20 4\.5 rank=/);
    const json = JSON.parse(run(['--json', '--explain', '慈善组织要做什么?']).stdout);
    expect(json.why).toMatch(/^concepts: 慈善组织/);
  });

  it('--session: the lines are one chat (an empty line starts another); a {"turns"} line is a chat of its own', () => {
    const input = ['慈善组织要做什么？', '那餐饮呢？', '', '为什么？', JSON.stringify({ turns: ['What should charities do?', 'why?'] })].join('\n');
    const r = run(['--session', '--json'], `${input}\n`);
    const [first, catering, alone, why] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(first.citations[0]).toMatchObject({ paragraph: 4, sentence: 8 });
    expect(catering.text).toMatch(/^关于餐饮：/);
    expect(alone.answered).toBe(false);
    expect(why).toMatchObject({ question: 'why?', answered: true, lang: 'en' });
    expect(why.citations[0].paragraph).toBe(2);
    // Without --session every line stands alone.
    const plain = run(['--json'], '慈善组织要做什么？\n那餐饮呢？\n');
    expect(JSON.parse(plain.stdout.trim().split('\n')[1]!).text).not.toMatch(/^关于/);
  });

  it('reads questions from stdin, one JSON line each, bad lines included', () => {
    const lines = ['慈善组织要做什么?', '', '   ', '😀', '啊'.repeat(10_000), '今天天气怎么样'];
    const r = run(['--json'], `${lines.join('\n')}\n`);
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(lines.length);
    expect(out.map((o) => o.answered)).toEqual([true, false, false, false, false, false]);
    expect(out[1].text).toContain('请用文字输入');
    expect(out[4].truncated).toBe(true);
    expect(r.stderr).toBe('');
  });

  it('a broken knowledge file: file and line, exit 2, no stack trace', () => {
    const dir = knowledgeCopy({ file: 'sectors.json', change: (t) => t.replace('"sentence": 8', '"sentence": 80') });
    const r = run(['--knowledge', dir, '慈善']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^knowledge: .*sectors\.json:\d+: sector "charity" cites/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
