// The production start (npm run build, then node dist/main.js): the compiled JavaScript runs on its own, as
// deployed. tsconfig.build.json compiles src/ into a temporary folder laid out like a server's checkout (dist/,
// knowledge/, node_modules/, package.json, and no src/), and the bot started from there answers in console
// mode, which proves that paths resolved from the compiled files (src/paths.ts) find the knowledge folder.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/paths.js';
import { CITATION, firstAnswer } from './support/first-answer.js';

const root = mkdtempSync(join(tmpdir(), 'notice-bot-build-'));
const main = join(root, 'dist/main.js');

beforeAll(() => {
  // --noCheck: npm test type-checks already (tsc --noEmit with the same options); this only emits.
  const tsc = join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc');
  const built = spawnSync(process.execPath, [tsc, '-p', join(PROJECT_ROOT, 'tsconfig.build.json'), '--outDir', join(root, 'dist'), '--noCheck'], {
    encoding: 'utf8',
  });
  expect(built.stdout + built.stderr).toBe('');
  expect(built.status).toBe(0);
  cpSync(join(PROJECT_ROOT, 'package.json'), join(root, 'package.json')); // "type": "module"
  cpSync(join(PROJECT_ROOT, 'knowledge'), join(root, 'knowledge'), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'));
}, 60_000);
// rm removes the node_modules link, not what it points to.
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the compiled start', () => {
  it('emits only src/, mirrored: dist/main.js and its modules, no tests or benches', () => {
    expect(existsSync(main)).toBe(true);
    expect(existsSync(join(root, 'dist/search/answer.js'))).toBe(true);
    expect(existsSync(join(root, 'dist/test'))).toBe(false);
    expect(existsSync(join(root, 'dist/src'))).toBe(false);
  });

  it('answers a piped question with its citation, from the knowledge folder beside dist/', async () => {
    const { output } = await firstAnswer(process.execPath, [main], '慈善组织要做什么?');
    expect(output).toMatch(CITATION);
    expect(output).toContain('《贵州省民政厅倡议》第4段第8句');
  });
});
