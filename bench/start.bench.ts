// npm run bench:start: cold start to the first answer, as an operator restarting the bot waits for it. The bot
// is spawned in console mode (no BOT_TOKEN, an empty working directory, its database path in a temporary
// directory), one question is piped to it, and we time spawn -> first cited line on stdout and read the
// process's peak RSS (VmHWM) once it waits for the next line. Both starts, runs interleaved so that the load
// of a shared machine falls on both alike: `npm start` (TypeScript through tsx) and `npm run start:prod`
// (node dist/main.js, built first when dist/ is missing or older than src/). One run of each is a warm-up
// (file cache, tsx's transform cache), not counted. BENCH_RUNS sets the runs (default 5).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/paths.js';
import { type FirstAnswer, firstAnswer } from '../test/support/first-answer.js';
import { nodeArgs } from '../test/support/process.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET_S = 0.3;
const TARGET_MB = 120;
const MAIN = join(PROJECT_ROOT, 'dist/main.js');

function newestMtime(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((f) => newestMtime(join(path, f))));
}

const sources = Math.max(
  newestMtime(join(PROJECT_ROOT, 'src')),
  newestMtime(join(PROJECT_ROOT, 'tsconfig.json')),
  newestMtime(join(PROJECT_ROOT, 'tsconfig.build.json')),
);
if (!existsSync(MAIN) || statSync(MAIN).mtimeMs < sources) {
  console.log('dist/ is missing or older than src/: npm run build');
  const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const starts: Array<[string, [string, string[]]]> = [
  ['npm start (tsx)', nodeArgs('src/main.ts')],
  ['npm run start:prod (dist)', [process.execPath, [MAIN]]],
];
// The simplified question is the target's; the traditional one shows what a first question in traditional
// script costs (it also builds the simplified -> traditional converter, see src/search/script.ts).
const questions = [
  ['simplified', '慈善组织要做什么?'],
  ['traditional', '慈善組織要做什麼?'],
] as const;

const pct = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const cell = (s: string) => s.padStart(10);
let met = true;

// A shared machine's load slows every start alike; it is printed so that runs can be compared.
const load = () => loadavg()[0]!.toFixed(1);
console.log(
  `node ${process.version}, ${cpus().length} cores, load ${load()}; ${RUNS} runs each (after one warm-up), spawn -> first cited answer line; peak RSS = VmHWM`,
);
for (const [script, question] of questions) {
  const results = new Map<string, FirstAnswer[]>(starts.map(([name]) => [name, []]));
  for (let run = -1; run < RUNS; run++) {
    for (const [name, [command, args]] of starts) {
      const r = await firstAnswer(command, args, question);
      if (run >= 0) results.get(name)!.push(r);
    }
  }
  console.log(`\n${script}: ${question}`);
  console.log(`${''.padEnd(28)}${cell('p50')}${cell('max')}${cell('RSS p50')}${cell('RSS max')}`);
  for (const [name, rs] of results) {
    const s = rs.map((r) => r.ms / 1000);
    const mb = rs.map((r) => r.peakRssMb).filter((x): x is number => x !== undefined);
    const rss = (q: number) => (mb.length > 0 ? `${pct(mb, q).toFixed(0)} MB` : 'n/a');
    console.log(`${name.padEnd(28)}${cell(`${pct(s, 0.5).toFixed(2)} s`)}${cell(`${pct(s, 1).toFixed(2)} s`)}${cell(rss(0.5))}${cell(rss(1))}`);
    if (script === 'simplified' && name.includes('dist') && (pct(s, 0.5) > TARGET_S || (mb.length > 0 && pct(mb, 0.5) > TARGET_MB))) met = false;
  }
}
console.log(
  `\nload ${load()}; target for the compiled start (simplified question, p50): ≤ ${TARGET_S.toFixed(2)} s, ≤ ${TARGET_MB} MB: ${met ? 'met' : 'MISSED'}`,
);
