// The importer as an operator runs it: a real child process over a received file and its metadata.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeArgs } from '../support/process.js';

const META = {
  id: 'test-import-2020-02-01',
  title: '关于暂停开放的公告',
  short_title: '暂停开放公告',
  title_en: 'Announcement on closing to the public',
  issuer: '某某县图书馆',
  issuer_en: 'A county library',
  date: '2020-02-01',
  region: '某某县',
  source: 'written for this test',
};

function received(): string {
  const dir = mkdtempSync(join(tmpdir(), 'notice-bot-import-'));
  const raw = join(dir, `${META.id}.txt`);
  writeFileSync(raw, '为做好疫情防控工作，本馆自2月1日起暂停对外开放。\n恢复开放时间另行通知。\n某某县图书馆\n2020年2月1日\n');
  writeFileSync(join(dir, `${META.id}.meta.json`), JSON.stringify(META));
  return raw;
}

describe('npm run knowledge:import', () => {
  it('makes the --out folder when it does not exist yet, and writes the clean notice there', () => {
    const raw = received();
    const out = join(mkdtempSync(join(tmpdir(), 'notice-bot-out-')), 'fixture', 'notices');
    const [node, args] = nodeArgs('src/cli/import-notice.ts', [raw, '--out', out]);
    const r = spawnSync(node, args, { encoding: 'utf8', timeout: 30_000 });
    expect(r.stderr).not.toMatch(/ENOENT|at .*\.ts/);
    expect(r.status).toBe(0);
    const file = join(out, `${META.id}.md`);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('暂停对外开放');
  });
});
