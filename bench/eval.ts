// npm run eval [-- --verbose] [--set NAME] [--blind]
// Scores every evaluation set (test/support/eval-sets.ts) by the shared scorer's rules, and the plain
// BM25 floor (../shared/eval/bm25.mjs, when present) on the same questions and knowledge.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { answererFor, evalSets } from '../test/support/eval-sets.js';
import { readCases, score, scoreOutputs } from '../test/support/score.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
// Blind sets are scored only when asked for, for a report: never while tuning.
const blind = args.includes('--blind');
const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
const shared = join(process.cwd(), '../shared/eval');
const bm25 = join(shared, 'bm25.mjs');

const answererOf = answererFor();
const pct = (a: number, b: number) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);
console.log('set'.padEnd(40), 'n'.padStart(4), 'answerable'.padStart(11), 'traps ok'.padStart(9), 'total'.padStart(7), ' | bm25 answerable  total');
for (const set of evalSets(shared)) {
  if (only && !set.name.includes(only)) continue;
  if (set.blind && !blind) continue;
  if (!existsSync(set.file)) continue;
  const answerer = answererOf(set.knowledge);
  const cases = readCases(set.file);
  const r = score(cases, answerer, answerer.kb);
  let floor = '';
  if (existsSync(bm25)) {
    const out = execFileSync('node', [bm25, '--dir', join(set.knowledge, 'notices')], { input: cases.map((c) => c.q).join('\n'), encoding: 'utf8' });
    const b = scoreOutputs(
      cases,
      out
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
    );
    floor = `${`${b.answerable}/${b.answerableTotal}`.padStart(10)} ${pct(b.passed, b.total).padStart(7)}`;
  }
  console.log(
    set.name.padEnd(40),
    String(r.total).padStart(4),
    `${r.answerable}/${r.answerableTotal}`.padStart(11),
    `${r.total - r.answerableTotal - r.offTopicAnswered}/${r.total - r.answerableTotal}`.padStart(9),
    pct(r.passed, r.total).padStart(7),
    ` | ${floor}`,
  );
  if (verbose && !set.blind) for (const f of r.failures) console.log(`    FAIL ${f}`);
}
